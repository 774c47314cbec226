# Revisión de indicadores: preparación, preguntas, respuestas y resultados.
# Las preguntas «-ask» las lee la persona, a menudo asustada y en un segundo
# idioma: cortas, sencillas, sin sugerir la respuesta y sin culpar.

check-title = Buscar señales
check-intro = Unas preguntas cortas sobre señales de trata de personas. Pregunte a la persona a solas, lejos de cualquier acompañante. No se envía nada a ningún sitio. Las respuestas se guardan solo en esta pestaña del navegador, así que no se pierden con una llamada ni al recargar la página: desaparecen cuando usted las borra, cuando se cierra la pestaña o al cabo de 4 horas.
check-screening-not-identification = Esto es una evaluación inicial, no una identificación. Solo la policía o la Guardia de Fronteras pueden identificar formalmente a una víctima.
check-person-language = Idioma de la persona
check-same-language = El mismo que el mío
check-path-label = Cuántas preguntas
check-path-short = Corto: las señales más claras ({ $count ->
        [one] una pregunta
       *[other] { $count } preguntas
    }, { $minutes ->
        [one] alrededor de un minuto
       *[other] unos { $minutes } minutos
    })
check-path-full = Completo: todas las señales ({ $count ->
        [one] una pregunta
       *[other] { $count } preguntas
    }, { $minutes ->
        [one] alrededor de un minuto
       *[other] unos { $minutes } minutos
    })
check-role-label = Su función
check-situation-label = Dónde está la persona ahora
check-situation-hint = Esto decide qué preguntas aparecen, para que cada una tenga sentido para la persona.
check-situation-on-the-way = De camino hacia aquí, o buscando trabajo
check-situation-at-work = Trabajando, o de vuelta del trabajo
check-situation-unknown = No se sabe: se le pregunta a la persona
situation-working-ask = ¿Ha trabajado ya para alguien desde que salió de su casa?
check-role-health = Personal sanitario
check-role-police = Agente de policía o de la Guardia de Fronteras
check-role-volunteer = Voluntario/a en un punto de acogida
check-role-inspector = Inspector/a de trabajo o trabajador/a social
check-role-other = Otra
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
check-quick-handover = ¿Muy poco tiempo? Dé los números de teléfono
check-clear = Borrar todas las respuestas
check-cleared = Se borraron todas las respuestas.
check-undo = Deshacer
check-review = Cambiar respuestas
check-restart = Empezar de nuevo
check-group-alone = Antes de empezar
alone-observe = ¿Está la persona a solas con usted, lejos de cualquier acompañante, empleador o «traductor»?
alone-how-health = Si no: diga que a cada paciente se le examina a solas y pida a quien la acompañe que espere fuera. Use un intérprete profesional o el idioma de la persona, nunca al acompañante.
alone-how-police = Si no: separe a la persona de los demás detenidos y de los sospechosos antes de preguntar nada.
alone-how-volunteer = Si no: busque un lugar tranquilo, lejos de quien haya venido con ella. No se enfrente al acompañante; si no se va, use en su lugar la entrega rápida de números.
alone-how-inspector = Si no: pida hablar con cada trabajador a solas, lejos del empleador, de un supervisor o de quien traduzca por ellos.
alone-how-other = Si no: busque un motivo para hablar a solas, lejos de cualquier acompañante. Nunca use a un acompañante como intérprete.

check-group-triage = Primero, la seguridad
check-group-age = Edad

