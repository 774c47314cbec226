# Sprawdzanie wskaźników: przygotowanie, pytania, odpowiedzi i wyniki.
# Pytania oznaczone „-ask” czyta sama osoba, często przestraszona i w nie swoim
# języku: krótko, prosto, bez sugerowania odpowiedzi i bez obwiniania.

check-title = Sprawdź sygnały
check-intro = Krótki zestaw pytań o sygnały handlu ludźmi. Zadawaj je, gdy ta osoba jest sama, z dala od osób, które jej towarzyszą. Nic nie jest nigdzie wysyłane. Odpowiedzi są przechowywane tylko w tej karcie przeglądarki, więc telefon czy odświeżenie strony ich nie usuwa: znikają, gdy je usuniesz, gdy karta zostanie zamknięta albo po 4 godzinach.
check-screening-not-identification = To jest wstępne rozpoznanie, a nie identyfikacja. Formalnie zidentyfikować ofiarę mogą tylko policja lub Straż Graniczna.
check-person-language = Język tej osoby
check-same-language = Taki sam jak mój
check-path-label = Ile pytań
check-path-short = Krótki zestaw: najbardziej wymowne sygnały ({ $count } { $count ->
        [one] pytanie
        [few] pytania
        [many] pytań
       *[other] pytania
    }, około { $minutes } { $minutes ->
        [one] minuty
        [few] minut
        [many] minut
       *[other] minuty
    })
check-path-full = Pełny zestaw: wszystkie sygnały ({ $count } { $count ->
        [one] pytanie
        [few] pytania
        [many] pytań
       *[other] pytania
    }, około { $minutes } { $minutes ->
        [one] minuty
        [few] minut
        [many] minut
       *[other] minuty
    })
check-role-label = Twoja rola
check-situation-label = Gdzie jest teraz ta osoba
check-situation-hint = Od tego zależy, jakie pytania się pojawią, tak aby każde miało sens dla tej osoby.
check-situation-on-the-way = W drodze tutaj lub w poszukiwaniu pracy
check-situation-at-work = W pracy lub po powrocie z pracy
check-situation-unknown = Nie wiadomo: ta osoba zostanie zapytana
situation-working-ask = Czy od wyjazdu z domu zdarzyło Ci się już dla kogoś pracować?
check-role-health = Pracownik ochrony zdrowia
check-role-police = Funkcjonariusz policji lub Straży Granicznej
check-role-volunteer = Wolontariusz w punkcie recepcyjnym
check-role-inspector = Inspektor pracy lub pracownik socjalny
check-role-other = Inna
check-start = Rozpocznij
check-progress = Pytanie { $current } z { $total }
check-for-person = Dla tej osoby
check-for-worker = Do odnotowania przez Ciebie
check-answer-yes = Tak
check-answer-no = Nie
check-answer-not-sure = Nie wiem
check-answer-prefer-not = Wolę nie odpowiadać
check-back = Wstecz
check-skip = Pomiń
check-finish-now = Zakończ teraz
check-quick-handover = Bardzo mało czasu? Przekaż numery telefonów
check-clear = Usuń wszystkie odpowiedzi
check-cleared = Usunięto wszystkie odpowiedzi.
check-undo = Cofnij
check-review = Zmień odpowiedzi
check-restart = Zacznij od nowa
check-group-alone = Zanim zaczniesz
alone-observe = Czy ta osoba jest z Tobą sama, z dala od osób towarzyszących, pracodawcy czy „tłumacza”?
alone-how-health = Jeśli nie: powiedz, że każdego pacjenta bada się bez osób towarzyszących, i poproś osoby, które z nim przyszły, żeby zaczekały na zewnątrz. Korzystaj z pomocy zawodowego tłumacza lub rozmawiaj w języku tej osoby, nigdy przez osobę towarzyszącą.
alone-how-police = Jeśli nie: zanim o cokolwiek zapytasz, oddziel tę osobę od innych zatrzymanych i od podejrzanych.
alone-how-volunteer = Jeśli nie: znajdź spokojne miejsce z dala od osób, które z nią przyszły. Nie konfrontuj się z osobą towarzyszącą; jeśli nie chce odejść, zamiast tego szybko przekaż numery.
alone-how-inspector = Jeśli nie: poproś o rozmowę z każdym pracownikiem osobno, z dala od pracodawcy, przełożonego lub kogokolwiek, kto dla nich tłumaczy.
alone-how-other = Jeśli nie: znajdź powód, żeby porozmawiać na osobności, z dala od osób towarzyszących. Nigdy nie proś osoby towarzyszącej o tłumaczenie.

