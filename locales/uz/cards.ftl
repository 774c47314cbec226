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
card-person-intro = Polshada yordam olishingiz mumkin. Bu maslahatlar va raqamlar siz uchun. KCIK va La Strada polyak va ingliz tillarida gaplashadi; boshqa tillar haqida ulardan soʻrang.

card-section-signs = Eng muhim belgilar
card-section-steps = Hozir nima qilish kerak
card-section-talk = Odam bilan qanday gaplashish kerak
card-section-law = Huquqiy jihatlar
card-section-advice = Xavfsiz boʻling
card-section-rights = Huquqlaringiz
card-section-contacts = Kimga qoʻngʻiroq qilish kerak
card-start-check = Shu vazifa savollari bilan belgilarni tekshirish
card-person-link = Odamga beriladigan karta, uning tilida
card-person-language = Bu kartani odamning tilida koʻrsatish
card-print = Kartani chop etish
card-share = QR kodni ulashish yoki chop etish
card-sources = Manbalar
card-sources-print = Manbalar:
card-unknown = Havola bu ilovada yoʻq kartaga olib bordi. Mana barcha kartalar.

step-danger-112 = Agar kimdir hozir xavf ostida boʻlsa, avval 112 ga qoʻngʻiroq qiling.
step-see-alone = Odam bilan yakkama-yakka gaplashing: yonida hamrohi, ish beruvchisi yoki «tarjimon» boʻlmasin.
step-treat-first = Avval kerakli yordamni koʻrsating; savollar kutib turishi mumkin.
step-ask-few = Bir nechta xotirjam savol bering; imkoningiz boʻlsa, «Belgilarni tekshirish»dan foydalaning.
step-refer-kcik = Belgilarni koʻrsangiz, KCIK dan maslahat soʻrang (ish kunlari; boshqa vaqtda – La Strada 24/7 liniyasi). Politsiya yoki prokurorga xabar berish majburiyati (240-modda, §1) baribir amal qiladi.
step-child-refer = Bola har doim yordamga yoʻnaltiriladi, hatto majburlash yoki aldov boʻlmasa ham, rozilik bosqichisiz. Yolgʻiz bola boʻlsa: avval politsiyaga qoʻngʻiroq qiling.
step-record-no-names = Bu ilovaga hech qanday ism yoki odamni aniqlashga imkon beradigan maʼlumotlarni yozmang.
step-separate = Har bir odam bilan guruhdagi boshqalardan uzoqroqda, alohida gaplashing.
step-own-language = Professional tarjimondan foydalaning yoki odamning oʻz tilida gaplashing.
step-no-confrontation = Gumon qilgan odamingiz bilan toʻqnashuvga kirmang va odamni suratga olmang.
step-presumption = Odamning ehtimoliy qurbon ekanini politsiya yoki Chegara xizmati tasdiqlaydi.
step-stay-with-child = Yolgʻiz qolgan bola yonida qoling va avval politsiyaga qoʻngʻiroq qiling: qabul punktidagi navbatchi politsiyaga yoki 112 ga.
step-check-badge = Yordam taklif qilayotgan har bir kishida roʻyxatdan oʻtgan tashkilot beyji borligini tekshiring.
step-tell-coordinator = Shubhali takliflar va «yordamchilar» haqida qabul punktidagi navbatchi politsiyaga xabar bering.
step-labour-or-forced = Faqat past ish haqi yoki yomon sharoitlar – mehnat huquqlari masalasi; olib qoʻyilgan hujjatlar, qarz, tahdidlar yoki erkin keta olmaslik majburiy mehnatdan darak beradi.

talk-alone = Har qanday hamrohdan uzoqda, yakkama-yakka gaplashing.
talk-no-companion-interpreter = Hech qachon hamrohdan tarjimon sifatida foydalanmang.
talk-pearr = PEARR: xoli sharoit yarating, tushuntiring (kim ekaningizni va nimani sir saqlay olishingizni), soʻrang, hurmat qiling va yordam bering.
talk-coffee-first = Savollardan oldin xotirjam, doʻstona lahzadan boshlang – «avval bir piyola qahva».
talk-believe = Ishoning, hukm qilmang, butun voqeani aytib berishga undamang, bajara olmaydigan narsani vaʼda qilmang.
talk-consent = Qanday yordamni qabul qilishni voyaga yetgan odamning oʻzi hal qiladi, hayotga xavf boʻlgan holatlar bundan mustasno; xabar berish majburiyati baribir amal qiladi.

