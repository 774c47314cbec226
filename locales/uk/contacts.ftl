# Екран контактів. Назви організацій і номери залишаються оригінальними.

contacts-title = Контакти
contacts-intro = Торкніться номера, щоб зателефонувати. Номери записано так, як їх набирають з польського телефону.
contacts-section-main = Головні контакти
contacts-section-more = Більше допомоги
contacts-section-children = Для дітей
contacts-section-ukraine = Дзвінки з України
contacts-ukraine-warning = Ці номери працюють лише в українських мережах, з українською SIM-карткою. З польського телефону дзвоніть за номерами вище.
field-hours = Години
field-languages = Мови
field-email = Електронна пошта
last-confirmed = Востаннє підтверджено джерелом у { $year } році. Перевірте, перш ніж покладатися на ці дані.
sources-title = { $count ->
    [one] Джерело ({ $count })
    [few] Джерела ({ $count })
    [many] Джерел ({ $count })
   *[other] Джерела ({ $count })
}

lang-name-pl = польська
lang-name-en = англійська
lang-name-uk = українська
lang-name-ru = російська
lang-name-be = білоруська
lang-name-ro = румунська
lang-name-ka = грузинська
lang-name-vi = в'єтнамська
lang-name-hi = гінді
lang-name-ne = непальська
lang-name-bn = бенгальська
lang-name-fil = філіппінська
lang-name-uz = узбецька
lang-name-tr = турецька
lang-name-es = іспанська
lang-name-ar = арабська

hours-always = Цілодобово, 7 днів на тиждень
hours-always-free = Цілодобово, 7 днів на тиждень, безкоштовно
hours-kcik = Консультанти в робочі дні. В інший час – інтервенційна лінія лише для термінових справ; екстрені втручання цілодобово.
hours-office = Години роботи офісу
hours-not-stated = Джерело не вказує годин

label-intervention = Інтервенційна лінія
label-office = Офіс
label-counter-trafficking-free = Безкоштовний короткий номер протидії торгівлі людьми

languages-note-emergency = Оператори розмовляють кількома мовами.
languages-note-by-arrangement = Інші мови – за попередньою домовленістю.
languages-note-child-helpline = Українською та російською: з понеділка по п’ятницю, 14:00–18:00.
languages-note-not-stated = Джерело не вказує мов.

contact-emergency-name = Номер екстреної допомоги 112
contact-emergency-help = Поліція, швидка допомога і пожежна служба. Дзвоніть, коли хтось у безпосередній небезпеці.
contact-kcik-name = KCIK – Національний консультаційно-інтервенційний центр для жертв торгівлі людьми
contact-kcik-help = Поради й допомога жертвам торгівлі людьми, громадянам Польщі та іноземцям, а також тим, хто з ними працює. Його веде La Strada. Зверніться туди, якщо не впевнені.
contact-lastrada-name = La Strada – Фонд протидії торгівлі людьми і рабству
contact-lastrada-help = Підтримка людей, яким загрожує торгівля людьми або експлуатація, зокрема тих, хто не хоче звертатися до поліції.
contact-police_helpline-name = Гаряча лінія поліції з питань торгівлі людьми
contact-police_helpline-help = Лінія поліції з питань торгівлі людьми, відкрита в березні 2022 року, спершу для людей, що прибувають з України.
contact-police_thb-name = Номер поліції для термінових випадків торгівлі людьми
contact-police_thb-help = Номер Головного управління поліції для термінових ситуацій, пов’язаних з торгівлею людьми.
contact-police_thb_unit-name = Відділ протидії торгівлі людьми Головного управління поліції
contact-police_thb_unit-help = Підрозділ Головного управління поліції, що займається торгівлею людьми.
contact-child_helpline-name = Телефон довіри для дітей і молоді
contact-child_helpline-help = Його веде фонд Fundacja Dajemy Dzieciom Siłę, для всіх, кому менше 18 років.
contact-missing_children-name = Лінія щодо зниклих дітей (ITAKA)
contact-missing_children-help = Коли дитина зникла або її знайшли саму.
contact-crime_victims-name = Лінія допомоги потерпілим від злочинів
contact-crime_victims-help = Підтримка для кожного, хто постраждав від злочину, і для їхніх рідних.
contact-ukraine_lines-name = Лінії протидії торгівлі людьми в Україні
contact-ukraine_lines-help = Вказані українською владою та МОМ для дзвінків у межах України.