check-group-triage = Najpierw bezpieczeństwo
check-group-age = Wiek

# Sytuacje wysokiego ryzyka (standardy infolinii, seeds/003) są pierwsze; każde
# „tak” wyświetla na górze „Zadzwoń teraz pod 112”.
triage-psychiatric_crisis-sign = Poważny kryzys psychiczny
triage-psychiatric_crisis-observe = Czy ta osoba wydaje się przechodzić poważny kryzys psychiczny: jest bardzo zdezorientowana, nie ma kontaktu z rzeczywistością albo jest bardzo pobudzona?
triage-little_time-sign = Bardzo mało czasu na bezpieczną rozmowę
triage-little_time-ask = Czy masz tylko kilka minut na bezpieczną rozmowę?
triage-family_danger-sign = Rodzina tej osoby jest teraz w niebezpieczeństwie
triage-family_danger-ask = Czy przez to ktoś z Twojej rodziny jest teraz w niebezpieczeństwie?
triage-escaped_searched-sign = Ta osoba uciekła i może być poszukiwana
triage-escaped_searched-ask = Czy udało Ci się uciec od ludzi, którzy mogą Cię szukać?
triage-self_harm-sign = Myśli o samobójstwie lub samookaleczeniu
triage-self_harm-ask = Czy myślisz o odebraniu sobie życia albo o zrobieniu sobie krzywdy?
triage-threatened_now-sign = Ktoś jest w tej chwili zastraszany lub krzywdzony
triage-threatened_now-ask = Czy ktoś Ci teraz grozi albo Cię krzywdzi?
triage-cannot_leave_now-sign = Ktoś nie pozwala tej osobie teraz odejść
triage-cannot_leave_now-ask = Czy ktoś nie pozwala Ci teraz stąd wyjść?
triage-injured-sign = Obrażenia lub choroba – potrzebny lekarz teraz
triage-injured-ask = Czy potrzebujesz teraz lekarza, bo coś Ci się stało albo źle się czujesz?
triage-child_alone-sign = Dziecko bez rodzica lub opiekuna na miejscu
triage-child_alone-observe = Czy to dziecko, przy którym nie ma rodzica ani opiekuna?
age-under_18-sign = Może mieć mniej niż 18 lat
age-under_18-observe = Czy ta osoba może mieć mniej niż 18 lat? Jeśli nie masz pewności, wybierz odpowiedź „Nie wiem”.

domain-recruitment = Werbowanie i podróż
domain-identity = Tożsamość i dokumenty
domain-housing = Mieszkanie i swoboda poruszania się
domain-work = Praca i wynagrodzenie
domain-money = Pieniądze i długi
domain-health = Zdrowie
domain-control = Kontrola i groźby

dimension-deceptive_recruitment = Oszustwo przy werbowaniu
dimension-coercive_recruitment = Przymus lub groźby przy werbowaniu
dimension-vulnerability_recruitment = Wykorzystanie trudnego położenia przy werbowaniu
dimension-exploitative_conditions = Warunki pracy lub życia świadczące o wyzysku
dimension-coercion_destination = Przymus w pracy lub w miejscu zamieszkania
dimension-vulnerability_destination = Zależność od osób, dla których ta osoba pracuje

