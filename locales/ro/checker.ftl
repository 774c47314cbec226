# Verificarea indicatorilor: pregătire, întrebări, răspunsuri și rezultate.
# Întrebările „-ask” sunt citite de persoană, adesea speriată și într-o a doua
# limbă: scurte, simple, fără să sugereze răspunsul, fără să învinovățească.

check-title = Verificarea semnelor
check-intro = Câteva întrebări scurte despre semnele traficului de persoane. Întrebați persoana singură, departe de orice însoțitor. Nimic nu se trimite nicăieri. Răspunsurile se păstrează doar în această filă a browserului, ca să nu se piardă la un apel sau la reîncărcarea paginii: dispar când le ștergeți, când fila este închisă sau după 4 ore.
check-screening-not-identification = Aceasta este o evaluare inițială, nu o identificare. Doar poliția sau Poliția de Frontieră pot identifica oficial o victimă.
check-person-language = Limba persoanei
check-same-language = Aceeași ca a mea
check-path-label = Câte întrebări
check-path-short = Scurt: cele mai importante semne ({ $count ->
        [one] o întrebare
        [few] { $count } întrebări
       *[other] { $count } de întrebări
    }, cam { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    })
check-path-full = Complet: toate semnele ({ $count ->
        [one] o întrebare
        [few] { $count } întrebări
       *[other] { $count } de întrebări
    }, cam { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    })
check-role-label = Rolul dumneavoastră
check-situation-label = Unde se află persoana acum
check-situation-hint = De aceasta depinde ce întrebări apar, astfel încât fiecare să aibă sens pentru persoană.
check-situation-on-the-way = Pe drum încoace sau în căutarea unui loc de muncă
check-situation-at-work = Lucrează sau s-a întors de la muncă
check-situation-unknown = Nu se știe: persoana este întrebată
situation-working-ask = De când ați plecat de acasă, ați lucrat deja pentru cineva?
check-role-health = Lucrător în domeniul sănătății
check-role-police = Polițist sau polițist de frontieră
check-role-volunteer = Voluntar la un punct de primire
check-role-inspector = Inspector de muncă sau asistent social
check-role-other = Altul
check-start = Începeți
check-progress = Întrebarea { $current } din { $total }
check-for-person = Pentru persoană
check-for-worker = De notat de dumneavoastră
check-answer-yes = Da
check-answer-no = Nu
check-answer-not-sure = Nu știu sigur
check-answer-prefer-not = Prefer să nu spun
check-back = Înapoi
check-skip = Săriți peste
check-finish-now = Terminați acum
check-quick-handover = Foarte puțin timp? Dați numerele de telefon
check-clear = Ștergeți toate răspunsurile
check-cleared = Toate răspunsurile au fost șterse.
check-undo = Anulați
check-review = Modificați răspunsurile
check-restart = Începeți din nou
check-group-alone = Înainte să începeți
alone-observe = Este persoana singură cu dumneavoastră, departe de orice însoțitor, angajator sau „traducător”?
alone-how-health = Dacă nu: spuneți că fiecare pacient este consultat singur și rugați-i pe cei care o însoțesc să aștepte afară. Folosiți un interpret profesionist sau limba persoanei, niciodată însoțitorul.
alone-how-police = Dacă nu: separați persoana de ceilalți reținuți și de suspecți înainte să întrebați ceva.
alone-how-volunteer = Dacă nu: găsiți un loc liniștit, departe de oricine a venit cu ea. Nu confruntați însoțitorul; dacă nu vrea să plece, folosiți în schimb predarea rapidă a numerelor.
alone-how-inspector = Dacă nu: cereți să vorbiți cu fiecare muncitor singur, departe de angajator, de un supraveghetor sau de oricine traduce pentru ei.
alone-how-other = Dacă nu: găsiți un motiv să vorbiți între patru ochi, departe de orice însoțitor. Nu folosiți niciodată un însoțitor ca interpret.

check-group-triage = Întâi siguranța
check-group-age = Vârsta

