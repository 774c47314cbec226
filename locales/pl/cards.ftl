# Karty kieszonkowe: jedna dla każdej roli i jedna dla samej zainteresowanej osoby.
# Krótkie wiersze, które mieszczą się na ekranie telefonu i na złożonej karcie A6.

cards-title = Karty kieszonkowe
cards-intro = Na co zwracać uwagę i co robić – dla Twojej roli. Każda karta działa bez internetu i można ją wydrukować.
card-health-title = Dla personelu medycznego
card-health-intro = Możesz być jedyną osobą z zewnątrz, która widzi tę osobę bez towarzystwa. Najpierw udziel pomocy medycznej, potem zwróć uwagę na sygnały i skieruj dalej.
card-police-title = Dla policji i Straży Granicznej
card-police-intro = Kontrola, przekroczenie granicy lub interwencja mogą być chwilą, w której da się komuś pomóc.
card-volunteer-title = Dla wolontariuszy w punktach recepcyjnych
card-volunteer-intro = Oferty transportu, noclegu lub pracy w punktach recepcyjnych mogą być pułapką.
card-inspector-title = Dla inspektorów pracy i pracowników socjalnych
card-inspector-intro = Odróżnij naruszenie praw pracowniczych od pracy przymusowej i skieruj dalej, gdy chodzi o coś więcej.
card-person-title = Dla Ciebie: Twoje bezpieczeństwo i Twoje prawa
card-person-intro = W Polsce możesz dostać pomoc w swoim języku. Te wskazówki i numery są dla Ciebie.

card-section-signs = Najważniejsze sygnały
card-section-steps = Co zrobić teraz
card-section-talk = Jak rozmawiać z tą osobą
card-section-law = Kwestie prawne
card-section-advice = Zadbaj o bezpieczeństwo
card-section-rights = Twoje prawa
card-section-contacts = Do kogo dzwonić
card-start-check = Uruchom sprawdzanie wskaźników dla tej roli
card-print = Drukuj tę kartę
card-share = Udostępnij lub wydrukuj kod QR
card-sources = Źródła
card-unknown = Link wskazywał kartę, której ta aplikacja nie ma. Oto wszystkie karty.

step-danger-112 = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, najpierw zadzwoń pod 112.
step-see-alone = Spotkaj się z tą osobą na osobności, bez osoby towarzyszącej, pracodawcy czy „tłumacza”.
step-treat-first = Najpierw udziel potrzebnej pomocy; pytania mogą poczekać.
step-ask-few = Zadaj kilka spokojnych pytań; jeśli możesz, skorzystaj ze sprawdzania wskaźników.
step-refer-kcik = Jeśli widzisz sygnały, zadzwoń do KCIK po radę. Pomagają tam także osobom, które nie chcą iść na policję.
step-child-refer = Dziecko zawsze kieruj po pomoc, nawet jeśli nie użyto przemocy ani podstępu.
step-record-no-names = Nie zapisuj w tej aplikacji nazwisk ani danych, które pozwalają rozpoznać tę osobę.
step-separate = Rozmawiaj z każdą osobą osobno, z dala od reszty grupy.
step-own-language = Korzystaj z pomocy zawodowego tłumacza lub rozmawiaj w języku tej osoby.
step-no-confrontation = Nie konfrontuj się z nikim, kogo podejrzewasz, i nie fotografuj tej osoby.
step-presumption = Domniemanie, że ta osoba jest ofiarą handlu ludźmi, potwierdza policja lub Straż Graniczna.
step-stay-with-child = Zostań z dzieckiem, które jest samo, i wezwij pomoc: policję lub telefon zaufania dla dzieci 116 111.
step-check-badge = Sprawdź, czy każdy, kto oferuje pomoc, ma identyfikator zarejestrowanej organizacji.
step-tell-coordinator = Zgłaszaj policji podejrzane oferty i „pomocników”.
step-labour-or-forced = Sama niska płaca to sprawa praw pracowniczych; zatrzymane dokumenty, dług, groźby lub brak możliwości odejścia wskazują na pracę przymusową.

