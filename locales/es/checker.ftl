# Revisión de indicadores: preparación, preguntas, respuestas y resultados.
# Las preguntas «-ask» las lee la persona, a menudo asustada y en un segundo
# idioma: cortas, sencillas, sin sugerir la respuesta y sin culpar.

check-title = Revisar indicadores
check-intro = Unas preguntas cortas sobre señales de trata de personas. Pregunte a la persona a solas, lejos de cualquier acompañante. No se guarda ni se envía nada: las respuestas quedan en este teléfono hasta que usted las borre.
check-screening-not-identification = Esto es una evaluación inicial, no una identificación. Solo la policía o la Guardia de Fronteras pueden identificar formalmente a una víctima.
check-person-language = Idioma de la persona
check-same-language = El mismo que el mío
check-path-label = Cuántas preguntas
check-path-short = Corto: las señales más claras (unos 2 minutos)
check-path-full = Completo: todas las señales
check-start = Empezar
check-progress = Pregunta { $current } de { $total }
check-for-person = Para la persona
check-for-worker = Para que usted lo anote
check-answer-yes = Sí
check-answer-no = No
check-answer-not-sure = No lo sé
check-answer-prefer-not = Prefiero no decirlo
check-back = Atrás
check-skip = Omitir
check-finish-now = Terminar ahora
check-clear = Borrar todas las respuestas
check-cleared = Se borraron todas las respuestas.
check-review = Cambiar respuestas
check-restart = Empezar de nuevo

check-group-triage = Primero, la seguridad
check-group-age = Edad

# Las preguntas de seguridad van primero; cualquier «sí» pone «Llame al 112 ahora» arriba.
triage-threatened_now-sign = Alguien está amenazado o herido en este momento
triage-threatened_now-ask = ¿Alguien le está amenazando o haciendo daño ahora mismo?
triage-cannot_leave_now-sign = Alguien impide que la persona se vaya ahora
triage-cannot_leave_now-ask = ¿Alguien le impide salir de este lugar ahora mismo?
triage-injured-sign = Herida o enfermedad: necesita un médico ya
triage-injured-ask = ¿Tiene alguna herida o enfermedad y necesita un médico ahora mismo?
triage-child_alone-sign = Un menor sin padres ni tutor aquí
triage-child_alone-observe = ¿Es un menor sin padres ni tutor aquí?
age-under_18-sign = Puede tener menos de 18 años
age-under_18-observe = ¿Podría la persona tener menos de 18 años? Si tiene dudas, responda «No lo sé».

domain-recruitment = Captación y viaje
domain-identity = Identidad y documentos
domain-housing = Vivienda y movimiento
domain-work = Trabajo y salario
domain-money = Dinero y deudas
domain-health = Salud
domain-control = Control y amenazas

dimension-deceptive_recruitment = Engaño en la captación
dimension-coercive_recruitment = Fuerza o amenazas en la captación
dimension-vulnerability_recruitment = Abuso de vulnerabilidad en la captación
dimension-exploitative_conditions = Condiciones de trabajo o de vida de explotación
dimension-coercion_destination = Coacción en el trabajo o donde vive
dimension-vulnerability_destination = Dependencia de las personas para las que trabaja

