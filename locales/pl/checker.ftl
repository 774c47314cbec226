# Sprawdzanie wskaźników: przygotowanie, pytania, odpowiedzi i wyniki.
# Pytania oznaczone „-ask” czyta sama osoba, często przestraszona i w nie swoim
# języku: krótko, prosto, bez sugerowania odpowiedzi i bez obwiniania.

check-title = Sprawdź wskaźniki
check-intro = Krótki zestaw pytań o sygnały handlu ludźmi. Zadawaj je, gdy ta osoba jest sama, z dala od osób, które jej towarzyszą. Nic nie jest zapisywane ani wysyłane: odpowiedzi zostają w tym telefonie, dopóki ich nie usuniesz.
check-screening-not-identification = To jest wstępne rozpoznanie, a nie identyfikacja. Formalnie zidentyfikować ofiarę mogą tylko policja lub Straż Graniczna.
check-person-language = Język tej osoby
check-same-language = Taki sam jak mój
check-path-label = Ile pytań
check-path-short = Krótki zestaw: najbardziej wymowne sygnały (ok. 2 minuty)
check-path-full = Pełny zestaw: wszystkie sygnały
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
check-clear = Usuń wszystkie odpowiedzi
check-cleared = Usunięto wszystkie odpowiedzi.
check-review = Zmień odpowiedzi
check-restart = Zacznij od nowa

check-group-triage = Najpierw bezpieczeństwo
check-group-age = Wiek

# Pytania o bezpieczeństwo są pierwsze; każde „tak” wyświetla na górze „Zadzwoń teraz pod 112”.
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
result-immediate_danger = Bezpośrednie niebezpieczeństwo
result-immediate_danger-text = Najpierw zadbaj o bezpieczeństwo wszystkich. Zadzwoń pod 112, a potem skontaktuj się z KCIK.
result-strong_signs = Silne sygnały handlu ludźmi
result-strong_signs-text = Odpowiedzi wskazują jednocześnie na werbowanie, wyzysk i przymus. Skieruj tę osobę po pomoc: zadzwoń do KCIK lub fundacji La Strada albo na policję, jeśli ta osoba się zgadza lub jest w niebezpieczeństwie.
result-some_signs = Pewne sygnały – poproś o radę
result-some_signs-text = Znaleziono pewne sygnały handlu ludźmi. Poproś KCIK o radę, co robić dalej; pomagają tam także osobom, które nie chcą iść na policję.
result-labour_rights = Raczej naruszenie praw pracowniczych niż handel ludźmi
result-labour_rights-text = Stwierdzono niską płacę lub złe warunki, ale bez sygnałów przymusu, gróźb ani braku możliwości odejścia. Właściwa instytucja to Państwowa Inspekcja Pracy (PIP) – skieruj tam tę osobę. Jeśli coś się zmieni, sprawdź ponownie.
result-no_signs = Na razie nie znaleziono sygnałów
result-no_signs-text = Dotychczasowe odpowiedzi nie pokazują sygnałów handlu ludźmi. Jeśli nadal masz obawy, zadaj więcej pytań lub poproś KCIK o radę.
result-child = Ta osoba może być dzieckiem. Dziecko jest ofiarą handlu ludźmi zawsze, gdy zostało zwerbowane lub przewiezione w celu wykorzystania, nawet bez użycia przemocy czy podstępu. Zawsze kieruj dziecko po pomoc.
result-signs-found = Znalezione sygnały
result-signs-unclear = Niepewne – warto sprawdzić
result-not-asked = Jeszcze nie pytano
result-not-asked-none = Zapytano o wszystkie obszary.
result-dimension-positive = Ten obszar spełnia próg wskaźników.
result-whom-to-call = Do kogo dzwonić
result-pip = Państwowa Inspekcja Pracy (PIP): w sprawach wynagrodzenia, umów, czasu pracy i bezpieczeństwa pracy.
result-answered = { $count ->
    [one] Udzielono jednej odpowiedzi.
    [few] Udzielono { $count } odpowiedzi.
    [many] Udzielono { $count } odpowiedzi.
   *[other] Udzielono { $count } odpowiedzi.
}

ind-job_different_nature-sign = Praca innego rodzaju niż obiecana
ind-job_different_nature-ask = Czy Twoja praca jest inna niż ta, którą Ci obiecano?