# Situațiile cu risc ridicat (standardele liniilor de asistență, seeds/003) vin
# primele; orice „da” afișează sus „Sunați acum la 112”.
triage-psychiatric_crisis-sign = Într-o criză psihică gravă
triage-psychiatric_crisis-observe = Pare persoana să fie într-o criză psihică gravă: foarte confuză, fără contact cu realitatea sau foarte agitată?
triage-little_time-sign = Foarte puțin timp pentru a vorbi în siguranță
triage-little_time-ask = Aveți doar câteva minute în care puteți vorbi în siguranță?
triage-family_danger-sign = Familia ei este acum în pericol
triage-family_danger-ask = Este cineva din familia dumneavoastră în pericol chiar acum din cauza asta?
triage-escaped_searched-sign = A fugit și poate fi căutată
triage-escaped_searched-ask = Ați fugit de niște oameni care s-ar putea să vă caute?
triage-self_harm-sign = Se gândește la sinucidere sau la autovătămare
triage-self_harm-ask = Vă gândiți să vă luați viața sau să vă faceți rău?
triage-threatened_now-sign = Cineva este amenințat sau rănit chiar acum
triage-threatened_now-ask = Vă amenință sau vă rănește cineva chiar acum?
triage-cannot_leave_now-sign = Cineva împiedică persoana să plece acum
triage-cannot_leave_now-ask = Vă împiedică cineva să plecați din acest loc chiar acum?
triage-injured-sign = Rănită sau bolnavă și are nevoie de un medic acum
triage-injured-ask = Aveți nevoie de un medic chiar acum, pentru o rană sau o boală?
triage-child_alone-sign = Un copil fără părinte sau tutore aici
triage-child_alone-observe = Este un copil fără părinte sau tutore aici?
age-under_18-sign = Poate avea sub 18 ani
age-under_18-observe = Ar putea persoana să aibă sub 18 ani? Dacă nu sunteți sigur, răspundeți „Nu știu sigur”.

domain-recruitment = Recrutare și călătorie
domain-identity = Identitate și acte
domain-housing = Locuință și deplasare
domain-work = Muncă și plată
domain-money = Bani și datorii
domain-health = Sănătate
domain-control = Control și amenințări

dimension-deceptive_recruitment = Înșelată la recrutare
dimension-coercive_recruitment = Forțată sau amenințată la recrutare
dimension-vulnerability_recruitment = Vulnerabilitate folosită la recrutare
dimension-exploitative_conditions = Condiții de muncă sau de viață de exploatare
dimension-coercion_destination = Constrângere la muncă sau acolo unde locuiește
dimension-vulnerability_destination = Dependență de cei pentru care lucrează

