# «Ilova haqida» ekrani va har bir til tarjimasining holati.

nav-about = Ilova haqida
about-title = Pocket Card haqida
about-what = Pocket Card Polshada birinchi qatorda ishlaydigan xodimlarga odam savdosi qurboni boʻlishi mumkin boʻlgan odamlarni aniqlash va ularni kerakli yordamga yoʻnaltirishda yordam beradi.
about-privacy = Hisob yoʻq, server yoʻq, analitika yoʻq. Ilovada nima qilsangiz ham, hech narsa shu qurilmadan tashqariga chiqmaydi. Belgilar tekshiruvi javoblari siz ularni oʻchirguningizcha yoki varaqni yopguningizcha xotirada qoladi; mashq natijalari faqat shu qurilmada saqlanadi.
about-offline = Birinchi tashrifdan keyin ilova va barcha tillar internetsiz ishlaydi.
about-screening = Ilova belgilarni aniqlashga yordam beradi, lekin qurbonni identifikatsiya qilmaydi. Odamni rasman qurbon deb faqat politsiya yoki Chegara xizmati tan olishi mumkin.
about-sources = Har bir kontakt, belgi va huquqiy jihat uchun manba va sana koʻrsatilgan. Yaqinda tasdiqlanmagan raqam yonida u oxirgi marta qachon tasdiqlangani yozilgan.
about-languages = Tillar va tarjima sifati
about-languages-intro = Notoʻgʻri tushunilgan savol zarar yetkazishi mumkin, shuning uchun har bir til uchun tarjima qanday tekshirilgani koʻrsatilgan. Ona tilida soʻzlashuvchilarning yordamini mamnuniyat bilan qabul qilamiz.
lang-status-source = Asl matn
lang-status-reviewed = Ona tilida soʻzlashuvchi tekshirgan
lang-status-machine = Mashina yordamida tarjima qilingan, ona tilida soʻzlashuvchi tekshirishini kutmoqda
lang-status-current = Bu til: { $status }
about-version = Versiya { $version }
