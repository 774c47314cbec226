# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = Прослушать
speech-stop = Остановить
speech-no-voice = На этом телефоне нет офлайн-голоса для языка: { $language }.
speech-no-voice-hint = Чтобы добавить его, откройте настройки телефона, затем «Синтез речи», и загрузите голос.
speech-unsupported = Этот браузер не умеет читать вслух.
speech-setting = Показывать кнопки «Прослушать»
speech-setting-hint = Они читают вслух вопросы для человека и его карточку голосом с этого телефона. Ничего не отправляется.
