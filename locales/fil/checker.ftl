# Pagsusuri ng mga palatandaan: setup, mga tanong, mga sagot at resulta.
# Ang mga tanong na "-ask" ay binabasa ng tao mismo, na kadalasang takot at nasa
# ikalawang wika: maikli, simple, hindi nagtuturo ng sagot, hindi naninisi.

check-title = Suriin ang mga palatandaan
check-intro = Maikling hanay ng mga tanong tungkol sa mga palatandaan ng human trafficking. Tanungin ang tao nang mag-isa, malayo sa sinumang kasama. Walang sine-save o ipinapadala: nasa teleponong ito lang ang mga sagot hanggang burahin ninyo.
check-screening-not-identification = Pagsasala (screening) ito, hindi pagkilala sa biktima. Ang pulisya o Border Guard lang ang pormal na makakakilala sa isang biktima.
check-person-language = Wika ng tao
check-same-language = Kapareho ng akin
check-path-label = Ilang tanong
check-path-short = Maikli: ang pinakamahalagang palatandaan (mga 2 minuto)
check-path-full = Buo: lahat ng palatandaan
check-start = Simulan
check-progress = Tanong { $current } sa { $total }
check-for-person = Para sa tao
check-for-worker = Para sa inyong tala
check-answer-yes = Oo
check-answer-no = Hindi
check-answer-not-sure = Hindi sigurado
check-answer-prefer-not = Ayaw kong sabihin
check-back = Bumalik
check-skip = Laktawan
check-finish-now = Tapusin na
check-clear = Burahin lahat ng sagot
check-cleared = Nabura na ang lahat ng sagot.
check-review = Baguhin ang sagot
check-restart = Magsimulang muli

check-group-triage = Kaligtasan muna
check-group-age = Edad

# Nauuna ang mga tanong sa kaligtasan; anumang "oo" ay naglalagay ng "Tumawag sa 112 ngayon" sa itaas.
triage-threatened_now-sign = May binabantaan o sinasaktan ngayon mismo
triage-threatened_now-ask = May nagbabanta o nananakit po ba sa inyo ngayon?
triage-cannot_leave_now-sign = May pumipigil sa kanyang umalis ngayon
triage-cannot_leave_now-ask = May pumipigil po ba sa inyong umalis sa lugar na ito ngayon?
triage-injured-sign = May sugat o sakit at kailangan ng doktor ngayon
triage-injured-ask = May sugat o sakit po ba kayo at kailangan ninyo ng doktor ngayon?
triage-child_alone-sign = Batang walang magulang o tagapag-alaga rito
triage-child_alone-observe = Bata ba ito na walang kasamang magulang o tagapag-alaga rito?
age-under_18-sign = Maaaring wala pang 18
age-under_18-observe = Maaari bang wala pang 18 taong gulang ang tao? Kung hindi kayo sigurado, piliin ang "Hindi sigurado".

domain-recruitment = Pag-recruit at biyahe
domain-identity = Pagkakakilanlan at dokumento
domain-housing = Tirahan at paggalaw
domain-work = Trabaho at sahod
domain-money = Pera at utang
domain-health = Kalusugan
domain-control = Kontrol at pagbabanta

dimension-deceptive_recruitment = Nilinlang nang i-recruit
dimension-coercive_recruitment = Pinilit o binantaan nang i-recruit
dimension-vulnerability_recruitment = Sinamantala ang kahinaan nang i-recruit
dimension-exploitative_conditions = Mapagsamantalang kondisyon sa trabaho o tirahan
dimension-coercion_destination = Pamimilit sa trabaho o sa tinitirhan
dimension-vulnerability_destination = Pagdepende sa mga taong pinagtatrabahuhan

