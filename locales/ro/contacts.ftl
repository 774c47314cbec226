# Ecranul de contacte. Numele organizațiilor și numerele nu se traduc:
# o organizație își păstrează numele, urmat de ce este ea.

contacts-title = Contacte
contacts-intro = Atingeți un număr ca să îl sunați. Numerele sunt scrise așa cum se formează de pe un telefon polonez.
contacts-section-main = Contacte principale
contacts-section-more = Mai mult ajutor
contacts-section-children = Pentru copii
contacts-section-ukraine = Pentru apeluri din Ucraina
contacts-ukraine-warning = Aceste numere funcționează doar în rețelele ucrainene, cu o cartelă SIM ucraineană. De pe un telefon polonez, folosiți numerele de mai sus.
field-hours = Program
field-languages = Limbi
field-email = E-mail
last-confirmed = Ultima confirmare dintr-o sursă: { $year }. Verificați înainte să vă bazați pe această informație.
sources-title = { $count ->
    [one] Sursă
    [few] Surse ({ $count })
   *[other] Surse ({ $count })
}

lang-name-pl = poloneză
lang-name-en = engleză
lang-name-uk = ucraineană
lang-name-ru = rusă
lang-name-be = belarusă
lang-name-ro = română
lang-name-ka = georgiană
lang-name-vi = vietnameză
lang-name-hi = hindi
lang-name-ne = nepaleză
lang-name-bn = bengaleză
lang-name-fil = filipineză
lang-name-uz = uzbecă
lang-name-tr = turcă
lang-name-es = spaniolă
lang-name-ar = arabă

hours-always = 24 de ore pe zi, 7 zile pe săptămână
hours-always-free = 24 de ore pe zi, 7 zile pe săptămână, gratuit
hours-kcik = Consultanți în zilele lucrătoare. În rest, o linie de intervenție doar pentru situații urgente; intervenții de urgență 24 de ore pe zi.
hours-office = Program de birou
hours-not-stated = Programul nu este indicat de sursă

label-intervention = Linie de intervenție
label-office = Birou
label-counter-trafficking-free = Număr scurt gratuit împotriva traficului de persoane

languages-note-emergency = Operatorii vorbesc mai multe limbi.
languages-note-by-arrangement = Alte limbi, la cerere.
languages-note-child-helpline = Ucraineană și rusă: de luni până vineri, 14:00–18:00.
languages-note-not-stated = Limbile nu sunt indicate de sursă.

contact-emergency-name = Numărul de urgență 112
contact-emergency-help = Poliție, ambulanță și pompieri. Sunați când cineva este în pericol imediat.
contact-kcik-name = KCIK – Centrul Național de Consultanță și Intervenție pentru Victimele Traficului de Persoane
contact-kcik-help = Sfaturi și ajutor pentru victimele traficului, poloneze și străine, și pentru oricine lucrează cu ele. Administrat de La Strada. Îi puteți întreba când nu sunteți sigur.
contact-lastrada-name = La Strada – Fundația împotriva Traficului de Persoane și a Sclaviei
contact-lastrada-help = Sprijin pentru persoanele în pericol de trafic sau exploatare, inclusiv pentru cele care nu vor să meargă la poliție.
contact-police_helpline-name = Linia poliției pentru traficul de persoane
contact-police_helpline-help = O linie a poliției pentru trafic, deschisă în martie 2022, mai întâi pentru persoanele sosite din Ucraina.
contact-police_thb-name = Numărul poliției pentru cazuri urgente de trafic
contact-police_thb-help = Numărul Comandamentului General al Poliției pentru situații urgente legate de traficul de persoane.
contact-police_thb_unit-name = Unitatea antitrafic a Comandamentului General al Poliției
contact-police_thb_unit-help = Unitatea din Comandamentul General al Poliției care se ocupă de traficul de persoane.
contact-child_helpline-name = Linie de ajutor pentru copii și tineri
contact-child_helpline-help = Administrată de Fundacja Dajemy Dzieciom Siłę, pentru oricine are sub 18 ani.
contact-missing_children-name = Linie pentru copii dispăruți (ITAKA)
contact-missing_children-help = Când un copil a dispărut sau a fost găsit singur.
contact-crime_victims-name = Linie de ajutor pentru victimele infracțiunilor
contact-crime_victims-help = Sprijin pentru oricine a avut de suferit de pe urma unei infracțiuni și pentru familia sa.
contact-ukraine_lines-name = Linii antitrafic în Ucraina
contact-ukraine_lines-help = Indicate de autoritățile ucrainene și de OIM pentru apeluri din interiorul Ucrainei.