result-title = Wynik
result-call-112 = Zadzwoń teraz pod 112. Ktoś może być w bezpośrednim niebezpieczeństwie.
result-immediate_danger = Wysokie ryzyko: najpierw bezpieczeństwo
result-immediate_danger-text = Zadzwoń teraz pod 112. Potem postępuj zgodnie z planem bezpieczeństwa poniżej.
result-strong_signs = Silne sygnały handlu ludźmi
result-strong_signs-text = Odpowiedzi spełniają regułę ILO/EC dla osoby dorosłej: jednocześnie werbowanie, wyzysk oraz przymus lub wykorzystanie trudnego położenia. Skieruj tę osobę po pomoc.
result-strong_signs-child-text = Odpowiedzi wskazują na werbowanie lub przewożenie dziecka (czyn) oraz wyzysk. W przypadku dziecka nie jest potrzebna przemoc, groźba ani podstęp. Skieruj dziecko po pomoc.
result-some_signs = Pewne sygnały – poproś o radę
result-some_signs-text = Znaleziono pewne sygnały handlu ludźmi. Poproś KCIK o radę, co robić dalej.
result-control_unknown = Złe warunki – kontrola jeszcze niewyjaśniona
result-control_unknown-text = Stwierdzono niską płacę lub złe warunki, ale nie wiadomo, czy ta osoba może swobodnie odejść: niektórych pytań o kontrolę nie zadano, pominięto je albo odpowiedziano na nie „Nie wiem”. Zadaj je (lista poniżej) albo poproś KCIK o radę.
result-control-open = Pytania o kontrolę, które trzeba jeszcze zadać
result-labour_rights = Raczej naruszenie praw pracowniczych niż handel ludźmi
result-labour_rights-text = Stwierdzono niską płacę lub złe warunki, a ta osoba odpowiedziała „Nie” na każde pytanie o kontrolę: czy ktoś inny trzyma jej dokumenty, dług, groźby, zamykanie na klucz, cokolwiek, co nie pozwala jej odejść, oraz zależność od pracodawcy w kwestii mieszkania lub dokumentów. Właściwa instytucja to Państwowa Inspekcja Pracy (PIP) – skieruj tam tę osobę. Jeśli coś się zmieni, sprawdź ponownie.
result-no_signs = Na razie nie znaleziono sygnałów
result-no_signs-text = Dotychczasowe odpowiedzi nie pokazują sygnałów handlu ludźmi. Jeśli nadal masz obawy, zadaj więcej pytań lub poproś KCIK o radę.
result-child = Ta osoba może być dzieckiem. Dziecko jest ofiarą handlu ludźmi zawsze, gdy zostało zwerbowane, przewiezione, przekazane, przechowywane lub przyjęte w celu wykorzystania, nawet bez użycia przemocy czy podstępu (art. 115 § 22 Kodeksu karnego). Zawsze kieruj dziecko po pomoc.
result-not-alone = Ta osoba nie była z Tobą sama: jej odpowiedzi mogły nie być swobodne. Jeśli możesz, zapytaj ponownie, gdy będzie sama.
result-age-unknown = Wiek nieznany: zastosowano regułę dla osób dorosłych. Jeśli ta osoba może mieć mniej niż 18 lat, traktuj ją jak dziecko.
result-risks = Sytuacja wysokiego ryzyka
risk-danger = Ktoś jest teraz zastraszany, przetrzymywany lub krzywdzony: zadzwoń pod 112.
risk-child_alone = Dziecko bez rodzica lub opiekuna na miejscu: zadzwoń pod 112 i zostań z dzieckiem, dopóki nie przyjedzie policja.
risk-self_harm = Ryzyko samobójstwa lub samookaleczenia: zadzwoń teraz pod 112, a potem na całodobowy kryzysowy telefon zaufania 116 123.
risk-escaped = Ta osoba uciekła i może być poszukiwana: zadzwoń pod 112.
risk-family_danger = Rodzina tej osoby może być teraz w niebezpieczeństwie: zadzwoń pod 112 i powiedz o tym operatorowi numeru alarmowego.
risk-little_time = Bardzo mało czasu: przekaż numery telefonów i ustal, jak ponownie skontaktować się z tą osobą.
risk-psychiatric_crisis = Poważny kryzys psychiczny: zadzwoń pod 112 po pomoc medyczną, a potem na kryzysowy telefon zaufania 116 123.
plan-title = Plan bezpieczeństwa
plan-intro = Ustal go z tą osobą ustnie. Niczego nie zapisuj w tej aplikacji.
plan-where = Dokąd iść teraz: do bezpiecznego miejsca, które razem ustalicie, a nie z powrotem tam, gdzie grozi niebezpieczeństwo. Policja (112), całodobowy telefon fundacji La Strada lub KCIK mogą pomóc je znaleźć.
plan-whom = Do kogo dzwonić: w niebezpieczeństwie – 112. Całodobowy telefon fundacji La Strada +48 605 687 750 – pomoc o każdej porze; KCIK – w dni robocze.
plan-reach = Jak znów się skontaktować: ustalcie bezpieczny sposób i porę, na przykład numer, z którego korzysta tylko ta osoba, albo miejsce, które oboje znacie.
result-next-step = Twój następny krok
next-police = Postępuj zgodnie ze swoją procedurą: oddziel tę osobę od innych zatrzymanych i od podejrzanych i powiadom odpowiedzialnego funkcjonariusza, jeśli to możliwe – przeszkolonego w sprawach handlu ludźmi. Zadzwoń pod policyjny numer w sprawach handlu ludźmi. Pod 112 dzwoń tylko po karetkę lub wsparcie.
next-health = Ta osoba pozostaje pod Twoją opieką: badaj ją i rozmawiaj z nią na osobności. Potem poproś o radę KCIK lub całodobowy telefon fundacji La Strada.
next-volunteer = Nie prowadź własnego dochodzenia i nie konfrontuj się z nikim. Powiadom policjantów dyżurujących w punkcie recepcyjnym. Po radę zadzwoń na całodobowy telefon fundacji La Strada lub do KCIK.
next-inspector = Poproś KCIK o konsultację w sprawie możliwej ofiary, a o przestępstwie powiadom policję. Płaca i warunki pozostają sprawą dla PIP.
next-control = Zadaj pytania o kontrolę, których jeszcze nie zadano, albo poproś KCIK o radę.
next-other = Poproś KCIK o radę, co robić dalej, albo o każdej porze zadzwoń na całodobowy telefon fundacji La Strada.
next-child = Dziecko: wezwij policję (112) i zostań z dzieckiem do jej przyjazdu. Potem powiadom KCIK.
next-danger = Zadzwoń teraz pod 112.
next-off-hours = Konsultanci KCIK pracują w dni robocze: o tej porze najpierw całodobowy telefon fundacji La Strada.
next-also = Inny numer, pod który można zadzwonić
result-duty-title = Zawiadomienie
result-duty-law = Prawo: każdy, kto ma wiarygodną wiadomość o handlu ludźmi, musi zawiadomić policję lub prokuraturę (art. 240 § 1 Kodeksu karnego).
result-duty-kcik = Jeśli nie masz pewności, czy Twoja wiedza jest wiarygodna, najpierw zapytaj KCIK. KCIK doradza specjalistom i wspiera ofiary, także te, które nie chcą kontaktować się z policją.
result-duty-child = W przypadku dziecka nie ma etapu zgody: zawsze kieruj sprawę na policję i do KCIK.
result-provisional = Siła każdego sygnału opiera się na transkrypcji wskaźników ILO/EC (2009): traktuj te stopnie jako tymczasowe. Kilka pytań może wskazywać na ten sam wskaźnik ILO; liczy się on tylko raz.
result-uncounted = Inne zauważone sygnały (pokazane, ale nieliczone w regule ILO)
result-signs-found = Znalezione sygnały
result-signs-unclear = Niepewne – warto sprawdzić
result-not-asked = Jeszcze nie pytano
result-not-asked-none = Zapytano o wszystkie obszary.
result-dimension-positive = W tym obszarze jest dość sygnałów, by osiągnąć próg ILO.
result-whom-to-call = Do kogo dzwonić
result-pip = Państwowa Inspekcja Pracy (PIP): w sprawach wynagrodzenia, umów, czasu pracy i bezpieczeństwa pracy.
result-answered = { $count ->
    [one] Udzielono jednej odpowiedzi.
    [few] Udzielono { $count } odpowiedzi.
    [many] Udzielono { $count } odpowiedzi.
   *[other] Udzielono { $count } odpowiedzi.
}

