# Pantalla «Acerca de» y estado de la traducción de cada idioma.

nav-about = Acerca de la aplicación
about-title = Acerca de Pocket Card
about-what = Pocket Card ayuda a los trabajadores de primera línea en Polonia a reconocer a posibles víctimas de trata de personas y a orientarlas hacia la ayuda adecuada.
about-privacy = Sin cuenta, sin servidor, sin estadísticas de uso. Nada de lo que haga en la aplicación sale de este dispositivo. Las respuestas de la revisión de indicadores quedan en la memoria hasta que usted las borre o cierre la pestaña; el progreso de la práctica se guarda solo en este dispositivo.
about-offline = Después de la primera visita, la aplicación y todos los idiomas funcionan sin internet.
about-screening = La aplicación le ayuda a hacer una evaluación inicial; no identifica. Solo la policía o la Guardia de Fronteras pueden identificar formalmente a una víctima.
about-sources = Cada contacto, señal y aspecto legal muestra su fuente y su fecha. Si un número no se ha confirmado recientemente, se indica cuándo se confirmó por última vez.
about-languages = Idiomas y calidad de la traducción
about-languages-intro = Una pregunta mal entendida puede hacer daño, por eso cada idioma indica cómo se revisó su traducción. La ayuda de hablantes nativos es bienvenida.
lang-status-source = Texto original
lang-status-reviewed = Revisado por un hablante nativo
lang-status-machine = Traducción asistida por máquina, pendiente de revisión por un hablante nativo
lang-status-current = Este idioma: { $status }
about-version = Versión { $version }
