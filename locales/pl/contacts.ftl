# Ekran kontaktów. Nazwy organizacji i numery pozostają oryginalne.

contacts-title = Kontakty
contacts-intro = Dotknij numeru, aby zadzwonić. Numery zapisano tak, jak wybiera się je z polskiego telefonu.
contacts-section-main = Najważniejsze kontakty
contacts-section-more = Więcej pomocy
contacts-section-children = Dla dzieci
contacts-section-ukraine = Połączenia z Ukrainy
contacts-ukraine-warning = Tylko do połączeń z Ukrainy lub z ukraińską kartą SIM. Krótkie numery 527 i 1547 działają tylko w ukraińskich sieciach, dlatego nie są tu linkami. Z polskiego telefonu dzwoń pod numery podane wyżej.
field-hours = Godziny
field-languages = Języki
field-email = E-mail
last-confirmed = Ostatnio potwierdzony przez źródło w roku { $year }. Sprawdź, zanim na nim polegasz.
sources-title = { $count ->
    [one] Źródło
    [few] Źródła ({ $count })
    [many] Źródeł ({ $count })
   *[other] Źródła ({ $count })
}

lang-name-pl = polski
lang-name-en = angielski
lang-name-uk = ukraiński
lang-name-ru = rosyjski
lang-name-be = białoruski
lang-name-ro = rumuński
lang-name-ka = gruziński
lang-name-vi = wietnamski
lang-name-hi = hindi
lang-name-ne = nepalski
lang-name-bn = bengalski
lang-name-fil = filipiński
lang-name-uz = uzbecki
lang-name-tr = turecki
lang-name-es = hiszpański
lang-name-ar = arabski

hours-always = Całą dobę, 7 dni w tygodniu
hours-always-free = Całą dobę, 7 dni w tygodniu, bezpłatnie
hours-always-free-anonymous = Całą dobę, 7 dni w tygodniu, bezpłatnie i anonimowo
hours-kcik = Konsultanci od poniedziałku do piątku. W pozostałych godzinach dzwoń na całodobowy telefon interwencyjny fundacji La Strada, a w niebezpieczeństwie pod 112. (Strona policji z 2025 r. podaje ten numer jako całodobowy).
hours-office = Godziny pracy biura
hours-not-stated = Źródło nie podaje godzin

label-intervention = Telefon interwencyjny (całodobowy)
label-office = Telefon do biura
label-counter-trafficking-free = Bezpłatny krótki numer przeciw handlowi ludźmi

languages-note-emergency = Operatorzy mówią w kilku językach.
languages-note-by-arrangement = Inne języki po wcześniejszym uzgodnieniu.
languages-note-child-helpline = Ukraiński i rosyjski: od poniedziałku do piątku, 14:00–18:00 (według komunikatu z czerwca 2022 r.).
languages-note-not-stated = Źródło nie podaje języków.

contact-emergency-name = Numer alarmowy 112
contact-emergency-help = Ogólny numer alarmowy. Dzwoń, gdy ktoś jest w bezpośrednim niebezpieczeństwie.
contact-kcik-name = KCIK – Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi
contact-kcik-help = Porady i pomoc dla ofiar handlu ludźmi, Polaków i cudzoziemców, oraz dla osób, które z nimi pracują. Prowadzone przez La Stradę. Możesz tam zapytać, gdy masz wątpliwości.
contact-lastrada-name = La Strada – Fundacja przeciwko Handlowi Ludźmi i Niewolnictwu
contact-lastrada-help = Fundacja, która prowadzi KCIK. Wspiera ofiary handlu ludźmi, także te, które nie chcą kontaktować się z policją.
contact-police_helpline-name = Policyjna infolinia w sprawie handlu ludźmi
contact-police_helpline-help = Specjalna policyjna linia w sprawach handlu ludźmi dla osób z Ukrainy, uruchomiona w marcu 2022 r.
contact-police_thb-name = Policyjny numer w pilnych sprawach handlu ludźmi
contact-police_thb-help = Numer Komendy Głównej Policji do pilnych sytuacji dotyczących handlu ludźmi.
contact-police_thb_unit-name = Wydział do walki z handlem ludźmi Komendy Głównej Policji
contact-police_thb_unit-help = Komórka Komendy Głównej Policji zajmująca się handlem ludźmi.
contact-child_helpline-name = Telefon zaufania dla dzieci i młodzieży
contact-child_helpline-help = Prowadzony przez Fundację Dajemy Dzieciom Siłę. Dziecko, które jest samo lub w niebezpieczeństwie: najpierw wezwij policję (112).
contact-missing_children-name = Telefon w sprawie zaginionych dzieci (ITAKA)
contact-missing_children-help = Gdy dziecko zaginęło. Dziecko znalezione samo: najpierw wezwij policję (112).
contact-crime_victims-name = Linia pomocy pokrzywdzonym przestępstwem
contact-crime_victims-help = Wsparcie dla osób skrzywdzonych przestępstwem.
contact-ukraine_lines-name = Numery do połączeń z Ukrainy
contact-ukraine_lines-help = Podawane przez władze Ukrainy i IOM dla połączeń na terenie Ukrainy. 527 to bezpłatny krótki numer przeciw handlowi ludźmi (IOM).
contact-crisis_adults-name = Telefon zaufania dla dorosłych w kryzysie emocjonalnym (Niebieska Linia)
contact-crisis_adults-help = Prowadzony przez Instytut Psychologii Zdrowia Polskiego Towarzystwa Psychologicznego. Dla osoby w kryzysie emocjonalnym lub zagrożonej samobójstwem: jeśli zagrożone jest życie, najpierw zadzwoń pod 112.
contact-crisis_centre-name = Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego (ITAKA)
contact-crisis_centre-help = Psycholodzy, dla osób w kryzysie psychicznym. Jeśli zagrożone jest życie, najpierw zadzwoń pod 112.