# Las situaciones de alto riesgo (estándares de las líneas de ayuda, seeds/003)
# van primero; cualquier «sí» pone «Llame al 112 ahora» arriba.
triage-psychiatric_crisis-sign = En una crisis grave de salud mental
triage-psychiatric_crisis-observe = ¿Parece que la persona está en una crisis grave de salud mental: muy confundida, sin contacto con la realidad o muy agitada?
triage-little_time-sign = Muy poco tiempo para hablar de forma segura
triage-little_time-ask = ¿Tiene solo unos pocos minutos para hablar de forma segura?
triage-family_danger-sign = Su familia está en peligro ahora
triage-family_danger-ask = ¿Hay alguien de su familia en peligro ahora mismo por esto?
triage-escaped_searched-sign = Ha escapado y puede que la busquen
triage-escaped_searched-ask = ¿Se ha escapado de personas que quizá le estén buscando?
triage-self_harm-sign = Piensa en el suicidio o en hacerse daño
triage-self_harm-ask = ¿Está pensando en quitarse la vida o en hacerse daño?
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
result-immediate_danger = Riesgo alto: primero, la seguridad
result-immediate_danger-text = Llame al 112 ahora. Después siga el plan de seguridad que aparece abajo.
result-strong_signs = Señales fuertes de trata
result-strong_signs-text = Las respuestas cumplen la regla ILO/EC para una persona adulta: captación, explotación y coacción o abuso de vulnerabilidad, todo a la vez. Derive a la persona.
result-strong_signs-child-text = Las respuestas muestran captación o traslado de un menor (el acto) y explotación. En el caso de un menor no hace falta fuerza, amenaza ni engaño. Derive al menor.
result-some_signs = Algunas señales – pida consejo
result-some_signs-text = Se encontraron algunas señales de trata. Pida consejo a KCIK sobre qué hacer ahora.
result-control_unknown = Malas condiciones – aún no se sabe si hay control
result-control_unknown-text = Se encontraron malas condiciones o un salario bajo, pero no se sabe si la persona es libre de irse: algunas preguntas sobre control no se hicieron, se omitieron o se respondieron con «No lo sé». Hágalas (aparecen abajo) o pida consejo a KCIK.
result-control-open = Falta preguntar sobre control
result-labour_rights = Un problema de derechos laborales, más que de trata
result-labour_rights-text = Se encontraron malas condiciones o un salario bajo, y la persona respondió «No» a todas las preguntas sobre control: que otra persona guarde sus documentos, una deuda, amenazas, encierro, cualquier cosa que le impida irse y dependencia del empleador para la vivienda o los papeles. Oriente a la persona hacia la Inspección Nacional del Trabajo (PIP). Si algo cambia, vuelva a revisar.
result-no_signs = Por ahora no se encontraron señales
result-no_signs-text = Las respuestas hasta ahora no muestran señales de trata. Si aún le preocupa, haga más preguntas o pida consejo a KCIK.
result-child = La persona puede ser menor de edad. Un menor es víctima de trata siempre que se le capte, traslade, entregue, acoja o reciba para explotarlo, aunque no haya fuerza ni engaño (art. 115 §22 del Código Penal). Derive siempre a un menor.
result-not-alone = La persona no estaba a solas con usted: puede que sus respuestas no fueran libres. Si puede, vuelva a preguntar cuando esté a solas.
result-age-unknown = Edad desconocida: se aplicó la regla para adultos. Si la persona puede tener menos de 18 años, trátela como menor.
result-risks = Situación de alto riesgo
risk-danger = Alguien está amenazado, retenido o herido ahora: llame al 112.
risk-child_alone = Un menor sin padres ni tutor aquí: llame al 112 y quédese con el menor hasta que llegue la policía.
risk-self_harm = Riesgo de suicidio o de autolesión: llame al 112 ahora y después a la línea de crisis de 24 horas 116 123.
risk-escaped = La persona ha escapado y puede que la busquen: llame al 112.
risk-family_danger = Su familia puede estar en peligro ahora: llame al 112 e infórmeselo al operador.
risk-little_time = Muy poco tiempo: dé los números de teléfono y acuerde cómo volver a contactar con la persona.
risk-psychiatric_crisis = Crisis grave de salud mental: llame al 112 para pedir ayuda médica y después a la línea de crisis 116 123.
plan-title = Plan de seguridad
plan-intro = Acuérdelo con la persona, de palabra. No anote nada en esta aplicación.
plan-where = Adónde ir ahora: a un lugar seguro que acuerden juntos, no de vuelta adonde está el peligro. La policía (112), la línea de 24 horas de La Strada o KCIK pueden ayudar a encontrarlo.
plan-whom = A quién llamar: al 112 en caso de peligro. A la línea de 24 horas de La Strada, +48 605 687 750, para recibir ayuda a cualquier hora; a KCIK en días laborables.
plan-reach = Cómo volver a contactar: acuerden una forma y un momento seguros, por ejemplo un número que solo use la persona o un lugar que conozcan los dos.
result-next-step = Su próximo paso
next-police = Siga su propio procedimiento: separe a la persona de los demás detenidos y de los sospechosos, y avise al agente responsable, si es posible uno formado en casos de trata. Llame al número de la policía sobre trata. Llame al 112 solo para pedir una ambulancia o refuerzos.
next-health = La persona sigue a su cargo: examínela y hable con ella a solas. Después pida consejo a KCIK o a la línea de 24 horas de La Strada.
next-volunteer = No investigue ni se enfrente a nadie. Avise a la policía de guardia en el punto de acogida. Para pedir consejo, llame a la línea de 24 horas de La Strada o a KCIK.
next-inspector = Pida a KCIK una consulta sobre una posible víctima, e informe a la policía de un delito. El salario y las condiciones siguen siendo asunto de la PIP.
next-control = Haga las preguntas sobre control que quedan pendientes, o pida consejo a KCIK.
next-other = Pida consejo a KCIK sobre qué hacer ahora, o llame a cualquier hora a la línea de 24 horas de La Strada.
next-child = Un menor: llame a la policía (112) y quédese con el menor hasta que llegue. Después informe a KCIK.
next-danger = Llame ahora al 112.
next-off-hours = Los asesores de KCIK trabajan en días laborables: a esta hora, primero la línea de 24 horas de La Strada.
next-also = Otra línea a la que llamar
result-duty-title = Obligación de denunciar
result-duty-law = La ley: toda persona que tenga conocimiento fidedigno de un caso de trata de personas debe notificarlo a la policía o a un fiscal (art. 240 §1 del Código Penal).
result-duty-kcik = Si tiene dudas sobre si lo que sabe es fidedigno, consulte primero a KCIK. Asesoran a profesionales y apoyan a las víctimas, incluidas las que no quieren contactar con la policía.
result-duty-child = Con un menor no hay paso de consentimiento: derive siempre, a la policía y a KCIK.
result-provisional = La fuerza de cada señal sigue una transcripción de los indicadores ILO/EC (2009): considere los grados como provisionales. Varias preguntas pueden apuntar al mismo indicador ILO; cuenta una sola vez.
result-uncounted = Otras señales observadas (se muestran, pero no cuentan en la regla ILO)
result-signs-found = Señales encontradas
result-signs-unclear = No está claro – conviene revisar
result-not-asked = Aún sin preguntar
result-not-asked-none = Se preguntó por todas las áreas.
result-dimension-positive = Hay suficientes señales en esta área para alcanzar el umbral ILO.
result-whom-to-call = A quién llamar
result-pip = Inspección Nacional del Trabajo (PIP): para salario, contratos, horarios y seguridad en el trabajo.
result-answered = { $count ->
    [one] Una respuesta dada.
    [many] { $count } respuestas dadas.
   *[other] { $count } respuestas dadas.
}

