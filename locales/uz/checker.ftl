# Belgilar tekshiruvi: sozlash, savollar, javoblar va natijalar.
# «-ask» belgili savollarni odamning oʻzi oʻqiydi, koʻpincha qoʻrqqan holda va
# ikkinchi tilda: qisqa, oddiy, javobni oldindan aytmaydigan va ayblamaydigan.

check-title = Belgilarni tekshirish
check-intro = Odam savdosi belgilari haqida qisqa savollar. Odamdan hamrohlarsiz, yakkama-yakka soʻrang. Hech narsa saqlanmaydi va yuborilmaydi: javoblar siz oʻchirguningizcha shu telefonda qoladi.
check-screening-not-identification = Bu dastlabki tekshiruv, identifikatsiya emas. Odamni rasman qurbon deb faqat politsiya yoki Chegara xizmati tan olishi mumkin.
check-person-language = Shu odamning tili
check-same-language = Meniki bilan bir xil
check-path-label = Nechta savol
check-path-short = Qisqa: eng muhim belgilar (taxminan 2 daqiqa)
check-path-full = Toʻliq: barcha belgilar
check-start = Boshlash
check-progress = Savol: { $current } / { $total }
check-for-person = Shu odam uchun
check-for-worker = Siz belgilashingiz uchun
check-answer-yes = Ha
check-answer-no = Yoʻq
check-answer-not-sure = Aniq bilmayman
check-answer-prefer-not = Aytishni istamayman
check-back = Orqaga
check-skip = Oʻtkazib yuborish
check-finish-now = Hozir tugatish
check-clear = Barcha javoblarni oʻchirish
check-cleared = Barcha javoblar oʻchirildi.
check-review = Javoblarni oʻzgartirish
check-restart = Qaytadan boshlash

check-group-triage = Avval xavfsizlik
check-group-age = Yosh

# Xavfsizlik savollari birinchi keladi; har qanday «ha» javobi «Hozir 112 ga qoʻngʻiroq qiling» yozuvini yuqoriga chiqaradi.
triage-threatened_now-sign = Kimgadir hozir tahdid qilinmoqda yoki ozor berilmoqda
triage-threatened_now-ask = Hozir kimdir sizga tahdid qilyaptimi yoki ozor beryaptimi?
triage-cannot_leave_now-sign = Kimdir hozir odamning ketishiga yoʻl qoʻymayapti
triage-cannot_leave_now-ask = Hozir kimdir bu yerdan ketishingizga yoʻl qoʻymayaptimi?
triage-injured-sign = Jarohatlangan yoki kasal, hozir shifokor kerak
triage-injured-ask = Siz jarohatlanganmisiz yoki kasalmisiz va sizga hozir shifokor kerakmi?
triage-child_alone-sign = Bu yerda ota-onasi yoki vasiysi yoʻq bola
triage-child_alone-observe = Bu bolaning ota-onasi yoki vasiysi bu yerda yoʻqmi?
age-under_18-sign = 18 yoshga toʻlmagan boʻlishi mumkin
age-under_18-observe = Bu odam 18 yoshga toʻlmagan boʻlishi mumkinmi? Ishonchingiz komil boʻlmasa, «Aniq bilmayman» deb javob bering.

domain-recruitment = Yollash va safar
domain-identity = Shaxs va hujjatlar
domain-housing = Uy-joy va harakatlanish
domain-work = Ish va ish haqi
domain-money = Pul va qarz
domain-health = Sogʻliq
domain-control = Nazorat va tahdidlar

dimension-deceptive_recruitment = Yollashda aldov
dimension-coercive_recruitment = Yollashda majburlash yoki tahdid
dimension-vulnerability_recruitment = Yollashda zaif ahvoldan foydalanish
dimension-exploitative_conditions = Ekspluatatsion mehnat yoki yashash sharoitlari
dimension-coercion_destination = Ishda yoki yashash joyida majburlash
dimension-vulnerability_destination = Kimga ishlasa, oʻshalarga qaramlik

