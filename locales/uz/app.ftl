# Ilova qobigʻi: sarlavha, bosh ekran, barcha ekranlar uchun umumiy xabarlar.

app-name = Pocket Card
app-tagline = Odam savdosi qurboni boʻlishi mumkin boʻlgan odamlarni aniqlang va ularni kerakli yordamga yoʻnaltiring.
skip-to-content = Asosiy qismga oʻtish
language-label = Til
nav-main = Asosiy menyu
nav-home = Bosh sahifa
home-cards-title = Choʻntak kartalari
home-cards-text = Odam savdosi belgilari va nima qilish kerakligi – sizning vazifangiz uchun.
home-check-title = Belgilarni tekshirish
home-check-text = Sizning tilingizda va shu odamning tilida qisqa soʻrovnoma.
home-contacts-title = Kontaktlar
home-contacts-text = Kimga qoʻngʻiroq qilish kerak: 112, KCIK, La Strada va politsiya ishonch telefoni.
emergency-strip = Kimdir hozir xavf ostidami?
emergency-call = 112 ga qoʻngʻiroq
privacy-note = Bu ilovada nima qilsangiz ham, hech narsa ushbu qurilmadan tashqariga chiqmaydi. Ilova internetsiz ishlaydi.
notice-unknown-language = Havolada bu ilovada hali yoʻq til soʻralgan. Uning oʻrniga shu til ishlatildi: { $language }.
notice-unknown-view = Havola bu ilovada yoʻq sahifaga olib bordi. Mana bosh ekran.
notice-close = Yopish
notice-language-failed = Bu tilni yuklab boʻlmadi. Internet aloqasini tekshiring va qayta urinib koʻring.
notice-update-ready = Ilovaning yangi versiyasi tayyor.
notice-update-reload = Hozir yangilash