result-title = Rezultat
result-call-112 = Sunați acum la 112. Cineva poate fi în pericol imediat.
result-immediate_danger = Risc ridicat: întâi siguranța
result-immediate_danger-text = Sunați acum la 112. Apoi urmați planul de siguranță de mai jos.
result-strong_signs = Semne puternice de trafic
result-strong_signs-text = Răspunsurile îndeplinesc regula ILO/EC pentru un adult: recrutare, exploatare și constrângere sau abuz de vulnerabilitate, toate împreună. Îndrumați persoana.
result-strong_signs-child-text = Răspunsurile arată recrutarea sau deplasarea unui copil (fapta) și exploatare. Pentru un copil nu este nevoie de forță, amenințare sau înșelăciune. Îndrumați copilul.
result-some_signs = Câteva semne – cereți sfaturi
result-some_signs-text = Au fost găsite câteva semne de trafic. Cereți sfatul KCIK despre pașii următori.
result-control_unknown = Condiții proaste – încă nu se știe dacă există control
result-control_unknown-text = S-au găsit plată sau condiții proaste, dar nu se știe dacă persoana este liberă să plece: unele întrebări despre control nu au fost puse, au fost sărite sau au primit răspunsul „Nu știu sigur”. Puneți-le (sunt enumerate mai jos) sau cereți sfatul KCIK.
result-control-open = Încă de întrebat despre control
result-labour_rights = Mai degrabă o problemă de drepturi ale muncii decât trafic
result-labour_rights-text = S-au găsit plată sau condiții proaste, iar persoana a răspuns „Nu” la fiecare întrebare despre control: dacă altcineva îi ține actele, o datorie, amenințări, dacă este încuiată, orice o împiedică să plece și dacă depinde de angajator pentru locuință sau acte. Îndrumați persoana spre Inspecția Națională a Muncii (PIP). Dacă se schimbă ceva, verificați din nou.
result-no_signs = Deocamdată nu s-au găsit semne
result-no_signs-text = Răspunsurile de până acum nu arată semne de trafic. Dacă sunteți totuși îngrijorat, puneți mai multe întrebări sau cereți sfatul KCIK.
result-child = Persoana poate fi un copil. Un copil este victimă a traficului ori de câte ori este recrutat, transportat, predat, adăpostit sau primit în scopul exploatării, chiar și fără forță sau înșelăciune (art. 115 §22 din Codul penal). Îndrumați întotdeauna un copil.
result-not-alone = Persoana nu a fost singură cu dumneavoastră: este posibil ca răspunsurile ei să nu fie libere. Dacă puteți, întrebați din nou când este singură.
result-age-unknown = Vârsta nu este cunoscută: s-a folosit regula pentru adulți. Dacă persoana ar putea avea sub 18 ani, tratați-o ca pe un copil.
result-risks = Situație cu risc ridicat
risk-danger = Cineva este amenințat, ținut cu forța sau rănit acum: sunați la 112.
risk-child_alone = Un copil fără părinte sau tutore aici: sunați la 112 și rămâneți cu copilul până vine poliția.
risk-self_harm = Risc de sinucidere sau autovătămare: sunați acum la 112, apoi la linia de criză 116 123, disponibilă 24 de ore din 24.
risk-escaped = Persoana a fugit și poate fi căutată: sunați la 112.
risk-family_danger = Familia ei poate fi în pericol acum: sunați la 112 și spuneți-i operatorului.
risk-little_time = Foarte puțin timp: dați numerele de telefon și stabiliți cum puteți lua din nou legătura cu persoana.
risk-psychiatric_crisis = Criză psihică gravă: sunați la 112 pentru ajutor medical, apoi la linia de criză 116 123.
plan-title = Plan de siguranță
plan-intro = Stabiliți-l împreună cu persoana, verbal. Nu scrieți nimic în această aplicație.
plan-where = Unde să meargă acum: un loc sigur asupra căruia cădeți de acord împreună, nu înapoi acolo unde este pericolul. Poliția (112), linia La Strada disponibilă 24 de ore din 24 sau KCIK pot ajuta la găsirea unui astfel de loc.
plan-whom = Pe cine să sunați: 112 în caz de pericol. Linia La Strada disponibilă 24 de ore din 24, +48 605 687 750, pentru ajutor la orice oră; KCIK în zilele lucrătoare.
plan-reach = Cum puteți lua din nou legătura: stabiliți un mod și o oră sigure, de exemplu un număr pe care îl folosește doar persoana sau un loc pe care îl cunoașteți amândoi.
result-next-step = Pasul următor
next-police = Urmați procedura proprie: separați persoana de ceilalți reținuți și de suspecți și anunțați ofițerul responsabil, dacă se poate unul instruit pentru cazuri de trafic. Sunați la numărul poliției pentru trafic. Sunați la 112 doar pentru ambulanță sau întăriri.
next-health = Persoana rămâne în grija dumneavoastră: consultați-o și vorbiți cu ea între patru ochi. Apoi cereți sfatul KCIK sau al liniei La Strada disponibile 24 de ore din 24.
next-volunteer = Nu investigați și nu confruntați pe nimeni. Anunțați poliția de serviciu la punctul de primire. Pentru sfaturi, sunați la linia La Strada disponibilă 24 de ore din 24 sau la KCIK.
next-inspector = Cereți KCIK o consultație despre o posibilă victimă și anunțați poliția despre o infracțiune. Plata și condițiile rămân de competența PIP.
next-control = Puneți întrebările despre control care au rămas, sau cereți sfatul KCIK.
next-other = Cereți KCIK sfaturi despre ce să faceți mai departe sau, la orice oră, sunați la linia La Strada disponibilă 24 de ore din 24.
next-child = Un copil: sunați la poliție (112) și rămâneți cu copilul până sosește. Apoi anunțați KCIK.
next-danger = Sunați acum la 112.
next-off-hours = Consultanții KCIK lucrează în zilele lucrătoare: la această oră, linia La Strada disponibilă 24 de ore din 24 are prioritate.
next-also = Altă linie la care puteți suna
result-duty-title = Sesizarea autorităților
result-duty-law = Legea: oricine are informații credibile despre trafic de persoane trebuie să anunțe poliția sau un procuror (art. 240 §1 din Codul penal).
result-duty-kcik = Dacă nu sunteți sigur că informațiile pe care le aveți sunt credibile, întrebați mai întâi KCIK. Ei îi consiliază pe profesioniști și sprijină victimele, inclusiv pe cele care nu vor să contacteze poliția.
result-duty-child = Pentru un copil nu există etapa consimțământului: îndrumați întotdeauna cazul, către poliție și către KCIK.
result-provisional = Intensitatea fiecărui semn urmează o transcriere a indicatorilor ILO/EC (2009): considerați aceste grade provizorii. Mai multe întrebări pot indica același indicator ILO; acesta se numără o singură dată.
result-uncounted = Alte semne observate (afișate, dar nenumărate în regula ILO)
result-signs-found = Semne găsite
result-signs-unclear = Nesigur – merită verificat
result-not-asked = Încă nu s-a întrebat
result-not-asked-none = S-au pus întrebări despre toate domeniile.
result-dimension-positive = În acest domeniu sunt destule semne pentru a atinge pragul ILO.
result-whom-to-call = Pe cine să sunați
result-pip = Inspecția Națională a Muncii (PIP): pentru plată, contracte, program și siguranță la muncă.
result-answered = { $count ->
    [one] Un răspuns dat.
    [few] { $count } răspunsuri date.
   *[other] { $count } de răspunsuri date.
}

