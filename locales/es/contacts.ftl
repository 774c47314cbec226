# Pantalla de contactos. Los nombres de organizaciones y los números nunca se
# traducen: cada organización mantiene su nombre, seguido de lo que es.

contacts-title = Contactos
contacts-intro = Toque un número para llamar. Los números están escritos tal como se marcan desde un teléfono polaco.
contacts-section-main = Contactos principales
contacts-section-more = Más ayuda
contacts-section-children = Para niños
contacts-section-ukraine = Para llamadas desde Ucrania
contacts-ukraine-warning = Solo para llamadas desde Ucrania o con una tarjeta SIM ucraniana. Los números cortos 527 y 1547 solo funcionan en redes ucranianas, por eso aquí no son enlaces. Desde un teléfono polaco, use los números de arriba.
field-hours = Horario
field-languages = Idiomas
field-email = Correo electrónico
last-confirmed = Confirmado por última vez por una fuente en { $year }. Compruébelo antes de confiar en este dato.
sources-title = { $count ->
    [one] Fuente
    [many] Fuentes ({ $count })
   *[other] Fuentes ({ $count })
}

lang-name-pl = polaco
lang-name-en = inglés
lang-name-uk = ucraniano
lang-name-ru = ruso
lang-name-be = bielorruso
lang-name-ro = rumano
lang-name-ka = georgiano
lang-name-vi = vietnamita
lang-name-hi = hindi
lang-name-ne = nepalí
lang-name-bn = bengalí
lang-name-fil = filipino
lang-name-uz = uzbeko
lang-name-tr = turco
lang-name-es = español
lang-name-ar = árabe

hours-always = 24 horas al día, 7 días a la semana
hours-always-free = 24 horas al día, 7 días a la semana, gratis
hours-always-free-anonymous = 24 horas al día, 7 días a la semana, gratis y anónimo
hours-kcik = Asesores de lunes a viernes. En otros horarios, llame a la línea de intervención 24/7 de La Strada, o al 112 si hay peligro. (Una página de la policía de 2025 indica este número como 24/7.)
hours-office = Horario de oficina
hours-not-stated = La fuente no indica el horario

label-intervention = Línea de intervención (24/7)
label-office = Línea de oficina
label-counter-trafficking-free = Número corto gratuito contra la trata

languages-note-emergency = Los operadores hablan varios idiomas.
languages-note-by-arrangement = Otros idiomas, previa solicitud.
languages-note-child-helpline = Ucraniano y ruso: de lunes a viernes, 14:00–18:00 (según se anunció en junio de 2022).
languages-note-not-stated = La fuente no indica los idiomas.

contact-emergency-name = Número de emergencias 112
contact-emergency-help = El número general de emergencias. Llame cuando alguien esté en peligro inmediato.
contact-kcik-name = KCIK – Centro Nacional de Consulta e Intervención para Víctimas de Trata
contact-kcik-help = Consejo y ayuda para víctimas de trata, polacas y extranjeras, y para quienes trabajan con ellas. Lo gestiona La Strada. Puede consultarles cuando tenga dudas.
contact-lastrada-name = La Strada – Fundación contra la Trata de Personas y la Esclavitud
contact-lastrada-help = La fundación que gestiona KCIK. Apoya a víctimas de trata, también a quienes no quieren contactar con la policía.
contact-police_helpline-name = Línea de ayuda de la policía sobre trata de personas
contact-police_helpline-help = Una línea específica de la policía sobre trata de personas para personas procedentes de Ucrania, puesta en marcha en marzo de 2022.
contact-police_thb-name = Número de la policía para casos urgentes de trata
contact-police_thb-help = Número de la Jefatura Central de Policía para situaciones urgentes relacionadas con la trata de personas.
contact-police_thb_unit-name = Unidad contra la trata de la Jefatura Central de Policía
contact-police_thb_unit-help = La unidad de la Jefatura Central de Policía que se ocupa de la trata de personas.
contact-child_helpline-name = Línea de ayuda para niños y jóvenes
contact-child_helpline-help = La gestiona Fundacja Dajemy Dzieciom Siłę. Un menor solo o en peligro: llame primero a la policía (112).
contact-missing_children-name = Línea de niños desaparecidos (ITAKA)
contact-missing_children-help = Cuando un niño ha desaparecido. Un menor encontrado solo: llame primero a la policía (112).
contact-crime_victims-name = Línea de ayuda para víctimas de delitos
contact-crime_victims-help = Apoyo para personas afectadas por un delito.
contact-ukraine_lines-name = Números para llamadas desde Ucrania
contact-ukraine_lines-help = Publicados por las autoridades ucranianas y la IOM para llamadas dentro de Ucrania. El 527 es un número corto gratuito contra la trata (IOM).
contact-crisis_adults-name = Línea de ayuda para adultos en crisis emocional (Niebieska Linia)
contact-crisis_adults-help = La gestiona el Instituto de Psicología de la Salud de la Sociedad Polaca de Psicología. Para una persona en crisis emocional o en riesgo de suicidio: llame primero al 112 si una vida está en peligro.
contact-crisis_centre-name = Centro de Apoyo para Personas en Crisis Mental (ITAKA)
contact-crisis_centre-help = Psicólogos, para personas en crisis mental. Llame primero al 112 si una vida está en peligro.
