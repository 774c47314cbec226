# Kontaktlar ekrani. Tashkilot nomlari va raqamlar hech qachon tarjima qilinmaydi:
# tashkilot oʻz nomini saqlaydi, undan keyin u nima ekani yoziladi.

contacts-title = Kontaktlar
contacts-intro = Qoʻngʻiroq qilish uchun raqamga bosing. Raqamlar Polsha telefonidan teriladigan shaklda yozilgan.
contacts-section-main = Asosiy kontaktlar
contacts-section-more = Boshqa yordam
contacts-section-children = Bolalar uchun
contacts-section-ukraine = Ukrainadan qoʻngʻiroqlar uchun
contacts-ukraine-warning = Faqat Ukrainadan qilinadigan qoʻngʻiroqlar yoki Ukraina SIM-kartasi uchun. 527 va 1547 qisqa raqamlari faqat Ukraina tarmoqlarida ishlaydi, shuning uchun bu yerda ular havola qilinmagan. Polsha telefonidan yuqoridagi raqamlarga qoʻngʻiroq qiling.
field-hours = Ish vaqti
field-languages = Tillar
field-email = Elektron pochta
last-confirmed = Manba oxirgi marta { $year }-yilda tasdiqlagan. Bunga tayanishdan oldin tekshiring.
sources-title = { $count ->
    [one] Manba
   *[other] Manbalar ({ $count })
}

lang-name-pl = polyak tili
lang-name-en = ingliz tili
lang-name-uk = ukrain tili
lang-name-ru = rus tili
lang-name-be = belarus tili
lang-name-ro = rumin tili
lang-name-ka = gruzin tili
lang-name-vi = vyetnam tili
lang-name-hi = hind tili
lang-name-ne = nepal tili
lang-name-bn = bengal tili
lang-name-fil = filippin tili
lang-name-uz = oʻzbek tili
lang-name-tr = turk tili
lang-name-es = ispan tili
lang-name-ar = arab tili

hours-always = Kuniga 24 soat, haftasiga 7 kun
hours-always-free = Kuniga 24 soat, haftasiga 7 kun, bepul
hours-always-free-anonymous = Kuniga 24 soat, haftasiga 7 kun, bepul va anonim
hours-kcik = Maslahatchilar dushanbadan jumagacha ishlaydi. Boshqa vaqtda La Strada 24/7 ishlaydigan tezkor yordam liniyasiga, xavf boʻlsa esa 112 ga qoʻngʻiroq qiling. (Politsiyaning 2025-yilgi sahifasida bu raqam 24/7 deb koʻrsatilgan.)
hours-office = Idora ish vaqti
hours-not-stated = Manbada ish vaqti koʻrsatilmagan

label-intervention = Tezkor yordam liniyasi (24/7)
label-office = Idora liniyasi
label-counter-trafficking-free = Odam savdosiga qarshi bepul qisqa raqam

languages-note-emergency = Operatorlar bir necha tilda gaplashadi.
languages-note-by-arrangement = Boshqa tillar – oldindan kelishuv boʻyicha.
languages-note-child-helpline = Ukrain va rus tillarida: dushanbadan jumagacha, 14:00–18:00 (2022-yil iyunida eʼlon qilinganidek).
languages-note-not-stated = Manbada tillar koʻrsatilmagan.

contact-emergency-name = Favqulodda yordam raqami 112
contact-emergency-help = Umumiy favqulodda yordam raqami. Kimdir bevosita xavf ostida boʻlsa, qoʻngʻiroq qiling.
contact-kcik-name = KCIK – Odam savdosi qurbonlari uchun Milliy maslahat va tezkor yordam markazi
contact-kcik-help = Odam savdosi qurbonlariga – Polsha fuqarolariga ham, chet elliklarga ham – va ular bilan ishlaydigan har bir kishiga maslahat va yordam. Markazni La Strada boshqaradi. Ikkilansangiz, ulardan soʻrashingiz mumkin.
contact-lastrada-name = La Strada – Odam savdosi va qullikka qarshi jamgʻarma
contact-lastrada-help = KCIK ni boshqaradigan jamgʻarma. Odam savdosi qurbonlarini, jumladan politsiyaga murojaat qilishni istamaydiganlarni ham qoʻllab-quvvatlaydi.
contact-police_helpline-name = Odam savdosi boʻyicha politsiya ishonch telefoni
contact-police_helpline-help = Ukrainadan kelgan odamlar uchun 2022-yil martida ishga tushirilgan, odam savdosi boʻyicha maxsus politsiya liniyasi.
contact-police_thb-name = Odam savdosining shoshilinch holatlari uchun politsiya raqami
contact-police_thb-help = Odam savdosiga oid shoshilinch vaziyatlar uchun Bosh politsiya boshqarmasi raqami.
contact-police_thb_unit-name = Bosh politsiya boshqarmasining odam savdosiga qarshi boʻlimi
contact-police_thb_unit-help = Bosh politsiya boshqarmasida odam savdosi bilan shugʻullanadigan boʻlim.
contact-child_helpline-name = Bolalar va yoshlar uchun ishonch telefoni
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę jamgʻarmasi boshqaradi. Yolgʻiz yoki xavf ostidagi bola boʻlsa: avval politsiyaga (112) qoʻngʻiroq qiling.
contact-missing_children-name = Yoʻqolgan bolalar liniyasi (ITAKA)
contact-missing_children-help = Bola yoʻqolganda. Yolgʻiz topilgan bola boʻlsa: avval politsiyaga (112) qoʻngʻiroq qiling.
contact-crime_victims-name = Jinoyatdan jabrlanganlar uchun ishonch telefoni
contact-crime_victims-help = Jinoyatdan zarar koʻrgan odamlarga yordam.
contact-ukraine_lines-name = Ukrainadan qoʻngʻiroq qilish uchun raqamlar
contact-ukraine_lines-help = Ukraina ichida qoʻngʻiroq qilish uchun Ukraina hukumati va XMT (IOM) koʻrsatgan raqamlar. 527 – odam savdosiga qarshi bepul qisqa raqam (IOM).
contact-crisis_adults-name = Kattalar uchun hissiy inqiroz ishonch telefoni (Niebieska Linia)
contact-crisis_adults-help = Polsha Psixologiya jamiyatining Sogʻliq psixologiyasi instituti boshqaradi. Hissiy inqirozdagi yoki oʻz joniga qasd qilish xavfi ostidagi odam uchun: hayot xavf ostida boʻlsa, avval 112 ga qoʻngʻiroq qiling.
contact-crisis_centre-name = Ruhiy inqirozdagi odamlarni qoʻllab-quvvatlash markazi (ITAKA)
contact-crisis_centre-help = Ruhiy inqirozdagi odamlar uchun psixologlar. Hayot xavf ostida boʻlsa, avval 112 ga qoʻngʻiroq qiling.