result-title = Natija
result-call-112 = Hozir 112 ga qoʻngʻiroq qiling. Kimdir bevosita xavf ostida boʻlishi mumkin.
result-immediate_danger = Bevosita xavf
result-immediate_danger-text = Avval hamma xavfsiz ekaniga ishonch hosil qiling. 112 ga qoʻngʻiroq qiling, soʻng KCIK bilan bogʻlaning.
result-strong_signs = Odam savdosining kuchli belgilari
result-strong_signs-text = Javoblar bir vaqtning oʻzida yollash, ekspluatatsiya va majburlashni koʻrsatmoqda. Odamni yordamga yoʻnaltiring: KCIK yoki La Strada ga qoʻngʻiroq qiling, odam rozi boʻlsa yoki xavf ostida boʻlsa – politsiyaga.
result-some_signs = Baʼzi belgilar bor – maslahat oling
result-some_signs-text = Odam savdosining baʼzi belgilari topildi. Keyin nima qilish haqida KCIK dan maslahat soʻrang; ular politsiyaga murojaat qilishni istamaydigan odamlarga ham yordam beradi.
result-labour_rights = Odam savdosi emas, koʻproq mehnat huquqlari muammosi
result-labour_rights-text = Past ish haqi yoki yomon sharoitlar aniqlandi, lekin majburlash, tahdid yoki keta olmaslik belgilari yoʻq. Odamni Davlat mehnat inspeksiyasiga (PIP) yoʻnaltiring. Biror narsa oʻzgarsa, qayta tekshiring.
result-no_signs = Hozircha belgilar topilmadi
result-no_signs-text = Hozirgacha berilgan javoblar odam savdosi belgilarini koʻrsatmayapti. Hali ham xavotirda boʻlsangiz, koʻproq savol bering yoki KCIK dan maslahat soʻrang.
result-child = Bu odam bola boʻlishi mumkin. Bola ekspluatatsiya maqsadida yollansa yoki koʻchirilsa, majburlash yoki aldov boʻlmasa ham, u har doim odam savdosi qurboni hisoblanadi. Bolani har doim yordamga yoʻnaltiring.
result-signs-found = Belgilar topildi
result-signs-unclear = Aniq emas – tekshirib koʻrish kerak
result-not-asked = Hali soʻralmagan
result-not-asked-none = Barcha sohalar boʻyicha savol berildi.
result-dimension-positive = Bu sohada belgilar belgilangan chegaraga yetdi.
result-whom-to-call = Kimga qoʻngʻiroq qilish kerak
result-pip = Davlat mehnat inspeksiyasi (PIP): ish haqi, shartnomalar, ish vaqti va mehnat xavfsizligi masalalari boʻyicha.
result-answered = { $count ->
    [one] Bitta javob berildi.
   *[other] { $count } ta javob berildi.
}

ind-job_different_nature-sign = Ish vaʼda qilinganidan boshqa turdagi ish
ind-job_different_nature-ask = Ishingiz sizga vaʼda qilingan ishdan boshqa turdagi ishmi?

ind-place_or_employer_different-sign = Joy yoki ish beruvchi vaʼda qilinganidek emas
ind-place_or_employer_different-ask = Joy yoki xoʻjayin sizga vaʼda qilinganidan boshqacha boʻlib chiqdimi?

ind-conditions_deceived-sign = Ish haqi, ish vaqti yoki sharoitlar vaʼda qilinganidan yomonroq
ind-conditions_deceived-ask = Ish haqingiz, ish vaqtingiz yoki sharoitlaringiz sizga aytilganidan yomonroqmi?

ind-travel_deceived-sign = Safar aytilgandek boʻlmagan
ind-travel_deceived-ask = Bu yerga safaringiz sizga aytilganidan boshqacha boʻldimi?

ind-housing_deceived-sign = Uy-joy vaʼda qilinganidek emas
ind-housing_deceived-ask = Siz yashayotgan joy sizga vaʼda qilinganidan yomonroqmi?

ind-documents_status_deceived-sign = Hujjatlar yoki yashash va ishlash huquqi haqida aldangan
ind-documents_status_deceived-ask = Sizga hujjatlaringiz yoki bu yerda ishlash huquqingiz haqida notoʻgʻri gaplar aytilganmi?

ind-marriage_promise-sign = Nikoh yoki farzandlikka olish vaʼdasidan keyin kelgan
ind-marriage_promise-ask = Kimdir siz bilan turmush qurishni yoki sizni farzandlikka olishni vaʼda qilgani uchun keldingizmi?