ind-job_different_nature-sign = Munca este de alt fel decât i s-a spus
ind-job_different_nature-ask = Faceți o muncă de alt fel decât cea despre care vi s-a spus?

ind-place_or_employer_different-sign = Locul sau angajatorul nu este cel despre care i s-a spus
ind-place_or_employer_different-ask = Ați ajuns în alt loc sau la alt șef decât vi s-a spus?

ind-conditions_deceived-sign = Program sau condiții de muncă mai proaste decât i s-a spus
ind-conditions_deceived-ask = Programul sau condițiile de muncă sunt mai proaste decât vi s-a spus?

ind-contract_deceived-sign = Contract diferit de ce i s-a spus
ind-contract_deceived-ask = Contractul de muncă este diferit de ce vi s-a spus sau nu ați primit niciun contract?

ind-wages_deceived-sign = Plătită mai puțin decât i s-a spus
ind-wages_deceived-ask = Plata este mai mică decât vi s-a spus că va fi?

ind-travel_deceived-sign = Călătoria nu a fost cum i s-a spus
ind-travel_deceived-ask = Călătoria până aici a fost altfel decât vi s-a spus?

ind-housing_deceived-sign = Locuința nu este cea promisă
ind-housing_deceived-ask = Locul unde locuiți este mai rău decât vi s-a spus?

ind-documents_status_deceived-sign = Mințită despre acte sau despre dreptul de ședere ori de muncă
ind-documents_status_deceived-ask = Vi s-au spus lucruri greșite despre actele dumneavoastră sau despre dreptul de a munci aici?

ind-marriage_promise-sign = A venit după o promisiune de căsătorie sau adopție
ind-marriage_promise-ask = Ați venit pentru că cineva v-a promis că se căsătorește cu dumneavoastră sau că vă adoptă?