ind-job_different_nature-sign = Praca innego rodzaju, niż mówiono
ind-job_different_nature-ask = Czy Twoja praca jest innego rodzaju, niż Ci mówiono?

ind-place_or_employer_different-sign = Inne miejsce lub inny pracodawca, niż mówiono
ind-place_or_employer_different-ask = Czy jesteś w innym miejscu albo pracujesz u innego szefa, niż Ci mówiono?

ind-conditions_deceived-sign = Godziny lub warunki pracy gorsze, niż mówiono
ind-conditions_deceived-ask = Czy Twoje godziny albo warunki pracy są gorsze, niż Ci mówiono?

ind-contract_deceived-sign = Umowa inna, niż mówiono
ind-contract_deceived-ask = Czy Twoja umowa jest inna, niż Ci mówiono, albo nie dano Ci żadnej?

ind-wages_deceived-sign = Płaca niższa, niż mówiono
ind-wages_deceived-ask = Czy Twoja płaca jest niższa, niż Ci zapowiadano?

ind-travel_deceived-sign = Podróż wyglądała inaczej, niż zapowiadano
ind-travel_deceived-ask = Czy podróż tutaj wyglądała inaczej, niż Ci mówiono?

ind-housing_deceived-sign = Mieszkanie inne niż obiecane
ind-housing_deceived-ask = Czy miejsce, w którym mieszkasz, jest gorsze, niż Ci mówiono?

ind-documents_status_deceived-sign = Wprowadzenie w błąd co do dokumentów lub prawa do pobytu czy pracy
ind-documents_status_deceived-ask = Czy mówiono Ci nieprawdę o Twoich dokumentach albo o tym, czy możesz tu pracować?

ind-marriage_promise-sign = Przyjazd po obietnicy małżeństwa lub adopcji
ind-marriage_promise-ask = Czy jesteś tutaj, bo ktoś obiecał, że weźmie z Tobą ślub albo Cię adoptuje?

