# Pagsusuri ng mga palatandaan: setup, mga tanong, mga sagot at resulta.
# Ang mga tanong na "-ask" ay binabasa ng tao mismo, na kadalasang takot at nasa
# ikalawang wika: maikli, simple, hindi nagtuturo ng sagot, hindi naninisi.

check-title = Suriin kung may palatandaan
check-intro = Maikling hanay ng mga tanong tungkol sa mga palatandaan ng human trafficking. Tanungin ang tao nang mag-isa, malayo sa sinumang kasama. Walang ipinapadala kahit saan. Sa browser tab na ito lang itinatago ang mga sagot, kaya hindi sila nawawala dahil sa tawag o pag-reload: nawawala sila kapag binura ninyo, kapag isinara ang tab, o pagkalipas ng 4 na oras.
check-screening-not-identification = Pagsasala (screening) ito, hindi pagkilala sa biktima. Ang pulisya o Border Guard lang ang pormal na makakakilala sa isang biktima.
check-person-language = Wika ng tao
check-same-language = Kapareho ng akin
check-path-label = Ilang tanong
check-path-short = Maikli: ang pinakamahalagang palatandaan ({ $count } tanong, mga { $minutes } minuto)
check-path-full = Buo: lahat ng palatandaan ({ $count } tanong, mga { $minutes } minuto)
check-role-label = Ang inyong tungkulin
check-situation-label = Nasaan ang tao ngayon
check-situation-hint = Dito nakasalalay kung aling mga tanong ang lalabas, para may saysay ang bawat isa para sa tao.
check-situation-on-the-way = Nasa biyahe papunta rito, o naghahanap ng trabaho
check-situation-at-work = Nagtatrabaho, o nakabalik na mula sa trabaho
check-situation-unknown = Hindi alam: tatanungin ang tao
situation-working-ask = Mula nang umalis kayo ng bahay, nakapagtrabaho na po ba kayo para sa sinuman?
check-role-health = Manggagawang pangkalusugan
check-role-police = Pulis o opisyal ng Border Guard
check-role-volunteer = Boluntaryo sa isang reception point
check-role-inspector = Inspektor ng paggawa o social worker
check-role-other = Iba pa
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
check-quick-handover = Kaunti lang ang oras? Ibigay ang mga numero
check-clear = Burahin lahat ng sagot
check-cleared = Nabura na ang lahat ng sagot.
check-undo = I-undo
check-review = Baguhin ang sagot
check-restart = Magsimulang muli
check-group-alone = Bago magsimula
alone-observe = Nag-iisa ba ang tao kasama ninyo, malayo sa sinumang kasama, employer o “tagasalin”?
alone-how-health = Kung hindi: sabihing sinusuri nang mag-isa ang bawat pasyente, at pakiusapan ang sinumang kasama niya na maghintay sa labas. Gumamit ng propesyonal na interpreter o ng sariling wika ng tao, hindi kailanman ang kasama.
alone-how-police = Kung hindi: ihiwalay ang tao sa ibang nakakulong at sa mga suspek bago magtanong ng anuman.
alone-how-volunteer = Kung hindi: humanap ng tahimik na lugar na malayo sa sinumang kasama niyang dumating. Huwag komprontahin ang kasama; kung ayaw nitong umalis, ibigay na lang agad ang mga numero.
alone-how-inspector = Kung hindi: hilinging makausap nang mag-isa ang bawat manggagawa, malayo sa employer, sa superbisor o sa sinumang nagsasalin para sa kanila.
alone-how-other = Kung hindi: humanap ng dahilan para makapag-usap kayong dalawa lang, malayo sa sinumang kasama. Huwag kailanman gawing interpreter ang kasama.

check-group-triage = Kaligtasan muna
check-group-age = Edad

