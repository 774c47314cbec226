# Kontaktlar ekrani. Tashkilot nomlari va raqamlar hech qachon tarjima qilinmaydi:
# tashkilot oʻz nomini saqlaydi, undan keyin u nima ekani yoziladi.

contacts-title = Kontaktlar
contacts-intro = Qoʻngʻiroq qilish uchun raqamga bosing. Raqamlar Polsha telefonidan teriladigan shaklda yozilgan.
contacts-section-main = Asosiy kontaktlar
contacts-section-more = Boshqa yordam
contacts-section-children = Bolalar uchun
contacts-section-ukraine = Ukrainadan qoʻngʻiroqlar uchun
contacts-ukraine-warning = Bu raqamlar faqat Ukraina tarmoqlarida, Ukraina SIM-kartasi bilan ishlaydi. Polsha telefonidan yuqoridagi raqamlarga qoʻngʻiroq qiling.
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
hours-kcik = Ish kunlari maslahatchilar ishlaydi. Boshqa vaqtda – faqat shoshilinch ishlar uchun tezkor yordam liniyasi; favqulodda yordam kuniga 24 soat.
hours-office = Idora ish vaqti
hours-not-stated = Manbada ish vaqti koʻrsatilmagan

label-intervention = Tezkor yordam liniyasi
label-office = Idora
label-counter-trafficking-free = Odam savdosiga qarshi bepul qisqa raqam

languages-note-emergency = Operatorlar bir necha tilda gaplashadi.
languages-note-by-arrangement = Boshqa tillar – oldindan kelishuv boʻyicha.
languages-note-child-helpline = Ukrain va rus tillarida: dushanbadan jumagacha, 14:00–18:00.
languages-note-not-stated = Manbada tillar koʻrsatilmagan.

contact-emergency-name = Favqulodda yordam raqami 112
contact-emergency-help = Politsiya, tez yordam va yongʻin xizmati. Kimdir bevosita xavf ostida boʻlsa, qoʻngʻiroq qiling.
contact-kcik-name = KCIK – Odam savdosi qurbonlari uchun Milliy maslahat va tezkor yordam markazi
contact-kcik-help = Odam savdosi qurbonlariga – Polsha fuqarolariga ham, chet elliklarga ham – va ular bilan ishlaydigan har bir kishiga maslahat va yordam. Markazni La Strada boshqaradi. Ikkilansangiz, ulardan soʻrashingiz mumkin.
contact-lastrada-name = La Strada – Odam savdosi va qullikka qarshi jamgʻarma
contact-lastrada-help = Odam savdosi yoki ekspluatatsiya xavfi ostidagi odamlarga, jumladan politsiyaga murojaat qilishni istamaydiganlarga yordam.
contact-police_helpline-name = Odam savdosi boʻyicha politsiya ishonch telefoni
contact-police_helpline-help = Politsiyaning odam savdosi boʻyicha liniyasi 2022-yil martida, dastlab Ukrainadan kelayotgan odamlar uchun ochilgan.
contact-police_thb-name = Odam savdosining shoshilinch holatlari uchun politsiya raqami
contact-police_thb-help = Odam savdosiga oid shoshilinch vaziyatlar uchun Bosh politsiya boshqarmasi raqami.
contact-police_thb_unit-name = Bosh politsiya boshqarmasining odam savdosiga qarshi boʻlimi
contact-police_thb_unit-help = Bosh politsiya boshqarmasida odam savdosi bilan shugʻullanadigan boʻlim.
contact-child_helpline-name = Bolalar va yoshlar uchun ishonch telefoni
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę jamgʻarmasi boshqaradi; 18 yoshga toʻlmagan har bir kishi uchun.
contact-missing_children-name = Yoʻqolgan bolalar liniyasi (ITAKA)
contact-missing_children-help = Bola yoʻqolganda yoki yolgʻiz holda topilganda.
contact-crime_victims-name = Jinoyatdan jabrlanganlar uchun ishonch telefoni
contact-crime_victims-help = Jinoyatdan zarar koʻrgan har bir kishiga va uning oilasiga yordam.
contact-ukraine_lines-name = Ukrainadagi odam savdosiga qarshi liniyalar
contact-ukraine_lines-help = Ukraina ichida qoʻngʻiroq qilish uchun Ukraina hukumati va XMT (IOM) koʻrsatgan raqamlar.
