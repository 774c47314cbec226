# ऐप का ढाँचा: हेडर, होम स्क्रीन, हर स्क्रीन पर दिखने वाली सूचनाएँ।

app-name = Pocket Card
app-tagline = मानव तस्करी के संभावित पीड़ितों को पहचानें और उन्हें सही मदद तक पहुँचाएँ।
skip-to-content = सामग्री पर जाएँ
language-label = भाषा
nav-main = मुख्य मेनू
nav-home = होम
home-cards-title = पॉकेट कार्ड
home-cards-text = आपकी भूमिका के लिए तस्करी के संकेत और उठाए जाने वाले कदम।
home-check-title = संकेतों की जाँच
home-check-text = आपकी और उस व्यक्ति की भाषा में एक छोटी प्रश्नावली।
home-contacts-title = संपर्क
home-contacts-text = किसे फ़ोन करें: 112, KCIK, La Strada और पुलिस हेल्पलाइन।
emergency-strip = क्या कोई तुरंत खतरे में है?
emergency-call = 112 पर कॉल करें
privacy-note = इस ऐप में आप जो भी करते हैं, वह इस डिवाइस से बाहर नहीं जाता। यह बिना इंटरनेट के काम करता है।
notice-unknown-language = लिंक में ऐसी भाषा माँगी गई जो इस ऐप में अभी नहीं है। इसलिए इसे { $language } में दिखाया जा रहा है।
notice-unknown-view = लिंक ऐसे पेज का था जो इस ऐप में नहीं है। यह होम स्क्रीन है।
notice-close = बंद करें
notice-language-failed = यह भाषा लोड नहीं हो सकी। कनेक्शन जाँचें और फिर से कोशिश करें।
notice-update-ready = ऐप का नया संस्करण तैयार है।
notice-update-reload = अभी रीलोड करें
