# Pantalla «Acerca de» y estado de la traducción de cada idioma.

nav-about = Acerca de la aplicación
about-title = Acerca de Pocket Card
about-what = Pocket Card ayuda a los trabajadores de primera línea en Polonia a reconocer a posibles víctimas de trata de personas y a orientarlas hacia la ayuda adecuada.
about-privacy = Sin cuenta, sin estadísticas de uso, sin rastreo. La aplicación no envía nada sobre lo que usted hace. Las respuestas de la búsqueda de señales nunca se envían: se guardan solo en esta pestaña del navegador (en su almacenamiento de sesión), de modo que una llamada o una recarga de la página no las pierde, y desaparecen cuando usted las borra, cuando se cierra la pestaña o al cabo de 4 horas. Aparte de eso, el dispositivo solo guarda el idioma que usted eligió y qué casos de práctica jugó, sin nombres y sin respuestas. Los archivos de la aplicación, en todos los idiomas, vienen solo de la dirección desde la que usted la abrió.
about-offline = Después de la primera visita, la aplicación y todos los idiomas funcionan sin internet.
about-screening = La aplicación le ayuda a hacer una evaluación inicial; no identifica. Solo la policía o la Guardia de Fronteras pueden identificar formalmente a una víctima.
about-sources = En la pantalla de contactos, en las tarjetas de bolsillo, en el resultado de la búsqueda de señales y en la práctica, cada contacto, señal y aspecto legal indica sus fuentes con sus fechas en «Fuentes»; una tarjeta impresa las cita en una nota al pie. Un aspecto legal tomado de la ley indica el artículo y cuándo se comprobó.
about-statuses = Un número que solo aparece en una fuente antigua, o que ninguna fuente ha confirmado en los últimos dos años, muestra el año en que se confirmó por última vez. Compruebe ese número antes de fiarse de él.
about-languages = Idiomas y calidad de la traducción
about-languages-intro = Una pregunta mal entendida puede hacer daño, por eso cada idioma indica cómo se revisó su traducción. La ayuda de hablantes nativos es bienvenida.
lang-status-source = Texto original
lang-status-reviewed = Revisado por un hablante nativo
lang-status-machine = Traducción asistida por máquina, pendiente de revisión por un hablante nativo
lang-status-current = Este idioma: { $status }
about-version = Versión { $version }
