# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Pakinggan
speech-stop = Itigil
speech-no-voice = Walang offline na boses sa teleponong ito para sa wikang: { $language }.
speech-no-voice-hint = Para magdagdag, buksan ang settings ng telepono, pagkatapos ang "Text-to-speech", at i-download ang boses.
speech-unsupported = Hindi kayang magbasa nang malakas ng browser na ito.
speech-setting = Ipakita ang mga button na "Pakinggan"
speech-setting-hint = Binabasa nila nang malakas ang mga tanong para sa tao at ang kanyang card gamit ang boses sa teleponong ito. Walang ipinapadala.
