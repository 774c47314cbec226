# Estructura de la aplicación: encabezado, pantalla de inicio y avisos comunes a todas las pantallas.

app-name = Pocket Card
app-tagline = Reconozca a posibles víctimas de trata de personas y oriéntelas hacia la ayuda adecuada.
skip-to-content = Ir al contenido
language-label = Idioma
nav-main = Menú principal
nav-home = Inicio
home-cards-title = Tarjetas de bolsillo
home-cards-text = Las señales de trata y los pasos a seguir, según su función.
home-check-title = Buscar señales
home-check-text = Un cuestionario corto en su idioma y en el de la persona.
home-contacts-title = Contactos
home-contacts-text = A quién llamar: 112, KCIK, La Strada y la línea de la policía.
emergency-strip = ¿Alguien está en peligro inmediato?
emergency-call = Llame al 112
privacy-note = Nada de lo que haga en esta aplicación sale de este dispositivo. Funciona sin conexión.
notice-unknown-language = El enlace pedía un idioma que esta aplicación aún no tiene. Se muestra en { $language }.
notice-unknown-view = El enlace llevaba a una página que esta aplicación no tiene. Esta es la pantalla de inicio.
notice-close = Cerrar
notice-language-failed = No se pudo cargar este idioma. Revise la conexión e inténtelo de nuevo.
notice-update-ready = Hay una nueva versión de la aplicación.
notice-update-reload = Recargar ahora