ind-education_deceived-sign = Vaʼda qilingan oʻqish yoki kasb oʻrganish boʻlmagan
ind-education_deceived-ask = Sizga oʻqish yoki kasb oʻrganish vaʼda qilingan, lekin bu boʻlmadimi?

ind-agency_fee_paid-sign = Ish yoki yoʻl uchun agentlikka pul toʻlagan
ind-agency_fee_paid-ask = Bu ishni yoki safarni olish uchun agentlikka yoki biror odamga pul toʻladingizmi?

ind-offer_too_good-sign = Haddan tashqari yaxshi safar, uy-joy yoki ish taklifi
ind-offer_too_good-ask = Kimdir sizga haddan tashqari yaxshi, ishonish qiyin boʻlgan safar, uy-joy yoki ish taklif qildimi?

ind-unregistered_helper-sign = Yordamni tashkilot beyji yoʻq odam taklif qilmoqda
ind-unregistered_helper-observe = Kimdir bu odamga roʻyxatdan oʻtgan tashkilot beyjisiz transport, uy-joy yoki ish taklif qilyaptimi?

ind-recruit_violence-sign = Bu yerga olib kelish uchun kuch yoki zoʻravonlik ishlatilgan
ind-recruit_violence-ask = Bu yerga kelishingiz uchun kimdir sizga kuch ishlatdimi yoki ozor berdimi?

ind-recruit_threats-sign = Kelishga tahdid bilan majburlangan
ind-recruit_threats-ask = Bu yerga kelishingiz uchun kimdir sizga yoki oilangizga tahdid qildimi?

ind-taken_or_sold-sign = Irodasiga qarshi olib ketilgan, sotilgan yoki turmush qurishga majburlangan
ind-taken_or_sold-ask = Sizni irodangizga qarshi olib ketishganmi, sotishganmi yoki turmush qurishga majburlashganmi?

ind-passports_collected-sign = Kimdir pasportlarni «yordam berish uchun» yigʻmoqda
ind-passports_collected-ask = Kimdir sizga yordam berishini aytib, pasportingiz yoki ID kartangizni berishingizni soʻradimi?

ind-pressure_to_leave_now-sign = Kim bilandir darhol ketishga shoshiltirilmoqda
ind-pressure_to_leave_now-ask = Kimdir sizni hozirning oʻzida u bilan ketishga shoshiltiryaptimi?

ind-economic_need-sign = Pulga juda muhtojligi sababli ish yoki safarga rozi boʻlgan
ind-economic_need-ask = Bu ish yoki safarga pulga juda muhtoj boʻlganingiz uchun rozi boʻldingizmi?

ind-family_difficulty-sign = Oilaviy muammolar uydan ketishga majbur qilgan
ind-family_difficulty-ask = Oilangizdagi muammolar sizni uydan ketishga majbur qildimi?

ind-no_language_info-sign = Tilni bilmay va yordamni qayerdan olishni bilmay kelgan
ind-no_language_info-ask = Kelganingizda odamlarni tushunish yoki yordam topish qiyin boʻldimi?

ind-emotional_dependency-sign = Safar yoki ishni sevgan odami yoki turmush oʻrtogʻi tashkil qilgan
ind-emotional_dependency-ask = Bu safar yoki ishni sizga sevgan odamingiz yoki turmush oʻrtogʻingiz tashkil qildimi?

ind-fear_authorities-sign = Politsiya yoki boshqa rasmiylardan qoʻrqadi
ind-fear_authorities-ask = Yordam soʻrab politsiyaga yoki boshqa rasmiylarga murojaat qilishdan qoʻrqasizmi?

ind-child_with_non_relatives-sign = Bola yolgʻiz yoki qarindoshi boʻlmagan kattalar bilan yoʻlda
ind-child_with_non_relatives-observe = Bola yolgʻiz yoki qarindoshi boʻlmagan kattalar bilan yoʻl yuryaptimi?

ind-excessive_hours-sign = Juda uzoq soatlar yoki dam olish kunisiz ishlaydi
ind-excessive_hours-ask = Har kuni juda uzoq ishlaysizmi, dam olish kunlari juda kammi yoki umuman yoʻqmi?

ind-low_or_no_pay-sign = Juda kam haq oladi yoki umuman olmaydi
ind-low_or_no_pay-ask = Ishingiz uchun sizga juda kam pul toʻlashadimi yoki umuman toʻlashmaydimi?

