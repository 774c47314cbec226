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
card-person-intro = W Polsce możesz dostać pomoc. Te wskazówki i numery są dla Ciebie. W KCIK i La Stradzie można rozmawiać po polsku i po angielsku; zapytaj tam o inne języki.

card-section-signs = Najważniejsze sygnały
card-section-steps = Co zrobić teraz
card-section-talk = Jak rozmawiać z tą osobą
card-section-law = Kwestie prawne
card-section-advice = Zadbaj o bezpieczeństwo
card-section-rights = Twoje prawa
card-section-contacts = Do kogo dzwonić
card-start-check = Sprawdź sygnały, korzystając z pytań dla tej roli
card-person-link = Karta do przekazania tej osobie, w jej języku
card-person-language = Pokaż tę kartę w języku tej osoby
card-print = Drukuj tę kartę
card-share = Udostępnij lub wydrukuj kod QR
card-sources = Źródła
card-sources-print = Źródła:
card-unknown = Link wskazywał kartę, której ta aplikacja nie ma. Oto wszystkie karty.

step-danger-112 = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, najpierw zadzwoń pod 112.
step-see-alone = Spotkaj się z tą osobą na osobności, bez osoby towarzyszącej, pracodawcy czy „tłumacza”.
step-treat-first = Najpierw udziel potrzebnej pomocy; pytania mogą poczekać.
step-ask-few = Zadaj kilka spokojnych pytań; jeśli możesz, użyj funkcji „Sprawdź sygnały”.
step-refer-kcik = Jeśli widzisz sygnały, poproś KCIK o radę (w dni robocze; w pozostałych godzinach całodobowy telefon fundacji La Strada). Obowiązek zawiadomienia policji lub prokuratora (art. 240 §1) pozostaje w mocy.
step-child-refer = Dziecko zawsze kieruj po pomoc, nawet jeśli nie użyto przemocy ani podstępu, i bez pytania o zgodę. Dziecko, które jest samo: najpierw wezwij policję.
step-record-no-names = Nie zapisuj w tej aplikacji nazwisk ani danych, które pozwalają rozpoznać tę osobę.
step-separate = Rozmawiaj z każdą osobą osobno, z dala od reszty grupy.
step-own-language = Korzystaj z pomocy zawodowego tłumacza lub rozmawiaj w języku tej osoby.
step-no-confrontation = Nie konfrontuj się z nikim, kogo podejrzewasz, i nie fotografuj tej osoby.
step-presumption = Domniemanie, że ta osoba jest ofiarą handlu ludźmi, potwierdza policja lub Straż Graniczna.
step-stay-with-child = Zostań z dzieckiem, które jest samo, i najpierw wezwij policję: policjantów dyżurujących w punkcie recepcyjnym albo 112.
step-check-badge = Sprawdź, czy każdy, kto oferuje pomoc, ma identyfikator zarejestrowanej organizacji.
step-tell-coordinator = Zgłaszaj podejrzane oferty i „pomocników” policjantom dyżurującym w punkcie recepcyjnym.
step-labour-or-forced = Sama niska płaca lub same złe warunki to sprawa praw pracowniczych; zatrzymane dokumenty, dług, groźby lub brak możliwości odejścia wskazują na pracę przymusową.

talk-alone = Rozmawiaj na osobności, z dala od osób towarzyszących.
talk-no-companion-interpreter = Nigdy nie proś osoby towarzyszącej o tłumaczenie.
talk-pearr = PEARR: zapewnij prywatność, poinformuj (kim jesteś i co możesz zachować w tajemnicy), zapytaj, okaż szacunek i odpowiedz na potrzeby.
talk-coffee-first = Zanim zadasz pytania, zacznij od spokojnej, życzliwej chwili – „najpierw filiżanka kawy”.
talk-believe = Uwierz, nie oceniaj, nie naciskaj na opowiedzenie całej historii i nie obiecuj tego, czego nie możesz spełnić.
talk-consent = O tym, jaką pomoc przyjąć, decyduje osoba dorosła, chyba że zagrożone jest życie; obowiązek zawiadomienia pozostaje w mocy.

