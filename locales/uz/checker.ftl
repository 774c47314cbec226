# Belgilar tekshiruvi: sozlash, savollar, javoblar va natijalar.
# «-ask» belgili savollarni odamning oʻzi oʻqiydi, koʻpincha qoʻrqqan holda va
# ikkinchi tilda: qisqa, oddiy, javobni oldindan aytmaydigan va ayblamaydigan.

check-title = Belgilarni tekshirish
check-intro = Odam savdosi belgilari haqida qisqa savollar. Odamdan hamrohlarsiz, yakkama-yakka soʻrang. Hech narsa hech qayerga yuborilmaydi. Javoblar faqat shu brauzer varagʻida saqlanadi, shuning uchun qoʻngʻiroq yoki sahifani qayta yuklash ularni yoʻqotmaydi: siz ularni oʻchirganingizda, varaq yopilganda yoki 4 soatdan keyin ular oʻchib ketadi.
check-screening-not-identification = Bu dastlabki tekshiruv, identifikatsiya emas. Odamni rasman qurbon deb faqat politsiya yoki Chegara xizmati tan olishi mumkin.
check-person-language = Shu odamning tili
check-same-language = Meniki bilan bir xil
check-path-label = Nechta savol
check-path-short = Qisqa: eng muhim belgilar ({ $count } ta savol, taxminan { $minutes } daqiqa)
check-path-full = Toʻliq: barcha belgilar ({ $count } ta savol, taxminan { $minutes } daqiqa)
check-role-label = Vazifangiz
check-situation-label = Odam hozir qayerda
check-situation-hint = Qaysi savollar chiqishi shunga bogʻliq: har biri odam uchun oʻrinli boʻlishi uchun.
check-situation-on-the-way = Bu yerga kelish yoʻlida yoki ish qidirmoqda
check-situation-at-work = Ishlamoqda yoki ishdan qaytgan
check-situation-unknown = Nomaʼlum: odamning oʻzidan soʻraladi
situation-working-ask = Uyingizdan ketganingizdan beri biror kishi uchun ishladingizmi?
check-role-health = Tibbiyot xodimi
check-role-police = Politsiya yoki Chegara xizmati xodimi
check-role-volunteer = Qabul punktidagi koʻngilli
check-role-inspector = Mehnat inspektori yoki ijtimoiy xodim
check-role-other = Boshqa
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
check-quick-handover = Vaqt juda kammi? Raqamlarni bering
check-clear = Barcha javoblarni oʻchirish
check-cleared = Barcha javoblar oʻchirildi.
check-undo = Bekor qilish
check-review = Javoblarni oʻzgartirish
check-restart = Qaytadan boshlash

check-group-alone = Boshlashdan oldin
alone-observe = Odam siz bilan yakkama-yakkami – yonida hamrohi, ish beruvchisi yoki «tarjimon» yoʻqmi?
alone-how-health = Agar yoʻq boʻlsa: har bir bemor yakka holda koʻrikdan oʻtkazilishini ayting va u bilan kelganlardan tashqarida kutib turishni soʻrang. Professional tarjimondan yoki odamning oʻz tilidan foydalaning, hech qachon hamrohdan emas.
alone-how-police = Agar yoʻq boʻlsa: biror narsa soʻrashdan oldin odamni boshqa ushlanganlardan va gumonlanuvchilardan ajrating.
alone-how-volunteer = Agar yoʻq boʻlsa: u bilan kelgan har qanday kishidan uzoqroqda tinch joy toping. Hamroh bilan toʻqnashuvga kirmang; agar u ketmasa, buning oʻrniga raqamlarni tezda bering.
alone-how-inspector = Agar yoʻq boʻlsa: har bir ishchi bilan ish beruvchidan, rahbardan yoki ular uchun tarjima qilayotgan har qanday kishidan uzoqda, yakkama-yakka gaplashishni soʻrang.
alone-how-other = Agar yoʻq boʻlsa: hamrohlardan uzoqda yakkama-yakka gaplashish uchun sabab toping. Hech qachon hamrohdan tarjimon sifatida foydalanmang.
check-group-triage = Avval xavfsizlik
check-group-age = Yosh