ind-education_deceived-sign = Zapowiadana nauka lub szkolenie, do których nie doszło
ind-education_deceived-ask = Czy mówiono Ci, że pójdziesz do szkoły albo na szkolenie, a potem do tego nie doszło?

ind-agency_fee_paid-sign = Opłata dla agencji za pracę lub transport
ind-agency_fee_paid-ask = Czy za tę pracę albo podróż trzeba było zapłacić agencji lub jakiejś osobie?

ind-offer_too_good-sign = Oferta podróży, mieszkania lub pracy zbyt piękna, żeby była prawdziwa
ind-offer_too_good-ask = Czy ktoś zaproponował Ci podróż, mieszkanie albo pracę, które wydają się zbyt piękne, żeby były prawdziwe?

ind-unregistered_helper-sign = Pomoc od kogoś bez identyfikatora organizacji
ind-unregistered_helper-observe = Czy ktoś bez identyfikatora zarejestrowanej organizacji proponuje tej osobie transport, nocleg lub pracę?

ind-recruit_violence-sign = Siła lub przemoc użyta, by sprowadzić tę osobę tutaj
ind-recruit_violence-ask = Czy ktoś użył siły albo Cię skrzywdził, żeby zmusić Cię do przyjazdu tutaj?

ind-recruit_threats-sign = Groźby skrzywdzenia, by zmusić tę osobę do przyjazdu
ind-recruit_threats-ask = Czy ktoś groził, że skrzywdzi Ciebie albo Twoją rodzinę, żeby zmusić Cię do przyjazdu tutaj?

ind-recruit_threat_report-sign = Groźby zgłoszenia do władz, by zmusić tę osobę do przyjazdu
ind-recruit_threat_report-ask = Czy ktoś groził, że zgłosi Cię na policję albo do innych urzędów, żeby zmusić Cię do przyjazdu tutaj?

ind-recruit_threat_tell-sign = Groźby, że rodzina lub inni dowiedzą się czegoś o tej osobie, by zmusić ją do przyjazdu
ind-recruit_threat_tell-ask = Czy ktoś groził, że powie coś o Tobie Twojej rodzinie albo innym ludziom, żeby zmusić Cię do przyjazdu tutaj?

ind-recruit_family_harmed-sign = Skrzywdzono kogoś z rodziny, by zmusić tę osobę do przyjazdu
ind-recruit_family_harmed-ask = Czy ktoś skrzywdził kogoś z Twojej rodziny, żeby zmusić Cię do przyjazdu tutaj?

ind-recruit_abducted-sign = Zabranie lub przetrzymywanie wbrew woli
ind-recruit_abducted-ask = Czy ktoś zabrał Cię gdzieś albo przetrzymywał wbrew Twojej woli?

ind-recruit_forced_marriage-sign = Zmuszenie do małżeństwa
ind-recruit_forced_marriage-ask = Czy ktoś zmusił Cię do ślubu?

ind-recruit_sold-sign = Sprzedanie tej osoby lub zapłata za nią
ind-recruit_sold-ask = Czy ktoś Cię sprzedał albo dostał za Ciebie pieniądze?

ind-recruit_debt-sign = Konieczność zaciągnięcia długu na podróż lub pracę
ind-recruit_debt-ask = Czy na samym początku trzeba było się zadłużyć, żeby opłacić podróż albo dostać tę pracę?

ind-recruit_isolated-sign = Zamykanie, pilnowanie lub odcinanie od innych w drodze
ind-recruit_isolated-ask = Czy w drodze tutaj ktoś Cię zamykał, cały czas pilnował albo nie pozwalał Ci rozmawiać z innymi ludźmi?

ind-recruit_money_kept-sign = Osoby, które ją sprowadziły, zatrzymały jej pieniądze
ind-recruit_money_kept-ask = Czy osoby, które Cię tu sprowadziły, zatrzymały Twoje pieniądze?

ind-passports_collected-sign = Ktoś zbiera paszporty, „żeby pomóc”
ind-passports_collected-ask = Czy ktoś prosił o Twój paszport albo dowód osobisty i mówił, że to Ci pomoże?

ind-pressure_to_leave_now-sign = Nacisk, by natychmiast z kimś wyjechać
ind-pressure_to_leave_now-ask = Czy ktoś na Ciebie naciska, żeby od razu zabrać Cię ze sobą?

ind-economic_need-sign = Praca lub wyjazd z powodu pilnej potrzeby pieniędzy
ind-economic_need-ask = Czy do podjęcia tej pracy albo do wyjazdu skłoniło Cię to, że bardzo brakowało Ci pieniędzy?

