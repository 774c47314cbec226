# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Ascultați
speech-stop = Opriți
speech-no-voice = Acest telefon nu are o voce offline pentru limba: { $language }.
speech-no-voice-hint = Pentru a adăuga una, deschideți setările telefonului, apoi „Redare text în vorbire”, și descărcați o voce.
speech-unsupported = Acest browser nu poate citi cu voce tare.
speech-setting = Afișează butoanele „Ascultați”
speech-setting-hint = Ele citesc cu voce tare întrebările pentru persoană și cardul ei, cu o voce de pe acest telefon. Nu se trimite nimic.