# Yuqori xavfli holatlar (ishonch telefonlari standartlari, seeds/003) birinchi keladi;
# har qanday «ha» javobi «Hozir 112 ga qoʻngʻiroq qiling» yozuvini yuqoriga chiqaradi.
triage-psychiatric_crisis-sign = Ogʻir ruhiy inqiroz holatida
triage-psychiatric_crisis-observe = Bu odam ogʻir ruhiy inqiroz holatida koʻrinyaptimi: fikri juda chalkash, voqelik bilan aloqasi uzilgan yoki juda bezovtami?
triage-little_time-sign = Xavfsiz gaplashish uchun vaqt juda kam
triage-little_time-ask = Xavfsiz gaplashish uchun faqat bir necha daqiqangiz bormi?
triage-family_danger-sign = Oilasi hozir xavf ostida
triage-family_danger-ask = Shu sababli oilangizdan kimdir hozir xavf ostidami?
triage-escaped_searched-sign = Qochib ketgan va uni qidirishlari mumkin
triage-escaped_searched-ask = Sizni qidirishi mumkin boʻlgan odamlardan qochib ketganmisiz?
triage-self_harm-sign = Oʻz joniga qasd qilish yoki oʻziga zarar yetkazishni oʻylayapti
triage-self_harm-ask = Oʻz joningizga qasd qilish yoki oʻzingizga zarar yetkazish haqida oʻylayapsizmi?
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
result-immediate_danger = Yuqori xavf: avval xavfsizlik
result-immediate_danger-text = Hozir 112 ga qoʻngʻiroq qiling. Keyin quyidagi xavfsizlik rejasiga amal qiling.
result-strong_signs = Odam savdosining kuchli belgilari
result-strong_signs-text = Javoblar voyaga yetgan odam uchun ILO/EC qoidasiga mos keladi: yollash, ekspluatatsiya hamda majburlash yoki zaif ahvoldan foydalanish – hammasi birga. Odamni yordamga yoʻnaltiring.
result-strong_signs-child-text = Javoblar bolani yollash yoki koʻchirishni (harakat) va ekspluatatsiyani koʻrsatmoqda. Bola uchun kuch, tahdid yoki aldov boʻlishi shart emas. Bolani yordamga yoʻnaltiring.
result-some_signs = Baʼzi belgilar bor – maslahat oling
result-some_signs-text = Odam savdosining baʼzi belgilari topildi. Keyin nima qilish haqida KCIK dan maslahat soʻrang.
result-control_unknown = Yomon sharoitlar – nazorat hali nomaʼlum
result-control_unknown-text = Past ish haqi yoki yomon sharoitlar aniqlandi, lekin odam ketishda erkinmi yoki yoʻqmi, nomaʼlum: nazorat haqidagi baʼzi savollar berilmagan, oʻtkazib yuborilgan yoki ularga «Aniq bilmayman» deb javob berilgan. Ularni soʻrang (roʻyxati quyida) yoki KCIK dan maslahat soʻrang.
result-control-open = Nazorat haqida hali soʻralishi kerak
result-labour_rights = Odam savdosi emas, koʻproq mehnat huquqlari muammosi
result-labour_rights-text = Past ish haqi yoki yomon sharoitlar aniqlandi va odam nazorat haqidagi barcha savollarga «Yoʻq» deb javob berdi: hujjatlarini boshqa birov saqlashi, qarz, tahdidlar, qamab qoʻyilish, ketishga toʻsqinlik qiladigan biror narsa hamda uy-joy yoki hujjatlar boʻyicha ish beruvchiga qaramlik. Odamni Davlat mehnat inspeksiyasiga (PIP) yoʻnaltiring. Biror narsa oʻzgarsa, qayta tekshiring.
result-no_signs = Hozircha belgilar topilmadi
result-no_signs-text = Hozirgacha berilgan javoblar odam savdosi belgilarini koʻrsatmayapti. Hali ham xavotirda boʻlsangiz, koʻproq savol bering yoki KCIK dan maslahat soʻrang.
result-child = Bu odam bola boʻlishi mumkin. Bola ekspluatatsiya maqsadida yollansa, koʻchirilsa, boshqalarga topshirilsa, saqlab turilsa yoki qabul qilib olinsa, majburlash yoki aldov boʻlmasa ham, u har doim odam savdosi qurboni hisoblanadi (Jinoyat kodeksi, 115-modda, §22). Bolani har doim yordamga yoʻnaltiring.
result-not-alone = Odam siz bilan yakkama-yakka emas edi: uning javoblari erkin boʻlmasligi mumkin. Iloji boʻlsa, u yolgʻiz boʻlganda qayta soʻrang.
result-age-unknown = Yoshi nomaʼlum: voyaga yetganlar uchun qoida qoʻllanildi. Agar odam 18 yoshga toʻlmagan boʻlishi mumkin boʻlsa, unga bola sifatida munosabatda boʻling.
result-risks = Yuqori xavfli holat
risk-danger = Hozir kimgadir tahdid qilinmoqda, kimdir ushlab turilmoqda yoki kimgadir ozor berilmoqda: 112 ga qoʻngʻiroq qiling.
risk-child_alone = Bu yerda ota-onasi yoki vasiysi yoʻq bola: 112 ga qoʻngʻiroq qiling va politsiya kelguncha bola bilan qoling.
risk-self_harm = Oʻz joniga qasd qilish yoki oʻziga zarar yetkazish xavfi: hozir 112 ga, soʻng kuniga 24 soat ishlaydigan inqiroz ishonch telefoni 116 123 ga qoʻngʻiroq qiling.
risk-escaped = Odam qochib ketgan va uni qidirishlari mumkin: 112 ga qoʻngʻiroq qiling.
risk-family_danger = Oilasi hozir xavf ostida boʻlishi mumkin: 112 ga qoʻngʻiroq qiling va bu haqda operatorga ayting.
risk-little_time = Vaqt juda kam: raqamlarni bering va u bilan yana qanday bogʻlanishni kelishib oling.
risk-psychiatric_crisis = Ogʻir ruhiy inqiroz: tibbiy yordam uchun 112 ga, soʻng inqiroz ishonch telefoni 116 123 ga qoʻngʻiroq qiling.
plan-title = Xavfsizlik rejasi
plan-intro = Rejani odam bilan ogʻzaki kelishib oling. Bu ilovaga hech narsa yozmang.
plan-where = Hozir qayerga borish: birgalikda kelishilgan xavfsiz joyga, xavf bor joyga qaytib emas. Politsiya (112), La Strada kuniga 24 soat ishlaydigan liniyasi yoki KCIK shunday joy topishga yordam berishi mumkin.
plan-whom = Kimga qoʻngʻiroq qilish: xavf boʻlsa – 112. Istalgan soatda yordam uchun – La Strada kuniga 24 soat ishlaydigan liniyasi +48 605 687 750; ish kunlari – KCIK.
plan-reach = U bilan yana qanday bogʻlanish: xavfsiz usul va vaqtni kelishib oling, masalan, faqat uning oʻzi foydalanadigan raqam yoki ikkalangiz biladigan joy.
result-next-step = Keyingi qadamingiz
next-police = Oʻz tartibingizga amal qiling: odamni boshqa ushlanganlardan va gumonlanuvchilardan ajrating va masʼul xodimni, iloji boʻlsa odam savdosi ishlari boʻyicha oʻqitilgan xodimni xabardor qiling. Politsiyaning odam savdosi boʻyicha raqamiga qoʻngʻiroq qiling. 112 ga faqat tez yordam yoki qoʻshimcha kuch chaqirish uchun qoʻngʻiroq qiling.
next-health = Odam sizning parvarishingizda qoladi: uni yakka holda koʻrikdan oʻtkazing va u bilan yakkama-yakka gaplashing. Soʻng KCIK dan yoki La Strada kuniga 24 soat ishlaydigan liniyasidan maslahat soʻrang.
next-volunteer = Hech narsani tergov qilmang va hech kim bilan toʻqnashuvga kirmang. Qabul punktidagi navbatchi politsiyaga xabar bering. Maslahat uchun La Strada kuniga 24 soat ishlaydigan liniyasiga yoki KCIK ga qoʻngʻiroq qiling.
next-inspector = Ehtimoliy qurbon boʻyicha KCIK dan maslahat soʻrang, jinoyat haqida esa politsiyaga xabar bering. Ish haqi va sharoitlar PIP ishi boʻlib qoladi.
next-control = Nazorat haqida hali ochiq qolgan savollarni bering yoki KCIK dan maslahat soʻrang.
next-other = Keyin nima qilish haqida KCIK dan yoki istalgan soatda La Strada kuniga 24 soat ishlaydigan liniyasidan maslahat soʻrang.
next-child = Bola: politsiyaga (112) qoʻngʻiroq qiling va ular kelguncha bola yonida qoling. Soʻng KCIK ga xabar bering.
next-danger = Hozir 112 ga qoʻngʻiroq qiling.
next-off-hours = KCIK maslahatchilari ish kunlari ishlaydi: bu vaqtda birinchi navbatda La Strada kuniga 24 soat ishlaydigan liniyasiga murojaat qilinadi.
next-also = Qoʻngʻiroq qilish mumkin boʻlgan yana bir liniya
result-duty-title = Xabar berish
result-duty-law = Qonun: odam savdosi haqida ishonchli maʼlumotga ega boʻlgan har bir kishi politsiya yoki prokurorga xabar berishi shart (Jinoyat kodeksi, 240-modda, §1).
result-duty-kcik = Bilganlaringiz ishonchli ekaniga amin boʻlmasangiz, avval KCIK dan maslahat soʻrang. Ular mutaxassislarga maslahat beradi va qurbonlarni, jumladan politsiyaga murojaat qilishni istamaydiganlarni ham qoʻllab-quvvatlaydi.
result-duty-child = Bola uchun rozilik bosqichi yoʻq: uni har doim politsiyaga ham, KCIK ga ham yoʻnaltiring.
result-provisional = Har bir belgining kuchi ILO/EC indikatorlarining (2009) bayoniga asoslanadi: darajalarni vaqtinchalik deb hisoblang. Bir nechta savol bitta ILO indikatoriga ishora qilishi mumkin; u bir marta hisoblanadi.
result-uncounted = Sezilgan boshqa belgilar (koʻrsatiladi, ILO qoidasida hisoblanmaydi)
result-signs-found = Belgilar topildi
result-signs-unclear = Aniq emas – tekshirib koʻrish kerak
result-not-asked = Hali soʻralmagan
result-not-asked-none = Barcha sohalar boʻyicha savol berildi.
result-dimension-positive = Bu sohada ILO chegarasiga yetish uchun belgilar yetarli.
result-whom-to-call = Kimga qoʻngʻiroq qilish kerak
result-pip = Davlat mehnat inspeksiyasi (PIP): ish haqi, shartnomalar, ish vaqti va mehnat xavfsizligi masalalari boʻyicha.
result-answered = { $count ->
    [one] Bitta javob berildi.
   *[other] { $count } ta javob berildi.
}