# Nauuna ang mga sitwasyong mataas ang panganib (pamantayan ng mga hotline, seeds/003);
# anumang "oo" ay naglalagay ng "Tumawag sa 112 ngayon" sa itaas.
triage-psychiatric_crisis-sign = Nasa matinding krisis sa kalusugang pangkaisipan
triage-psychiatric_crisis-observe = Mukha bang nasa matinding krisis sa kalusugang pangkaisipan ang tao: lubhang lito, hindi na alam kung ano ang totoo, o lubhang balisa?
triage-little_time-sign = Kaunting oras lang para makapag-usap nang ligtas
triage-little_time-ask = Mayroon lang po ba kayong ilang minuto para makapag-usap nang ligtas?
triage-family_danger-sign = Nasa panganib ngayon ang kanyang pamilya
triage-family_danger-ask = May kapamilya po ba kayong nasa panganib ngayon dahil dito?
triage-escaped_searched-sign = Tumakas at maaaring hinahanap
triage-escaped_searched-ask = Tumakas po ba kayo mula sa mga taong maaaring naghahanap sa inyo?
triage-self_harm-sign = Nag-iisip ng pagpapakamatay o pananakit sa sarili
triage-self_harm-ask = Iniisip po ba ninyong wakasan ang inyong buhay o saktan ang inyong sarili?
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
result-immediate_danger = Mataas na panganib: kaligtasan muna
result-immediate_danger-text = Tumawag sa 112 ngayon. Pagkatapos, sundin ang plano para sa kaligtasan sa ibaba.
result-strong_signs = Malakas na palatandaan ng trafficking
result-strong_signs-text = Tugma ang mga sagot sa panuntunan ng ILO/EC para sa nasa hustong gulang: pag-recruit, pagsasamantala, at pamimilit o pananamantala sa kahinaan, nang sabay-sabay. I-refer ang tao.
result-strong_signs-child-text = Makikita sa mga sagot ang pag-recruit o paglilipat sa isang bata (ang gawain) at pagsasamantala. Para sa bata, hindi kailangan ang dahas, pagbabanta o panlilinlang. I-refer ang bata.
result-some_signs = May ilang palatandaan – humingi ng payo
result-some_signs-text = May nakitang ilang palatandaan ng trafficking. Magtanong sa KCIK kung ano ang susunod na gagawin.
result-control_unknown = Masamang kondisyon – hindi pa alam kung may kontrol
result-control_unknown-text = May nakitang mababang sahod o masamang kondisyon, pero hindi pa alam kung malaya ang tao na umalis: may mga tanong tungkol sa kontrol na hindi naitanong, nilaktawan o sinagot ng “Hindi sigurado”. Itanong ang mga ito (nakalista sa ibaba), o humingi ng payo sa KCIK.
result-control-open = Itatanong pa tungkol sa kontrol
result-labour_rights = Problema sa karapatan sa paggawa, hindi trafficking
result-labour_rights-text = May nakitang mababang sahod o masamang kondisyon, at sumagot ang tao ng “Hindi” sa bawat tanong tungkol sa kontrol: ibang tao ang may hawak ng kanyang mga dokumento, utang, pagbabanta, pagkakakandado sa loob, anumang pumipigil sa kanyang umalis, at pagdepende sa employer para sa tirahan o mga papeles. Ituro ang tao sa Pambansang Inspeksyon sa Paggawa (PIP). Kung may magbago, suriin muli.
result-no_signs = Wala pang nakitang palatandaan
result-no_signs-text = Sa ngayon, walang palatandaan ng trafficking sa mga sagot. Kung nag-aalala pa rin kayo, magtanong pa o humingi ng payo sa KCIK.
result-child = Maaaring bata ang tao. Biktima ng trafficking ang bata tuwing siya ay ni-recruit, inilipat, ipinasa, pinatuloy o tinanggap para pagsamantalahan, kahit walang pamimilit o panlilinlang (Kodigo Penal, art. 115 §22). Laging i-refer ang bata.
result-not-alone = Hindi nag-iisa ang tao kasama ninyo: maaaring hindi malaya ang kanyang mga sagot. Kung kaya, magtanong muli kapag nag-iisa na siya.
result-age-unknown = Hindi alam ang edad: ginamit ang panuntunan para sa nasa hustong gulang. Kung maaaring wala pang 18 ang tao, ituring siyang bata.
result-risks = Sitwasyong mataas ang panganib
risk-danger = May binabantaan, pinipigil o sinasaktan ngayon: tumawag sa 112.
risk-child_alone = Batang walang magulang o tagapag-alaga rito: tumawag sa 112, at manatili sa tabi ng bata hanggang dumating ang pulisya.
risk-self_harm = Panganib ng pagpapakamatay o pananakit sa sarili: tumawag sa 112 ngayon, saka sa 24-oras na crisis line 116 123.
risk-escaped = Tumakas ang tao at maaaring hinahanap: tumawag sa 112.
risk-family_danger = Maaaring nasa panganib ngayon ang kanyang pamilya: tumawag sa 112 at sabihin ito sa operator.
risk-little_time = Kaunti lang ang oras: ibigay ang mga numero at magkasundo kung paano siya muling makakausap.
risk-psychiatric_crisis = Matinding krisis sa kalusugang pangkaisipan: tumawag sa 112 para sa tulong medikal, saka sa crisis line 116 123.
plan-title = Plano para sa kaligtasan
plan-intro = Pagkasunduan ito ng tao nang pasalita. Huwag magsulat ng anuman sa app na ito.
plan-where = Saan pupunta ngayon: isang ligtas na lugar na pinagkasunduan ninyong dalawa, hindi pabalik sa kinaroroonan ng panganib. Makakatulong sa paghahanap nito ang pulisya (112), ang 24-oras na linya ng La Strada o ang KCIK.
plan-whom = Sino ang tatawagan: 112 kapag may panganib. Ang 24-oras na linya ng La Strada +48 605 687 750 para sa tulong anumang oras; ang KCIK tuwing Lunes hanggang Biyernes.
plan-reach = Paano siya muling makakausap: magkasundo sa isang ligtas na paraan at oras, halimbawa isang numerong siya lang ang gumagamit o isang lugar na alam ninyong dalawa.
result-next-step = Ang susunod ninyong hakbang
next-police = Sundin ang sarili ninyong pamamaraan: ihiwalay ang tao sa ibang nakakulong at sa mga suspek, at abisuhan ang responsableng opisyal, kung maaari ay isang sinanay sa mga kaso ng trafficking. Tawagan ang numero ng pulisya para sa trafficking. Tumawag lang sa 112 para sa ambulansya o backup.
next-health = Nananatili ang tao sa inyong pangangalaga: suriin at kausapin siya nang mag-isa. Pagkatapos, humingi ng payo sa KCIK o sa 24-oras na linya ng La Strada.
next-volunteer = Huwag mag-imbestiga o kumprontahin ang sinuman. Sabihan ang pulisyang naka-duty sa reception point. Para sa payo, tawagan ang 24-oras na linya ng La Strada o ang KCIK.
next-inspector = Humingi sa KCIK ng konsultasyon tungkol sa posibleng biktima, at sabihan ang pulisya tungkol sa krimen. Ang sahod at kondisyon ay nananatiling usapin para sa PIP.
next-control = Itanong ang mga tanong tungkol sa kontrol na hindi pa nasasagot, o humingi ng payo sa KCIK.
next-other = Humingi ng payo sa KCIK kung ano ang susunod na gagawin, o sa 24-oras na linya ng La Strada anumang oras.
next-child = Bata: tumawag sa pulisya (112) at samahan ang bata hanggang dumating sila. Pagkatapos, sabihan ang KCIK.
next-danger = Tumawag sa 112 ngayon.
next-off-hours = Tuwing Lunes hanggang Biyernes nagtatrabaho ang mga tagapayo ng KCIK: sa oras na ito, unahin ang 24-oras na linya ng La Strada.
next-also = Isa pang linyang matatawagan
result-duty-title = Pag-uulat
result-duty-law = Ang batas: sinumang may mapagkakatiwalaang kaalaman tungkol sa human trafficking ay dapat mag-ulat sa pulisya o sa prosecutor (Kodigo Penal, art. 240 §1).
result-duty-kcik = Kung hindi kayo sigurado kung mapagkakatiwalaan ang alam ninyo, magtanong muna sa KCIK. Nagpapayo sila sa mga propesyonal, at sinusuportahan nila ang mga biktima, kasama ang mga ayaw makipag-ugnayan sa pulisya.
result-duty-child = Para sa bata, walang hakbang ng pagpayag: laging i-refer, sa pulisya at sa KCIK.
result-provisional = Ang bigat ng bawat palatandaan ay batay sa isang transkripsyon ng mga tagapagpahiwatig ng ILO/EC (2009): ituring na pansamantala ang mga antas. Maaaring tumukoy ang ilang tanong sa iisang tagapagpahiwatig ng ILO; isang beses lang ito binibilang.
result-uncounted = Iba pang napansing palatandaan (ipinapakita, hindi binibilang sa panuntunan ng ILO)
result-signs-found = May nakitang palatandaan
result-signs-unclear = Hindi sigurado – dapat suriin
result-not-asked = Hindi pa natatanong
result-not-asked-none = Natanong na ang lahat ng bahagi.
result-dimension-positive = Sapat ang mga palatandaan sa bahaging ito para maabot ang itinakdang antas ng ILO.
result-whom-to-call = Sino ang tatawagan
result-pip = Pambansang Inspeksyon sa Paggawa (PIP): para sa sahod, kontrata, oras ng trabaho at kaligtasan sa trabaho.
result-answered = { $count ->
    [one] { $count } sagot ang naibigay.
   *[other] { $count } sagot ang naibigay.
}

