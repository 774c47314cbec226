# Contacts screen. Names of organisations and numbers are never translated
# away: an organisation keeps its own name, followed by what it is.

contacts-title = Contacts
contacts-intro = Tap a number to call it. Numbers are written as dialled from a Polish phone.
contacts-section-main = Main contacts
contacts-section-more = More help
contacts-section-children = For children
contacts-section-ukraine = For calls from Ukraine
contacts-ukraine-warning = These numbers work only on Ukrainian networks, with a Ukrainian SIM card. From a Polish phone, use the numbers above.
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
hours-kcik = Consultants on weekdays. At other times an intervention line for urgent matters only; emergency interventions 24 hours a day.
hours-office = Office hours
hours-not-stated = Hours not given by the source

label-intervention = Intervention line
label-office = Office
label-counter-trafficking-free = Free counter-trafficking short number

languages-note-emergency = Operators speak several languages.
languages-note-by-arrangement = Other languages by arrangement.
languages-note-child-helpline = Ukrainian and Russian: Monday to Friday, 14:00–18:00.
languages-note-not-stated = Languages not given by the source.

contact-emergency-name = Emergency number 112
contact-emergency-help = Police, ambulance and fire service. Call when anyone is in immediate danger.
contact-kcik-name = KCIK – National Consulting and Intervention Centre for Victims of Trafficking
contact-kcik-help = Advice and help for victims of trafficking, Polish and foreign, and for anyone who works with them. Run by La Strada. You can ask them when you are unsure.
contact-lastrada-name = La Strada – Foundation Against Trafficking in Persons and Slavery
contact-lastrada-help = Support for people at risk of trafficking or exploitation, including those who do not want to go to the police.
contact-police_helpline-name = Police helpline on human trafficking
contact-police_helpline-help = A police line on trafficking opened in March 2022, first for people arriving from Ukraine.
contact-police_thb-name = Police number for urgent trafficking cases
contact-police_thb-help = Police Headquarters number for urgent situations concerning human trafficking.
contact-police_thb_unit-name = Police Headquarters trafficking unit
contact-police_thb_unit-help = The unit at Police Headquarters that deals with human trafficking.
contact-child_helpline-name = Helpline for children and young people
contact-child_helpline-help = Run by Fundacja Dajemy Dzieciom Siłę, for anyone under 18.
contact-missing_children-name = Missing children hotline (ITAKA)
contact-missing_children-help = When a child has gone missing or has been found alone.
contact-crime_victims-name = Helpline for victims of crime
contact-crime_victims-help = Support for anyone harmed by a crime, and for their families.
contact-ukraine_lines-name = Counter-trafficking lines in Ukraine
contact-ukraine_lines-help = Listed by Ukrainian authorities and IOM for calls within Ukraine.
