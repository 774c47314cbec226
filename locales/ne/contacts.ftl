# सम्पर्क स्क्रिन। संस्थाका नाम र नम्बर कहिल्यै अनुवाद गरेर बदलिँदैनन्:
# हरेक संस्थाको आफ्नै नाम रहन्छ, त्यसपछि त्यो के हो भन्ने लेखिन्छ।

contacts-title = सम्पर्क
contacts-intro = फोन गर्न नम्बरमा थिच्नुहोस्। नम्बरहरू पोल्यान्डको फोनबाट डायल गर्ने तरिकामा लेखिएका छन्।
contacts-section-main = मुख्य सम्पर्क
contacts-section-more = थप मद्दत
contacts-section-children = बालबालिकाका लागि
contacts-section-ukraine = युक्रेनबाट फोन गर्दा
contacts-ukraine-warning = युक्रेनबाट वा युक्रेनी सिम कार्डबाट फोन गर्दा मात्र। छोटा नम्बर 527 र 1547 युक्रेनी नेटवर्कमा मात्र चल्छन्, त्यसैले यहाँ ती लिंक होइनन्। पोल्यान्डको फोनबाट माथिका नम्बर प्रयोग गर्नुहोस्।
field-hours = समय
field-languages = भाषाहरू
field-email = इमेल
last-confirmed = कुनै स्रोतले अन्तिम पटक { $year } मा पुष्टि गरेको। भर पर्नुअघि जाँच गर्नुहोस्।
sources-title = { $count ->
    [one] स्रोत
   *[other] स्रोतहरू ({ $count })
}

lang-name-pl = पोलिस
lang-name-en = अङ्ग्रेजी
lang-name-uk = युक्रेनी
lang-name-ru = रुसी
lang-name-be = बेलारुसी
lang-name-ro = रोमानियाली
lang-name-ka = जर्जियाली
lang-name-vi = भियतनामी
lang-name-hi = हिन्दी
lang-name-ne = नेपाली
lang-name-bn = बङ्गाली
lang-name-fil = फिलिपिनो
lang-name-uz = उज्बेक
lang-name-tr = टर्किस
lang-name-es = स्पेनिस
lang-name-ar = अरबी

hours-always = दिनको 24 घण्टा, हप्ताको 7 दिन
hours-always-free = दिनको 24 घण्टा, हप्ताको 7 दिन, निःशुल्क
hours-always-free-anonymous = दिनको 24 घण्टा, हप्ताको 7 दिन, निःशुल्क र नाम नखुलाई
hours-kcik = सोमबारदेखि शुक्रबार परामर्शदाता। अन्य समयमा La Strada को 24/7 हस्तक्षेप लाइनमा, वा खतरामा 112 मा फोन गर्नुहोस्। (प्रहरीको 2025 को एउटा पेजमा यो नम्बर 24/7 भनिएको छ।)
hours-office = कार्यालय समय
hours-not-stated = स्रोतले समय दिएको छैन

label-intervention = हस्तक्षेप लाइन (24/7)
label-office = कार्यालयको लाइन
label-counter-trafficking-free = बेचबिखनविरुद्धको निःशुल्क छोटो नम्बर

languages-note-emergency = अपरेटरहरू धेरै भाषा बोल्छन्।
languages-note-by-arrangement = अन्य भाषा पहिले नै मिलाएर।
languages-note-child-helpline = युक्रेनी र रुसी: सोमबारदेखि शुक्रबार, 14:00–18:00 (जुन 2022 मा घोषणा गरिएअनुसार)।
languages-note-not-stated = स्रोतले भाषा दिएको छैन।

contact-emergency-name = आपत्कालीन नम्बर 112
contact-emergency-help = सामान्य आपत्कालीन नम्बर। कोही तुरुन्त खतरामा हुँदा फोन गर्नुहोस्।
contact-kcik-name = KCIK – मानव बेचबिखनका पीडितका लागि राष्ट्रिय परामर्श तथा हस्तक्षेप केन्द्र
contact-kcik-help = पोलिस र विदेशी बेचबिखन पीडित, र उनीहरूसँग काम गर्ने जो कोहीका लागि सल्लाह र मद्दत। La Strada ले सञ्चालन गर्छ। शंका लागेमा तपाईं उनीहरूलाई सोध्न सक्नुहुन्छ।
contact-lastrada-name = La Strada – मानव बेचबिखन र दासताविरुद्धको फाउन्डेसन
contact-lastrada-help = KCIK सञ्चालन गर्ने फाउन्डेसन। बेचबिखनका पीडितलाई सहयोग गर्छ, प्रहरीसँग सम्पर्क गर्न नचाहनेलाई पनि।
contact-police_helpline-name = मानव बेचबिखनसम्बन्धी प्रहरी हेल्पलाइन
contact-police_helpline-help = युक्रेनबाट आएका मानिसका लागि मानव बेचबिखनसम्बन्धी छुट्टै प्रहरी लाइन, मार्च 2022 मा सुरु गरिएको।
contact-police_thb-name = बेचबिखनका जरुरी मामिलाका लागि प्रहरी नम्बर
contact-police_thb-help = मानव बेचबिखनसम्बन्धी जरुरी अवस्थाका लागि प्रहरी प्रधान कार्यालयको नम्बर।
contact-police_thb_unit-name = प्रहरी प्रधान कार्यालयको बेचबिखनविरुद्ध इकाइ
contact-police_thb_unit-help = मानव बेचबिखनका मामिला हेर्ने प्रहरी प्रधान कार्यालयको इकाइ।
contact-child_helpline-name = बालबालिका र युवाका लागि हेल्पलाइन
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę ले सञ्चालन गर्छ। बच्चा एक्लै वा खतरामा छ भने: पहिले प्रहरी (112) लाई फोन गर्नुहोस्।
contact-missing_children-name = हराएका बालबालिकाको हटलाइन (ITAKA)
contact-missing_children-help = कुनै बच्चा हराएमा। बच्चा एक्लै भेटिएमा: पहिले प्रहरी (112) लाई फोन गर्नुहोस्।
contact-crime_victims-name = अपराध पीडितका लागि हेल्पलाइन
contact-crime_victims-help = अपराधबाट हानि भोगेका मानिसका लागि सहयोग।
contact-ukraine_lines-name = युक्रेनबाट फोन गर्ने नम्बरहरू
contact-ukraine_lines-help = युक्रेनभित्र फोन गर्नका लागि, युक्रेनी अधिकारी र IOM ले सूचीकृत गरेका। 527 बेचबिखनविरुद्धको निःशुल्क छोटो नम्बर हो (IOM)।
contact-crisis_adults-name = वयस्कका लागि भावनात्मक संकट हेल्पलाइन (Niebieska Linia)
contact-crisis_adults-help = पोलिस मनोवैज्ञानिक समाजको स्वास्थ्य मनोविज्ञान संस्थानले सञ्चालन गर्छ। भावनात्मक संकटमा रहेका वा आत्महत्याको जोखिममा रहेका व्यक्तिका लागि: ज्यान खतरामा छ भने पहिले 112 मा फोन गर्नुहोस्।
contact-crisis_centre-name = मानसिक संकटमा रहेका मानिसका लागि सहयोग केन्द्र (ITAKA)
contact-crisis_centre-help = मानसिक संकटमा रहेका मानिसका लागि मनोवैज्ञानिकहरू। ज्यान खतरामा छ भने पहिले 112 मा फोन गर्नुहोस्।