ind-education_deceived-sign = I s-a spus de școală sau un curs, dar nu s-a întâmplat
ind-education_deceived-ask = Vi s-a spus că veți merge la școală sau veți face un curs, iar apoi nu s-a întâmplat?

ind-agency_fee_paid-sign = A plătit o agenție pentru loc de muncă sau transport
ind-agency_fee_paid-ask = Ați plătit o agenție sau o persoană ca să primiți această muncă sau călătoria?

ind-offer_too_good-sign = Ofertă de călătorie, cazare sau muncă prea bună ca să fie adevărată
ind-offer_too_good-ask = V-a oferit cineva o călătorie, cazare sau muncă ce pare prea bună ca să fie adevărată?

ind-unregistered_helper-sign = Ajutor oferit de cineva fără ecusonul unei organizații
ind-unregistered_helper-observe = Îi oferă cineva transport, cazare sau muncă fără ecusonul unei organizații înregistrate?

ind-recruit_violence-sign = S-a folosit forța sau violența ca să fie adusă aici
ind-recruit_violence-ask = A folosit cineva forța sau v-a rănit ca să vă facă să veniți aici?

ind-recruit_threats-sign = Amenințată cu rău ca să vină
ind-recruit_threats-ask = V-a amenințat cineva că vă face rău dumneavoastră sau familiei dumneavoastră, ca să vă facă să veniți aici?

ind-recruit_threat_report-sign = Amenințată cu denunțarea la autorități, ca să vină
ind-recruit_threat_report-ask = V-a amenințat cineva că vă denunță la poliție sau la alte autorități, ca să vă facă să veniți aici?

ind-recruit_threat_tell-sign = Amenințată că familia sau alții vor afla lucruri despre ea, ca să vină
ind-recruit_threat_tell-ask = V-a amenințat cineva că va spune familiei sau altor oameni lucruri despre dumneavoastră, ca să vă facă să veniți aici?

ind-recruit_family_harmed-sign = Cineva din familia ei a fost rănit ca să o facă să vină
ind-recruit_family_harmed-ask = A rănit cineva o persoană din familia dumneavoastră, ca să vă facă să veniți aici?

ind-recruit_abducted-sign = Luată sau ținută împotriva voinței ei
ind-recruit_abducted-ask = V-a dus cineva undeva sau v-a ținut undeva împotriva voinței dumneavoastră?

ind-recruit_forced_marriage-sign = Obligată să se căsătorească
ind-recruit_forced_marriage-ask = V-a obligat cineva să vă căsătoriți cu cineva?

ind-recruit_sold-sign = Vândută sau cineva a primit bani pentru ea
ind-recruit_sold-ask = V-a vândut cineva sau a primit cineva bani pentru dumneavoastră?

ind-recruit_debt-sign = A trebuit să facă o datorie pentru călătorie sau pentru muncă
ind-recruit_debt-ask = Înainte să începeți, a trebuit să faceți o datorie pentru călătorie sau pentru muncă?

ind-recruit_isolated-sign = Încuiată, supravegheată sau ținută departe de alții pe drum
ind-recruit_isolated-ask = Pe drumul până aici, v-a încuiat cineva, v-a supravegheat tot timpul sau nu v-a lăsat să vorbiți cu alți oameni?

ind-recruit_money_kept-sign = Banii îi sunt păstrați de cei care au adus-o
ind-recruit_money_kept-ask = Cei care v-au adus aici v-au păstrat banii?

ind-passports_collected-sign = Cineva strânge pașapoarte „ca să ajute”
ind-passports_collected-ask = V-a cerut cineva pașaportul sau actul de identitate, spunând că asta vă va ajuta?

ind-pressure_to_leave_now-sign = Presată să plece imediat cu cineva
ind-pressure_to_leave_now-ask = Insistă cineva să plecați cu el sau cu ea chiar acum?

ind-economic_need-sign = A acceptat munca sau călătoria pentru că avea mare nevoie de bani
ind-economic_need-ask = Ați acceptat această muncă sau călătorie pentru că aveați mare nevoie de bani?