ind-job_different_nature-sign = Iba ang uri ng trabaho sa sinabi sa kanya
ind-job_different_nature-ask = Iba po ba ang uri ng trabaho ninyo sa sinabi sa inyo?

ind-place_or_employer_different-sign = Iba ang lugar o employer sa sinabi sa kanya
ind-place_or_employer_different-ask = Napunta po ba kayo sa ibang lugar, o sa ibang amo, kaysa sa sinabi sa inyo?

ind-conditions_deceived-sign = Mas masama ang oras o kondisyon ng trabaho kaysa sa sinabi sa kanya
ind-conditions_deceived-ask = Mas masama po ba ang oras o kondisyon ng trabaho ninyo kaysa sa sinabi sa inyo?

ind-contract_deceived-sign = Iba ang kontrata sa sinabi sa kanya
ind-contract_deceived-ask = Iba po ba ang kontrata ninyo sa trabaho kaysa sa sinabi sa inyo, o wala kayong natanggap na kontrata?

ind-wages_deceived-sign = Mas mababa ang bayad kaysa sa sinabi sa kanya
ind-wages_deceived-ask = Mas mababa po ba ang sahod ninyo kaysa sa sinabing matatanggap ninyo?

ind-travel_deceived-sign = Hindi tulad ng sinabi sa kanya ang biyahe
ind-travel_deceived-ask = Iba po ba ang biyahe ninyo papunta rito sa sinabi sa inyo?