ind-job_different_nature-sign = Ish unga aytilganidan boshqa turdagi ish
ind-job_different_nature-ask = Ishingiz sizga aytilgan ishdan boshqa turdagi ishmi?

ind-place_or_employer_different-sign = Joy yoki ish beruvchi unga aytilganidek emas
ind-place_or_employer_different-ask = Sizga aytilganidan boshqa joyga yoki boshqa xoʻjayinning oldiga borib qoldingizmi?

ind-conditions_deceived-sign = Ish vaqti yoki mehnat sharoitlari unga aytilganidan yomonroq
ind-conditions_deceived-ask = Ish vaqtingiz yoki mehnat sharoitlaringiz sizga aytilganidan yomonroqmi?

ind-contract_deceived-sign = Shartnoma unga aytilganidan boshqacha
ind-contract_deceived-ask = Mehnat shartnomangiz sizga aytilganidan boshqachami yoki sizga umuman shartnoma berilmadimi?

ind-wages_deceived-sign = Unga aytilganidan kam haq oladi
ind-wages_deceived-ask = Ish haqingiz sizga aytilganidan kammi?

ind-travel_deceived-sign = Safar aytilgandek boʻlmagan
ind-travel_deceived-ask = Bu yerga safaringiz sizga aytilganidan boshqacha boʻldimi?