talk-alone = Rozmawiaj na osobności, z dala od osób towarzyszących.
talk-no-companion-interpreter = Nigdy nie proś osoby towarzyszącej o tłumaczenie.
talk-pearr = PEARR: zapewnij prywatność, poinformuj (kim jesteś i co możesz zachować w tajemnicy), zapytaj, okaż szacunek i odpowiedz na potrzeby.
talk-coffee-first = Zanim zadasz pytania, zacznij od spokojnej, życzliwej chwili – „najpierw filiżanka kawy”.
talk-believe = Uwierz, nie oceniaj, nie naciskaj na opowiedzenie całej historii i nie obiecuj tego, czego nie możesz spełnić.
talk-consent = O dalszych krokach decyduje osoba dorosła, chyba że zagrożone jest życie.

law-screen-not-identify = Ta aplikacja służy do wstępnego rozpoznania; formalnej identyfikacji dokonuje policja lub Straż Graniczna.
law-child = Jeśli osoba ma mniej niż 18 lat, jest to handel ludźmi nawet bez przemocy czy podstępu. Jeśli wiek jest niepewny, a ta osoba może być dzieckiem, traktuj ją jak dziecko.
law-report-duty = Kto ma wiarygodną wiadomość o handlu ludźmi, ma obowiązek zawiadomić policję lub prokuratora (Kodeks karny, art. 240 §1).
law-consent-kcik = KCIK i La Strada wspierają ofiary, które nie chcą kontaktować się z policją; w razie wątpliwości zapytaj KCIK.
law-definition = Handel ludźmi to werbowanie, transport, przekazywanie, przechowywanie lub przyjmowanie osoby z zastosowaniem przemocy, groźby, podstępu lub wykorzystania jej krytycznego położenia – w celu jej wykorzystania (Kodeks karny, art. 115 §22).
law-consent-irrelevant = To jest handel ludźmi, nawet jeśli ta osoba wyraziła zgodę.
law-crime-189a = Handel ludźmi jest przestępstwem zagrożonym karą co najmniej 3 lat pozbawienia wolności (art. 189a).
law-reflection = Ofiara będąca cudzoziemcem może otrzymać okres refleksji trwający do 3 miesięcy (4 w przypadku małoletniego).
law-forced-vs-rights = Praca przymusowa to praca wykonywana pod groźbą kary przez osobę, która nie może swobodnie odejść; sama niska płaca to sprawa dla Państwowej Inspekcji Pracy (PIP).

advice-keep-passport = Trzymaj swój paszport i dokumenty przy sobie. Nie oddawaj ich nikomu – nawet komuś, kto chce „pomóc”.
advice-registered-only = Przyjmuj transport, nocleg lub pracę tylko od zarejestrowanych wolontariuszy i organizacji z identyfikatorem.
advice-photo-plate = Zanim wsiądziesz do samochodu, zrób zdjęcie auta i tablicy rejestracyjnej i wyślij je osobie, której ufasz.
advice-no-pressure = Uważaj na oferty zbyt piękne, żeby były prawdziwe, i na naciski, żeby od razu wyjechać.
advice-call-112 = Jeśli grozi Ci niebezpieczeństwo, zadzwoń pod 112.
right-help-without-police = KCIK i La Strada pomagają osobom w Twojej sytuacji, nawet jeśli nie chcesz iść na policję.
right-reflection = Jako ofiara z innego kraju możesz dostać do 3 miesięcy (4 dla dziecka), żeby odpocząć i zdecydować, co dalej.
right-child = Jeśli masz mniej niż 18 lat, zawsze dostaniesz pomoc.
right-consent = Jeśli masz 18 lat lub więcej, to Ty decydujesz, co będzie dalej.

share-title = Udostępnij lub wydrukuj kod QR
share-intro = Wybierz kartę i język. Kod QR otwiera tę kartę w tym języku pod adresem tej aplikacji, a po pierwszym otwarciu działa bez internetu.
share-card-label = Co otwiera kod
share-lang-label = Język
share-target-home = Ekran główny
share-target-check = Sprawdzanie wskaźników
share-target-contacts = Kontakty
share-caption = Zeskanuj, aby otworzyć Pocket Card w swoim języku
share-link = Link
share-print = Drukuj
share-poster = Plakat A4 z kodem QR dla każdego języka
poster-title = Pocket Card – pomoc w Twoim języku
