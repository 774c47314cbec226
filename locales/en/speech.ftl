# Reading aloud with the phone's own voices ("Listen"). The button's word
# is shown in the person's language; the rest speaks to the worker.

speech-listen = Listen
speech-stop = Stop
speech-no-voice = This phone has no offline voice for this language: { $language }.
speech-no-voice-hint = To add one, open the phone's settings, then Text-to-speech, and download a voice.
speech-unsupported = This browser cannot read aloud.
speech-setting = Show "Listen" buttons
speech-setting-hint = They read the person's questions and card aloud with a voice on this phone. Nothing is sent.