ind-returned_no_money-sign = Chet eldagi ishdan haqsiz yoki qisman haq olib qaytgan
ind-returned_no_money-ask = Chet eldagi ishdan ish haqingizni olmay yoki uning faqat bir qismini olib qaytdingizmi?

ind-no_contract-sign = Yozma shartnoma yoʻq yoki mehnat qoidalariga rioya qilinmaydi
ind-no_contract-ask = Yozma shartnomasiz ishlaysizmi?

ind-no_social_protection-sign = Ish orqali tibbiy sugʻurta yoki ijtimoiy taʼminot yoʻq
ind-no_social_protection-ask = Tibbiy sugʻurtasiz ishlaysizmi?

ind-bad_housing-sign = Juda yomon, odam tiqilib ketgan yoki xavfli uy-joy
ind-bad_housing-ask = Siz uxlaydigan joy juda gavjum, iflos yoki xavflimi?

ind-hazardous_work-sign = Kerakli himoyasiz xavfli ish
ind-hazardous_work-ask = Ishingiz xavflimi va sizda kerakli himoya vositalari yoʻqmi?

ind-fines_deductions-sign = Ish haqidan katta «jarimalar» yoki ushlab qolishlar
ind-fines_deductions-ask = Kimdir ish haqingizdan «jarima» deb yoki roziligingizsiz pul olib qoladimi?

ind-no_medical_care-sign = Kasal yoki jarohatlanganda tibbiy yordam juda kam yoki yoʻq
ind-no_medical_care-ask = Kasal boʻlganingizda yoki jarohatlanganingizda tibbiy yordamni juda kam olasizmi yoki umuman olmaysizmi?

ind-no_basic_needs-sign = Ovqat, hojatxona yoki kiyim yetishmaydi
ind-no_basic_needs-ask = Sizda koʻpincha yetarli ovqat, kiyim yoki foydalana oladigan hojatxona boʻlmaydimi?

ind-child_adult_work-sign = Bola kattalar ishini qilmoqda
ind-child_adult_work-observe = Bola odatda kattalar qiladigan ishni qilyaptimi?

ind-documents_held-sign = Pasporti yoki ID kartasi boshqa odamda turadi
ind-documents_held-ask = Pasportingiz yoki ID kartangiz boshqa odamda turadimi?

ind-debt_bondage-sign = Yoʻl, hujjatlar, uy-joy yoki «himoya» uchun qarzi bor
ind-debt_bondage-ask = Yoʻl, hujjatlar, uy-joy yoki «himoya» uchun qarz toʻlashingiz kerakmi?

ind-locked_in-sign = Qamab qoʻyilgan yoki yolgʻiz tashqariga chiqishiga ruxsat berilmaydi
ind-locked_in-ask = Sizni qamab qoʻyishadimi yoki yolgʻiz tashqariga chiqishingizga ruxsat berishmaydimi?

ind-watched-sign = Doim kuzatiladi yoki ortidan yurishadi
ind-watched-ask = Sizni doim, hatto ishdan tashqarida ham kuzatishadimi yoki ortingizdan yurishadimi?

ind-family_contact_supervised-sign = Oilasi bilan faqat kimdir eshitib turganda gaplashadi
ind-family_contact_supervised-ask = Oilangiz bilan faqat kimdir eshitib turganda gaplasha olasizmi?

ind-violence_destination-sign = Ishda yoki yashash joyida urilgan yoki ozor berilgan
ind-violence_destination-ask = Ishlayotgan yoki yashayotgan joyingizda kimdir sizni urganmi yoki sizga ozor berganmi?

ind-injuries_restraint-sign = Bogʻlab qoʻyilgani yoki kuch bilan ushlab turilganini koʻrsatuvchi jarohatlar
ind-injuries_restraint-observe = Bogʻlab qoʻyish yoki kuch bilan ushlab turishdan boʻlishi mumkin boʻlgan jarohatlarni koʻryapsizmi?

ind-minder_present-sign = Hamrohi uni yolgʻiz qoldirmaydi
ind-minder_present-observe = Hamrohi yonida turib, uni yolgʻiz qoldirishdan bosh tortyaptimi?

