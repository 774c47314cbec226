# Powłoka aplikacji: nagłówek, ekran główny, komunikaty wspólne dla ekranów.

app-name = Pocket Card
app-tagline = Rozpoznaj możliwe ofiary handlu ludźmi i skieruj je po właściwą pomoc.
skip-to-content = Przejdź do treści
language-label = Język
nav-main = Menu główne
nav-home = Start
home-cards-title = Karty kieszonkowe
home-cards-text = Sygnały handlu ludźmi i kroki do podjęcia – dla Twojej roli.
home-check-title = Sprawdź sygnały
home-check-text = Krótki kwestionariusz w Twoim języku i w języku tej osoby.
home-contacts-title = Kontakty
home-contacts-text = Gdzie dzwonić: 112, KCIK, La Strada i policyjna infolinia.
emergency-strip = Ktoś jest w bezpośrednim niebezpieczeństwie?
emergency-call = Dzwoń 112
privacy-note = Nic, co robisz w tej aplikacji, nie opuszcza tego urządzenia. Działa bez internetu.
notice-unknown-language = Link wskazywał język, którego ta aplikacja jeszcze nie ma. Wyświetlamy ją w języku: { $language }.
notice-unknown-view = Link wskazywał stronę, której ta aplikacja nie ma. Oto ekran główny.
notice-close = Zamknij
notice-language-failed = Nie udało się wczytać tego języka. Sprawdź połączenie i spróbuj ponownie.
notice-update-ready = Nowa wersja aplikacji jest gotowa.
notice-update-reload = Przeładuj teraz
