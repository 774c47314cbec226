# Экран контактов. Названия организаций и номера остаются оригинальными.

contacts-title = Контакты
contacts-intro = Нажмите на номер, чтобы позвонить. Номера записаны так, как их набирают с польского телефона.
contacts-section-main = Главные контакты
contacts-section-more = Больше помощи
contacts-section-children = Для детей
contacts-section-ukraine = Звонки из Украины
contacts-ukraine-warning = Эти номера работают только в украинских сетях, с украинской SIM-картой. С польского телефона звоните по номерам выше.
field-hours = Часы
field-languages = Языки
field-email = Электронная почта
last-confirmed = Последний раз подтверждено источником в { $year } году. Проверьте, прежде чем полагаться на эти данные.
sources-title = { $count ->
    [one] Источник ({ $count })
    [few] Источника ({ $count })
    [many] Источников ({ $count })
   *[other] Источника ({ $count })
}

lang-name-pl = польский
lang-name-en = английский
lang-name-uk = украинский
lang-name-ru = русский
lang-name-be = белорусский
lang-name-ro = румынский
lang-name-ka = грузинский
lang-name-vi = вьетнамский
lang-name-hi = хинди
lang-name-ne = непальский
lang-name-bn = бенгальский
lang-name-fil = филиппинский
lang-name-uz = узбекский
lang-name-tr = турецкий
lang-name-es = испанский
lang-name-ar = арабский

hours-always = Круглосуточно, 7 дней в неделю
hours-always-free = Круглосуточно, 7 дней в неделю, бесплатно
hours-kcik = Консультанты в рабочие дни. В остальное время – интервенционная линия только для срочных дел; экстренные вмешательства круглосуточно.
hours-office = Часы работы офиса
hours-not-stated = Источник не указывает часы

label-intervention = Интервенционная линия
label-office = Офис
label-counter-trafficking-free = Бесплатный короткий номер противодействия торговле людьми

languages-note-emergency = Операторы говорят на нескольких языках.
languages-note-by-arrangement = Другие языки – по предварительной договорённости.
languages-note-child-helpline = На украинском и русском: с понедельника по пятницу, 14:00–18:00.
languages-note-not-stated = Источник не указывает языки.

contact-emergency-name = Номер экстренной помощи 112
contact-emergency-help = Полиция, скорая помощь и пожарная служба. Звоните, когда кто-то в непосредственной опасности.
contact-kcik-name = KCIK – Национальный консультационно-интервенционный центр для жертв торговли людьми
contact-kcik-help = Советы и помощь жертвам торговли людьми, гражданам Польши и иностранцам, а также тем, кто с ними работает. Его ведёт La Strada. Обратитесь туда, если не уверены.
contact-lastrada-name = La Strada – Фонд против торговли людьми и рабства
contact-lastrada-help = Поддержка людей, которым грозит торговля людьми или эксплуатация, в том числе тех, кто не хочет обращаться в полицию.
contact-police_helpline-name = Горячая линия полиции по вопросам торговли людьми
contact-police_helpline-help = Линия полиции по вопросам торговли людьми, открытая в марте 2022 года, сначала для людей, прибывающих из Украины.
contact-police_thb-name = Номер полиции для срочных случаев торговли людьми
contact-police_thb-help = Номер Главного управления полиции для срочных ситуаций, связанных с торговлей людьми.
contact-police_thb_unit-name = Отдел по борьбе с торговлей людьми Главного управления полиции
contact-police_thb_unit-help = Подразделение Главного управления полиции, занимающееся торговлей людьми.
contact-child_helpline-name = Телефон доверия для детей и молодёжи
contact-child_helpline-help = Его ведёт фонд Fundacja Dajemy Dzieciom Siłę, для всех младше 18 лет.
contact-missing_children-name = Линия по пропавшим детям (ITAKA)
contact-missing_children-help = Когда ребёнок пропал или его нашли одного.
contact-crime_victims-name = Линия помощи пострадавшим от преступлений
contact-crime_victims-help = Поддержка для каждого, кто пострадал от преступления, и для их близких.
contact-ukraine_lines-name = Линии противодействия торговле людьми в Украине
contact-ukraine_lines-help = Указаны властями Украины и МОМ для звонков внутри Украины.