ind-housing_deceived-sign = Uy-joy vaʼda qilinganidek emas
ind-housing_deceived-ask = Siz yashayotgan joy sizga aytilganidan yomonroqmi?

ind-documents_status_deceived-sign = Hujjatlar yoki yashash va ishlash huquqi haqida aldangan
ind-documents_status_deceived-ask = Sizga hujjatlaringiz yoki bu yerda ishlash huquqingiz haqida notoʻgʻri gaplar aytilganmi?

ind-marriage_promise-sign = Nikoh yoki farzandlikka olish vaʼdasidan keyin kelgan
ind-marriage_promise-ask = Kimdir siz bilan turmush qurishni yoki sizni farzandlikka olishni vaʼda qilgani uchun keldingizmi?

ind-education_deceived-sign = Aytilgan oʻqish yoki kasb oʻrganish boʻlmagan
ind-education_deceived-ask = Sizga oʻqishga borishingiz yoki kasb oʻrganishingiz aytilgan, lekin keyin bu boʻlmadimi?

ind-agency_fee_paid-sign = Ish yoki yoʻl uchun agentlikka pul toʻlagan
ind-agency_fee_paid-ask = Bu ishni yoki safarni olish uchun agentlikka yoki biror odamga pul toʻladingizmi?

ind-offer_too_good-sign = Haddan tashqari yaxshi safar, uy-joy yoki ish taklifi
ind-offer_too_good-ask = Kimdir sizga haddan tashqari yaxshi, ishonish qiyin boʻlgan safar, uy-joy yoki ish taklif qildimi?