result-title = Resulta
result-call-112 = Tumawag sa 112 ngayon. Maaaring may nasa agarang panganib.
result-immediate_danger = Agarang panganib
result-immediate_danger-text = Tiyakin muna na ligtas ang lahat. Tumawag sa 112, saka makipag-ugnayan sa KCIK.
result-strong_signs = Malakas na palatandaan ng trafficking
result-strong_signs-text = Makikita sa mga sagot ang pag-recruit, pagsasamantala at pamimilit nang sabay-sabay. I-refer ang tao: tumawag sa KCIK o La Strada, o sa pulisya kung pumayag siya o kung nasa panganib siya.
result-some_signs = May ilang palatandaan – humingi ng payo
result-some_signs-text = May nakitang ilang palatandaan ng trafficking. Magtanong sa KCIK kung ano ang susunod na gagawin; tumutulong din sila sa mga ayaw pumunta sa pulisya.
result-labour_rights = Problema sa karapatan sa paggawa, hindi trafficking
result-labour_rights-text = May nakitang mababang sahod o masamang kondisyon, pero walang palatandaan ng pamimilit, pagbabanta o hindi makaalis. Ituro ang tao sa Pambansang Inspeksyon sa Paggawa (PIP). Kung may magbago, suriin muli.
result-no_signs = Wala pang nakitang palatandaan
result-no_signs-text = Sa ngayon, walang palatandaan ng trafficking sa mga sagot. Kung nag-aalala pa rin kayo, magtanong pa o humingi ng payo sa KCIK.
result-child = Maaaring bata ang tao. Biktima ng trafficking ang bata tuwing siya ay ni-recruit o inilipat para pagsamantalahan, kahit walang pamimilit o panlilinlang. Laging i-refer ang bata.
result-signs-found = May nakitang palatandaan
result-signs-unclear = Hindi sigurado – dapat suriin
result-not-asked = Hindi pa natatanong
result-not-asked-none = Natanong na ang lahat ng bahagi.
result-dimension-positive = Umabot ang bahaging ito sa threshold ng mga palatandaan.
result-whom-to-call = Sino ang tatawagan
result-pip = Pambansang Inspeksyon sa Paggawa (PIP): para sa sahod, kontrata, oras ng trabaho at kaligtasan sa trabaho.
result-answered = { $count ->
    [one] { $count } sagot ang naibigay.
   *[other] { $count } sagot ang naibigay.
}

ind-job_different_nature-sign = Iba ang uri ng trabaho sa ipinangako
ind-job_different_nature-ask = Iba po ba ang uri ng trabaho ninyo sa ipinangako sa inyo?

ind-place_or_employer_different-sign = Iba ang lugar o employer sa ipinangako
ind-place_or_employer_different-ask = Napunta po ba kayo sa ibang lugar, o sa ibang amo, kaysa sa ipinangako?

ind-conditions_deceived-sign = Mas masama ang sahod, oras o kondisyon kaysa ipinangako
ind-conditions_deceived-ask = Mas masama po ba ang sahod, oras o kondisyon ninyo kaysa sa sinabi sa inyo?

ind-travel_deceived-sign = Hindi tulad ng sinabi sa kanya ang biyahe
ind-travel_deceived-ask = Iba po ba ang biyahe ninyo papunta rito sa sinabi sa inyo?

ind-housing_deceived-sign = Hindi tulad ng ipinangako ang tirahan
ind-housing_deceived-ask = Mas masama po ba ang tinitirhan ninyo kaysa sa ipinangako sa inyo?

ind-documents_status_deceived-sign = Nilinlang tungkol sa papeles o karapatang manatili o magtrabaho
ind-documents_status_deceived-ask = May sinabi po bang mali sa inyo tungkol sa inyong papeles o karapatang magtrabaho rito?

ind-marriage_promise-sign = Dumating dahil sa pangakong kasal o pag-ampon
ind-marriage_promise-ask = Pumunta po ba kayo rito dahil may nangakong pakakasalan o aampunin kayo?

ind-education_deceived-sign = Pinangakuan ng pag-aaral o training na hindi natupad
ind-education_deceived-ask = Pinangakuan po ba kayo ng pag-aaral o training na hindi ninyo natanggap?

ind-agency_fee_paid-sign = Nagbayad sa agency para sa trabaho o biyahe
ind-agency_fee_paid-ask = Nagbayad po ba kayo sa agency o sa isang tao para makuha ang trabahong ito o ang biyahe ninyo?

ind-offer_too_good-sign = Alok na biyahe, tirahan o trabaho na parang napakaganda para maging totoo
ind-offer_too_good-ask = May nag-alok po ba sa inyo ng biyahe, tirahan o trabaho na parang napakaganda para maging totoo?

ind-unregistered_helper-sign = Tulong mula sa taong walang badge ng organisasyon
ind-unregistered_helper-observe = May nag-aalok ba sa kanya ng sakay, tirahan o trabaho nang walang badge ng rehistradong organisasyon?

ind-recruit_violence-sign = Ginamitan ng dahas para dalhin dito
ind-recruit_violence-ask = May gumamit po ba ng dahas o nanakit sa inyo para papuntahin kayo rito?

ind-recruit_threats-sign = Binantaan para mapilitang pumunta
ind-recruit_threats-ask = May nagbanta po ba sa inyo o sa pamilya ninyo para papuntahin kayo rito?

ind-taken_or_sold-sign = Kinuha nang labag sa kalooban, ipinagbili o pinilit magpakasal
ind-taken_or_sold-ask = Kinuha po ba kayo nang labag sa inyong kalooban, ipinagbili, o pinilit magpakasal?

ind-passports_collected-sign = May kumukuha ng mga pasaporte "para tumulong"
ind-passports_collected-ask = May humingi po ba ng inyong pasaporte o ID, at sinabing makakatulong ito sa inyo?

