# Verificarea indicatorilor: pregătire, întrebări, răspunsuri și rezultate.
# Întrebările „-ask” sunt citite de persoană, adesea speriată și într-o a doua
# limbă: scurte, simple, fără să sugereze răspunsul, fără să învinovățească.

check-title = Verificare indicatori
check-intro = Câteva întrebări scurte despre semnele traficului de persoane. Întrebați persoana singură, departe de orice însoțitor. Nimic nu se salvează și nu se trimite: răspunsurile rămân pe acest telefon până le ștergeți.
check-screening-not-identification = Aceasta este o evaluare inițială, nu o identificare. Doar poliția sau Poliția de Frontieră pot identifica oficial o victimă.
check-person-language = Limba persoanei
check-same-language = Aceeași ca a mea
check-path-label = Câte întrebări
check-path-short = Scurt: cele mai importante semne (cam 2 minute)
check-path-full = Complet: toate semnele
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
check-clear = Ștergeți toate răspunsurile
check-cleared = Toate răspunsurile au fost șterse.
check-review = Modificați răspunsurile
check-restart = Începeți din nou

check-group-triage = Întâi siguranța
check-group-age = Vârsta

# Întrebările de siguranță vin primele; orice „da” afișează sus „Sunați acum la 112”.
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
result-immediate_danger = Pericol imediat
result-immediate_danger-text = Asigurați-vă mai întâi că toată lumea este în siguranță. Sunați la 112, apoi contactați KCIK.
result-strong_signs = Semne puternice de trafic
result-strong_signs-text = Răspunsurile arată împreună recrutare, exploatare și constrângere. Îndrumați persoana: sunați la KCIK sau La Strada, ori la poliție dacă persoana este de acord sau este în pericol.
result-some_signs = Câteva semne – cereți sfaturi
result-some_signs-text = Au fost găsite câteva semne de trafic. Cereți sfatul KCIK despre pașii următori; ei ajută și persoanele care nu vor să meargă la poliție.
result-labour_rights = Mai degrabă o problemă de drepturi ale muncii decât trafic
result-labour_rights-text = S-au găsit plată sau condiții proaste, dar niciun semn de forță, amenințări sau imposibilitate de a pleca. Îndrumați persoana spre Inspecția Națională a Muncii (PIP). Dacă se schimbă ceva, verificați din nou.
result-no_signs = Deocamdată nu s-au găsit semne
result-no_signs-text = Răspunsurile de până acum nu arată semne de trafic. Dacă sunteți totuși îngrijorat, puneți mai multe întrebări sau cereți sfatul KCIK.
result-child = Persoana poate fi un copil. Un copil este victimă a traficului ori de câte ori este recrutat sau mutat în scopul exploatării, chiar și fără forță sau înșelăciune. Îndrumați întotdeauna un copil.
result-signs-found = Semne găsite
result-signs-unclear = Nesigur – merită verificat
result-not-asked = Încă nu s-a întrebat
result-not-asked-none = S-au pus întrebări despre toate domeniile.
result-dimension-positive = Acest domeniu atinge pragul indicatorilor.
result-whom-to-call = Pe cine să sunați
result-pip = Inspecția Națională a Muncii (PIP): pentru plată, contracte, program și siguranță la muncă.
result-answered = { $count ->
    [one] Un răspuns dat.
    [few] { $count } răspunsuri date.
   *[other] { $count } de răspunsuri date.
}

ind-job_different_nature-sign = Munca este de alt fel decât cea promisă
ind-job_different_nature-ask = Faceți o muncă de alt fel decât cea care vi s-a promis?

ind-place_or_employer_different-sign = Locul sau angajatorul nu este cel promis
ind-place_or_employer_different-ask = Ați ajuns în alt loc sau la alt șef decât vi s-a promis?

ind-conditions_deceived-sign = Plată, program sau condiții mai proaste decât s-a promis
ind-conditions_deceived-ask = Plata, programul sau condițiile sunt mai proaste decât vi s-a spus?

ind-travel_deceived-sign = Călătoria nu a fost cum i s-a spus
ind-travel_deceived-ask = Călătoria până aici a fost altfel decât vi s-a spus?

ind-housing_deceived-sign = Locuința nu este cea promisă
ind-housing_deceived-ask = Locul unde locuiți este mai rău decât vi s-a promis?

ind-documents_status_deceived-sign = Mințită despre acte sau despre dreptul de ședere ori de muncă
ind-documents_status_deceived-ask = Vi s-au spus lucruri greșite despre actele dumneavoastră sau despre dreptul de a munci aici?