ind-family_difficulty-sign = Problemy rodzinne skłoniły do opuszczenia domu
ind-family_difficulty-ask = Czy problemy w Twojej rodzinie skłoniły Cię do opuszczenia domu?

ind-no_language_info-sign = Przyjazd bez znajomości języka i bez wiedzy, gdzie szukać pomocy
ind-no_language_info-ask = Czy po przyjeździe trudno było Ci zrozumieć ludzi albo znaleźć pomoc?

ind-emotional_dependency-sign = Namówienie przez ukochaną osobę, od której jest zależna („lover boy”)
ind-emotional_dependency-ask = Czy ktoś, kogo kochasz i kto mówił, że Cię kocha, namówił Cię na tę podróż albo tę pracę?

ind-fear_authorities-sign = Strach przed policją lub innymi urzędnikami
ind-fear_authorities-ask = Czy boisz się iść po pomoc na policję albo do innych urzędów?

ind-irregular_status-sign = Przyjazd bez dokumentów uprawniających do pobytu lub pracy
ind-irregular_status-ask = Czy w chwili przyjazdu brakowało Ci dokumentów, które pozwalają tu przebywać albo pracować?

ind-child_with_non_relatives-sign = Dziecko podróżuje samo lub z dorosłymi spoza rodziny
ind-child_with_non_relatives-observe = Czy dziecko podróżuje samo albo z dorosłymi, którzy nie są jego rodziną?

ind-excessive_hours-sign = Bardzo długie godziny pracy lub brak dni wolnych
ind-excessive_hours-ask = Czy pracujesz bardzo długo każdego dnia, a dni wolnych masz mało albo wcale?

ind-low_or_no_pay-sign = Bardzo niska płaca lub jej brak
ind-low_or_no_pay-ask = Czy za swoją pracę dostajesz bardzo mało pieniędzy albo nic?

ind-returned_no_money-sign = Powrót z pracy za granicą bez wynagrodzenia lub tylko z jego częścią
ind-returned_no_money-ask = Czy po powrocie z pracy za granicą okazało się, że nie zapłacono Ci za nią nic albo tylko część?

ind-no_contract-sign = Brak pisemnej umowy
ind-no_contract-ask = Czy pracujesz bez umowy na piśmie?

ind-no_social_protection-sign = Brak ubezpieczenia zdrowotnego lub społecznego w związku z pracą
ind-no_social_protection-ask = Czy pracujesz bez ubezpieczenia zdrowotnego?

ind-bad_housing-sign = Bardzo złe, przepełnione lub niebezpieczne warunki mieszkaniowe
ind-bad_housing-ask = Czy miejsce, w którym śpisz, jest bardzo zatłoczone, brudne albo niebezpieczne?

ind-hazardous_work-sign = Niebezpieczna praca bez odpowiednich zabezpieczeń
ind-hazardous_work-ask = Czy Twoja praca jest niebezpieczna, a nie masz potrzebnego sprzętu ochronnego?

ind-fines_deductions-sign = Wysokie „kary” lub potrącenia z wynagrodzenia
ind-fines_deductions-ask = Czy ktoś zabiera Ci pieniądze z wypłaty jako „kary” albo bez Twojej zgody?

ind-no_medical_care-sign = Mało lub brak opieki medycznej w razie choroby lub urazu
ind-no_medical_care-ask = Czy kiedy chorujesz albo coś Ci się stanie, masz mało pomocy medycznej albo nie masz jej wcale?

ind-no_basic_needs-sign = Ograniczony dostęp do jedzenia, toalety lub ubrań
ind-no_basic_needs-ask = Czy często brakuje Ci jedzenia, ubrań albo toalety, z której możesz korzystać?

ind-child_adult_work-sign = Dziecko wykonuje pracę dorosłych
ind-child_adult_work-observe = Czy dziecko wykonuje pracę, którą zwykle wykonują dorośli?

ind-documents_held-sign = Ktoś inny trzyma paszport lub dowód tej osoby
ind-documents_held-ask = Czy ktoś inny trzyma Twój paszport albo dowód osobisty?

ind-debt_bondage-sign = Dług za podróż, dokumenty, mieszkanie lub „ochronę”
ind-debt_bondage-ask = Czy musisz spłacać dług za podróż, dokumenty, mieszkanie albo „ochronę”?

ind-locked_in-sign = Zamykanie na klucz lub zakaz samodzielnego wychodzenia
ind-locked_in-ask = Czy ktoś zamyka Cię na klucz albo pozwala Ci wychodzić tylko z kimś?

