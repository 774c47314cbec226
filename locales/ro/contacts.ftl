# Ecranul de contacte. Numele organizațiilor și numerele nu se traduc:
# o organizație își păstrează numele, urmat de ce este ea.

contacts-title = Contacte
contacts-intro = Atingeți un număr ca să îl sunați. Numerele sunt scrise așa cum se formează de pe un telefon polonez.
contacts-section-main = Contacte principale
contacts-section-more = Mai mult ajutor
contacts-section-children = Pentru copii
contacts-section-ukraine = Pentru apeluri din Ucraina
contacts-ukraine-warning = Doar pentru apeluri din Ucraina sau cu o cartelă SIM ucraineană. Numerele scurte 527 și 1547 funcționează doar în rețelele ucrainene, de aceea aici nu sunt linkuri. De pe un telefon polonez, folosiți numerele de mai sus.
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
hours-always-free-anonymous = 24 de ore pe zi, 7 zile pe săptămână, gratuit și anonim
hours-kcik = Consultanți de luni până vineri. În rest, sunați la linia de intervenție a La Strada disponibilă 24 de ore din 24 sau, în caz de pericol, la 112. (O pagină a poliției din 2025 indică acest număr ca disponibil 24 de ore din 24.)
hours-office = Program de birou
hours-not-stated = Programul nu este indicat de sursă

label-intervention = Linie de intervenție (24/7)
label-office = Linia biroului
label-counter-trafficking-free = Număr scurt gratuit împotriva traficului de persoane

languages-note-emergency = Operatorii vorbesc mai multe limbi.
languages-note-by-arrangement = Alte limbi, la cerere.
languages-note-child-helpline = Ucraineană și rusă: de luni până vineri, 14:00–18:00 (conform anunțului din iunie 2022).
languages-note-not-stated = Limbile nu sunt indicate de sursă.

contact-emergency-name = Numărul de urgență 112
contact-emergency-help = Numărul general de urgență. Sunați când cineva este în pericol imediat.
contact-kcik-name = KCIK – Centrul Național de Consultanță și Intervenție pentru Victimele Traficului de Persoane
contact-kcik-help = Sfaturi și ajutor pentru victimele traficului, poloneze și străine, și pentru oricine lucrează cu ele. Administrat de La Strada. Îi puteți întreba când nu sunteți sigur.
contact-lastrada-name = La Strada – Fundația împotriva Traficului de Persoane și a Sclaviei
contact-lastrada-help = Fundația care administrează KCIK. Sprijină victimele traficului de persoane, inclusiv pe cele care nu vor să contacteze poliția.
contact-police_helpline-name = Linia poliției pentru traficul de persoane
contact-police_helpline-help = O linie specială a poliției pentru traficul de persoane, pentru persoanele din Ucraina, lansată în martie 2022.
contact-police_thb-name = Numărul poliției pentru cazuri urgente de trafic
contact-police_thb-help = Numărul Comandamentului General al Poliției pentru situații urgente legate de traficul de persoane.
contact-police_thb_unit-name = Unitatea antitrafic a Comandamentului General al Poliției
contact-police_thb_unit-help = Unitatea din Comandamentul General al Poliției care se ocupă de traficul de persoane.
contact-child_helpline-name = Linie de ajutor pentru copii și tineri
contact-child_helpline-help = Administrată de Fundacja Dajemy Dzieciom Siłę. Un copil singur sau în pericol: sunați mai întâi la poliție (112).
contact-missing_children-name = Linie pentru copii dispăruți (ITAKA)
contact-missing_children-help = Când un copil a dispărut. Un copil găsit singur: sunați mai întâi la poliție (112).
contact-crime_victims-name = Linie de ajutor pentru victimele infracțiunilor
contact-crime_victims-help = Sprijin pentru persoanele care au avut de suferit de pe urma unei infracțiuni.
contact-ukraine_lines-name = Numere pentru apeluri din Ucraina
contact-ukraine_lines-help = Indicate de autoritățile ucrainene și de IOM pentru apeluri din interiorul Ucrainei. 527 este un număr scurt gratuit împotriva traficului de persoane (IOM).
contact-crisis_adults-name = Linie de ajutor pentru adulții în criză emoțională (Niebieska Linia)
contact-crisis_adults-help = Administrată de Institutul de Psihologia Sănătății al Societății Poloneze de Psihologie. Pentru o persoană în criză emoțională sau în pericol de sinucidere: sunați mai întâi la 112 dacă viața este în pericol.
contact-crisis_centre-name = Centrul de sprijin pentru persoanele în criză psihică (ITAKA)
contact-crisis_centre-help = Psihologi, pentru persoanele în criză psihică. Sunați mai întâi la 112 dacă viața este în pericol.
