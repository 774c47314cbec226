# Choʻntak kartalari: har bir vazifa uchun bittadan va odamning oʻzi uchun bitta. Telefon
# ekraniga va buklangan A6 kartaga sigʻadigan qisqa qatorlar.

cards-title = Choʻntak kartalari
cards-intro = Nimaga eʼtibor berish va nima qilish kerak – sizning vazifangiz uchun. Har bir karta internetsiz ishlaydi va uni chop etish mumkin.
card-health-title = Tibbiyot xodimlari uchun
card-health-intro = Bu odamni yolgʻiz holda koʻradigan yagona begona odam siz boʻlishingiz mumkin. Avval davolang, keyin eʼtibor bering va yoʻnaltiring.
card-police-title = Politsiya va Chegara xizmati uchun
card-police-intro = Tekshiruv, chegaradan oʻtish yoki chaqiruv odamga yordam berish mumkin boʻlgan payt boʻlishi mumkin.
card-volunteer-title = Qabul punktlaridagi koʻngillilar uchun
card-volunteer-intro = Qabul punktlarida transport, uy-joy yoki ish takliflari tuzoq boʻlishi mumkin.
card-inspector-title = Mehnat inspektorlari va ijtimoiy xodimlar uchun
card-inspector-intro = Mehnat huquqlari buzilishini majburiy mehnatdan farqlang va gap bundan jiddiyroq boʻlsa, yordamga yoʻnaltiring.
card-person-title = Siz uchun: xavfsizligingiz va huquqlaringiz
card-person-intro = Polshada oʻz tilingizda yordam olishingiz mumkin. Bu maslahatlar va raqamlar siz uchun.

card-section-signs = Eng muhim belgilar
card-section-steps = Hozir nima qilish kerak
card-section-talk = Odam bilan qanday gaplashish kerak
card-section-law = Huquqiy jihatlar
card-section-advice = Xavfsiz boʻling
card-section-rights = Huquqlaringiz
card-section-contacts = Kimga qoʻngʻiroq qilish kerak
card-start-check = Shu vazifa uchun belgilar tekshiruvini boshlash
card-print = Kartani chop etish
card-share = QR kodni ulashish yoki chop etish
card-sources = Manbalar
card-unknown = Havola bu ilovada yoʻq kartaga olib bordi. Mana barcha kartalar.

step-danger-112 = Agar kimdir hozir xavf ostida boʻlsa, avval 112 ga qoʻngʻiroq qiling.
step-see-alone = Odam bilan yakkama-yakka gaplashing: yonida hamrohi, ish beruvchisi yoki «tarjimon» boʻlmasin.
step-treat-first = Avval kerakli yordamni koʻrsating; savollar kutib turishi mumkin.
step-ask-few = Bir nechta xotirjam savol bering; imkoningiz boʻlsa, belgilar tekshiruvidan foydalaning.
step-refer-kcik = Belgilarni koʻrsangiz, maslahat uchun KCIK ga qoʻngʻiroq qiling. Ular politsiyaga murojaat qilishni istamaydigan odamlarga ham yordam beradi.
step-child-refer = Bola har doim yordamga yoʻnaltiriladi, hatto majburlash yoki aldov boʻlmasa ham.
step-record-no-names = Bu ilovaga hech qanday ism yoki odamni aniqlashga imkon beradigan maʼlumotlarni yozmang.
step-separate = Har bir odam bilan guruhdagi boshqalardan uzoqroqda, alohida gaplashing.
step-own-language = Professional tarjimondan foydalaning yoki odamning oʻz tilida gaplashing.
step-no-confrontation = Gumon qilgan odamingiz bilan toʻqnashuvga kirmang va odamni suratga olmang.
step-presumption = Odamning ehtimoliy qurbon ekanini politsiya yoki Chegara xizmati tasdiqlaydi.
step-stay-with-child = Yolgʻiz qolgan bola yonida qoling va yordam chaqiring: politsiyani yoki bolalar uchun ishonch telefoni 116 111 ni.
step-check-badge = Yordam taklif qilayotgan har bir kishida roʻyxatdan oʻtgan tashkilot beyji borligini tekshiring.
step-tell-coordinator = Shubhali takliflar va «yordamchilar» haqida politsiyaga xabar bering.
step-labour-or-forced = Faqat past ish haqi – mehnat huquqlari masalasi; olib qoʻyilgan hujjatlar, qarz, tahdidlar yoki erkin keta olmaslik majburiy mehnatdan darak beradi.