ind-watched-sign = Ciągłe pilnowanie lub śledzenie
ind-watched-ask = Czy ktoś cały czas Cię pilnuje albo za Tobą chodzi, także poza pracą?

ind-permission_basic_needs-sign = Potrzebuje pozwolenia, by jeść, spać lub skorzystać z toalety
ind-permission_basic_needs-ask = Czy potrzebujesz czyjejś zgody, żeby jeść, spać albo skorzystać z toalety?

ind-family_contact_supervised-sign = Rozmawia z rodziną tylko wtedy, gdy ktoś słucha
ind-family_contact_supervised-ask = Czy możesz rozmawiać z rodziną tylko wtedy, gdy ktoś inny słucha?

ind-violence_destination-sign = Bicie lub inna przemoc w pracy lub w miejscu zamieszkania
ind-violence_destination-ask = Czy ktoś w miejscu, gdzie pracujesz albo mieszkasz, uderzył Cię albo skrzywdził?

ind-injuries_restraint-sign = Obrażenia, które mogą wskazywać na wiązanie lub przytrzymywanie siłą
ind-injuries_restraint-observe = Czy widzisz obrażenia, które mogą pochodzić od związania lub przytrzymywania siłą?

ind-minder_present-sign = Osoba towarzysząca nie zostawia tej osoby samej
ind-minder_present-observe = Czy ktoś, kto towarzyszy tej osobie, trzyma się blisko i nie chce zostawić jej samej?

ind-speaks_for_them-sign = Ktoś inny mówi lub tłumaczy w imieniu tej osoby
ind-speaks_for_them-observe = Czy ktoś inny odpowiada zamiast tej osoby albo upiera się, że będzie tłumaczyć?

ind-wages_withheld-sign = Wynagrodzenie wstrzymywane lub zatrzymywane przez kogoś innego
ind-wages_withheld-ask = Czy szef albo ktoś inny wstrzymuje Twoją wypłatę albo zatrzymuje ją u siebie?

ind-forced_work-sign = Zmuszanie do pracy wbrew woli
ind-forced_work-ask = Czy ktoś zmusza Cię do pracy, której nie chcesz wykonywać?

ind-forced_sex-sign = Zmuszanie do seksu, także z klientami
ind-forced_sex-ask = Czy ktoś zmusza Cię do seksu, kiedy tego nie chcesz?

ind-forced_begging-sign = Zmuszanie do żebrania i oddawania pieniędzy
ind-forced_begging-ask = Czy ktoś zmusza Cię do żebrania i oddawania pieniędzy komuś innemu?

ind-forced_crime-sign = Zmuszanie do kradzieży lub innych przestępstw
ind-forced_crime-ask = Czy ktoś zmusza Cię do kradzieży albo do innych rzeczy niezgodnych z prawem?

ind-ever_forced-sign = Zmuszanie do pracy lub innych rzeczy wbrew woli – w drodze lub we wcześniejszej pracy
ind-ever_forced-ask = Czy w drodze tutaj albo we wcześniejszej pracy ktoś kiedykolwiek zmusił Cię do pracy albo do robienia czegoś wbrew Twojej woli?

ind-forced_to_lie-sign = Polecenie okłamywania urzędników lub rodziny
ind-forced_to_lie-ask = Czy ktoś kazał Ci okłamywać policję, urzędników albo rodzinę?

ind-threats_destination-sign = Groźby skrzywdzenia lub zgłoszenia do władz
ind-threats_destination-ask = Czy ktoś groził, że skrzywdzi Ciebie lub Twoją rodzinę albo że zgłosi Cię na policję?

ind-afraid_to_leave-sign = Strach przed tym, co się stanie po odejściu
ind-afraid_to_leave-ask = Czy boisz się, co stanie się z Tobą albo z Twoją rodziną, jeśli odejdziesz z tej pracy?

ind-threat_deportation-sign = Groźby deportacji lub zgłoszenia do urzędu imigracyjnego
ind-threat_deportation-ask = Czy ktoś groził, że zgłosi Cię do urzędu imigracyjnego albo Straży Granicznej, albo że sprawi, że odeślą Cię z powrotem?

ind-threats_tell_family-sign = Groźby, że rodzina lub inni się dowiedzą
ind-threats_tell_family-ask = Czy ktoś groził, że opowie o Tobie Twojej rodzinie albo innym ludziom?

ind-cannot_leave_job-sign = Nie może przestać pracować i wrócić do domu
ind-cannot_leave_job-ask = Czy coś nie pozwala Ci odejść z tej pracy i wrócić do domu?

ind-fearful_submissive-sign = Lęk, niepokój lub uległość w zachowaniu
ind-fearful_submissive-observe = Czy ta osoba wydaje się przestraszona, niespokojna lub uległa?