result-title = Resultado
result-call-112 = Llame al 112 ahora. Alguien puede estar en peligro inmediato.
result-immediate_danger = Peligro inmediato
result-immediate_danger-text = Primero asegúrese de que todos estén a salvo. Llame al 112 y después contacte con KCIK.
result-strong_signs = Señales fuertes de trata
result-strong_signs-text = Las respuestas muestran a la vez captación, explotación y coacción. Derive a la persona: llame a KCIK o a La Strada, o a la policía si la persona está de acuerdo o en peligro.
result-some_signs = Algunas señales – pida consejo
result-some_signs-text = Se encontraron algunas señales de trata. Pida consejo a KCIK sobre qué hacer ahora; también ayudan a quienes no quieren ir a la policía.
result-labour_rights = Un problema de derechos laborales, más que de trata
result-labour_rights-text = Se encontraron malas condiciones o un salario bajo, pero ninguna señal de fuerza, amenazas o imposibilidad de irse. Oriente a la persona hacia la Inspección Nacional del Trabajo (PIP). Si algo cambia, vuelva a revisar.
result-no_signs = Por ahora no se encontraron señales
result-no_signs-text = Las respuestas hasta ahora no muestran señales de trata. Si aún le preocupa, haga más preguntas o pida consejo a KCIK.
result-child = La persona puede ser menor de edad. Un menor es víctima de trata siempre que se le capte o traslade para explotarlo, aunque no haya fuerza ni engaño. Derive siempre a un menor.
result-signs-found = Señales encontradas
result-signs-unclear = No está claro – conviene revisar
result-not-asked = Aún sin preguntar
result-not-asked-none = Se preguntó por todas las áreas.
result-dimension-positive = Esta área alcanza el umbral de los indicadores.
result-whom-to-call = A quién llamar
result-pip = Inspección Nacional del Trabajo (PIP): para salario, contratos, horarios y seguridad en el trabajo.
result-answered = { $count ->
    [one] Una respuesta dada.
    [many] { $count } respuestas dadas.
   *[other] { $count } respuestas dadas.
}

ind-job_different_nature-sign = El trabajo es de otro tipo que el prometido
ind-job_different_nature-ask = ¿Su trabajo es de otro tipo que el que le prometieron?

ind-place_or_employer_different-sign = El lugar o el empleador no son los prometidos
ind-place_or_employer_different-ask = ¿Llegó a otro lugar, o con otro jefe, distinto del que le prometieron?

ind-conditions_deceived-sign = Salario, horario o condiciones peores de lo prometido
ind-conditions_deceived-ask = ¿Su salario, su horario o sus condiciones son peores de lo que le dijeron?

ind-travel_deceived-sign = El viaje no fue como le dijeron
ind-travel_deceived-ask = ¿El viaje hasta aquí fue distinto de lo que le dijeron?

ind-housing_deceived-sign = La vivienda no es la prometida
ind-housing_deceived-ask = ¿El lugar donde vive es peor de lo que le prometieron?

ind-documents_status_deceived-sign = Engaño sobre papeles o sobre el derecho a residir o trabajar
ind-documents_status_deceived-ask = ¿Le dijeron cosas falsas sobre sus papeles o su derecho a trabajar aquí?

ind-marriage_promise-sign = Vino tras una promesa de matrimonio o adopción
ind-marriage_promise-ask = ¿Vino porque alguien le prometió casarse con usted o adoptarle?

ind-education_deceived-sign = Le prometieron escuela o formación que nunca recibió
ind-education_deceived-ask = ¿Le prometieron escuela o un curso que no recibió?

ind-agency_fee_paid-sign = Pagó a una agencia por el trabajo o el transporte
ind-agency_fee_paid-ask = ¿Pagó a una agencia o a una persona para conseguir este trabajo o su viaje?

ind-offer_too_good-sign = Oferta de viaje, vivienda o trabajo demasiado buena para ser verdad
ind-offer_too_good-ask = ¿Alguien le ha ofrecido viaje, vivienda o trabajo que parece demasiado bueno para ser verdad?

ind-unregistered_helper-sign = Ayuda ofrecida por alguien sin credencial de una organización
ind-unregistered_helper-observe = ¿Alguien ofrece a la persona transporte, vivienda o trabajo sin la credencial de una organización registrada?

ind-recruit_violence-sign = Se usó fuerza o violencia para traerle aquí
ind-recruit_violence-ask = ¿Alguien usó la fuerza o le hizo daño para que viniera aquí?

ind-recruit_threats-sign = Recibió amenazas para que viniera
ind-recruit_threats-ask = ¿Alguien le amenazó a usted o a su familia para que viniera aquí?

ind-taken_or_sold-sign = Traslado contra su voluntad, venta o matrimonio forzado
ind-taken_or_sold-ask = ¿Alguien le llevó contra su voluntad, le vendió o le obligó a casarse?

ind-passports_collected-sign = Alguien recoge pasaportes «para ayudar»
ind-passports_collected-ask = ¿Alguien le ha pedido su pasaporte o su documento de identidad, diciendo que así le ayudará?

