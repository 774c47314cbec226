# Carduri de buzunar: unul pentru fiecare rol și unul pentru persoana ajutată.
# Rânduri scurte, pentru ecranul telefonului și un card A6 pliat.

cards-title = Carduri de buzunar
cards-intro = Ce să urmăriți și ce să faceți, pentru rolul dumneavoastră. Fiecare card funcționează fără internet și poate fi tipărit.
card-health-title = Pentru personalul medical
card-health-intro = Poate sunteți singura persoană din afară care o vede pe persoană fără însoțitor. Întâi tratați, apoi observați și îndrumați.
card-police-title = Pentru poliție și Poliția de Frontieră
card-police-intro = Un control, o trecere a frontierei sau o intervenție poate fi momentul în care cineva poate fi ajutat.
card-volunteer-title = Pentru voluntarii din punctele de primire
card-volunteer-intro = Ofertele de transport, cazare sau muncă din punctele de primire pot fi capcane.
card-inspector-title = Pentru inspectorii de muncă și asistenții sociali
card-inspector-intro = Deosebiți o problemă de drepturi ale muncii de munca forțată și îndrumați persoana când este mai mult de atât.
card-person-title = Pentru dumneavoastră: siguranța și drepturile dumneavoastră
card-person-intro = Puteți primi ajutor în Polonia. Aceste sfaturi și numere sunt pentru dumneavoastră. KCIK și La Strada vorbesc poloneză și engleză; întrebați-i despre alte limbi.

card-section-signs = Cele mai importante semne
card-section-steps = Ce să faceți acum
card-section-talk = Cum să vorbiți cu persoana
card-section-law = Aspecte juridice
card-section-advice = Rămâneți în siguranță
card-section-rights = Drepturile dumneavoastră
card-section-contacts = Pe cine să sunați
card-start-check = Verificați semnele cu întrebările pentru acest rol
card-person-link = Cardul de dat persoanei, în limba ei
card-person-language = Arătați acest card în limba persoanei
card-print = Tipăriți cardul
card-share = Distribuiți sau tipăriți un cod QR
card-sources = Surse
card-sources-print = Surse:
card-unknown = Linkul ducea la un card pe care aplicația nu îl are. Iată toate cardurile.

step-danger-112 = Dacă cineva este în pericol imediat, sunați mai întâi la 112.
step-see-alone = Vorbiți cu persoana singură, fără însoțitor, angajator sau „traducător”.
step-treat-first = Acordați mai întâi îngrijirea necesară; întrebările pot aștepta.
step-ask-few = Puneți câteva întrebări, cu calm; folosiți „Verificarea semnelor” dacă puteți.
step-refer-kcik = Dacă vedeți semne, cereți sfatul KCIK (în zilele lucrătoare; în rest, linia La Strada disponibilă 24 de ore din 24). Obligația de a anunța poliția sau un procuror (art. 240 §1) rămâne valabilă.
step-child-refer = Un copil este îndrumat întotdeauna, chiar și fără forță sau înșelăciune, fără a i se cere acordul. Un copil singur: sunați mai întâi la poliție.
step-record-no-names = Nu notați în această aplicație nume sau detalii care identifică persoana.
step-separate = Vorbiți cu fiecare persoană separat, departe de ceilalți din grup.
step-own-language = Folosiți un interpret profesionist sau limba persoanei.
step-no-confrontation = Nu confruntați pe nimeni pe care îl suspectați și nu fotografiați persoana.
step-presumption = Poliția sau Poliția de Frontieră confirmă dacă persoana este considerată presupusă victimă.
step-stay-with-child = Rămâneți cu un copil singur și sunați mai întâi la poliție: poliția de serviciu la punctul de primire sau 112.
step-check-badge = Verificați dacă cei care oferă ajutor poartă ecusonul unei organizații înregistrate.
step-tell-coordinator = Semnalați ofertele suspecte și „binevoitorii” suspecți poliției de serviciu la punctul de primire.
step-labour-or-forced = Doar plata mică sau condițiile proaste sunt o problemă de drepturi ale muncii; actele reținute, datoriile, amenințările sau lipsa libertății de a pleca indică munca forțată.

talk-alone = Vorbiți în privat, departe de orice însoțitor.
talk-no-companion-interpreter = Nu folosiți niciodată un însoțitor ca interpret.
talk-pearr = PEARR: asigurați intimitatea, informați (cine sunteți, ce puteți păstra confidențial), întrebați, respectați și răspundeți.
talk-coffee-first = Începeți cu un moment calm și prietenos – „mai întâi o cafea” – înainte de întrebări.
talk-believe = Credeți persoana, nu judecați, nu insistați pentru toată povestea, nu promiteți ce nu puteți face.
talk-consent = Un adult decide ce ajutor acceptă, cu excepția cazului în care o viață este în pericol; obligația de a anunța rămâne valabilă.