ind-pressure_to_leave_now-sign = Minamadaling umalis kasama ng isang tao
ind-pressure_to_leave_now-ask = May nagmamadali po ba sa inyong sumama sa kanila ngayon din?

ind-economic_need-sign = Tinanggap ang trabaho o biyahe dahil lubhang kailangan ng pera
ind-economic_need-ask = Tinanggap po ba ninyo ang trabaho o biyaheng ito dahil kailangang-kailangan ninyo ng pera?

ind-family_difficulty-sign = Mga problema sa pamilya ang nagtulak na umalis ng bahay
ind-family_difficulty-ask = May mga problema po ba sa pamilya na nagtulak sa inyong umalis ng bahay?

ind-no_language_info-sign = Dumating nang hindi alam ang wika o kung saan hihingi ng tulong
ind-no_language_info-ask = Nang dumating kayo, nahirapan po ba kayong umintindi sa mga tao o humanap ng tulong?

ind-emotional_dependency-sign = Isang partner o mahal sa buhay ang nag-ayos ng biyahe o trabaho
ind-emotional_dependency-ask = Ang partner po ba ninyo o isang mahal ninyo sa buhay ang nag-ayos ng biyahe o trabahong ito para sa inyo?

ind-fear_authorities-sign = Takot sa pulisya o ibang opisyal
ind-fear_authorities-ask = Natatakot po ba kayong lumapit sa pulisya o ibang opisyal para humingi ng tulong?

ind-child_with_non_relatives-sign = Batang naglalakbay nang mag-isa o kasama ng matatandang hindi kapamilya
ind-child_with_non_relatives-observe = Naglalakbay ba nang mag-isa ang bata, o kasama ng matatandang hindi niya kapamilya?

ind-excessive_hours-sign = Napakahabang oras ng trabaho o walang day off
ind-excessive_hours-ask = Napakahaba po ba ng araw ng trabaho ninyo, at kaunti o walang day off?

ind-low_or_no_pay-sign = Napakaliit o walang bayad
ind-low_or_no_pay-ask = Napakaliit po ba o wala ang bayad sa inyong trabaho?

ind-returned_no_money-sign = Umuwi mula sa trabaho sa ibang bansa nang walang bayad o bahagi lang ang bayad
ind-returned_no_money-ask = Umuwi po ba kayo mula sa trabaho sa ibang bansa nang walang sahod, o bahagi lang nito?

ind-no_contract-sign = Walang nakasulat na kontrata, o hindi sinusunod ang batas sa paggawa
ind-no_contract-ask = Nagtatrabaho po ba kayo nang walang nakasulat na kontrata?

ind-no_social_protection-sign = Walang health insurance o social security mula sa trabaho
ind-no_social_protection-ask = Nagtatrabaho po ba kayo nang walang health insurance?

ind-bad_housing-sign = Napakasama, siksikan o hindi ligtas na tirahan
ind-bad_housing-ask = Siksikan, marumi o hindi ligtas po ba ang lugar na tinutulugan ninyo?

ind-hazardous_work-sign = Mapanganib na trabaho nang walang sapat na proteksyon
ind-hazardous_work-ask = Mapanganib po ba ang trabaho ninyo, at wala kayong kailangang gamit pangkaligtasan?

ind-fines_deductions-sign = Malalaking "multa" o kaltas sa sahod
ind-fines_deductions-ask = May kumukuha po ba ng pera sa sahod ninyo bilang "multa" o nang walang pahintulot ninyo?

ind-no_medical_care-sign = Kaunti o walang gamutan kapag may sakit o sugat
ind-no_medical_care-ask = Kaunti o wala po ba kayong natatanggap na gamutan kapag may sakit o sugat kayo?

ind-no_basic_needs-sign = Kulang sa pagkain, palikuran o damit
ind-no_basic_needs-ask = Madalas po ba kayong kulang sa pagkain, damit, o palikurang magagamit?

ind-child_adult_work-sign = Batang gumagawa ng trabaho ng matanda
ind-child_adult_work-observe = Gumagawa ba ang bata ng trabahong karaniwang ginagawa ng matatanda?

ind-documents_held-sign = Iba ang may hawak ng kanyang pasaporte o ID
ind-documents_held-ask = Iba po ba ang may hawak ng inyong pasaporte o ID?

ind-debt_bondage-sign = May utang para sa biyahe, papeles, tirahan o "proteksyon"
ind-debt_bondage-ask = Kailangan po ba ninyong magbayad ng utang para sa biyahe, papeles, tirahan o "proteksyon"?

ind-locked_in-sign = Ikinukulong, o hindi pinapayagang lumabas nang mag-isa
ind-locked_in-ask = Ikinukulong po ba kayo, o hindi pinapayagang lumabas nang mag-isa?

