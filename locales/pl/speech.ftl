# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Odsłuchaj
speech-stop = Zatrzymaj
speech-no-voice = Ten telefon nie ma głosu offline dla języka: { $language }.
speech-no-voice-hint = Aby go dodać, otwórz ustawienia telefonu, potem „Zamiana tekstu na mowę”, i pobierz głos.
speech-unsupported = Ta przeglądarka nie umie czytać na głos.
speech-setting = Pokazuj przyciski „Odsłuchaj”
speech-setting-hint = Czytają na głos pytania do osoby i jej kartę głosem z tego telefonu. Nic nie jest wysyłane.