ind-family_difficulty-sign = Problemele din familie au făcut-o să plece de acasă
ind-family_difficulty-ask = Problemele din familie v-au făcut să plecați de acasă?

ind-no_language_info-sign = A venit fără să știe limba sau unde să ceară ajutor
ind-no_language_info-ask = Când ați venit, v-a fost greu să înțelegeți oamenii sau să găsiți ajutor?

ind-emotional_dependency-sign = Convinsă de cineva pe care îl iubește și de care depinde („lover boy”)
ind-emotional_dependency-ask = Cineva pe care îl iubiți și care spunea că vă iubește v-a convins să faceți această călătorie sau această muncă?

ind-fear_authorities-sign = Îi este frică de poliție sau de alte autorități
ind-fear_authorities-ask = Vă este frică să cereți ajutor la poliție sau la alte autorități?

ind-irregular_status-sign = A venit fără acte care să-i permită să stea sau să muncească
ind-irregular_status-ask = Când ați venit, vă lipseau actele care să vă permită să stați sau să munciți aici?

ind-child_with_non_relatives-sign = Copil care călătorește singur sau cu adulți care nu sunt din familie
ind-child_with_non_relatives-observe = Copilul călătorește singur sau cu adulți care nu sunt din familia lui?

ind-excessive_hours-sign = Lucrează foarte multe ore sau fără zile libere
ind-excessive_hours-ask = Lucrați zile foarte lungi, cu puține zile libere sau deloc?

ind-low_or_no_pay-sign = Plătită foarte puțin sau deloc
ind-low_or_no_pay-ask = Primiți foarte puțini bani sau nimic pentru munca dumneavoastră?

ind-returned_no_money-sign = S-a întors de la muncă din străinătate neplătită sau plătită doar parțial
ind-returned_no_money-ask = V-ați întors de la muncă din străinătate fără plată sau doar cu o parte din ea?

ind-no_contract-sign = Fără contract scris
ind-no_contract-ask = Lucrați fără un contract scris?

ind-no_social_protection-sign = Fără asigurare de sănătate sau asigurări sociale prin muncă
ind-no_social_protection-ask = Lucrați fără asigurare de sănătate?

ind-bad_housing-sign = Locuință foarte proastă, aglomerată sau nesigură
ind-bad_housing-ask = Locul unde dormiți este foarte aglomerat, murdar sau nesigur?

ind-hazardous_work-sign = Muncă periculoasă fără protecție potrivită
ind-hazardous_work-ask = Munca dumneavoastră este periculoasă, fără echipamentul de protecție de care aveți nevoie?

ind-fines_deductions-sign = „Amenzi” mari sau rețineri din plată
ind-fines_deductions-ask = Vă ia cineva bani din plată ca „amenzi” sau fără acordul dumneavoastră?

ind-no_medical_care-sign = Îngrijire medicală puțină sau deloc când e bolnavă sau rănită
ind-no_medical_care-ask = Primiți puțină îngrijire medicală sau deloc când vă îmbolnăviți sau vă răniți?

ind-no_basic_needs-sign = Acces redus la hrană, toaletă sau haine
ind-no_basic_needs-ask = Vă lipsesc des mâncarea, hainele sau o toaletă pe care să o puteți folosi?

ind-child_adult_work-sign = Copil care face muncă de adult
ind-child_adult_work-observe = Copilul face o muncă pe care de obicei o fac adulții?

ind-documents_held-sign = Altcineva îi ține pașaportul sau actul de identitate
ind-documents_held-ask = Vă ține altcineva pașaportul sau actul de identitate?

ind-debt_bondage-sign = Are o datorie pentru călătorie, acte, locuință sau „protecție”
ind-debt_bondage-ask = Trebuie să plătiți o datorie pentru călătorie, acte, locuință sau „protecție”?

ind-locked_in-sign = Ținută încuiată sau nu are voie să iasă singură
ind-locked_in-ask = Vă încuie cineva înăuntru sau nu vă lasă să ieșiți fără să vă însoțească?

ind-watched-sign = Supravegheată sau urmărită tot timpul
ind-watched-ask = Vă supraveghează sau vă urmărește cineva tot timpul, chiar și în afara muncii?