ind-marriage_promise-sign = A venit după o promisiune de căsătorie sau adopție
ind-marriage_promise-ask = Ați venit pentru că cineva v-a promis că se căsătorește cu dumneavoastră sau că vă adoptă?

ind-education_deceived-sign = Școală sau curs promis, dar neprimit
ind-education_deceived-ask = Vi s-a promis școală sau un curs pe care nu l-ați primit?

ind-agency_fee_paid-sign = A plătit o agenție pentru loc de muncă sau transport
ind-agency_fee_paid-ask = Ați plătit o agenție sau o persoană ca să primiți această muncă sau călătoria?

ind-offer_too_good-sign = Ofertă de călătorie, cazare sau muncă prea bună ca să fie adevărată
ind-offer_too_good-ask = V-a oferit cineva o călătorie, cazare sau muncă ce pare prea bună ca să fie adevărată?

ind-unregistered_helper-sign = Ajutor oferit de cineva fără ecusonul unei organizații
ind-unregistered_helper-observe = Îi oferă cineva transport, cazare sau muncă fără ecusonul unei organizații înregistrate?

ind-recruit_violence-sign = S-a folosit forța sau violența ca să fie adusă aici
ind-recruit_violence-ask = A folosit cineva forța sau v-a rănit ca să vă facă să veniți aici?

ind-recruit_threats-sign = Amenințată ca să vină
ind-recruit_threats-ask = V-a amenințat cineva pe dumneavoastră sau familia dumneavoastră ca să veniți aici?

ind-taken_or_sold-sign = Luată fără voia ei, vândută sau forțată să se căsătorească
ind-taken_or_sold-ask = V-a dus cineva undeva fără voia dumneavoastră, v-a vândut sau v-a obligat să vă căsătoriți?

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

ind-emotional_dependency-sign = Un partener sau o persoană iubită a organizat călătoria sau munca
ind-emotional_dependency-ask = Un partener sau cineva pe care îl iubiți v-a organizat această călătorie sau muncă?

ind-fear_authorities-sign = Îi este frică de poliție sau de alte autorități
ind-fear_authorities-ask = Vă este frică să cereți ajutor la poliție sau la alte autorități?

ind-child_with_non_relatives-sign = Copil care călătorește singur sau cu adulți care nu sunt din familie
ind-child_with_non_relatives-observe = Copilul călătorește singur sau cu adulți care nu sunt din familia lui?

ind-excessive_hours-sign = Lucrează foarte multe ore sau fără zile libere
ind-excessive_hours-ask = Lucrați zile foarte lungi, cu puține zile libere sau deloc?

ind-low_or_no_pay-sign = Plătită foarte puțin sau deloc
ind-low_or_no_pay-ask = Primiți foarte puțini bani sau nimic pentru munca dumneavoastră?

ind-returned_no_money-sign = S-a întors de la muncă din străinătate neplătită sau plătită doar parțial
ind-returned_no_money-ask = V-ați întors de la muncă din străinătate fără plată sau doar cu o parte din ea?

ind-no_contract-sign = Fără contract scris sau fără respectarea regulilor muncii
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

ind-forced_to_lie-sign = I s-a spus să mintă autoritățile sau familia
ind-forced_to_lie-ask = Vi s-a spus să mințiți poliția, autoritățile sau familia?

ind-threats_destination-sign = Amenințată cu rău sau cu denunțarea
ind-threats_destination-ask = V-a amenințat cineva că vă face rău dumneavoastră sau familiei, sau că vă denunță la poliție?

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

ind-unknown_address-sign = Nu știe adresa unde locuiește sau lucrează
ind-unknown_address-observe = Pare că persoana nu știe adresa unde locuiește sau lucrează?

ind-legal_status_dependent-sign = Se teme că își pierde dreptul de ședere dacă pleacă de la muncă
ind-legal_status_dependent-ask = Vă temeți că pierdeți dreptul de a sta aici dacă plecați de la această muncă?

ind-no_own_documents-sign = Nu are act de identitate sau are doar o copie
ind-no_own_documents-ask = Aveți doar o copie a pașaportului sau a actului de identitate, sau nu aveți deloc?

ind-child_no_guardian-sign = Copil care nu poate lua legătura cu un părinte sau tutore
ind-child_no_guardian-observe = Copilul nu are nicio cale de a lua legătura cu un părinte sau tutore?