ind-housing_deceived-sign = Hindi tulad ng ipinangako ang tirahan
ind-housing_deceived-ask = Mas masama po ba ang tinitirhan ninyo kaysa sa sinabi sa inyo?

ind-documents_status_deceived-sign = Nilinlang tungkol sa papeles o karapatang manatili o magtrabaho
ind-documents_status_deceived-ask = May sinabi po bang mali sa inyo tungkol sa inyong papeles o karapatang magtrabaho rito?

ind-marriage_promise-sign = Dumating dahil sa pangakong kasal o pag-ampon
ind-marriage_promise-ask = Pumunta po ba kayo rito dahil may nangakong pakakasalan o aampunin kayo?

ind-education_deceived-sign = Sinabihang mag-aaral o magte-training, pero hindi natupad
ind-education_deceived-ask = Sinabihan po ba kayo na mag-aaral kayo o magkakaroon ng training, pero hindi naman nangyari?

ind-agency_fee_paid-sign = Nagbayad sa agency para sa trabaho o biyahe
ind-agency_fee_paid-ask = Nagbayad po ba kayo sa agency o sa isang tao para makuha ang trabahong ito o ang biyahe ninyo?

ind-offer_too_good-sign = Alok na biyahe, tirahan o trabaho na parang napakaganda para maging totoo
ind-offer_too_good-ask = May nag-alok po ba sa inyo ng biyahe, tirahan o trabaho na parang napakaganda para maging totoo?

