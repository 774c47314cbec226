# «Ilova haqida» ekrani va har bir til tarjimasining holati.

nav-about = Ilova haqida
about-title = Pocket Card haqida
about-what = Pocket Card Polshada birinchi qatorda ishlaydigan xodimlarga odam savdosi qurboni boʻlishi mumkin boʻlgan odamlarni aniqlash va ularni kerakli yordamga yoʻnaltirishda yordam beradi.
about-privacy = Hisob yoʻq, analitika yoʻq, kuzatuv yoʻq. Ilova siz nima qilayotganingiz haqida hech narsa yubormaydi. Belgilar tekshiruvi javoblari hech qachon yuborilmaydi: ular faqat shu brauzer varagʻida (uning seans xotirasida) saqlanadi, shuning uchun qoʻngʻiroq yoki sahifani qayta yuklash tufayli yoʻqolmaydi; siz ularni oʻchirganingizda, varaq yopilganda yoki 4 soatdan keyin ular oʻchib ketadi. Bundan tashqari, qurilmada faqat siz tanlagan til va qaysi mashq holatlarini oʻynaganingiz saqlanadi, ismlar va javoblarsiz. Ilova fayllari, barcha tillarda, faqat siz uni ochgan manzildan keladi.
about-offline = Birinchi tashrifdan keyin ilova va barcha tillar internetsiz ishlaydi.
about-screening = Ilova belgilarni aniqlashga yordam beradi, lekin qurbonni identifikatsiya qilmaydi. Odamni rasman qurbon deb faqat politsiya yoki Chegara xizmati tan olishi mumkin.
about-sources = Kontaktlar ekranida, choʻntak kartalarida, belgilar tekshiruvi natijalarida va mashqlarda har bir kontakt, belgi va huquqiy jihat uchun manbalar sanalari bilan «Manbalar» ostida keltirilgan; bosma kartada ular izohda koʻrsatiladi. Qonundan olingan huquqiy jihat uchun modda va u qachon tekshirilgani koʻrsatiladi.
about-statuses = Faqat eskiroq manbada keltirilgan yoki oxirgi ikki yil ichida hech bir manba tasdiqlamagan raqam yonida u oxirgi marta tasdiqlangan yil koʻrsatiladi. Bunday raqamga tayanishdan oldin uni tekshiring.
about-languages = Tillar va tarjima sifati
about-languages-intro = Notoʻgʻri tushunilgan savol zarar yetkazishi mumkin, shuning uchun har bir til uchun tarjima qanday tekshirilgani koʻrsatilgan. Ona tilida soʻzlashuvchilarning yordamini mamnuniyat bilan qabul qilamiz.
lang-status-source = Asl matn
lang-status-reviewed = Ona tilida soʻzlashuvchi tekshirgan
lang-status-machine = Mashina yordamida tarjima qilingan, ona tilida soʻzlashuvchi tekshirishini kutmoqda
lang-status-current = Bu til: { $status }
about-version = Versiya { $version }