ind-permission_basic_needs-sign = Are nevoie de permisiune ca să mănânce, să doarmă sau să meargă la toaletă
ind-permission_basic_needs-ask = Aveți nevoie de permisiunea cuiva ca să mâncați, să dormiți sau să mergeți la toaletă?

ind-family_contact_supervised-sign = Vorbește cu familia doar când ascultă altcineva
ind-family_contact_supervised-ask = Puteți vorbi cu familia doar când ascultă altcineva?

ind-violence_destination-sign = Lovită sau rănită la muncă sau acolo unde locuiește
ind-violence_destination-ask = V-a lovit sau v-a rănit cineva acolo unde lucrați sau locuiți?

ind-injuries_restraint-sign = Răni care sugerează că a fost legată sau imobilizată
ind-injuries_restraint-observe = Vedeți răni care ar putea proveni din legare sau imobilizare?

ind-minder_present-sign = Un însoțitor nu o lasă singură
ind-minder_present-observe = Stă un însoțitor foarte aproape și refuză să lase persoana singură?

ind-speaks_for_them-sign = Altcineva vorbește sau traduce în locul ei
ind-speaks_for_them-observe = Răspunde altcineva în locul persoanei sau insistă să traducă?

ind-wages_withheld-sign = Plată reținută sau păstrată de altcineva
ind-wages_withheld-ask = Șeful sau altcineva vă reține sau vă păstrează banii pentru muncă?

ind-forced_work-sign = Obligată să muncească împotriva voinței ei
ind-forced_work-ask = Vă obligă cineva să faceți o muncă pe care nu vreți să o faceți?

ind-forced_sex-sign = Obligată să întrețină relații sexuale, inclusiv cu clienți
ind-forced_sex-ask = Vă obligă cineva să faceți sex când nu vreți?

ind-forced_begging-sign = Obligată să cerșească și să predea banii
ind-forced_begging-ask = Vă obligă cineva să cerșiți și să dați banii altcuiva?

ind-forced_crime-sign = Obligată să fure sau să comită alte infracțiuni
ind-forced_crime-ask = Vă obligă cineva să furați sau să faceți alte lucruri împotriva legii?

ind-ever_forced-sign = Pe drum sau la o muncă anterioară, obligată să muncească sau să facă lucruri împotriva voinței ei
ind-ever_forced-ask = Pe drumul până aici sau la o muncă de dinainte, v-a obligat cineva vreodată să munciți sau să faceți lucruri pe care nu voiați să le faceți?

ind-forced_to_lie-sign = I s-a spus să mintă autoritățile sau familia
ind-forced_to_lie-ask = Vi s-a spus să mințiți poliția, autoritățile sau familia?

ind-threats_destination-sign = Amenințată cu rău sau cu denunțarea
ind-threats_destination-ask = V-a amenințat cineva că vă face rău dumneavoastră sau familiei, sau că vă denunță la poliție?

ind-afraid_to_leave-sign = Se teme de ce s-ar întâmpla dacă ar pleca
ind-afraid_to_leave-ask = Vă temeți de ce s-ar întâmpla cu dumneavoastră sau cu familia dumneavoastră dacă ați pleca de la această muncă?

ind-threat_deportation-sign = Amenințată cu deportarea sau cu denunțarea la serviciile de imigrări
ind-threat_deportation-ask = V-a amenințat cineva că vă denunță la serviciile de imigrări sau la Poliția de Frontieră, ori că vă trimite înapoi?

ind-threats_tell_family-sign = Amenințată că familia sau alții vor afla
ind-threats_tell_family-ask = V-a amenințat cineva că va spune familiei sau altora despre dumneavoastră?

ind-cannot_leave_job-sign = Nu poate înceta munca și pleca acasă
ind-cannot_leave_job-ask = Vă împiedică ceva să lăsați această muncă și să plecați acasă?

ind-fearful_submissive-sign = Pare speriată, neliniștită sau supusă
ind-fearful_submissive-observe = Persoana pare speriată, neliniștită sau supusă?

