# Экран кантактаў. Назвы арганізацый і нумары ніколі не перакладаюцца:
# арганізацыя захоўвае сваю назву, пасля якой ідзе тлумачэнне.

contacts-title = Кантакты
contacts-intro = Націсніце на нумар, каб патэлефанаваць. Нумары запісаны так, як іх набіраюць з польскага тэлефона.
contacts-section-main = Галоўныя кантакты
contacts-section-more = Іншая дапамога
contacts-section-children = Для дзяцей
contacts-section-ukraine = Для званкоў з Украіны
contacts-ukraine-warning = Гэтыя нумары працуюць толькі ва ўкраінскіх сетках, з украінскай SIM-картай. З польскага тэлефона тэлефануйце па нумарах вышэй.
field-hours = Гадзіны
field-languages = Мовы
field-email = Электронная пошта
last-confirmed = Апошні раз пацверджана крыніцай у { $year } годзе. Праверце, перш чым на гэта спадзявацца.
sources-title = { $count ->
    [one] Крыніца ({ $count })
    [few] Крыніцы ({ $count })
    [many] Крыніц ({ $count })
   *[other] Крыніцы ({ $count })
}

lang-name-pl = польская
lang-name-en = англійская
lang-name-uk = украінская
lang-name-ru = руская
lang-name-be = беларуская
lang-name-ro = румынская
lang-name-ka = грузінская
lang-name-vi = в’етнамская
lang-name-hi = хіндзі
lang-name-ne = непальская
lang-name-bn = бенгальская
lang-name-fil = філіпінская
lang-name-uz = узбекская
lang-name-tr = турэцкая
lang-name-es = іспанская
lang-name-ar = арабская

hours-always = Кругласутачна, 7 дзён на тыдзень
hours-always-free = Кругласутачна, 7 дзён на тыдзень, бясплатна
hours-kcik = Кансультанты ў працоўныя дні. У іншы час – інтэрвенцыйная лінія толькі для тэрміновых спраў; экстранныя інтэрвенцыі кругласутачна.
hours-office = Гадзіны працы офіса
hours-not-stated = Крыніца не ўказвае гадзін

label-intervention = Інтэрвенцыйная лінія
label-office = Офіс
label-counter-trafficking-free = Бясплатны кароткі нумар супраць гандлю людзьмі

languages-note-emergency = Аператары размаўляюць на некалькіх мовах.
languages-note-by-arrangement = Іншыя мовы – па папярэдняй дамоўленасці.
languages-note-child-helpline = Украінская і руская: з панядзелка па пятніцу, 14:00–18:00.
languages-note-not-stated = Крыніца не ўказвае моў.

contact-emergency-name = Нумар экстраннай дапамогі 112
contact-emergency-help = Паліцыя, хуткая дапамога і пажарная служба. Тэлефануйце, калі хтосьці ў непасрэднай небяспецы.
contact-kcik-name = KCIK – Нацыянальны кансультацыйна-інтэрвенцыйны цэнтр для ахвяр гандлю людзьмі
contact-kcik-help = Парады і дапамога ахвярам гандлю людзьмі, грамадзянам Польшчы і замежнікам, а таксама тым, хто з імі працуе. Цэнтр вядзе La Strada. Звяртайцеся туды, калі вы сумняваецеся.
contact-lastrada-name = La Strada – Фонд супрацьдзеяння гандлю людзьмі і рабству
contact-lastrada-help = Падтрымка людзей, якім пагражае гандаль людзьмі або эксплуатацыя, у тым ліку тых, хто не хоча звяртацца ў паліцыю.
contact-police_helpline-name = Гарачая лінія паліцыі па пытаннях гандлю людзьмі
contact-police_helpline-help = Лінія паліцыі па пытаннях гандлю людзьмі, адкрытая ў сакавіку 2022 года, спачатку для людзей, якія прыязджаюць з Украіны.
contact-police_thb-name = Нумар паліцыі для тэрміновых выпадкаў гандлю людзьмі
contact-police_thb-help = Нумар Галоўнай каменды паліцыі для тэрміновых сітуацый, звязаных з гандлем людзьмі.
contact-police_thb_unit-name = Аддзел па барацьбе з гандлем людзьмі Галоўнай каменды паліцыі
contact-police_thb_unit-help = Падраздзяленне Галоўнай каменды паліцыі, якое займаецца пытаннямі гандлю людзьмі.
contact-child_helpline-name = Тэлефон даверу для дзяцей і моладзі
contact-child_helpline-help = Яго вядзе фонд Fundacja Dajemy Dzieciom Siłę, для ўсіх, каму менш за 18 гадоў.
contact-missing_children-name = Лінія па зніклых дзецях (ITAKA)
contact-missing_children-help = Калі дзіця знікла або яго знайшлі аднаго.
contact-crime_victims-name = Лінія дапамогі ахвярам злачынстваў
contact-crime_victims-help = Падтрымка для кожнага, хто пацярпеў ад злачынства, і для іх родных.
contact-ukraine_lines-name = Лініі супрацьдзеяння гандлю людзьмі ва Украіне
contact-ukraine_lines-help = Пазначаны ўкраінскімі ўладамі і МАМ для званкоў у межах Украіны.
