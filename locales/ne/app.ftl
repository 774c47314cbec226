# एपको ढाँचा: हेडर, गृह स्क्रिन, हरेक स्क्रिनमा देखिने सूचनाहरू।

app-name = Pocket Card
app-tagline = मानव बेचबिखनका सम्भावित पीडितलाई चिन्नुहोस् र उनीहरूलाई सही मद्दतसम्म पुर्‍याउनुहोस्।
skip-to-content = सामग्रीमा जानुहोस्
language-label = भाषा
nav-main = मुख्य मेनु
nav-home = गृहपृष्ठ
home-cards-title = पकेट कार्ड
home-cards-text = तपाईंको भूमिकाका लागि बेचबिखनका संकेत र चाल्नुपर्ने कदमहरू।
home-check-title = संकेत जाँच
home-check-text = तपाईंको र ती व्यक्तिको भाषामा एउटा छोटो प्रश्नावली।
home-contacts-title = सम्पर्क
home-contacts-text = कसलाई फोन गर्ने: 112, KCIK, La Strada र प्रहरी हेल्पलाइन।
emergency-strip = कोही तुरुन्त खतरामा छ?
emergency-call = 112 मा फोन गर्नुहोस्
privacy-note = यो एपमा तपाईंले गर्ने कुनै पनि कुरा यो उपकरणबाट बाहिर जाँदैन। यो इन्टरनेटबिना चल्छ।
notice-unknown-language = लिंकमा माग गरिएको भाषा यो एपमा अहिलेसम्म छैन। त्यसैले यसलाई { $language }मा देखाइएको छ।
notice-unknown-view = लिंकले यो एपमा नभएको पृष्ठ देखायो। यो गृह स्क्रिन हो।
notice-close = बन्द गर्नुहोस्
notice-language-failed = यो भाषा लोड हुन सकेन। जडान जाँचेर फेरि प्रयास गर्नुहोस्।
notice-update-ready = एपको नयाँ संस्करण तयार छ।
notice-update-reload = अहिले रिलोड गर्नुहोस्
