# Pantalla de contactos. Los nombres de organizaciones y los números nunca se
# traducen: cada organización mantiene su nombre, seguido de lo que es.

contacts-title = Contactos
contacts-intro = Toque un número para llamar. Los números están escritos tal como se marcan desde un teléfono polaco.
contacts-section-main = Contactos principales
contacts-section-more = Más ayuda
contacts-section-children = Para niños
contacts-section-ukraine = Para llamadas desde Ucrania
contacts-ukraine-warning = Estos números solo funcionan en redes ucranianas, con una tarjeta SIM ucraniana. Desde un teléfono polaco, use los números de arriba.
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
hours-kcik = Asesores en días laborables. En otros horarios, una línea de intervención solo para asuntos urgentes; intervenciones de emergencia las 24 horas del día.
hours-office = Horario de oficina
hours-not-stated = La fuente no indica el horario

label-intervention = Línea de intervención
label-office = Oficina
label-counter-trafficking-free = Número corto gratuito contra la trata

languages-note-emergency = Los operadores hablan varios idiomas.
languages-note-by-arrangement = Otros idiomas, previa solicitud.
languages-note-child-helpline = Ucraniano y ruso: de lunes a viernes, 14:00–18:00.
languages-note-not-stated = La fuente no indica los idiomas.

contact-emergency-name = Número de emergencias 112
contact-emergency-help = Policía, ambulancia y bomberos. Llame cuando alguien esté en peligro inmediato.
contact-kcik-name = KCIK – Centro Nacional de Consulta e Intervención para Víctimas de Trata
contact-kcik-help = Consejo y ayuda para víctimas de trata, polacas y extranjeras, y para quienes trabajan con ellas. Lo gestiona La Strada. Puede consultarles cuando tenga dudas.
contact-lastrada-name = La Strada – Fundación contra la Trata de Personas y la Esclavitud
contact-lastrada-help = Apoyo a personas en riesgo de trata o explotación, también a quienes no quieren ir a la policía.
contact-police_helpline-name = Línea de ayuda de la policía sobre trata de personas
contact-police_helpline-help = Una línea de la policía sobre trata, abierta en marzo de 2022, al principio para personas que llegaban de Ucrania.
contact-police_thb-name = Número de la policía para casos urgentes de trata
contact-police_thb-help = Número de la Jefatura Central de Policía para situaciones urgentes relacionadas con la trata de personas.
contact-police_thb_unit-name = Unidad contra la trata de la Jefatura Central de Policía
contact-police_thb_unit-help = La unidad de la Jefatura Central de Policía que se ocupa de la trata de personas.
contact-child_helpline-name = Línea de ayuda para niños y jóvenes
contact-child_helpline-help = La gestiona Fundacja Dajemy Dzieciom Siłę, para cualquier persona menor de 18 años.
contact-missing_children-name = Línea de niños desaparecidos (ITAKA)
contact-missing_children-help = Cuando un niño ha desaparecido o ha sido encontrado solo.
contact-crime_victims-name = Línea de ayuda para víctimas de delitos
contact-crime_victims-help = Apoyo para cualquier persona afectada por un delito y para sus familias.
contact-ukraine_lines-name = Líneas contra la trata en Ucrania
contact-ukraine_lines-help = Publicadas por las autoridades ucranianas y la OIM para llamadas dentro de Ucrania.
