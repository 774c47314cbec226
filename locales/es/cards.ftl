# Tarjetas de bolsillo: una por función y una para la propia persona. Líneas
# cortas que caben en la pantalla de un teléfono y en una tarjeta A6 doblada.

cards-title = Tarjetas de bolsillo
cards-intro = Qué observar y qué hacer, según su función. Cada tarjeta funciona sin conexión y se puede imprimir.
card-health-title = Para personal de salud
card-health-intro = Quizás usted sea la única persona de fuera que ve a la persona a solas. Primero atienda; luego observe y derive.
card-police-title = Para la policía y la Guardia de Fronteras
card-police-intro = Un control, un paso fronterizo o una intervención pueden ser el momento de ayudar a alguien.
card-volunteer-title = Para voluntarios en puntos de acogida
card-volunteer-intro = Las ofertas de transporte, alojamiento o trabajo en los puntos de acogida pueden ser trampas.
card-inspector-title = Para inspectores de trabajo y trabajadores sociales
card-inspector-intro = Distinga un problema de derechos laborales del trabajo forzoso, y derive cuando sea algo más.
card-person-title = Para usted: su seguridad y sus derechos
card-person-intro = Usted puede recibir ayuda en Polonia. Estos consejos y números son para usted. En KCIK y La Strada hablan polaco e inglés; pregúnteles por otros idiomas.

card-section-signs = Señales más importantes
card-section-steps = Qué hacer ahora
card-section-talk = Cómo hablar con la persona
card-section-law = Aspectos legales
card-section-advice = Cuide su seguridad
card-section-rights = Sus derechos
card-section-contacts = A quién llamar
card-start-check = Buscar señales con las preguntas de esta función
card-person-link = La tarjeta para entregar a la persona, en su idioma
card-person-language = Mostrar esta tarjeta en el idioma de la persona
card-print = Imprimir esta tarjeta
card-share = Compartir o imprimir un código QR
card-sources = Fuentes
card-sources-print = Fuentes:
card-unknown = El enlace llevaba a una tarjeta que esta aplicación no tiene. Aquí están todas las tarjetas.

step-danger-112 = Si alguien está en peligro inmediato, llame primero al 112.
step-see-alone = Vea a la persona a solas, sin el acompañante, el empleador o el «traductor».
step-treat-first = Primero dé la atención necesaria; las preguntas pueden esperar.
step-ask-few = Haga unas pocas preguntas con calma; use «Buscar señales» si puede.
step-refer-kcik = Si ve señales, pida consejo a KCIK (en días laborables; en otros horarios, la línea 24/7 de La Strada). El deber de avisar a la policía o a la fiscalía (art. 240 §1) sigue vigente.
step-child-refer = Un menor siempre se deriva, aunque no haya fuerza ni engaño, sin pedir su consentimiento. Un menor solo: llame primero a la policía.
step-record-no-names = No anote en esta aplicación nombres ni datos que identifiquen a la persona.
step-separate = Hable con cada persona por separado, lejos de los demás del grupo.
step-own-language = Use un intérprete profesional o el idioma de la persona.
step-no-confrontation = No confronte a nadie de quien sospeche y no fotografíe a la persona.
step-presumption = La policía o la Guardia de Fronteras confirman si la persona se considera presunta víctima.
step-stay-with-child = Quédese con un menor que está solo y llame primero a la policía: la policía de guardia en el punto de acogida, o el 112.
step-check-badge = Compruebe que quien ofrece ayuda lleve la credencial de una organización registrada.
step-tell-coordinator = Informe de ofertas y «ayudantes» sospechosos a la policía de guardia en el punto de acogida.
step-labour-or-forced = Un salario bajo o malas condiciones, por sí solos, son un asunto de derechos laborales; documentos retenidos, deudas, amenazas o no ser libre de irse indican trabajo forzoso.

talk-alone = Hable en privado, lejos de cualquier acompañante.
talk-no-companion-interpreter = Nunca use a un acompañante como intérprete.
talk-pearr = PEARR: dé privacidad, explique (quién es usted, qué puede mantener en confidencialidad), pregunte, respete y responda.
talk-coffee-first = Empiece con un momento tranquilo y amable –«primero un café»– antes de las preguntas.
talk-believe = Crea a la persona, no juzgue, no presione para saber toda la historia, no prometa lo que no pueda cumplir.
talk-consent = Una persona adulta decide qué ayuda acepta, salvo si una vida está en peligro; el deber de denunciar sigue vigente.