ind-speaks_for_them-sign = Uning oʻrniga boshqa odam gapiradi yoki tarjima qiladi
ind-speaks_for_them-observe = Uning oʻrniga boshqa odam javob beryaptimi yoki tarjima qilishni talab qilyaptimi?

ind-wages_withheld-sign = Ish haqini boshqa odam ushlab qoladi yoki oʻzida saqlaydi
ind-wages_withheld-ask = Xoʻjayiningiz yoki boshqa odam ish haqingizni ushlab qoladimi yoki oʻzida saqlaydimi?

ind-forced_work-sign = Irodasiga qarshi ishlashga majburlanadi
ind-forced_work-ask = Sizni xohlamagan ishingizni qilishga majburlashadimi?

ind-forced_sex-sign = Jinsiy aloqaga, jumladan mijozlar bilan, majburlanadi
ind-forced_sex-ask = Kimdir sizni xohlamaganingizda jinsiy aloqa qilishga majburlaydimi?

ind-forced_begging-sign = Tilanchilik qilib, pulni berishga majburlanadi
ind-forced_begging-ask = Sizni tilanchilik qilishga va pulni boshqa odamga berishga majburlashadimi?

ind-forced_crime-sign = Oʻgʻirlik yoki boshqa jinoyatlarga majburlanadi
ind-forced_crime-ask = Sizni oʻgʻirlik qilishga yoki qonunga zid boshqa ishlarni qilishga majburlashadimi?

ind-forced_to_lie-sign = Rasmiylarga yoki oilasiga yolgʻon gapirish buyurilgan
ind-forced_to_lie-ask = Sizga politsiyaga, rasmiylarga yoki oilangizga yolgʻon gapirishni aytishganmi?

ind-threats_destination-sign = Ozor berish yoki politsiyaga xabar berish bilan tahdid qilingan
ind-threats_destination-ask = Kimdir sizga yoki oilangizga ozor berish yoki siz haqingizda politsiyaga xabar berish bilan tahdid qilganmi?

ind-threats_tell_family-sign = Oilasiga yoki boshqalarga aytib qoʻyish bilan tahdid qilingan
ind-threats_tell_family-ask = Kimdir siz haqingizda oilangizga yoki boshqalarga aytib qoʻyish bilan tahdid qilganmi?

ind-cannot_leave_job-sign = Ishni tashlab uyiga keta olmaydi
ind-cannot_leave_job-ask = Bu ishni tashlab uyingizga ketishingizga biror narsa xalaqit beryaptimi?

ind-fearful_submissive-sign = Qoʻrqqan, xavotirli yoki itoatkor koʻrinadi
ind-fearful_submissive-observe = Bu odam qoʻrqqan, xavotirli yoki itoatkor koʻrinyaptimi?

ind-child_intimidated-sign = Bola qoʻrqitilgan koʻrinadi yoki yoshiga mos boʻlmagan xatti-harakat qiladi
ind-child_intimidated-observe = Bola qoʻrqitilgan koʻrinyaptimi yoki yoshiga xos boʻlmagan tarzda oʻzini tutyaptimi?

ind-dependent_on_employer-sign = Joy, ovqat yoki hujjatlar uchun ish beruvchiga qaram
ind-dependent_on_employer-ask = Uxlash joyi, ovqat yoki hujjatlar boʻyicha xoʻjayiningizga qaramsizmi?

ind-unknown_address-sign = Yashash yoki ish joyining manzilini bilmaydi
ind-unknown_address-observe = Bu odam yashaydigan yoki ishlaydigan joyining manzilini bilmaydiganga oʻxshaydimi?

ind-legal_status_dependent-sign = Ishdan ketsa, yashash huquqini yoʻqotishdan qoʻrqadi
ind-legal_status_dependent-ask = Bu ishdan ketsangiz, bu yerda qolish huquqingizni yoʻqotishdan qoʻrqasizmi?

ind-no_own_documents-sign = Shaxsini tasdiqlovchi hujjati yoʻq yoki faqat nusxasi bor
ind-no_own_documents-ask = Sizda pasport yoki ID kartaning faqat nusxasi bormi yoki umuman hujjat yoʻqmi?

ind-child_no_guardian-sign = Bola ota-onasi yoki vasiysi bilan bogʻlana olmaydi
ind-child_no_guardian-observe = Bolaning ota-onasi yoki vasiysi bilan bogʻlanishga hech qanday imkoni yoʻqmi?