ind-job_different_nature-sign = El trabajo es de otro tipo que el que le dijeron
ind-job_different_nature-ask = ¿Su trabajo es de un tipo distinto del que le dijeron?

ind-place_or_employer_different-sign = El lugar o el empleador no son los que le dijeron
ind-place_or_employer_different-ask = ¿Acabó en un lugar, o con un jefe, distintos de los que le dijeron?

ind-conditions_deceived-sign = Horario o condiciones de trabajo peores de lo que le dijeron
ind-conditions_deceived-ask = ¿Su horario o sus condiciones de trabajo son peores de lo que le dijeron?

ind-contract_deceived-sign = Contrato distinto de lo que le dijeron
ind-contract_deceived-ask = ¿Su contrato de trabajo es distinto de lo que le dijeron, o no le dieron ninguno?

ind-wages_deceived-sign = Cobra menos de lo que le dijeron
ind-wages_deceived-ask = ¿Le pagan menos de lo que le dijeron que cobraría?

ind-travel_deceived-sign = El viaje no fue como le dijeron
ind-travel_deceived-ask = ¿El viaje hasta aquí fue distinto de lo que le dijeron?

ind-housing_deceived-sign = La vivienda no es la prometida
ind-housing_deceived-ask = ¿El lugar donde vive es peor de lo que le dijeron?

