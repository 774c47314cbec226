# Ekran „O aplikacji” i stan tłumaczenia każdego języka.

nav-about = O aplikacji
about-title = O aplikacji Pocket Card
about-what = Pocket Card pomaga pracownikom pierwszego kontaktu w Polsce rozpoznawać możliwe ofiary handlu ludźmi i kierować je po właściwą pomoc.
about-privacy = Bez konta, bez analityki, bez śledzenia. Aplikacja nie wysyła niczego o tym, co robisz. Odpowiedzi ze sprawdzania sygnałów nigdy nie są wysyłane: są przechowywane tylko w tej karcie przeglądarki (w jej pamięci sesji), więc połączenie telefoniczne ani przeładowanie strony ich nie usuwa, a znikają, gdy je usuniesz, gdy karta zostanie zamknięta albo po 4 godzinach. Poza tym urządzenie przechowuje tylko wybrany przez Ciebie język i informację, które przypadki ćwiczeniowe zostały rozegrane – bez nazwisk i bez odpowiedzi. Pliki aplikacji, we wszystkich językach, pochodzą wyłącznie z adresu, pod którym ją otwarto.
about-offline = Po pierwszej wizycie aplikacja i wszystkie języki działają bez internetu.
about-screening = Aplikacja pomaga we wstępnym rozpoznaniu, ale nie służy do identyfikacji. Formalnie zidentyfikować ofiarę mogą tylko policja lub Straż Graniczna.
about-sources = Na ekranie kontaktów, na kartach kieszonkowych, w wyniku sprawdzania sygnałów i w ćwiczeniach przy każdym kontakcie, sygnale i kwestii prawnej w części „Źródła” wymieniono źródła wraz z datami; wydrukowana karta podaje je w przypisie. Kwestia prawna zaczerpnięta z przepisów podaje artykuł i datę sprawdzenia.
about-statuses = Przy numerze, który podaje tylko starsze źródło albo którego żadne źródło nie potwierdziło w ciągu ostatnich dwóch lat, widać rok ostatniego potwierdzenia. Sprawdź taki numer, zanim na nim polegasz.
about-languages = Języki i jakość tłumaczeń
about-languages-intro = Źle zrozumiane pytanie może zaszkodzić, dlatego przy każdym języku podajemy, jak sprawdzono tłumaczenie. Pomoc rodzimych użytkowników języka jest mile widziana.
lang-status-source = Tekst oryginalny
lang-status-reviewed = Sprawdzone przez rodzimego użytkownika języka
lang-status-machine = Przygotowane z pomocą tłumaczenia maszynowego, czeka na sprawdzenie przez rodzimego użytkownika języka
lang-status-current = Ten język: { $status }
about-version = Wersja { $version }
