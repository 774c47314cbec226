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
card-person-intro = Puteți primi ajutor în Polonia, în limba dumneavoastră. Aceste sfaturi și numere sunt pentru dumneavoastră.

card-section-signs = Cele mai importante semne
card-section-steps = Ce să faceți acum
card-section-talk = Cum să vorbiți cu persoana
card-section-law = Aspecte juridice
card-section-advice = Rămâneți în siguranță
card-section-rights = Drepturile dumneavoastră
card-section-contacts = Pe cine să sunați
card-start-check = Începeți verificarea indicatorilor pentru acest rol
card-print = Tipăriți cardul
card-share = Distribuiți sau tipăriți un cod QR
card-sources = Surse
card-unknown = Linkul ducea la un card pe care aplicația nu îl are. Iată toate cardurile.

step-danger-112 = Dacă cineva este în pericol imediat, sunați mai întâi la 112.
step-see-alone = Vorbiți cu persoana singură, fără însoțitor, angajator sau „traducător”.
step-treat-first = Acordați mai întâi îngrijirea necesară; întrebările pot aștepta.
step-ask-few = Puneți câteva întrebări, cu calm; folosiți verificarea indicatorilor dacă puteți.
step-refer-kcik = Dacă vedeți semne, sunați la KCIK pentru sfaturi. Ei ajută și persoanele care nu vor să meargă la poliție.
step-child-refer = Un copil este îndrumat întotdeauna, chiar și fără forță sau înșelăciune.
step-record-no-names = Nu notați în această aplicație nume sau detalii care identifică persoana.
step-separate = Vorbiți cu fiecare persoană separat, departe de ceilalți din grup.
step-own-language = Folosiți un interpret profesionist sau limba persoanei.
step-no-confrontation = Nu confruntați pe nimeni pe care îl suspectați și nu fotografiați persoana.
step-presumption = Poliția sau Poliția de Frontieră confirmă dacă persoana este considerată presupusă victimă.
step-stay-with-child = Rămâneți cu un copil singur și cereți ajutor: poliția sau linia pentru copii 116 111.
step-check-badge = Verificați dacă cei care oferă ajutor poartă ecusonul unei organizații înregistrate.
step-tell-coordinator = Semnalați poliției ofertele suspecte și „binevoitorii” suspecți.
step-labour-or-forced = Doar plata mică este o problemă de drepturi ale muncii; actele reținute, datoriile, amenințările sau lipsa libertății de a pleca indică munca forțată.

talk-alone = Vorbiți în privat, departe de orice însoțitor.
talk-no-companion-interpreter = Nu folosiți niciodată un însoțitor ca interpret.
talk-pearr = PEARR: asigurați intimitatea, informați (cine sunteți, ce puteți păstra confidențial), întrebați, respectați și răspundeți.
talk-coffee-first = Începeți cu un moment calm și prietenos – „mai întâi o cafea” – înainte de întrebări.
talk-believe = Credeți persoana, nu judecați, nu insistați pentru toată povestea, nu promiteți ce nu puteți face.
talk-consent = Un adult decide ce se întâmplă mai departe, cu excepția cazului în care o viață este în pericol.

law-screen-not-identify = Această aplicație face o evaluare inițială; identificarea oficială o fac poliția sau Poliția de Frontieră.
law-child = Sub 18 ani, este trafic chiar și fără forță sau înșelăciune. Dacă vârsta nu este sigură și persoana poate fi un copil, tratați-o ca pe un copil.
law-report-duty = Oricine are informații credibile despre trafic trebuie să anunțe poliția sau procurorul (Codul penal art. 240 §1).
law-consent-kcik = KCIK și La Strada sprijină victimele care nu vor să contacteze poliția; dacă nu sunteți sigur, întrebați KCIK.
law-definition = Trafic: recrutarea, transportul, predarea, adăpostirea sau primirea unei persoane prin forță, amenințare, înșelăciune sau abuz de situația ei, în scopul exploatării (Codul penal art. 115 §22).
law-consent-irrelevant = Este trafic chiar dacă persoana a fost de acord.
law-crime-189a = Traficul de persoane este o infracțiune pedepsită cu cel puțin 3 ani de închisoare (art. 189a).
law-reflection = O victimă străină poate primi o perioadă de reflecție de până la 3 luni (4 pentru un minor).
law-forced-vs-rights = Munca forțată este munca impusă sub amenințarea unei pedepse unei persoane care nu este liberă să plece; simpla plată slabă ține de Inspecția Națională a Muncii (PIP).

advice-keep-passport = Păstrați pașaportul și actele la dumneavoastră. Nu le dați nimănui „ca să vă ajute”.
advice-registered-only = Acceptați transport, cazare sau muncă doar de la voluntari și organizații înregistrate, cu ecuson.
advice-photo-plate = Înainte să urcați într-o mașină, fotografiați mașina și numărul de înmatriculare și trimiteți poza cuiva în care aveți încredere.
advice-no-pressure = Aveți grijă la ofertele care par prea bune ca să fie adevărate sau care vă grăbesc să plecați imediat.
advice-call-112 = Dacă sunteți în pericol, sunați la 112.
right-help-without-police = KCIK și La Strada ajută persoanele în situația dumneavoastră, chiar dacă nu vreți să mergeți la poliție.
right-reflection = Ca victimă străină, puteți primi până la 3 luni (4 pentru un copil) ca să vă refaceți și să decideți ce faceți.
right-child = Dacă aveți sub 18 ani, veți primi întotdeauna ajutor.
right-consent = Ca adult, dumneavoastră decideți ce se întâmplă mai departe.

share-title = Distribuiți sau tipăriți un cod QR
share-intro = Alegeți un card și o limbă. Codul QR deschide acel card în acea limbă, la adresa acestei aplicații, și funcționează fără internet după prima deschidere.
share-card-label = Ce deschide codul
share-lang-label = Limbă
share-target-home = Ecranul principal
share-target-check = Verificarea indicatorilor
share-target-contacts = Contactele
share-caption = Scanați ca să deschideți Pocket Card în limba dumneavoastră
share-link = Link
share-print = Tipăriți
share-poster = Afiș A4 cu un cod QR pentru fiecare limbă
poster-title = Pocket Card – ajutor în limba dumneavoastră