ind-documents_status_deceived-sign = Engaño sobre papeles o sobre el derecho a residir o trabajar
ind-documents_status_deceived-ask = ¿Le dijeron cosas falsas sobre sus papeles o su derecho a trabajar aquí?

ind-marriage_promise-sign = Vino tras una promesa de matrimonio o adopción
ind-marriage_promise-ask = ¿Vino porque alguien le prometió casarse con usted o adoptarle?

ind-education_deceived-sign = Le hablaron de escuela o formación que nunca llegó
ind-education_deceived-ask = ¿Le dijeron que iría a la escuela o que recibiría formación, y luego no fue así?

ind-agency_fee_paid-sign = Pagó a una agencia por el trabajo o el transporte
ind-agency_fee_paid-ask = ¿Pagó a una agencia o a una persona para conseguir este trabajo o su viaje?

ind-offer_too_good-sign = Oferta de viaje, vivienda o trabajo demasiado buena para ser verdad
ind-offer_too_good-ask = ¿Alguien le ha ofrecido viaje, vivienda o trabajo que parece demasiado bueno para ser verdad?

ind-unregistered_helper-sign = Ayuda ofrecida por alguien sin credencial de una organización
ind-unregistered_helper-observe = ¿Alguien ofrece a la persona transporte, vivienda o trabajo sin la credencial de una organización registrada?

ind-recruit_violence-sign = Se usó fuerza o violencia para traerle aquí
ind-recruit_violence-ask = ¿Alguien usó la fuerza o le hizo daño para hacerle venir aquí?

ind-recruit_threats-sign = Amenazas de daño para hacerle venir
ind-recruit_threats-ask = ¿Alguien amenazó con hacerle daño a usted o a su familia para hacerle venir aquí?

ind-recruit_threat_report-sign = Amenazas de denunciarle a las autoridades para hacerle venir
ind-recruit_threat_report-ask = ¿Alguien amenazó con denunciarle a la policía o a otras autoridades para hacerle venir aquí?

ind-recruit_threat_tell-sign = Amenazas de contar cosas sobre la persona a su familia o a otros, para hacerle venir
ind-recruit_threat_tell-ask = ¿Alguien amenazó con contar cosas sobre usted a su familia o a otras personas para hacerle venir aquí?

ind-recruit_family_harmed-sign = Hicieron daño a alguien de su familia para hacerle venir
ind-recruit_family_harmed-ask = ¿Alguien hizo daño a un familiar suyo para hacerle venir aquí?

ind-recruit_abducted-sign = Le llevaron o le retuvieron contra su voluntad
ind-recruit_abducted-ask = ¿Alguien le llevó a algún sitio, o le retuvo, contra su voluntad?

ind-recruit_forced_marriage-sign = Le obligaron a casarse
ind-recruit_forced_marriage-ask = ¿Le obligaron a casarse con alguien?

ind-recruit_sold-sign = Venta, o alguien recibió dinero por la persona
ind-recruit_sold-ask = ¿Le vendieron, o alguien recibió dinero por usted?

ind-recruit_debt-sign = Tuvo que endeudarse por el viaje o el trabajo
ind-recruit_debt-ask = Antes de empezar, ¿tuvo que endeudarse por el viaje o el trabajo?

