# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Escuchar
speech-stop = Detener
speech-no-voice = Este teléfono no tiene una voz sin conexión para este idioma: { $language }.
speech-no-voice-hint = Para añadir una, abra los ajustes del teléfono, luego «Texto a voz», y descargue una voz.
speech-unsupported = Este navegador no puede leer en voz alta.
speech-setting = Mostrar los botones «Escuchar»
speech-setting-hint = Leen en voz alta las preguntas para la persona y su tarjeta con una voz de este teléfono. No se envía nada.
