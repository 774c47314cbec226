# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Dinle
speech-stop = Durdur
speech-no-voice = Bu telefonda şu dil için çevrimdışı ses yok: { $language }.
speech-no-voice-hint = Eklemek için telefonun ayarlarını açın, ardından “Metin okuma” bölümünden bir ses indirin.
speech-unsupported = Bu tarayıcı sesli okuyamıyor.
speech-setting = “Dinle” düğmelerini göster
speech-setting-hint = Kişiye yönelik soruları ve kişinin kartını bu telefondaki bir sesle okurlar. Hiçbir şey gönderilmez.