ind-unregistered_helper-sign = Yordamni tashkilot beyji yoʻq odam taklif qilmoqda
ind-unregistered_helper-observe = Kimdir bu odamga roʻyxatdan oʻtgan tashkilot beyjisiz transport, uy-joy yoki ish taklif qilyaptimi?

ind-recruit_violence-sign = Bu yerga olib kelish uchun kuch yoki zoʻravonlik ishlatilgan
ind-recruit_violence-ask = Bu yerga kelishingiz uchun kimdir sizga kuch ishlatdimi yoki ozor berdimi?

ind-recruit_threats-sign = Kelishi uchun ozor berish bilan tahdid qilingan
ind-recruit_threats-ask = Bu yerga kelishingiz uchun kimdir sizga yoki oilangizga ozor berish bilan tahdid qildimi?

ind-recruit_threat_report-sign = Kelishi uchun rasmiylarga xabar berish bilan tahdid qilingan
ind-recruit_threat_report-ask = Bu yerga kelishingiz uchun kimdir siz haqingizda politsiyaga yoki boshqa rasmiylarga xabar berish bilan tahdid qildimi?

ind-recruit_threat_tell-sign = Kelishi uchun oilasiga yoki boshqalarga u haqida gaplar aytish bilan tahdid qilingan
ind-recruit_threat_tell-ask = Bu yerga kelishingiz uchun kimdir oilangizga yoki boshqa odamlarga siz haqingizda gaplar aytish bilan tahdid qildimi?

ind-recruit_family_harmed-sign = Kelishi uchun oilasidan kimgadir ozor berilgan
ind-recruit_family_harmed-ask = Bu yerga kelishingiz uchun kimdir oilangizdan biror kishiga ozor berdimi?

ind-recruit_abducted-sign = Irodasiga qarshi olib ketilgan yoki ushlab turilgan
ind-recruit_abducted-ask = Sizni irodangizga qarshi biror joyga olib ketishganmi yoki ushlab turishganmi?

ind-recruit_forced_marriage-sign = Turmush qurishga majburlangan
ind-recruit_forced_marriage-ask = Sizni kimdir bilan turmush qurishga majburlashganmi?

ind-recruit_sold-sign = Sotilgan yoki u uchun kimgadir pul toʻlangan
ind-recruit_sold-ask = Sizni sotishganmi yoki kimdir siz uchun pul olganmi?

ind-recruit_debt-sign = Yoʻl yoki ish uchun qarz olishga majbur boʻlgan
ind-recruit_debt-ask = Ishni boshlashdan oldin yoʻl yoki ish uchun qarz olishga majbur boʻldingizmi?

ind-recruit_isolated-sign = Yoʻlda qamab qoʻyilgan, kuzatilgan yoki boshqalardan ajratib qoʻyilgan
ind-recruit_isolated-ask = Bu yerga kelayotganingizda sizni qamab qoʻyishganmi, doim kuzatib turishganmi yoki boshqa odamlar bilan gaplashishingizga yoʻl qoʻyishmaganmi?

ind-recruit_money_kept-sign = Pulini uni olib kelgan odamlar olib qolgan
ind-recruit_money_kept-ask = Sizni bu yerga olib kelgan odamlar pulingizni olib qolishganmi?

ind-passports_collected-sign = Kimdir pasportlarni «yordam berish uchun» yigʻmoqda
ind-passports_collected-ask = Kimdir sizga yordam berishini aytib, pasportingiz yoki ID kartangizni berishingizni soʻradimi?

ind-pressure_to_leave_now-sign = Kim bilandir darhol ketishga shoshiltirilmoqda
ind-pressure_to_leave_now-ask = Kimdir sizni hozirning oʻzida oʻzi bilan ketishga undayaptimi yoki shoshiltiryaptimi?