law-screen-not-identify = Bu ilova faqat belgilarni aniqlaydi; rasmiy identifikatsiyani politsiya yoki Chegara xizmati oʻtkazadi.
law-child = 18 yoshga toʻlmagan boʻlsa, zoʻravonlik, tahdid, aldov yoki boshqa hech qanday vosita boʻlmasa ham bu odam savdosidir (115-modda, §22, oxirgi gap). Yoshi nomaʼlum boʻlsa va u bola boʻlishi mumkin boʻlsa, unga bola sifatida munosabatda boʻling (Yevropa Ittifoqining 2011/36-sonli direktivasi, 13-modda, 2-band).
law-report-duty = Odam savdosi haqida ishonchli maʼlumotga ega boʻlgan har bir kishi politsiya yoki prokurorga xabar berishi shart (Polsha Jinoyat kodeksi, art. 240 §1).
law-consent-kcik = KCIK va La Strada politsiyaga murojaat qilishni istamaydigan qurbonlarni ham qoʻllab-quvvatlaydi. Xabar berish-bermaslikni bilmay ikkilansangiz, KCIK dan soʻrang.
law-definition = Odam savdosi (Polsha Jinoyat kodeksi, 115-modda, §22) – bu odamni ekspluatatsiya qilish maqsadida zoʻravonlik yoki tahdid, oʻgʻirlash, aldash, chalgʻitish yoki uning xatosidan foydalanish, uning qaramligi yoki tanglik ahvolidan gʻarazli foydalanish, yoxud manfaat berish yoki olish orqali yollash, tashish, topshirish, yashirish yoki qabul qilish. Ekspluatatsiyaga fohishabozlik, majburiy mehnat yoki xizmatlar, tilanchilik, qullik, jinoyatga majburlash va organlarni olib qoʻyish kiradi. Odamning roziligi buni oʻzgartirmaydi.
law-consent-irrelevant = Odam rozilik bergan boʻlsa ham, bu odam savdosidir.
law-crime-189a = Odam savdosi – kamida 3 yil ozodlikdan mahrum qilish bilan jazolanadigan jinoyat (Polsha Jinoyat kodeksi, 189a-modda).
law-reflection = Politsiya yoki Chegara xizmati odamning qurbon ekanligi haqidagi taxminni tasdiqlagach, chet ellik qurbonga 3 oygacha (voyaga yetmaganga 4 oygacha) oʻylab koʻrish muddati berilishi mumkin.
law-non-punishment = Hokimiyat organlari qurbonlarni ular majburan sodir etgan jinoyatlar uchun jinoiy javobgarlikka tortmaslik yoki jazolamaslik huquqiga ega (Yevropa Ittifoqining 2011/36-sonli direktivasi, 8-modda). Bu avtomatik emas: buni vaʼda qilmang.
law-forced-vs-rights = Majburiy mehnat – odam erkin keta olmaganda (hujjatlari olib qoʻyilgan, qarz, tahdidlar, qamab qoʻyilgan) jazo tahdidi ostida talab qilinadigan ish. Faqat past ish haqi yoki yomon sharoitlar esa Davlat mehnat inspeksiyasi (PIP) ishi.

advice-keep-passport = Pasportingiz va hujjatlaringizni oʻzingizda saqlang. Ularni «yordam berish uchun» deb hech kimga bermang.
advice-registered-only = Transport, uy-joy yoki ishni faqat roʻyxatdan oʻtgan, beyji bor koʻngillilar va tashkilotlardan qabul qiling.
advice-photo-plate = Mashinaga oʻtirishdan oldin mashinani va uning raqamini suratga oling va suratni ishonchli odamingizga yuboring.
advice-no-pressure = Ishonish qiyin darajada yaxshi koʻrinadigan yoki sizni darhol ketishga undaydigan takliflardan ehtiyot boʻling.
advice-call-112 = Agar xavf ostida boʻlsangiz, 112 ga qoʻngʻiroq qiling.
right-help-without-police = KCIK va La Strada odam savdosi qurbonlarini, hatto ular politsiyaga borishni istamasa ham, qoʻllab-quvvatlaydi.
right-reflection = Agar siz boshqa mamlakatdan boʻlsangiz, politsiya yoki Chegara xizmati sizni ehtimoliy qurbon deb tasdiqlagach, oʻzingizga kelish va nima qilishni hal qilish uchun 3 oygacha (bola boʻlsa – 4 oygacha) vaqt olishingiz mumkin.
right-child = Agar 18 yoshga toʻlmagan boʻlsangiz va kimdir sizni ekspluatatsiya qilish uchun yollasa, koʻchirsa yoki qabul qilib olsa, siz rozi boʻlgan boʻlsangiz ham, bu odam savdosidir. 112 ga yoki bolalar va yoshlar uchun ishonch telefoni 116 111 ga qoʻngʻiroq qilishingiz mumkin.
right-consent = Agar siz voyaga yetgan boʻlsangiz, qanday yordamni qabul qilishni oʻzingiz hal qilasiz, hayotga xavf boʻlgan holatlar bundan mustasno. Odam savdosi haqida ishonchli maʼlumotga ega boʻlgan har bir kishi politsiya yoki prokurorga xabar berishi shart: siz gaplashayotgan odamdan u nimalar haqida xabar berishi kerakligini soʻrashingiz mumkin.

share-title = QR kodni ulashish yoki chop etish
share-intro = Karta va tilni tanlang. QR kod shu kartani shu tilda, ushbu ilova manzilida ochadi va bir marta ochilgandan keyin internetsiz ishlaydi.
share-card-label = Kod nimani ochadi
share-lang-label = Til
share-target-home = Bosh ekran
share-target-check = Belgilarni tekshirish
share-target-contacts = Kontaktlar
share-caption = Pocket Card ni oʻz tilingizda ochish uchun skanerlang
share-link = Havola
share-print = Chop etish
share-poster = Har bir til uchun QR kodli A4 plakat
poster-title = Pocket Card – oʻz tilingizda yordam