ind-recruit_isolated-sign = Encierro, vigilancia o aislamiento de otras personas durante el viaje
ind-recruit_isolated-ask = En el camino hasta aquí, ¿le encerraron, le vigilaron todo el tiempo o no le dejaron hablar con otras personas?

ind-recruit_money_kept-sign = Quienes la trajeron se quedaron con su dinero
ind-recruit_money_kept-ask = ¿Las personas que le trajeron aquí se quedaron con su dinero?

ind-passports_collected-sign = Alguien recoge pasaportes «para ayudar»
ind-passports_collected-ask = ¿Alguien le ha pedido su pasaporte o su documento de identidad, diciendo que así le ayudará?

ind-pressure_to_leave_now-sign = Presión para irse con alguien enseguida
ind-pressure_to_leave_now-ask = ¿Alguien le está presionando para que se vaya con esa persona ahora mismo?

ind-economic_need-sign = Aceptó el trabajo o el viaje porque necesitaba dinero con urgencia
ind-economic_need-ask = ¿Aceptó este trabajo o este viaje porque le hacía mucha falta el dinero?

ind-family_difficulty-sign = Problemas familiares le llevaron a irse de casa
ind-family_difficulty-ask = ¿Problemas en su familia le llevaron a irse de casa?

ind-no_language_info-sign = Llegó sin conocer el idioma ni saber dónde pedir ayuda
ind-no_language_info-ask = Cuando llegó, ¿le costó entender a la gente o encontrar ayuda?

ind-emotional_dependency-sign = Le convenció alguien a quien quiere y de quien depende («lover boy»)
ind-emotional_dependency-ask = ¿Alguien a quien usted quiere, y que le decía que le quería, le convenció para hacer este viaje o este trabajo?

ind-fear_authorities-sign = Tiene miedo de la policía u otras autoridades
ind-fear_authorities-ask = ¿Tiene miedo de pedir ayuda a la policía o a otras autoridades?

ind-irregular_status-sign = Llegó sin papeles que le permitan residir o trabajar
ind-irregular_status-ask = Cuando llegó, ¿le faltaban papeles que le permitieran quedarse o trabajar aquí?

ind-child_with_non_relatives-sign = Menor que viaja solo o con adultos que no son de su familia
ind-child_with_non_relatives-observe = ¿El menor viaja solo o con adultos que no son de su familia?

ind-excessive_hours-sign = Trabaja muchísimas horas o sin días libres
ind-excessive_hours-ask = ¿Trabaja jornadas muy largas, con pocos o ningún día libre?

ind-low_or_no_pay-sign = Le pagan muy poco o nada
ind-low_or_no_pay-ask = ¿Le pagan muy poco, o nada, por su trabajo?

ind-returned_no_money-sign = Volvió del trabajo en el extranjero sin cobrar o cobrando solo una parte
ind-returned_no_money-ask = ¿Volvió de trabajar en el extranjero sin su pago, o solo con una parte?

ind-no_contract-sign = Sin contrato escrito
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

ind-permission_basic_needs-sign = Necesita permiso para comer, dormir o ir al baño
ind-permission_basic_needs-ask = ¿Necesita el permiso de alguien para comer, dormir o ir al baño?

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
ind-forced_begging-ask = ¿Le obligan a pedir limosna y a dar el dinero a otra persona?

ind-forced_crime-sign = Le obligan a robar o a cometer otros delitos
ind-forced_crime-ask = ¿Le obligan a robar o a hacer otras cosas contra la ley?

ind-ever_forced-sign = En el camino o en un trabajo anterior, le obligaron a trabajar o a hacer cosas contra su voluntad
ind-ever_forced-ask = En el camino hasta aquí, o en un trabajo anterior, ¿alguna vez le obligaron a trabajar o a hacer cosas que usted no quería hacer?

ind-forced_to_lie-sign = Le dijeron que mintiera a las autoridades o a su familia
ind-forced_to_lie-ask = ¿Le dijeron que mintiera a la policía, a las autoridades o a su familia?