ind-economic_need-sign = Pulga juda muhtojligi sababli ish yoki safarga rozi boʻlgan
ind-economic_need-ask = Bu ish yoki safarga pulga juda muhtoj boʻlganingiz uchun rozi boʻldingizmi?

ind-family_difficulty-sign = Oilaviy muammolar uydan ketishga majbur qilgan
ind-family_difficulty-ask = Oilangizdagi muammolar sizni uydan ketishga undadimi?

ind-no_language_info-sign = Tilni bilmay va yordamni qayerdan olishni bilmay kelgan
ind-no_language_info-ask = Kelganingizda odamlarni tushunish yoki yordam topish qiyin boʻldimi?

ind-emotional_dependency-sign = Sevgan va bogʻlanib qolgan odami koʻndirgan («lover boy»)
ind-emotional_dependency-ask = Siz sevgan va sizni sevishini aytgan kimdir sizni bu safarga yoki bu ishga koʻndirdimi?

ind-fear_authorities-sign = Politsiya yoki boshqa rasmiylardan qoʻrqadi
ind-fear_authorities-ask = Yordam soʻrab politsiyaga yoki boshqa rasmiylarga murojaat qilishdan qoʻrqasizmi?

ind-irregular_status-sign = Yashash yoki ishlashga ruxsat beruvchi hujjatlarsiz kelgan
ind-irregular_status-ask = Kelganingizda, sizda bu yerda qolish yoki ishlashga ruxsat beruvchi hujjatlar yoʻqmidi?

ind-child_with_non_relatives-sign = Bola yolgʻiz yoki qarindoshi boʻlmagan kattalar bilan yoʻlda
ind-child_with_non_relatives-observe = Bola yolgʻiz yoki qarindoshi boʻlmagan kattalar bilan yoʻl yuryaptimi?

ind-excessive_hours-sign = Juda uzoq soatlar yoki dam olish kunisiz ishlaydi
ind-excessive_hours-ask = Har kuni juda uzoq ishlaysizmi, dam olish kunlari juda kammi yoki umuman yoʻqmi?

ind-low_or_no_pay-sign = Juda kam haq oladi yoki umuman olmaydi
ind-low_or_no_pay-ask = Ishingiz uchun sizga juda kam pul toʻlashadimi yoki umuman toʻlashmaydimi?

ind-returned_no_money-sign = Chet eldagi ishdan haqsiz yoki qisman haq olib qaytgan
ind-returned_no_money-ask = Chet eldagi ishdan ish haqingizni olmay yoki uning faqat bir qismini olib qaytdingizmi?

ind-no_contract-sign = Yozma shartnoma yoʻq
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

ind-permission_basic_needs-sign = Ovqatlanish, uxlash yoki hojatxonaga borish uchun ruxsat soʻrashi kerak
ind-permission_basic_needs-ask = Ovqatlanish, uxlash yoki hojatxonaga borish uchun kimdandir ruxsat soʻrashingiz kerakmi?

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

ind-ever_forced-sign = Yoʻlda yoki oldingi ishda irodasiga qarshi ishlashga yoki biror narsa qilishga majburlangan
ind-ever_forced-ask = Bu yerga kelayotganingizda yoki oldingi ishingizda sizni biror marta ishlashga yoki xohlamagan narsangizni qilishga majburlashganmi?

ind-forced_to_lie-sign = Rasmiylarga yoki oilasiga yolgʻon gapirish buyurilgan
ind-forced_to_lie-ask = Sizga politsiyaga, rasmiylarga yoki oilangizga yolgʻon gapirishni aytishganmi?

ind-threats_destination-sign = Ozor berish yoki politsiyaga xabar berish bilan tahdid qilingan
ind-threats_destination-ask = Kimdir sizga yoki oilangizga ozor berish yoki siz haqingizda politsiyaga xabar berish bilan tahdid qilganmi?

ind-afraid_to_leave-sign = Ketsa nima boʻlishidan qoʻrqadi
ind-afraid_to_leave-ask = Bu ishdan ketsangiz, sizga yoki oilangizga nima boʻlishidan qoʻrqasizmi?

ind-threat_deportation-sign = Deportatsiya yoki migratsiya xizmatiga xabar berish bilan tahdid qilingan
ind-threat_deportation-ask = Kimdir siz haqingizda migratsiya xizmatiga yoki Chegara xizmatiga xabar berish yoki sizni ortga qaytarib yubortirish bilan tahdid qilganmi?

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