law-screen-not-identify = Această aplicație face o evaluare inițială; identificarea oficială o fac poliția sau Poliția de Frontieră.
law-child = Sub 18 ani, este trafic chiar și fără violență, amenințare, înșelăciune sau orice alt mijloc (art. 115 §22, ultima teză). Dacă vârsta nu este sigură și persoana poate fi un copil, tratați-o ca pe un copil (Directiva UE 2011/36, art. 13 alin. (2)).
law-report-duty = Oricine are informații credibile despre trafic trebuie să anunțe poliția sau procurorul (Codul penal art. 240 §1).
law-consent-kcik = KCIK și La Strada sprijină și victimele care nu vor să contacteze poliția. Dacă nu sunteți sigur dacă trebuie să anunțați, întrebați KCIK.
law-definition = Trafic (Codul penal art. 115 §22): recrutarea, transportul, predarea, adăpostirea sau primirea unei persoane prin violență sau amenințare, răpire, înșelăciune, inducere în eroare sau profitând de eroarea ei, abuzând de dependența ei sau de situația ei critică, ori prin acordarea sau primirea unui folos, în scopul exploatării. Exploatarea include prostituția, munca sau serviciile forțate, cerșetoria, sclavia, constrângerea la comiterea de infracțiuni și prelevarea de organe. Acordul persoanei nu schimbă acest lucru.
law-consent-irrelevant = Este trafic chiar dacă persoana a fost de acord.
law-crime-189a = Traficul de persoane este o infracțiune pedepsită cu cel puțin 3 ani de închisoare (Codul penal art. 189a).
law-reflection = O victimă străină poate primi o perioadă de reflecție de până la 3 luni (4 pentru un minor), după ce poliția sau Poliția de Frontieră confirmă prezumția că este victimă.
law-non-punishment = Autoritățile au dreptul să nu urmărească penal și să nu pedepsească victimele pentru infracțiunile pe care au fost constrânse să le comită (Directiva UE 2011/36, art. 8). Nu este automat: nu promiteți acest lucru.
law-forced-vs-rights = Munca forțată este munca impusă sub amenințarea unei pedepse, atunci când persoana nu este liberă să plece (acte reținute, datorii, amenințări, ușa încuiată). Doar plata slabă sau condițiile proaste țin de Inspecția Națională a Muncii (PIP).

advice-keep-passport = Păstrați pașaportul și actele la dumneavoastră. Nu le dați nimănui „ca să vă ajute”.
advice-registered-only = Acceptați transport, cazare sau muncă doar de la voluntari și organizații înregistrate, cu ecuson.
advice-photo-plate = Înainte să urcați într-o mașină, fotografiați mașina și numărul de înmatriculare și trimiteți poza cuiva în care aveți încredere.
advice-no-pressure = Aveți grijă la ofertele care par prea bune ca să fie adevărate sau care vă grăbesc să plecați imediat.
advice-call-112 = Dacă sunteți în pericol, sunați la 112.
right-help-without-police = KCIK și La Strada sprijină victimele traficului de persoane, chiar dacă acestea nu vor să meargă la poliție.
right-reflection = Dacă veniți din altă țară, puteți primi până la 3 luni (4 pentru un copil) ca să vă refaceți și să decideți ce faceți, după ce poliția sau Poliția de Frontieră confirmă că sunteți o presupusă victimă.
right-child = Dacă aveți sub 18 ani și cineva vă recrutează, vă transportă sau vă primește ca să vă exploateze, este trafic chiar dacă ați fost de acord. Puteți suna la 112 sau la linia de ajutor pentru copii și tineri, 116 111.
right-consent = Ca adult, dumneavoastră decideți ce ajutor acceptați, cu excepția cazului în care o viață este în pericol. Oricine are informații credibile despre trafic de persoane trebuie să anunțe poliția sau un procuror: puteți întreba persoana cu care vorbiți ce trebuie să anunțe.

share-title = Distribuiți sau tipăriți un cod QR
share-intro = Alegeți un card și o limbă. Codul QR deschide acel card în acea limbă, la adresa acestei aplicații, și funcționează fără internet după prima deschidere.
share-card-label = Ce deschide codul
share-lang-label = Limbă
share-target-home = Ecranul principal
share-target-check = Verificarea semnelor
share-target-contacts = Contactele
share-caption = Scanați ca să deschideți Pocket Card în limba dumneavoastră
share-link = Link
share-print = Tipăriți
share-poster = Afiș A4 cu un cod QR pentru fiecare limbă
poster-title = Pocket Card – ajutor în limba dumneavoastră
