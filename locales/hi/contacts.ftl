# संपर्क स्क्रीन। संगठनों के नाम और नंबर कभी अनुवाद करके नहीं बदले जाते:
# हर संगठन का अपना नाम रहता है, उसके बाद लिखा होता है कि वह क्या है।

contacts-title = संपर्क
contacts-intro = कॉल करने के लिए नंबर पर टैप करें। नंबर वैसे लिखे हैं जैसे पोलैंड के फ़ोन से डायल किए जाते हैं।
contacts-section-main = मुख्य संपर्क
contacts-section-more = और मदद
contacts-section-children = बच्चों के लिए
contacts-section-ukraine = यूक्रेन से कॉल के लिए
contacts-ukraine-warning = सिर्फ़ यूक्रेन से या यूक्रेनी सिम कार्ड से कॉल के लिए। छोटे नंबर 527 और 1547 सिर्फ़ यूक्रेनी नेटवर्क पर काम करते हैं, इसलिए यहाँ वे लिंक नहीं हैं। पोलैंड के फ़ोन से ऊपर दिए नंबरों का उपयोग करें।
field-hours = समय
field-languages = भाषाएँ
field-email = ईमेल
last-confirmed = किसी स्रोत ने आखिरी बार { $year } में इसकी पुष्टि की। भरोसा करने से पहले जाँच लें।
sources-title = { $count ->
    [one] स्रोत
   *[other] स्रोत ({ $count })
}

lang-name-pl = पोलिश
lang-name-en = अंग्रेज़ी
lang-name-uk = यूक्रेनी
lang-name-ru = रूसी
lang-name-be = बेलारूसी
lang-name-ro = रोमानियाई
lang-name-ka = जॉर्जियाई
lang-name-vi = वियतनामी
lang-name-hi = हिन्दी
lang-name-ne = नेपाली
lang-name-bn = बांग्ला
lang-name-fil = फ़िलिपिनो
lang-name-uz = उज़्बेक
lang-name-tr = तुर्की
lang-name-es = स्पेनिश
lang-name-ar = अरबी

hours-always = दिन के 24 घंटे, हफ़्ते के 7 दिन
hours-always-free = दिन के 24 घंटे, हफ़्ते के 7 दिन, मुफ़्त
hours-always-free-anonymous = दिन के 24 घंटे, हफ़्ते के 7 दिन, मुफ़्त और गुमनाम
hours-kcik = सोमवार से शुक्रवार सलाहकार। बाकी समय La Strada की 24/7 हस्तक्षेप लाइन पर, या खतरे में 112 पर कॉल करें। (पुलिस के 2025 के एक पेज पर यह नंबर 24/7 बताया गया है।)
hours-office = दफ़्तर का समय
hours-not-stated = स्रोत में समय नहीं दिया गया

label-intervention = हस्तक्षेप लाइन (24/7)
label-office = दफ़्तर की लाइन
label-counter-trafficking-free = तस्करी-विरोधी मुफ़्त छोटा नंबर

languages-note-emergency = ऑपरेटर कई भाषाएँ बोलते हैं।
languages-note-by-arrangement = दूसरी भाषाएँ पहले से तय करके।
languages-note-child-helpline = यूक्रेनी और रूसी: सोमवार से शुक्रवार, 14:00–18:00 (जून 2022 की घोषणा के अनुसार)।
languages-note-not-stated = स्रोत में भाषाएँ नहीं दी गईं।

contact-emergency-name = आपातकालीन नंबर 112
contact-emergency-help = सामान्य आपातकालीन नंबर। जब कोई तुरंत खतरे में हो, तब कॉल करें।
contact-kcik-name = KCIK – मानव तस्करी के पीड़ितों के लिए राष्ट्रीय परामर्श और हस्तक्षेप केंद्र
contact-kcik-help = तस्करी के पीड़ितों (पोलिश और विदेशी) और उनके साथ काम करने वाले हर व्यक्ति के लिए सलाह और मदद। इसे La Strada चलाता है। संदेह होने पर आप उनसे पूछ सकते हैं।
contact-lastrada-name = La Strada – मानव तस्करी और गुलामी के खिलाफ़ फ़ाउंडेशन
contact-lastrada-help = वह फ़ाउंडेशन जो KCIK चलाता है। तस्करी के पीड़ितों की मदद करता है, उनकी भी जो पुलिस से संपर्क नहीं करना चाहते।
contact-police_helpline-name = मानव तस्करी पर पुलिस हेल्पलाइन
contact-police_helpline-help = यूक्रेन के लोगों के लिए मानव तस्करी पर पुलिस की एक विशेष लाइन, जो मार्च 2022 में शुरू हुई।
contact-police_thb-name = तस्करी के अत्यावश्यक मामलों के लिए पुलिस नंबर
contact-police_thb-help = मानव तस्करी से जुड़े अत्यावश्यक मामलों के लिए पुलिस मुख्यालय का नंबर।
contact-police_thb_unit-name = पुलिस मुख्यालय की तस्करी-विरोधी इकाई
contact-police_thb_unit-help = पुलिस मुख्यालय की वह इकाई जो मानव तस्करी के मामले देखती है।
contact-child_helpline-name = बच्चों और युवाओं के लिए हेल्पलाइन
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę इसे चलाता है। बच्चा अकेला हो या खतरे में हो: पहले पुलिस (112) को फ़ोन करें।
contact-missing_children-name = लापता बच्चों की हॉटलाइन (ITAKA)
contact-missing_children-help = जब कोई बच्चा लापता हो गया हो। अकेला मिला बच्चा: पहले पुलिस (112) को फ़ोन करें।
contact-crime_victims-name = अपराध पीड़ितों के लिए हेल्पलाइन
contact-crime_victims-help = अपराध से नुकसान उठाने वाले लोगों के लिए सहायता।
contact-ukraine_lines-name = यूक्रेन से कॉल के लिए नंबर
contact-ukraine_lines-help = यूक्रेन के भीतर कॉल के लिए, यूक्रेनी अधिकारियों और IOM की सूची से। 527 तस्करी-विरोधी मुफ़्त छोटा नंबर है (IOM)।
contact-crisis_adults-name = वयस्कों के लिए भावनात्मक संकट हेल्पलाइन (Niebieska Linia)
contact-crisis_adults-help = पोलिश मनोवैज्ञानिक सोसाइटी का स्वास्थ्य मनोविज्ञान संस्थान इसे चलाता है। भावनात्मक संकट में या आत्महत्या के खतरे वाले व्यक्ति के लिए: अगर जान खतरे में हो, तो पहले 112 पर कॉल करें।
contact-crisis_centre-name = मानसिक संकट में लोगों के लिए सहायता केंद्र (ITAKA)
contact-crisis_centre-help = मानसिक संकट में लोगों के लिए मनोवैज्ञानिक। अगर जान खतरे में हो, तो पहले 112 पर कॉल करें।