ind-living_at_work-sign = Ishlaydigan joyida yoki xoʻjayin belgilagan joyda yashaydi
ind-living_at_work-ask = Ishlaydigan joyingizda yoki xoʻjayiningiz tanlagan joyda uxlaysizmi?

ind-unknown_address-sign = Yashash yoki ish joyining manzilini bilmaydi
ind-unknown_address-observe = Bu odam yashaydigan yoki ishlaydigan joyining manzilini bilmaydiganga oʻxshaydimi?

ind-legal_status_dependent-sign = Ishdan ketsa, yashash huquqini yoʻqotishdan qoʻrqadi
ind-legal_status_dependent-ask = Bu ishdan ketsangiz, bu yerda qolish huquqingizni yoʻqotishdan qoʻrqasizmi?

ind-economic_need_now-sign = Pulga shunchalik muhtojki, «yoʻq» deya olmaydi
ind-economic_need_now-ask = Bu pulga shu darajada muhtojmisizki, bu ishga «yoʻq» deya olmaysiz?

ind-family_depends-sign = Oilasi u yuboradigan pulga qaram
ind-family_depends-ask = Oilangiz siz yuboradigan pulga qarammi?

ind-sex_exchange-sign = Yashash joyi, ovqat, transport yoki pul olish uchun jinsiy aloqa qilgan
ind-sex_exchange-ask = Yashash joyi, ovqat, transport yoki pul olish uchun kimdir bilan jinsiy aloqa qilishga majbur boʻlganmisiz?

ind-no_own_documents-sign = Shaxsini tasdiqlovchi hujjati yoʻq yoki faqat nusxasi bor
ind-no_own_documents-ask = Sizda pasport yoki ID kartaning faqat nusxasi bormi yoki umuman hujjat yoʻqmi?

ind-child_no_guardian-sign = Bola ota-onasi yoki vasiysi bilan bogʻlana olmaydi
ind-child_no_guardian-observe = Bolaning ota-onasi yoki vasiysi bilan bogʻlanishga hech qanday imkoni yoʻqmi?

# Gaplashish uchun vaqt juda kam (seeds/003): raqamlarni bering, odam bilan yana
# qanday bogʻlanishni kelishib oling va tugating. Hech narsa yozilmaydi.
handover-title = Vaqt juda kam: bu raqamlarni bering
handover-intro = Bu raqamlarni koʻrsating yoki aytib bering. Odam bilan yana qanday va qachon bogʻlanishingizni ogʻzaki kelishib oling. Bu yerga hech narsa yozmang.
handover-continue = Vaqt koʻproq bor: savollarga qaytish
handover-end = Tugatish va javoblarni oʻchirish

# Odamning birinchi ekrani, unga beriladigan birinchi savoldan oldin (brief §4).
intro-title = Savollardan oldin
intro-who-health = Men tibbiyot xodimiman.
intro-who-police = Men politsiya yoki Chegara xizmati xodimiman.
intro-who-volunteer = Men bu yerga kelgan odamlarga yordam beradigan koʻngilliman.
intro-who-inspector = Men mehnat inspektori yoki ijtimoiy xodimman.
intro-who-other = Men yordamga muhtoj boʻlishi mumkin boʻlgan odamlar bilan ishlayman.
intro-why = Sizga yordam kerakmi va qanday yordam kerakligini bilish uchun sizga bir nechta savol bermoqchiman.
intro-nothing-kept = Bu ilova ismingizni soʻramaydi va hech qayerga hech narsa yubormaydi. Javoblaringiz faqat shu telefonda, koʻpi bilan bir necha soat qoladi.
intro-skip = Istalgan savolni oʻtkazib yuborishingiz yoki istalgan vaqtda toʻxtatishingiz mumkin.
intro-confidential-police = Huquq-tartibot xodimi sifatida men jinoyat haqida bilib qolsam, chora koʻrishga majburman. Aytganlaringizni sir saqlashga vaʼda bera olmayman.
intro-confidential-other = Aytganlaringizni imkon qadar oʻzimda saqlayman. Lekin Polshada odam savdosi haqida biladigan har bir kishi politsiya yoki prokurorga xabar berishi shart, shuning uchun hamma narsani sir saqlashga vaʼda bera olmayman.
intro-continue = Tushundim, davom etish
