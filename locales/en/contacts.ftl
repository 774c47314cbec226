# Contacts screen. Names of organisations and numbers are never translated
# away: an organisation keeps its own name, followed by what it is.

contacts-title = Contacts
contacts-intro = Tap a number to call it. Numbers are written as dialled from a Polish phone.
contacts-section-main = Main contacts
contacts-section-more = More help
contacts-section-children = For children
contacts-section-ukraine = For calls from Ukraine
contacts-ukraine-warning = For calls from Ukraine or with a Ukrainian SIM card only. The short numbers 527 and 1547 work only on Ukrainian networks, so they are not links here. From a Polish phone, use the numbers above.
field-hours = Hours
field-languages = Languages
field-email = E-mail
last-confirmed = Last confirmed by a source in { $year }. Check before relying on it.
sources-title = { $count ->
    [one] Source
   *[other] Sources ({ $count })
}

lang-name-pl = Polish
lang-name-en = English
lang-name-uk = Ukrainian
lang-name-ru = Russian
lang-name-be = Belarusian
lang-name-ro = Romanian
lang-name-ka = Georgian
lang-name-vi = Vietnamese
lang-name-hi = Hindi
lang-name-ne = Nepali
lang-name-bn = Bengali
lang-name-fil = Filipino
lang-name-uz = Uzbek
lang-name-tr = Turkish
lang-name-es = Spanish
lang-name-ar = Arabic

hours-always = 24 hours a day, 7 days a week
hours-always-free = 24 hours a day, 7 days a week, free of charge
hours-always-free-anonymous = 24 hours a day, 7 days a week, free of charge and anonymous
hours-kcik = Consultants Monday to Friday. At other times call La Strada's 24/7 intervention line, or 112 in danger. (A 2025 police page lists this number as 24/7.)
hours-office = Office hours
hours-not-stated = Hours not given by the source

label-intervention = Intervention line (24/7)
label-office = Office line
label-counter-trafficking-free = Free counter-trafficking short number

languages-note-emergency = Operators speak several languages.
languages-note-by-arrangement = Other languages by arrangement.
languages-note-child-helpline = Ukrainian and Russian: Monday to Friday, 14:00–18:00 (as announced in June 2022).
languages-note-not-stated = Languages not given by the source.

contact-emergency-name = Emergency number 112
contact-emergency-help = The general emergency number. Call when anyone is in immediate danger.
contact-kcik-name = KCIK – National Consulting and Intervention Centre for Victims of Trafficking
contact-kcik-help = Advice and help for victims of trafficking, Polish and foreign, and for anyone who works with them. Run by La Strada. You can ask them when you are unsure.
contact-lastrada-name = La Strada – Foundation Against Trafficking in Persons and Slavery
contact-lastrada-help = The foundation that runs KCIK. Supports victims of trafficking, including those who do not want to contact the police.
contact-police_helpline-name = Police helpline on human trafficking
contact-police_helpline-help = A dedicated police line on human trafficking for people from Ukraine, launched in March 2022.
contact-police_thb-name = Police number for urgent trafficking cases
contact-police_thb-help = Police Headquarters number for urgent situations concerning human trafficking.
contact-police_thb_unit-name = Police Headquarters trafficking unit
contact-police_thb_unit-help = The unit at Police Headquarters that deals with human trafficking.
contact-child_helpline-name = Helpline for children and young people
contact-child_helpline-help = Run by Fundacja Dajemy Dzieciom Siłę. A child who is alone or in danger: call the police (112) first.
contact-missing_children-name = Missing children hotline (ITAKA)
contact-missing_children-help = When a child has gone missing. A child found alone: call the police (112) first.
contact-crime_victims-name = Helpline for victims of crime
contact-crime_victims-help = Support for people harmed by a crime.
contact-ukraine_lines-name = Numbers for calls from Ukraine
contact-ukraine_lines-help = Listed by Ukrainian authorities and IOM for calls within Ukraine. 527 is a free counter-trafficking short number (IOM).
contact-crisis_adults-name = Emotional-crisis helpline for adults (Niebieska Linia)
contact-crisis_adults-help = Run by the Institute of Health Psychology of the Polish Psychological Society. For a person in emotional crisis or at risk of suicide: call 112 first if life is in danger.
contact-crisis_centre-name = Support Centre for People in Mental Crisis (ITAKA)
contact-crisis_centre-help = Psychologists, for people in mental crisis. Call 112 first if life is in danger.