ind-unregistered_helper-sign = Tulong mula sa taong walang badge ng organisasyon
ind-unregistered_helper-observe = May nag-aalok ba sa kanya ng sakay, tirahan o trabaho nang walang badge ng rehistradong organisasyon?

ind-recruit_violence-sign = Ginamitan ng dahas para dalhin dito
ind-recruit_violence-ask = May gumamit po ba ng dahas o nanakit sa inyo para papuntahin kayo rito?

ind-recruit_threats-sign = Binantaang sasaktan para mapilitang pumunta
ind-recruit_threats-ask = May nagbanta po ba na sasaktan kayo o ang pamilya ninyo para papuntahin kayo rito?

ind-recruit_threat_report-sign = Binantaang isusumbong sa awtoridad, para mapilitang pumunta
ind-recruit_threat_report-ask = May nagbanta po ba na isusumbong kayo sa pulisya o sa ibang opisyal, para papuntahin kayo rito?

ind-recruit_threat_tell-sign = Binantaang may sasabihin tungkol sa kanya sa pamilya o sa iba, para mapilitang pumunta
ind-recruit_threat_tell-ask = May nagbanta po ba na may sasabihin tungkol sa inyo sa pamilya ninyo o sa ibang tao, para papuntahin kayo rito?

ind-recruit_family_harmed-sign = Sinaktan ang isang kapamilya para mapilitan siyang pumunta
ind-recruit_family_harmed-ask = May nanakit po ba sa isang kapamilya ninyo para papuntahin kayo rito?

ind-recruit_abducted-sign = Kinuha o pinigil nang labag sa kalooban
ind-recruit_abducted-ask = Dinala po ba kayo sa isang lugar, o pinigil, nang labag sa inyong kalooban?

ind-recruit_forced_marriage-sign = Pinilit magpakasal
ind-recruit_forced_marriage-ask = Pinilit po ba kayong magpakasal sa isang tao?

ind-recruit_sold-sign = Ipinagbili, o may tumanggap ng bayad para sa kanya
ind-recruit_sold-ask = Ipinagbili po ba kayo, o may tumanggap ba ng pera kapalit ninyo?

ind-recruit_debt-sign = Kinailangang magkaroon ng utang para sa biyahe o trabaho
ind-recruit_debt-ask = Bago kayo nagsimula, kinailangan po ba ninyong magkaroon ng utang para sa biyahe o sa trabaho?

ind-recruit_isolated-sign = Ikinulong, binantayan o inilayo sa iba habang nasa biyahe
ind-recruit_isolated-ask = Habang papunta rito, ikinulong po ba kayo, binantayan sa lahat ng oras, o pinigilang makipag-usap sa ibang tao?

ind-recruit_money_kept-sign = Itinago ng mga nagdala sa kanya ang kanyang pera
ind-recruit_money_kept-ask = Itinago po ba ng mga taong nagdala sa inyo rito ang pera ninyo?

ind-passports_collected-sign = May kumukuha ng mga pasaporte "para tumulong"
ind-passports_collected-ask = May humingi po ba ng inyong pasaporte o ID, at sinabing makakatulong ito sa inyo?

ind-pressure_to_leave_now-sign = Minamadaling umalis kasama ng isang tao
ind-pressure_to_leave_now-ask = May nagtutulak po ba sa inyong sumama sa kanila ngayon din?

ind-economic_need-sign = Tinanggap ang trabaho o biyahe dahil lubhang kailangan ng pera
ind-economic_need-ask = Tinanggap po ba ninyo ang trabaho o biyaheng ito dahil kailangang-kailangan ninyo ng pera?