talk-alone = Har qanday hamrohdan uzoqda, yakkama-yakka gaplashing.
talk-no-companion-interpreter = Hech qachon hamrohdan tarjimon sifatida foydalanmang.
talk-pearr = PEARR: xoli sharoit yarating, tushuntiring (kim ekaningizni va nimani sir saqlay olishingizni), soʻrang, hurmat qiling va yordam bering.
talk-coffee-first = Savollardan oldin xotirjam, doʻstona lahzadan boshlang – «avval bir piyola qahva».
talk-believe = Ishoning, hukm qilmang, butun voqeani aytib berishga undamang, bajara olmaydigan narsani vaʼda qilmang.
talk-consent = Keyin nima boʻlishini voyaga yetgan odamning oʻzi hal qiladi, hayotga xavf boʻlgan holatlar bundan mustasno.

law-screen-not-identify = Bu ilova faqat belgilarni aniqlaydi; rasmiy identifikatsiyani politsiya yoki Chegara xizmati oʻtkazadi.
law-child = Agar odam 18 yoshga toʻlmagan boʻlsa, majburlash yoki aldov boʻlmasa ham bu odam savdosidir. Yoshi nomaʼlum boʻlsa va u bola boʻlishi mumkin boʻlsa, unga bola sifatida munosabatda boʻling.
law-report-duty = Odam savdosi haqida ishonchli maʼlumotga ega boʻlgan har bir kishi politsiya yoki prokurorga xabar berishi shart (Polsha Jinoyat kodeksi, art. 240 §1).
law-consent-kcik = KCIK va La Strada politsiyaga murojaat qilishni istamaydigan qurbonlarni qoʻllab-quvvatlaydi; ikkilansangiz, KCIK dan soʻrang.
law-definition = Odam savdosi – bu odamni ekspluatatsiya qilish maqsadida kuch, tahdid, aldov yoki uning ahvolidan gʻarazli foydalanish orqali yollash, tashish, topshirish, yashirish yoki qabul qilish (Polsha Jinoyat kodeksi, art. 115 §22).
law-consent-irrelevant = Odam rozilik bergan boʻlsa ham, bu odam savdosidir.
law-crime-189a = Odam savdosi – kamida 3 yil ozodlikdan mahrum qilish bilan jazolanadigan jinoyat (art. 189a).
law-reflection = Chet ellik qurbonga 3 oygacha (voyaga yetmaganga 4 oygacha) oʻylab koʻrish muddati berilishi mumkin.
law-forced-vs-rights = Majburiy mehnat – erkin keta olmaydigan odamdan jazo tahdidi ostida talab qilinadigan ish; faqat past ish haqi esa Davlat mehnat inspeksiyasi (PIP) ishi.

advice-keep-passport = Pasportingiz va hujjatlaringizni oʻzingizda saqlang. Ularni «yordam berish uchun» deb hech kimga bermang.
advice-registered-only = Transport, uy-joy yoki ishni faqat roʻyxatdan oʻtgan, beyji bor koʻngillilar va tashkilotlardan qabul qiling.
advice-photo-plate = Mashinaga oʻtirishdan oldin mashinani va uning raqamini suratga oling va suratni ishonchli odamingizga yuboring.
advice-no-pressure = Haddan tashqari yaxshi koʻrinadigan yoki sizni darhol ketishga shoshiltiradigan takliflardan ehtiyot boʻling.
advice-call-112 = Agar xavf ostida boʻlsangiz, 112 ga qoʻngʻiroq qiling.
right-help-without-police = KCIK va La Strada siz kabi vaziyatdagi odamlarga yordam beradi, hatto politsiyaga borishni istamasangiz ham.
right-reflection = Agar siz jabrlangan boʻlsangiz va Polsha fuqarosi boʻlmasangiz, oʻzingizga kelish va nima qilishni hal qilish uchun 3 oygacha (bola boʻlsa – 4 oygacha) vaqt olishingiz mumkin.
right-child = Agar 18 yoshga toʻlmagan boʻlsangiz, albatta yordam olasiz.
right-consent = Agar siz voyaga yetgan boʻlsangiz, keyin nima boʻlishini oʻzingiz hal qilasiz.

share-title = QR kodni ulashish yoki chop etish
share-intro = Karta va tilni tanlang. QR kod shu kartani shu tilda, ushbu ilova manzilida ochadi va bir marta ochilgandan keyin internetsiz ishlaydi.
share-card-label = Kod nimani ochadi
share-lang-label = Til
share-target-home = Bosh ekran
share-target-check = Belgilar tekshiruvi
share-target-contacts = Kontaktlar
share-caption = Pocket Card ni oʻz tilingizda ochish uchun skanerlang
share-link = Havola
share-print = Chop etish
share-poster = Har bir til uchun QR kodli A4 plakat
poster-title = Pocket Card – oʻz tilingizda yordam