law-screen-not-identify = Ta aplikacja służy do wstępnego rozpoznania; formalnej identyfikacji dokonuje policja lub Straż Graniczna.
law-child = Jeśli osoba ma mniej niż 18 lat, jest to handel ludźmi nawet bez przemocy, groźby, podstępu czy jakiegokolwiek innego sposobu (art. 115 §22, ostatnie zdanie). Jeśli wiek jest niepewny, a ta osoba może być dzieckiem, traktuj ją jak dziecko (dyrektywa UE 2011/36, art. 13 ust. 2).
law-report-duty = Kto ma wiarygodną wiadomość o handlu ludźmi, ma obowiązek zawiadomić policję lub prokuratora (Kodeks karny, art. 240 §1).
law-consent-kcik = KCIK i La Strada wspierają także ofiary, które nie chcą kontaktować się z policją. Jeśli nie wiesz, czy zawiadomić, zapytaj KCIK.
law-definition = Handel ludźmi (Kodeks karny, art. 115 §22) to werbowanie, transport, przekazywanie, przechowywanie lub przyjmowanie osoby z zastosowaniem przemocy lub groźby, uprowadzenia, podstępu, wprowadzenia w błąd albo wyzyskania błędu, nadużycia stosunku zależności lub wykorzystania krytycznego położenia albo udzielenia lub przyjęcia korzyści – w celu jej wykorzystania. Wykorzystanie obejmuje prostytucję, pracę lub usługi o charakterze przymusowym, żebractwo, niewolnictwo, zmuszanie do popełniania przestępstw i pozyskanie narządów. Zgoda tej osoby niczego tu nie zmienia.
law-consent-irrelevant = To jest handel ludźmi, nawet jeśli ta osoba wyraziła zgodę.
law-crime-189a = Handel ludźmi jest przestępstwem zagrożonym karą co najmniej 3 lat pozbawienia wolności (Kodeks karny, art. 189a).
law-reflection = Ofiara będąca cudzoziemcem może otrzymać okres refleksji trwający do 3 miesięcy (4 w przypadku małoletniego), gdy policja lub Straż Graniczna potwierdzi domniemanie, że jest ofiarą.
law-non-punishment = Organy są uprawnione do odstąpienia od ścigania lub karania ofiar za przestępstwa, do których popełnienia ofiary zostały zmuszone (dyrektywa UE 2011/36, art. 8). Nie dzieje się to automatycznie: nie obiecuj tego.
law-forced-vs-rights = Praca przymusowa to praca wymuszona pod groźbą kary, gdy ta osoba nie może swobodnie odejść (zatrzymane dokumenty, dług, groźby, zamykanie na klucz). Sama niska płaca lub same złe warunki to sprawa dla Państwowej Inspekcji Pracy (PIP).

advice-keep-passport = Trzymaj swój paszport i dokumenty przy sobie. Nie oddawaj ich nikomu – nawet komuś, kto chce „pomóc”.
advice-registered-only = Przyjmuj transport, nocleg lub pracę tylko od zarejestrowanych wolontariuszy i organizacji z identyfikatorem.
advice-photo-plate = Zanim wsiądziesz do samochodu, zrób zdjęcie auta i tablicy rejestracyjnej i wyślij je osobie, której ufasz.
advice-no-pressure = Uważaj na oferty zbyt piękne, żeby były prawdziwe, i na naciski, żeby od razu wyjechać.
advice-call-112 = Jeśli grozi Ci niebezpieczeństwo, zadzwoń pod 112.
right-help-without-police = KCIK i La Strada wspierają ofiary handlu ludźmi, nawet jeśli nie chcą one iść na policję.
right-reflection = Jeśli pochodzisz z innego kraju, możesz dostać do 3 miesięcy (4 dla dziecka), żeby dojść do siebie i zdecydować, co dalej – gdy policja lub Straż Graniczna potwierdzi, że jesteś domniemaną ofiarą.
right-child = Jeśli masz mniej niż 18 lat i ktoś Cię werbuje, przewozi lub przyjmuje, żeby Cię wykorzystać, jest to handel ludźmi, nawet jeśli było to za Twoją zgodą. Możesz zadzwonić pod 112 albo na telefon zaufania dla dzieci i młodzieży 116 111.
right-consent = Jeśli masz 18 lat lub więcej, to Ty decydujesz, jaką pomoc przyjąć, chyba że zagrożone jest życie. Każdy, kto ma wiarygodną wiadomość o handlu ludźmi, musi zawiadomić policję lub prokuratora: możesz zapytać osobę, z którą rozmawiasz, co musi zgłosić.

share-title = Udostępnij lub wydrukuj kod QR
share-intro = Wybierz kartę i język. Kod QR otwiera tę kartę w tym języku pod adresem tej aplikacji, a po pierwszym otwarciu działa bez internetu.
share-card-label = Co otwiera kod
share-lang-label = Język
share-target-home = Ekran główny
share-target-check = Sprawdź sygnały
share-target-contacts = Kontakty
share-caption = Zeskanuj, aby otworzyć Pocket Card w swoim języku
share-link = Link
share-print = Drukuj
share-poster = Plakat A4 z kodem QR dla każdego języka
poster-title = Pocket Card – pomoc w Twoim języku