ind-pressure_to_leave_now-sign = Presión para irse con alguien enseguida
ind-pressure_to_leave_now-ask = ¿Alguien le está presionando para que se vaya con esa persona ahora mismo?

ind-economic_need-sign = Aceptó el trabajo o el viaje porque necesitaba dinero con urgencia
ind-economic_need-ask = ¿Aceptó este trabajo o este viaje porque necesitaba dinero con urgencia?

ind-family_difficulty-sign = Problemas familiares le llevaron a irse de casa
ind-family_difficulty-ask = ¿Problemas en su familia le llevaron a irse de casa?

ind-no_language_info-sign = Llegó sin conocer el idioma ni saber dónde pedir ayuda
ind-no_language_info-ask = Cuando llegó, ¿le costó entender a la gente o encontrar ayuda?

ind-emotional_dependency-sign = Una pareja o un ser querido organizó el viaje o el trabajo
ind-emotional_dependency-ask = ¿Su pareja o alguien a quien usted quiere le organizó este viaje o trabajo?

ind-fear_authorities-sign = Tiene miedo de la policía u otras autoridades
ind-fear_authorities-ask = ¿Tiene miedo de pedir ayuda a la policía o a otras autoridades?

ind-child_with_non_relatives-sign = Menor que viaja solo o con adultos que no son de su familia
ind-child_with_non_relatives-observe = ¿El menor viaja solo o con adultos que no son de su familia?

ind-excessive_hours-sign = Trabaja muchísimas horas o sin días libres
ind-excessive_hours-ask = ¿Trabaja jornadas muy largas, con pocos o ningún día libre?

ind-low_or_no_pay-sign = Le pagan muy poco o nada
ind-low_or_no_pay-ask = ¿Le pagan muy poco, o nada, por su trabajo?

ind-returned_no_money-sign = Volvió del trabajo en el extranjero sin cobrar o cobrando solo una parte
ind-returned_no_money-ask = ¿Volvió de trabajar en el extranjero sin su pago, o solo con una parte?

ind-no_contract-sign = Sin contrato escrito, o sin respetar las normas laborales
ind-no_contract-ask = ¿Trabaja sin un contrato escrito?

ind-no_social_protection-sign = Sin seguro médico ni seguridad social por el trabajo
ind-no_social_protection-ask = ¿Trabaja sin seguro médico?

ind-bad_housing-sign = Vivienda muy mala, abarrotada o insegura
ind-bad_housing-ask = ¿El lugar donde duerme está muy lleno de gente, sucio o es inseguro?

ind-hazardous_work-sign = Trabajo peligroso sin la protección adecuada
ind-hazardous_work-ask = ¿Su trabajo es peligroso y no tiene el equipo de seguridad que necesita?

ind-fines_deductions-sign = «Multas» o descuentos fuertes del salario
ind-fines_deductions-ask = ¿Alguien le quita dinero de su pago como «multas» o sin su acuerdo?

ind-no_medical_care-sign = Poca o ninguna atención médica en caso de enfermedad o lesión
ind-no_medical_care-ask = ¿Recibe poca o ninguna atención médica cuando se enferma o sufre una lesión?

ind-no_basic_needs-sign = Poco acceso a comida, baño o ropa
ind-no_basic_needs-ask = ¿Muchas veces le falta comida, ropa o un baño que pueda usar?

ind-child_adult_work-sign = Menor que hace trabajo de adultos
ind-child_adult_work-observe = ¿El menor hace trabajos que normalmente hacen los adultos?

ind-documents_held-sign = Otra persona guarda su pasaporte o documento de identidad
ind-documents_held-ask = ¿Otra persona guarda su pasaporte o su documento de identidad?

ind-debt_bondage-sign = Debe dinero por el viaje, los papeles, la vivienda o la «protección»
ind-debt_bondage-ask = ¿Tiene que pagar una deuda por el viaje, los papeles, la vivienda o la «protección»?

ind-locked_in-sign = Encierro, o no puede salir sin compañía
ind-locked_in-ask = ¿Le encierran, o no le dejan salir sin compañía?

ind-watched-sign = Vigilancia o seguimiento constante
ind-watched-ask = ¿Alguien le vigila o le sigue todo el tiempo, incluso fuera del trabajo?