law-screen-not-identify = Esta aplicación hace una evaluación inicial; la identificación formal la hacen la policía o la Guardia de Fronteras.
law-child = Si es menor de 18 años, es trata aunque no haya violencia, amenaza, engaño ni ningún otro medio (art. 115 §22, última frase). Si la edad no es segura y la persona puede ser menor, trátela como menor (Directiva UE 2011/36, art. 13, apartado 2).
law-report-duty = Quien tenga conocimiento creíble de un caso de trata debe avisar a la policía o a la fiscalía (Código Penal, art. 240 §1).
law-consent-kcik = KCIK y La Strada también apoyan a víctimas que no quieren contactar con la policía. Si tiene dudas sobre si debe denunciar, consulte a KCIK.
law-definition = Trata (Código Penal, art. 115 §22): captar, trasladar, entregar, alojar o recibir a una persona mediante violencia o amenaza, secuestro, engaño, induciéndola a error o aprovechando su error, abusando de su dependencia o de su situación crítica, o dando o recibiendo un beneficio, con fines de explotación. La explotación incluye la prostitución, el trabajo o los servicios forzosos, la mendicidad, la esclavitud, la obligación de cometer delitos y la extracción de órganos. El consentimiento de la persona no cambia esto.
law-consent-irrelevant = Es trata aunque la persona haya dado su consentimiento.
law-crime-189a = La trata es un delito castigado con al menos 3 años de prisión (Código Penal, art. 189a).
law-reflection = Una víctima extranjera puede obtener un período de reflexión de hasta 3 meses (4 si es menor) una vez que la policía o la Guardia de Fronteras confirman la presunción de que es víctima.
law-non-punishment = Las autoridades están facultadas para no enjuiciar ni castigar a las víctimas por los delitos que se vieron obligadas a cometer (Directiva UE 2011/36, art. 8). No es automático: no lo prometa.
law-forced-vs-rights = El trabajo forzoso es el que se exige bajo amenaza de castigo, cuando la persona no es libre de irse (documentos retenidos, deudas, amenazas, encierro). Un salario bajo o malas condiciones, por sí solos, son un asunto de la Inspección Nacional del Trabajo (PIP).

advice-keep-passport = Guarde usted mismo su pasaporte y sus documentos. No se los dé a nadie «para ayudarle».
advice-registered-only = Acepte transporte, alojamiento o trabajo solo de voluntarios y organizaciones registrados, con credencial.
advice-photo-plate = Antes de subir a un vehículo, tome una foto del vehículo y de su placa o matrícula, y envíela a alguien de confianza.
advice-no-pressure = Tenga cuidado con las ofertas que parecen demasiado buenas para ser verdad o que le presionan para irse enseguida.
advice-call-112 = Si está en peligro, llame al 112.
right-help-without-police = KCIK y La Strada apoyan a las víctimas de trata aunque no quieran ir a la policía.
right-reflection = Si usted viene de otro país, puede tener hasta 3 meses (4 si es menor de edad) para recuperarse y decidir qué hacer, una vez que la policía o la Guardia de Fronteras confirmen que se le considera presunta víctima.
right-child = Si tiene menos de 18 años y alguien le capta, le traslada o le recibe para explotarle, es trata aunque usted haya aceptado. Puede llamar al 112 o a la línea de ayuda para niños y jóvenes, 116 111.
right-consent = Como persona adulta, usted decide qué ayuda acepta, salvo si una vida está en peligro. Quien tenga conocimiento creíble de un caso de trata debe avisar a la policía o a la fiscalía: puede preguntar a la persona con la que habla qué tiene que comunicar.

share-title = Compartir o imprimir un código QR
share-intro = Elija una tarjeta y un idioma. El código QR abre esa tarjeta en ese idioma, en la dirección de esta aplicación, y funciona sin conexión una vez abierto.
share-card-label = Qué abre el código
share-lang-label = Idioma
share-target-home = La pantalla de inicio
share-target-check = Buscar señales
share-target-contacts = Los contactos
share-caption = Escanee para abrir Pocket Card en su idioma
share-link = Enlace
share-print = Imprimir
share-poster = Póster A4 con un código QR para cada idioma
poster-title = Pocket Card – ayuda en su idioma