ind-family_difficulty-sign = Mga problema sa pamilya ang nagtulak na umalis ng bahay
ind-family_difficulty-ask = May mga problema po ba sa pamilya na nagtulak sa inyong umalis ng bahay?

ind-no_language_info-sign = Dumating nang hindi alam ang wika o kung saan hihingi ng tulong
ind-no_language_info-ask = Nang dumating kayo, nahirapan po ba kayong umintindi sa mga tao o humanap ng tulong?

ind-emotional_dependency-sign = Hinikayat ng taong mahal niya at inaasahan niya (“lover boy”)
ind-emotional_dependency-ask = May tao po bang mahal ninyo, at nagsabing mahal kayo, na humikayat sa inyo sa biyahe o trabahong ito?

ind-fear_authorities-sign = Takot sa pulisya o ibang opisyal
ind-fear_authorities-ask = Natatakot po ba kayong lumapit sa pulisya o ibang opisyal para humingi ng tulong?

ind-irregular_status-sign = Dumating nang walang papeles na nagpapahintulot manatili o magtrabaho
ind-irregular_status-ask = Nang dumating kayo, wala po ba kayong papeles na nagpapahintulot sa inyong manatili o magtrabaho rito?

ind-child_with_non_relatives-sign = Batang naglalakbay nang mag-isa o kasama ng matatandang hindi kapamilya
ind-child_with_non_relatives-observe = Naglalakbay ba nang mag-isa ang bata, o kasama ng matatandang hindi niya kapamilya?

ind-excessive_hours-sign = Napakahabang oras ng trabaho o walang day off
ind-excessive_hours-ask = Napakahaba po ba ng araw ng trabaho ninyo, at kaunti o walang day off?

ind-low_or_no_pay-sign = Napakaliit o walang bayad
ind-low_or_no_pay-ask = Napakaliit po ba o wala ang bayad sa inyong trabaho?

ind-returned_no_money-sign = Umuwi mula sa trabaho sa ibang bansa nang walang bayad o bahagi lang ang bayad
ind-returned_no_money-ask = Umuwi po ba kayo mula sa trabaho sa ibang bansa nang walang sahod, o bahagi lang nito?

ind-no_contract-sign = Walang nakasulat na kontrata
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

ind-permission_basic_needs-sign = Kailangan ng pahintulot para kumain, matulog o gumamit ng banyo
ind-permission_basic_needs-ask = Kailangan po ba ninyo ng pahintulot ng ibang tao para kumain, matulog o gumamit ng banyo?

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

ind-ever_forced-sign = Sa biyahe o sa dating trabaho, pinilit magtrabaho o gumawa ng mga bagay nang labag sa kalooban
ind-ever_forced-ask = Habang papunta rito, o sa dati ninyong trabaho, pinilit po ba kayo kahit minsan na magtrabaho o gumawa ng mga bagay na ayaw ninyong gawin?

ind-forced_to_lie-sign = Inutusang magsinungaling sa mga opisyal o pamilya
ind-forced_to_lie-ask = Inutusan po ba kayong magsinungaling sa pulisya, mga opisyal o pamilya ninyo?

ind-threats_destination-sign = Binantaang sasaktan o isusumbong
ind-threats_destination-ask = May nagbanta po ba na sasaktan kayo o ang pamilya ninyo, o isusumbong kayo sa pulisya?

ind-afraid_to_leave-sign = Takot sa maaaring mangyari kung aalis siya
ind-afraid_to_leave-ask = Natatakot po ba kayo sa maaaring mangyari sa inyo o sa pamilya ninyo kung iiwan ninyo ang trabahong ito?

ind-threat_deportation-sign = Binantaang ipapa-deport o isusumbong sa immigration
ind-threat_deportation-ask = May nagbanta po ba na isusumbong kayo sa immigration o sa Border Guard, o na ipapauwi kayo?

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