ind-family_contact_supervised-sign = Solo habla con la familia mientras alguien escucha
ind-family_contact_supervised-ask = ¿Solo puede hablar con su familia cuando otra persona está escuchando?

ind-violence_destination-sign = Golpes o daño en el trabajo o donde vive
ind-violence_destination-ask = ¿Alguien en su trabajo o donde vive le ha golpeado o le ha hecho daño?

ind-injuries_restraint-sign = Lesiones que sugieren ataduras o sujeción a la fuerza
ind-injuries_restraint-observe = ¿Ve lesiones que podrían deberse a ataduras o a sujeción a la fuerza?

ind-minder_present-sign = Un acompañante no se separa de la persona
ind-minder_present-observe = ¿Un acompañante se queda cerca y se niega a dejar sola a la persona?

ind-speaks_for_them-sign = Otra persona habla o traduce por ella
ind-speaks_for_them-observe = ¿Otra persona responde por ella o insiste en traducir?

ind-wages_withheld-sign = Salario retenido o guardado por otra persona
ind-wages_withheld-ask = ¿Su jefe u otra persona retiene o se queda con su pago?

ind-forced_work-sign = Le obligan a trabajar contra su voluntad
ind-forced_work-ask = ¿Le obligan a hacer trabajos que usted no quiere hacer?

ind-forced_sex-sign = Le obligan a tener relaciones sexuales, también con clientes
ind-forced_sex-ask = ¿Alguien le obliga a tener relaciones sexuales cuando usted no quiere?

ind-forced_begging-sign = Le obligan a pedir limosna y a entregar el dinero
ind-forced_begging-ask = ¿Le obligan a pedir dinero en la calle y a dárselo a otra persona?

ind-forced_crime-sign = Le obligan a robar o a cometer otros delitos
ind-forced_crime-ask = ¿Le obligan a robar o a hacer otras cosas contra la ley?

ind-forced_to_lie-sign = Le dijeron que mintiera a las autoridades o a su familia
ind-forced_to_lie-ask = ¿Le dijeron que mintiera a la policía, a las autoridades o a su familia?

ind-threats_destination-sign = Amenazas de daño o de denuncia
ind-threats_destination-ask = ¿Alguien ha amenazado con hacerle daño a usted o a su familia, o con denunciarle a la policía?

ind-threats_tell_family-sign = Amenazas de contar cosas a su familia o a otros
ind-threats_tell_family-ask = ¿Alguien ha amenazado con contar cosas sobre usted a su familia o a otras personas?

ind-cannot_leave_job-sign = No puede dejar de trabajar y volver a casa
ind-cannot_leave_job-ask = ¿Hay algo que le impida dejar este trabajo y volver a casa?

ind-fearful_submissive-sign = La persona parece asustada, ansiosa o sumisa
ind-fearful_submissive-observe = ¿La persona parece asustada, ansiosa o sumisa?

ind-child_intimidated-sign = Menor que parece intimidado o actúa de forma poco habitual para su edad
ind-child_intimidated-observe = ¿El menor parece intimidado o actúa de una forma poco habitual para su edad?

ind-dependent_on_employer-sign = Depende del empleador para la cama, la comida o los papeles
ind-dependent_on_employer-ask = ¿Depende de su jefe para tener dónde dormir, comida o papeles?

ind-unknown_address-sign = No sabe la dirección de su casa o de su trabajo
ind-unknown_address-observe = ¿Parece que la persona no sabe la dirección donde vive o trabaja?

ind-legal_status_dependent-sign = Teme perder el derecho a quedarse si deja el trabajo
ind-legal_status_dependent-ask = ¿Tiene miedo de perder su derecho a quedarse aquí si deja este trabajo?

ind-no_own_documents-sign = No tiene documento de identidad, o solo una copia
ind-no_own_documents-ask = ¿Tiene solo una copia de su pasaporte o documento de identidad, o no tiene ninguno?

ind-child_no_guardian-sign = Menor sin forma de contactar a su padre, madre o tutor
ind-child_no_guardian-observe = ¿El menor no tiene ninguna forma de contactar a su padre, madre o tutor?