ind-place_or_employer_different-sign = Inne miejsce lub inny pracodawca niż obiecano
ind-place_or_employer_different-ask = Czy jesteś w innym miejscu albo pracujesz u innego szefa, niż Ci obiecano?

ind-conditions_deceived-sign = Płaca, godziny pracy lub warunki gorsze niż obiecano
ind-conditions_deceived-ask = Czy Twoja płaca, godziny pracy albo warunki są gorsze, niż Ci mówiono?

ind-travel_deceived-sign = Podróż wyglądała inaczej, niż zapowiadano
ind-travel_deceived-ask = Czy podróż tutaj wyglądała inaczej, niż Ci mówiono?

ind-housing_deceived-sign = Mieszkanie inne niż obiecane
ind-housing_deceived-ask = Czy miejsce, w którym mieszkasz, jest gorsze, niż Ci obiecano?

ind-documents_status_deceived-sign = Wprowadzenie w błąd co do dokumentów lub prawa do pobytu czy pracy
ind-documents_status_deceived-ask = Czy mówiono Ci nieprawdę o Twoich dokumentach albo o tym, czy możesz tu pracować?

ind-marriage_promise-sign = Przyjazd po obietnicy małżeństwa lub adopcji
ind-marriage_promise-ask = Czy jesteś tutaj, bo ktoś obiecał, że weźmie z Tobą ślub albo Cię adoptuje?

ind-education_deceived-sign = Obiecana nauka lub szkolenie, do których nie doszło
ind-education_deceived-ask = Czy obiecano Ci szkołę albo kurs, których potem nie było?

ind-agency_fee_paid-sign = Opłata dla agencji za pracę lub transport
ind-agency_fee_paid-ask = Czy za tę pracę albo podróż trzeba było zapłacić agencji lub jakiejś osobie?

ind-offer_too_good-sign = Oferta podróży, mieszkania lub pracy zbyt piękna, żeby była prawdziwa
ind-offer_too_good-ask = Czy ktoś zaproponował Ci podróż, mieszkanie albo pracę, które wydają się zbyt piękne, żeby były prawdziwe?

ind-unregistered_helper-sign = Pomoc od kogoś bez identyfikatora organizacji
ind-unregistered_helper-observe = Czy ktoś bez identyfikatora zarejestrowanej organizacji proponuje tej osobie transport, nocleg lub pracę?

ind-recruit_violence-sign = Siła lub przemoc użyta, by sprowadzić tę osobę tutaj
ind-recruit_violence-ask = Czy ktoś użył siły albo Cię skrzywdził, żeby zmusić Cię do przyjazdu tutaj?

ind-recruit_threats-sign = Groźby, by zmusić tę osobę do przyjazdu
ind-recruit_threats-ask = Czy ktoś groził Tobie albo Twojej rodzinie, żeby zmusić Cię do przyjazdu tutaj?

ind-taken_or_sold-sign = Zabranie wbrew woli, sprzedaż lub zmuszenie do małżeństwa
ind-taken_or_sold-ask = Czy ktoś zabrał Cię wbrew Twojej woli, sprzedał albo zmusił do ślubu?

ind-passports_collected-sign = Ktoś zbiera paszporty, „żeby pomóc”
ind-passports_collected-ask = Czy ktoś prosił o Twój paszport albo dowód osobisty i mówił, że to Ci pomoże?

ind-pressure_to_leave_now-sign = Nacisk, by natychmiast z kimś wyjechać
ind-pressure_to_leave_now-ask = Czy ktoś na Ciebie naciska, żeby od razu zabrać Cię ze sobą?

ind-economic_need-sign = Praca lub wyjazd z powodu pilnej potrzeby pieniędzy
ind-economic_need-ask = Czy powodem tej pracy albo podróży było to, że bardzo brakowało Ci pieniędzy?

ind-family_difficulty-sign = Problemy rodzinne skłoniły do opuszczenia domu
ind-family_difficulty-ask = Czy problemy w Twojej rodzinie sprawiły, że trzeba było opuścić dom?