ind-threats_destination-sign = Amenazas de daño o de denuncia
ind-threats_destination-ask = ¿Alguien ha amenazado con hacerle daño a usted o a su familia, o con denunciarle a la policía?

ind-afraid_to_leave-sign = Teme lo que pasaría si se fuera
ind-afraid_to_leave-ask = ¿Tiene miedo de lo que les pasaría a usted o a su familia si dejara este trabajo?

ind-threat_deportation-sign = Amenazas de deportación o de denuncia a inmigración
ind-threat_deportation-ask = ¿Alguien ha amenazado con denunciarle a inmigración o a la Guardia de Fronteras, o con hacer que le envíen de vuelta?

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

ind-living_at_work-sign = Vive donde trabaja, o donde decide el jefe
ind-living_at_work-ask = ¿Duerme donde trabaja, o en un lugar que elige su jefe?

ind-unknown_address-sign = No sabe la dirección de su casa o de su trabajo
ind-unknown_address-observe = ¿Parece que la persona no sabe la dirección donde vive o trabaja?

ind-legal_status_dependent-sign = Teme perder el derecho a quedarse si deja el trabajo
ind-legal_status_dependent-ask = ¿Tiene miedo de perder su derecho a quedarse aquí si deja este trabajo?

ind-economic_need_now-sign = Necesita tanto el dinero que no puede decir que no
ind-economic_need_now-ask = ¿Necesita este dinero tanto que no puede decir que no a este trabajo?

ind-family_depends-sign = Su familia depende del dinero que envía
ind-family_depends-ask = ¿Su familia depende del dinero que usted le envía?

ind-sex_exchange-sign = Tuvo relaciones sexuales para conseguir alojamiento, comida, transporte o dinero
ind-sex_exchange-ask = ¿Ha tenido que tener relaciones sexuales con alguien para conseguir dónde quedarse, comida, transporte o dinero?

ind-no_own_documents-sign = No tiene documento de identidad, o solo una copia
ind-no_own_documents-ask = ¿Tiene solo una copia de su pasaporte o documento de identidad, o no tiene ninguno?

ind-child_no_guardian-sign = Menor sin forma de contactar a su padre, madre o tutor
ind-child_no_guardian-observe = ¿El menor no tiene ninguna forma de contactar a su padre, madre o tutor?

# Muy poco tiempo para hablar (seeds/003): dar los números, acordar cómo volver
# a contactar con la persona y terminar. No se anota nada.
handover-title = Muy poco tiempo: dé estos números
handover-intro = Muestre o diga estos números. Acuerde de palabra cómo y cuándo puede volver a contactar con la persona. No anote nada aquí.
handover-continue = Hay más tiempo: volver a las preguntas
handover-end = Terminar y borrar las respuestas

# Primera pantalla de la persona, antes de la primera pregunta que se le hace (brief §4).
intro-title = Antes de las preguntas
intro-who-health = Soy profesional de la salud.
intro-who-police = Soy agente de policía o de la Guardia de Fronteras.
intro-who-volunteer = Hago voluntariado ayudando a las personas que llegan aquí.
intro-who-inspector = Trabajo en la inspección de trabajo o en los servicios sociales.
intro-who-other = Trabajo con personas que pueden necesitar ayuda.
intro-why = Me gustaría hacerle algunas preguntas para ver si necesita ayuda y de qué tipo.
intro-nothing-kept = Esta aplicación no le pide su nombre y no envía nada a ningún sitio. Sus respuestas quedan solo en este teléfono, unas pocas horas como máximo.
intro-skip = Puede saltarse cualquier pregunta o parar en cualquier momento.
intro-confidential-police = Como agente, tengo el deber de actuar cuando me entero de un delito. No puedo prometerle que lo que me cuente quedará en secreto.
intro-confidential-other = Mantendré en privado lo que me cuente siempre que pueda. Pero en Polonia toda persona que sepa de un caso de trata de personas debe comunicarlo a la policía o a un fiscal, así que no puedo prometerle que todo quedará en secreto.
intro-continue = Entiendo, continuar