ind-living_at_work-sign = Nakatira sa pinagtatrabahuhan, o kung saan ipinasya ng amo
ind-living_at_work-ask = Natutulog po ba kayo sa pinagtatrabahuhan ninyo, o sa lugar na pinili ng amo ninyo?

ind-unknown_address-sign = Hindi alam ang address ng tirahan o trabaho
ind-unknown_address-observe = Mukha bang hindi niya alam ang address ng kanyang tinitirhan o pinagtatrabahuhan?

ind-legal_status_dependent-sign = Takot mawalan ng karapatang manatili kung aalis sa trabaho
ind-legal_status_dependent-ask = Natatakot po ba kayong mawalan ng karapatang manatili rito kung aalis kayo sa trabahong ito?

ind-economic_need_now-sign = Sobrang kailangan ang pera kaya hindi makatanggi
ind-economic_need_now-ask = Sobra po ba ninyong kailangan ang perang ito kaya hindi kayo makatanggi sa trabaho?

ind-family_depends-sign = Umaasa ang pamilya sa perang ipinapadala niya
ind-family_depends-ask = Umaasa po ba ang pamilya ninyo sa perang ipinapadala ninyo sa kanila?

ind-sex_exchange-sign = Nakipagtalik para magkaroon ng matutuluyan, pagkain, masasakyan o pera
ind-sex_exchange-ask = Kinailangan po ba ninyong makipagtalik sa isang tao para magkaroon ng matutuluyan, pagkain, masasakyan o pera?

ind-no_own_documents-sign = Walang dokumento ng pagkakakilanlan, o kopya lang
ind-no_own_documents-ask = Kopya lang po ba ng pasaporte o ID ang hawak ninyo, o wala talaga?

ind-child_no_guardian-sign = Batang walang paraan para maabot ang magulang o tagapag-alaga
ind-child_no_guardian-observe = Wala bang paraan ang bata para makausap ang magulang o tagapag-alaga?

# Kaunting oras para mag-usap (seeds/003): ibigay ang mga numero, magkasundo kung paano
# muling makakausap ang tao, at tapusin. Walang isinusulat.
handover-title = Kaunti lang ang oras: ibigay ang mga numerong ito
handover-intro = Ipakita o sabihin ang mga numerong ito. Pagkasunduan nang pasalita kung paano at kailan ninyo muling makakausap ang tao. Huwag magsulat ng anuman dito.
handover-continue = May oras pa: bumalik sa mga tanong
handover-end = Tapusin at burahin ang mga sagot

# Ang unang screen ng tao, bago ang unang tanong para sa kanya (brief §4).
intro-title = Bago ang mga tanong
intro-who-health = Isa po akong manggagawang pangkalusugan.
intro-who-police = Isa po akong pulis o opisyal ng Border Guard.
intro-who-volunteer = Isa po akong boluntaryong tumutulong sa mga taong dumarating dito.
intro-who-inspector = Isa po akong inspektor ng paggawa o social worker.
intro-who-other = Nagtatrabaho po ako kasama ng mga taong maaaring nangangailangan ng tulong.
intro-why = Gusto ko po kayong tanungin ng ilang bagay, para malaman kung kailangan ninyo ng tulong at kung anong uri ng tulong.
intro-nothing-kept = Hindi hinihingi ng app na ito ang pangalan ninyo at wala itong ipinapadala kahit saan. Sa teleponong ito lang mananatili ang mga sagot ninyo, nang ilang oras lang sa pinakamatagal.
intro-skip = Maaari ninyong laktawan ang anumang tanong, o huminto anumang oras.
intro-confidential-police = Bilang opisyal, tungkulin kong kumilos kapag may nalaman akong krimen. Hindi ko maipapangako na ililihim ko ang sasabihin ninyo sa akin.
intro-confidential-other = Pananatilihin kong pribado ang sasabihin ninyo sa akin hangga't kaya ko. Pero sa Poland, ang sinumang nakakaalam tungkol sa human trafficking ay dapat magsabi sa pulisya o sa prosecutor, kaya hindi ko maipapangako na ililihim ko ang lahat.
intro-continue = Naiintindihan ko, magpatuloy
