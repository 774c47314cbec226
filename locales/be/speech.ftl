# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Праслухаць
speech-stop = Спыніць
speech-no-voice = На гэтым тэлефоне няма афлайн-голасу для мовы: { $language }.
speech-no-voice-hint = Каб дадаць яго, адкрыйце налады тэлефона, потым «Сінтэз маўлення», і спампуйце голас.
speech-unsupported = Гэты браўзер не ўмее чытаць уголас.
speech-setting = Паказваць кнопкі «Праслухаць»
speech-setting-hint = Яны чытаюць уголас пытанні для чалавека і яго картку голасам з гэтага тэлефона. Нічога не адпраўляецца.