ind-no_language_info-sign = Przyjazd bez znajomości języka i bez wiedzy, gdzie szukać pomocy
ind-no_language_info-ask = Czy po przyjeździe trudno było Ci zrozumieć ludzi albo znaleźć pomoc?

ind-emotional_dependency-sign = Podróż lub pracę zorganizował partner albo bliska osoba
ind-emotional_dependency-ask = Czy tę podróż albo pracę załatwił Ci partner, partnerka albo ktoś, kogo kochasz?

ind-fear_authorities-sign = Strach przed policją lub innymi urzędnikami
ind-fear_authorities-ask = Czy boisz się iść po pomoc na policję albo do innych urzędów?

ind-child_with_non_relatives-sign = Dziecko podróżuje samo lub z dorosłymi spoza rodziny
ind-child_with_non_relatives-observe = Czy dziecko podróżuje samo albo z dorosłymi, którzy nie są jego rodziną?

ind-excessive_hours-sign = Bardzo długie godziny pracy lub brak dni wolnych
ind-excessive_hours-ask = Czy pracujesz bardzo długo każdego dnia, a dni wolnych masz mało albo wcale?

ind-low_or_no_pay-sign = Bardzo niska płaca lub jej brak
ind-low_or_no_pay-ask = Czy za swoją pracę dostajesz bardzo mało pieniędzy albo nic?

ind-returned_no_money-sign = Powrót z pracy za granicą bez wynagrodzenia lub tylko z jego częścią
ind-returned_no_money-ask = Czy za pracę za granicą nie zapłacono Ci nic albo tylko część?

ind-no_contract-sign = Brak pisemnej umowy lub łamanie przepisów prawa pracy
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

ind-family_contact_supervised-sign = Rozmawia z rodziną tylko wtedy, gdy ktoś słucha
ind-family_contact_supervised-ask = Czy możesz rozmawiać z rodziną tylko wtedy, gdy ktoś inny słucha?

ind-violence_destination-sign = Bicie lub inna przemoc w pracy lub w miejscu zamieszkania
ind-violence_destination-ask = Czy ktoś w miejscu, gdzie pracujesz albo mieszkasz, uderzył Cię albo skrzywdził?

ind-injuries_restraint-sign = Obrażenia, które mogą wskazywać na wiązanie lub przytrzymywanie siłą
ind-injuries_restraint-observe = Czy widzisz obrażenia, które mogą pochodzić od związania lub przytrzymywania siłą?

ind-minder_present-sign = Osoba towarzysząca nie zostawia tej osoby samej
ind-minder_present-observe = Czy ktoś, kto towarzyszy tej osobie, trzyma się blisko i nie chce zostawić jej samej?

ind-speaks_for_them-sign = Ktoś inny mówi lub tłumaczy w imieniu tej osoby
ind-speaks_for_them-observe = Czy ktoś inny odpowiada za tę osobę albo upiera się, że będzie tłumaczyć?

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

ind-forced_to_lie-sign = Polecenie okłamywania urzędników lub rodziny
ind-forced_to_lie-ask = Czy ktoś kazał Ci okłamywać policję, urzędników albo rodzinę?

ind-threats_destination-sign = Groźby skrzywdzenia lub zgłoszenia do władz
ind-threats_destination-ask = Czy ktoś groził, że skrzywdzi Ciebie lub Twoją rodzinę albo że zgłosi Cię na policję?

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

ind-unknown_address-sign = Nie zna adresu, pod którym mieszka lub pracuje
ind-unknown_address-observe = Czy wydaje się, że ta osoba nie zna adresu, pod którym mieszka lub pracuje?

ind-legal_status_dependent-sign = Obawa przed utratą prawa do pobytu po odejściu z pracy
ind-legal_status_dependent-ask = Czy boisz się, że stracisz prawo do pobytu tutaj, jeśli odejdziesz z tej pracy?

ind-no_own_documents-sign = Brak dokumentu tożsamości lub tylko jego kopia
ind-no_own_documents-ask = Czy masz tylko kopię paszportu albo dowodu osobistego, albo nie masz ich wcale?

ind-child_no_guardian-sign = Dziecko bez możliwości kontaktu z rodzicem lub opiekunem
ind-child_no_guardian-observe = Czy dziecko nie ma żadnej możliwości kontaktu z rodzicem lub opiekunem?