ind-child_intimidated-sign = Copilul pare intimidat sau se poartă neobișnuit pentru vârsta lui
ind-child_intimidated-observe = Copilul pare intimidat sau se poartă neobișnuit pentru vârsta lui?

ind-dependent_on_employer-sign = Depinde de angajator pentru pat, mâncare sau acte
ind-dependent_on_employer-ask = Depindeți de șef pentru un loc de dormit, mâncare sau acte?

ind-living_at_work-sign = Locuiește unde lucrează sau unde hotărăște șeful
ind-living_at_work-ask = Dormiți acolo unde lucrați sau într-un loc ales de șef?

ind-unknown_address-sign = Nu știe adresa unde locuiește sau lucrează
ind-unknown_address-observe = Pare că persoana nu știe adresa unde locuiește sau lucrează?

ind-legal_status_dependent-sign = Se teme că își pierde dreptul de ședere dacă pleacă de la muncă
ind-legal_status_dependent-ask = Vă temeți că veți pierde dreptul de a sta aici dacă plecați de la această muncă?

ind-economic_need_now-sign = Are atât de mare nevoie de bani încât nu poate refuza
ind-economic_need_now-ask = Aveți atât de mare nevoie de acești bani încât nu puteți refuza munca?

ind-family_depends-sign = Familia depinde de banii pe care îi trimite
ind-family_depends-ask = Familia dumneavoastră depinde de banii pe care îi trimiteți?

ind-sex_exchange-sign = A făcut sex ca să obțină cazare, mâncare, transport sau bani
ind-sex_exchange-ask = A trebuit să faceți sex cu cineva ca să aveți unde sta, mâncare, transport sau bani?

ind-no_own_documents-sign = Nu are act de identitate sau are doar o copie
ind-no_own_documents-ask = Aveți doar o copie a pașaportului sau a actului de identitate, sau nu aveți deloc?

ind-child_no_guardian-sign = Copil care nu poate lua legătura cu un părinte sau tutore
ind-child_no_guardian-observe = Copilul nu are nicio cale de a lua legătura cu un părinte sau tutore?

# Foarte puțin timp pentru discuție (seeds/003): dați numerele, stabiliți cum
# puteți lua din nou legătura cu persoana și încheiați. Nu se notează nimic.
handover-title = Foarte puțin timp: dați aceste numere
handover-intro = Arătați sau spuneți aceste numere. Stabiliți verbal cum și când puteți lua din nou legătura cu persoana. Nu scrieți nimic aici.
handover-continue = Este mai mult timp: înapoi la întrebări
handover-end = Terminați și ștergeți răspunsurile

# Primul ecran al persoanei, înainte de prima întrebare care i se pune (brief §4).
intro-title = Înainte de întrebări
intro-who-health = Lucrez în domeniul sănătății.
intro-who-police = Lucrez în Poliție sau în Poliția de Frontieră.
intro-who-volunteer = Fac voluntariat și ajut oamenii care ajung aici.
intro-who-inspector = Lucrez în inspecția muncii sau în asistența socială.
intro-who-other = Lucrez cu oameni care ar putea avea nevoie de ajutor.
intro-why = Aș vrea să vă pun câteva întrebări, ca să văd dacă aveți nevoie de ajutor și de ce fel.
intro-nothing-kept = Această aplicație nu vă cere numele și nu trimite nimic nicăieri. Răspunsurile dumneavoastră rămân doar pe acest telefon, cel mult câteva ore.
intro-skip = Puteți sări peste orice întrebare sau vă puteți opri oricând.
intro-confidential-police = Prin funcția mea, am datoria să acționez când aflu despre o infracțiune. Nu vă pot promite că voi păstra secret ce îmi spuneți.
intro-confidential-other = Voi păstra confidențial ce îmi spuneți, atât cât pot. Dar în Polonia oricine știe despre trafic de persoane trebuie să anunțe poliția sau un procuror, așa că nu vă pot promite că voi păstra totul secret.
intro-continue = Am înțeles, să continuăm
