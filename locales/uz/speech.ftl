# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Tinglash
speech-stop = Toʻxtatish
speech-no-voice = Bu telefonda ushbu til uchun oflayn ovoz yoʻq: { $language }.
speech-no-voice-hint = Qoʻshish uchun telefon sozlamalarini oching, soʻng «Matnni nutqqa aylantirish» boʻlimida ovozni yuklab oling.
speech-unsupported = Bu brauzer ovoz chiqarib oʻqiy olmaydi.
speech-setting = «Tinglash» tugmalarini koʻrsatish
speech-setting-hint = Ular odamga beriladigan savollarni va uning kartasini shu telefondagi ovoz bilan oʻqib beradi. Hech narsa yuborilmaydi.