ind-child_intimidated-sign = Dziecko wydaje się zastraszone lub zachowuje się nietypowo dla swojego wieku
ind-child_intimidated-observe = Czy dziecko wydaje się zastraszone albo zachowuje się w sposób nietypowy dla swojego wieku?

ind-dependent_on_employer-sign = Zależność od pracodawcy w kwestii noclegu, jedzenia lub dokumentów
ind-dependent_on_employer-ask = Czy Twoje miejsce do spania, jedzenie albo dokumenty zależą od Twojego szefa?

ind-living_at_work-sign = Mieszka w miejscu pracy lub tam, gdzie wskaże szef
ind-living_at_work-ask = Czy śpisz w miejscu pracy albo w miejscu, które wybiera Twój szef?

ind-unknown_address-sign = Nie zna adresu, pod którym mieszka lub pracuje
ind-unknown_address-observe = Czy wydaje się, że ta osoba nie zna adresu, pod którym mieszka lub pracuje?

ind-legal_status_dependent-sign = Obawa przed utratą prawa do pobytu po odejściu z pracy
ind-legal_status_dependent-ask = Czy boisz się, że stracisz prawo do pobytu tutaj, jeśli odejdziesz z tej pracy?

ind-economic_need_now-sign = Potrzebuje pieniędzy tak bardzo, że nie może odmówić
ind-economic_need_now-ask = Czy tak bardzo potrzebujesz tych pieniędzy, że nie możesz odmówić tej pracy?

ind-family_depends-sign = Rodzina jest zależna od pieniędzy, które ta osoba wysyła
ind-family_depends-ask = Czy Twoja rodzina jest zależna od pieniędzy, które jej wysyłasz?

ind-sex_exchange-sign = Seks w zamian za nocleg, jedzenie, transport lub pieniądze
ind-sex_exchange-ask = Czy zdarzyło Ci się, że trzeba było uprawiać z kimś seks, żeby dostać nocleg, jedzenie, podwiezienie albo pieniądze?

ind-no_own_documents-sign = Brak dokumentu tożsamości lub tylko jego kopia
ind-no_own_documents-ask = Czy masz tylko kopię paszportu albo dowodu osobistego, albo nie masz ich wcale?

ind-child_no_guardian-sign = Dziecko bez możliwości kontaktu z rodzicem lub opiekunem
ind-child_no_guardian-observe = Czy dziecko nie ma żadnej możliwości kontaktu z rodzicem lub opiekunem?

# Bardzo mało czasu na rozmowę (seeds/003): przekaż numery, ustal, jak ponownie
# skontaktować się z tą osobą, i zakończ. Niczego się nie zapisuje.
handover-title = Bardzo mało czasu: przekaż te numery
handover-intro = Pokaż te numery albo je podaj. Ustal ustnie, jak i kiedy możesz ponownie skontaktować się z tą osobą. Niczego tu nie zapisuj.
handover-continue = Jest więcej czasu: wróć do pytań
handover-end = Zakończ i usuń odpowiedzi

# Pierwszy ekran dla tej osoby, przed pierwszym zadanym jej pytaniem (brief §4).
intro-title = Przed pytaniami
intro-who-health = Pracuję w ochronie zdrowia.
intro-who-police = Służę w policji lub w Straży Granicznej.
intro-who-volunteer = W ramach wolontariatu pomagam osobom, które tu przyjeżdżają.
intro-who-inspector = Pracuję w inspekcji pracy lub w pomocy społecznej.
intro-who-other = Pracuję z ludźmi, którzy mogą potrzebować pomocy.
intro-why = Chcę zadać Ci kilka pytań, żeby sprawdzić, czy potrzebujesz pomocy, a jeśli tak – jakiej.
intro-nothing-kept = Ta aplikacja nie pyta, jak się nazywasz, i nigdzie niczego nie wysyła. Twoje odpowiedzi zostają tylko w tym telefonie, najwyżej przez kilka godzin.
intro-skip = Możesz pominąć każde pytanie albo przerwać w dowolnej chwili.
intro-confidential-police = Z racji służby mam obowiązek działać, gdy dowiaduję się o przestępstwie. Nie mogę obiecać, że zachowam w tajemnicy to, co mi powiesz.
intro-confidential-other = Na ile mogę, zachowam dla siebie to, co mi powiesz. Ale w Polsce każdy, kto wie o handlu ludźmi, musi zawiadomić policję lub prokuraturę, dlatego nie mogę obiecać, że wszystko zachowam w tajemnicy.
intro-continue = Rozumiem, dalej
