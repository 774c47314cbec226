# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Прослухати
speech-stop = Зупинити
speech-no-voice = На цьому телефоні немає офлайн-голосу для мови: { $language }.
speech-no-voice-hint = Щоб додати його, відкрийте налаштування телефона, далі «Синтез мовлення», і завантажте голос.
speech-unsupported = Цей браузер не вміє читати вголос.
speech-setting = Показувати кнопки «Прослухати»
speech-setting-hint = Вони читають уголос запитання до людини та її картку голосом із цього телефона. Нічого не надсилається.