ind-watched-sign = Laging binabantayan o sinusundan
ind-watched-ask = Lagi po ba kayong binabantayan o sinusundan, kahit wala kayo sa trabaho?

ind-family_contact_supervised-sign = Nakakausap lang ang pamilya kapag may nakikinig
ind-family_contact_supervised-ask = Nakakausap lang po ba ninyo ang pamilya ninyo kapag may ibang nakikinig?

ind-violence_destination-sign = Sinaktan sa trabaho o sa tinitirhan
ind-violence_destination-ask = May nanakit po ba sa inyo, sa trabaho man o sa tinitirhan ninyo?

ind-injuries_restraint-sign = Mga sugat na nagpapahiwatig na itinali o hinawakan nang mahigpit
ind-injuries_restraint-observe = May nakikita ba kayong sugat na maaaring dahil sa pagkakatali o mahigpit na pagkakahawak?

ind-minder_present-sign = Hindi siya iniiwang mag-isa ng kasama
ind-minder_present-observe = Nananatili bang malapit ang kasama at ayaw siyang iwang mag-isa?

ind-speaks_for_them-sign = Iba ang nagsasalita o nagsasalin para sa kanya
ind-speaks_for_them-observe = Iba ba ang sumasagot para sa kanya, o may nagpupumilit na magsalin?

ind-wages_withheld-sign = Ipinagkakait o hawak ng iba ang sahod
ind-wages_withheld-ask = Ipinagkakait o hinahawakan po ba ng amo ninyo o ng iba ang sahod ninyo?

ind-forced_work-sign = Pinipilit magtrabaho nang labag sa kalooban
ind-forced_work-ask = Pinipilit po ba kayong gumawa ng trabahong ayaw ninyong gawin?

ind-forced_sex-sign = Pinipilit makipagtalik, pati sa mga kliyente
ind-forced_sex-ask = May namimilit po ba sa inyong makipagtalik kahit ayaw ninyo?

ind-forced_begging-sign = Pinipilit mamalimos at ibigay ang pera
ind-forced_begging-ask = Pinipilit po ba kayong mamalimos at ibigay ang pera sa iba?

ind-forced_crime-sign = Pinipilit magnakaw o gumawa ng ibang krimen
ind-forced_crime-ask = Pinipilit po ba kayong magnakaw o gumawa ng ibang bagay na labag sa batas?

ind-forced_to_lie-sign = Inutusang magsinungaling sa mga opisyal o pamilya
ind-forced_to_lie-ask = Inutusan po ba kayong magsinungaling sa pulisya, mga opisyal o pamilya ninyo?

ind-threats_destination-sign = Binantaang sasaktan o isusumbong
ind-threats_destination-ask = May nagbanta po ba na sasaktan kayo o ang pamilya ninyo, o isusumbong kayo sa pulisya?

ind-threats_tell_family-sign = Binantaang sasabihan ang pamilya o ibang tao
ind-threats_tell_family-ask = May nagbanta po ba na sasabihin sa pamilya ninyo o sa iba ang tungkol sa inyo?

ind-cannot_leave_job-sign = Hindi makatigil sa trabaho at makauwi
ind-cannot_leave_job-ask = May pumipigil po ba sa inyong umalis sa trabahong ito at umuwi?

ind-fearful_submissive-sign = Mukhang takot, balisa o sunud-sunuran
ind-fearful_submissive-observe = Mukha ba siyang takot, balisa o sunud-sunuran?

ind-child_intimidated-sign = Mukhang takot ang bata o kumikilos nang hindi angkop sa edad
ind-child_intimidated-observe = Mukha bang natatakot ang bata, o kumikilos nang hindi karaniwan sa kanyang edad?

ind-dependent_on_employer-sign = Umaasa sa employer para sa higaan, pagkain o papeles
ind-dependent_on_employer-ask = Umaasa po ba kayo sa amo ninyo para sa matutulugan, pagkain o papeles?

ind-unknown_address-sign = Hindi alam ang address ng tirahan o trabaho
ind-unknown_address-observe = Mukha bang hindi niya alam ang address ng kanyang tinitirhan o pinagtatrabahuhan?

ind-legal_status_dependent-sign = Takot mawalan ng karapatang manatili kung aalis sa trabaho
ind-legal_status_dependent-ask = Natatakot po ba kayong mawalan ng karapatang manatili rito kung aalis kayo sa trabahong ito?

ind-no_own_documents-sign = Walang dokumento ng pagkakakilanlan, o kopya lang
ind-no_own_documents-ask = Kopya lang po ba ng pasaporte o ID ang hawak ninyo, o wala talaga?

ind-child_no_guardian-sign = Batang walang paraan para maabot ang magulang o tagapag-alaga
ind-child_no_guardian-observe = Wala bang paraan ang bata para makausap ang magulang o tagapag-alaga?
