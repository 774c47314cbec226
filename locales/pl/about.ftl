# Ekran „O aplikacji” i stan tłumaczenia każdego języka.

nav-about = O aplikacji
about-title = O aplikacji Pocket Card
about-what = Pocket Card pomaga pracownikom pierwszego kontaktu w Polsce rozpoznawać możliwe ofiary handlu ludźmi i kierować je po właściwą pomoc.
about-privacy = Bez konta, bez serwera, bez analityki. Nic, co robisz w aplikacji, nie opuszcza tego urządzenia. Odpowiedzi ze sprawdzania wskaźników zostają w pamięci, dopóki ich nie usuniesz lub nie zamkniesz karty przeglądarki; postępy w ćwiczeniach są zapisywane tylko na tym urządzeniu.
about-offline = Po pierwszej wizycie aplikacja i wszystkie języki działają bez internetu.
about-screening = Aplikacja pomaga we wstępnym rozpoznaniu, ale nie służy do identyfikacji. Formalnie zidentyfikować ofiarę mogą tylko policja lub Straż Graniczna.
about-sources = Przy każdym kontakcie, sygnale i kwestii prawnej podano źródło i datę. Przy numerze, którego niedawno nie potwierdzono, podano, kiedy potwierdzono go ostatnio.
about-languages = Języki i jakość tłumaczeń
about-languages-intro = Źle zrozumiane pytanie może zaszkodzić, dlatego przy każdym języku podajemy, jak sprawdzono tłumaczenie. Pomoc rodzimych użytkowników języka jest mile widziana.
lang-status-source = Tekst oryginalny
lang-status-reviewed = Sprawdzone przez rodzimego użytkownika języka
lang-status-machine = Przygotowane z pomocą tłumaczenia maszynowego, czeka na sprawdzenie przez rodzimego użytkownika języka
lang-status-current = Ten język: { $status }
about-version = Wersja { $version }
