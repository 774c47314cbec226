# संकेतों की जाँच: सेटअप, सवाल, जवाब और नतीजे।
# "-ask" वाले सवाल वह व्यक्ति खुद पढ़ता है, जो अक्सर डरा हुआ होता है और दूसरी
# भाषा में पढ़ता है: छोटे, सरल, कभी जवाब न सुझाने वाले, कभी दोष न देने वाले।

check-title = संकेतों की जाँच
check-intro = मानव तस्करी के संकेतों के बारे में कुछ छोटे सवाल। व्यक्ति से अकेले में पूछें, किसी भी साथी से दूर। कुछ भी सेव या भेजा नहीं जाता: जवाब इस फ़ोन पर तब तक रहते हैं जब तक आप उन्हें मिटा न दें।
check-screening-not-identification = यह शुरुआती जाँच है, पहचान नहीं। किसी पीड़ित की औपचारिक पहचान सिर्फ़ पुलिस या सीमा रक्षक बल कर सकते हैं।
check-person-language = व्यक्ति की भाषा
check-same-language = मेरी भाषा वाली
check-path-label = कितने सवाल
check-path-short = छोटा: सबसे अहम संकेत (लगभग 2 मिनट)
check-path-full = पूरा: सभी संकेत
check-start = शुरू करें
check-progress = सवाल { $current } / { $total }
check-for-person = व्यक्ति के लिए
check-for-worker = आप खुद ध्यान दें
check-answer-yes = हाँ
check-answer-no = नहीं
check-answer-not-sure = पक्का नहीं
check-answer-prefer-not = बताना नहीं चाहते
check-back = पीछे
check-skip = छोड़ें
check-finish-now = अभी खत्म करें
check-clear = सभी जवाब मिटाएँ
check-cleared = सभी जवाब मिटा दिए गए।
check-review = जवाब बदलें
check-restart = फिर से शुरू करें

check-group-triage = पहले सुरक्षा
check-group-age = उम्र

# सुरक्षा वाले सवाल सबसे पहले आते हैं; किसी भी "हाँ" पर सबसे ऊपर "अभी 112 पर कॉल करें" दिखता है।
triage-threatened_now-sign = किसी को अभी धमकाया जा रहा है या चोट पहुँचाई जा रही है
triage-threatened_now-ask = क्या कोई अभी आपको धमका रहा है या चोट पहुँचा रहा है?
triage-cannot_leave_now-sign = कोई उन्हें अभी जाने से रोक रहा है
triage-cannot_leave_now-ask = क्या कोई आपको अभी इस जगह से जाने से रोक रहा है?
triage-injured-sign = घायल या बीमार, अभी डॉक्टर की ज़रूरत
triage-injured-ask = क्या आपको चोट लगी है या आप बीमार हैं, और आपको अभी डॉक्टर चाहिए?
triage-child_alone-sign = बच्चा, जिसके माता-पिता या अभिभावक यहाँ नहीं हैं
triage-child_alone-observe = क्या यह ऐसा बच्चा है जिसके माता-पिता या अभिभावक यहाँ नहीं हैं?
age-under_18-sign = उम्र 18 साल से कम हो सकती है
age-under_18-observe = क्या व्यक्ति की उम्र 18 साल से कम हो सकती है? अगर आप पक्का नहीं जानते, तो "पक्का नहीं" चुनें।

domain-recruitment = भर्ती और यात्रा
domain-identity = पहचान और दस्तावेज़
domain-housing = रहना और आना-जाना
domain-work = काम और वेतन
domain-money = पैसा और कर्ज़
domain-health = स्वास्थ्य
domain-control = नियंत्रण और धमकियाँ

dimension-deceptive_recruitment = भर्ती के समय धोखा
dimension-coercive_recruitment = भर्ती के समय ज़बरदस्ती या धमकी
dimension-vulnerability_recruitment = भर्ती के समय मजबूरी का फ़ायदा
dimension-exploitative_conditions = शोषण वाले काम या रहने के हालात
dimension-coercion_destination = काम पर या रहने की जगह पर ज़बरदस्ती
dimension-vulnerability_destination = काम देने वालों पर निर्भरता

result-title = नतीजा
result-call-112 = अभी 112 पर कॉल करें। कोई तुरंत खतरे में हो सकता है।
result-immediate_danger = तुरंत खतरा
result-immediate_danger-text = पहले पक्का करें कि सब सुरक्षित हैं। 112 पर कॉल करें, फिर KCIK से संपर्क करें।
result-strong_signs = तस्करी के मज़बूत संकेत
result-strong_signs-text = जवाबों में भर्ती, शोषण और ज़बरदस्ती तीनों एक साथ दिखते हैं। व्यक्ति को आगे भेजें: KCIK या La Strada को फ़ोन करें, या पुलिस को, अगर व्यक्ति सहमत हो या खतरे में हो।
result-some_signs = कुछ संकेत – सलाह लें
result-some_signs-text = तस्करी के कुछ संकेत मिले। आगे क्या करना है, इसके लिए KCIK से सलाह लें; वे उन लोगों की भी मदद करते हैं जो पुलिस के पास नहीं जाना चाहते।
result-labour_rights = तस्करी नहीं, बल्कि श्रम अधिकारों की समस्या
result-labour_rights-text = कम वेतन या खराब हालात मिले, लेकिन ज़बरदस्ती, धमकी या जा न पाने का कोई संकेत नहीं मिला। व्यक्ति को राष्ट्रीय श्रम निरीक्षणालय (PIP) के पास भेजें। अगर कुछ बदले, तो फिर से जाँचें।
result-no_signs = अब तक कोई संकेत नहीं मिला
result-no_signs-text = अब तक के जवाबों में तस्करी का कोई संकेत नहीं है। अगर आपको अब भी चिंता है, तो और सवाल पूछें या KCIK से सलाह लें।
result-child = व्यक्ति बच्चा हो सकता है। अगर किसी बच्चे को शोषण के लिए भर्ती किया गया या कहीं ले जाया गया, तो वह हमेशा तस्करी का पीड़ित है, भले ही ज़बरदस्ती या धोखा न हुआ हो। बच्चे को हमेशा आगे भेजें।
result-signs-found = संकेत मिले
result-signs-unclear = पक्का नहीं – जाँचना ठीक रहेगा
result-not-asked = अभी नहीं पूछा गया
result-not-asked-none = हर क्षेत्र के बारे में पूछा गया।
result-dimension-positive = यह क्षेत्र संकेतकों की तय सीमा पूरी करता है।
result-whom-to-call = किसे फ़ोन करें
result-pip = राष्ट्रीय श्रम निरीक्षणालय (PIP): वेतन, अनुबंध, काम के घंटे और काम पर सुरक्षा के मामलों के लिए।
result-answered = { $count ->
    [one] { $count } जवाब दिया गया।
   *[other] { $count } जवाब दिए गए।
}

ind-job_different_nature-sign = काम वादे से अलग तरह का है
ind-job_different_nature-ask = क्या आपका काम उस काम से अलग है जिसका आपसे वादा किया गया था?

ind-place_or_employer_different-sign = जगह या मालिक वादे के अनुसार नहीं
ind-place_or_employer_different-ask = क्या आप वादे से अलग जगह पर, या अलग मालिक के पास पहुँच गए?

ind-conditions_deceived-sign = वेतन, घंटे या हालात वादे से बदतर
ind-conditions_deceived-ask = क्या आपका वेतन, काम के घंटे या हालात उससे बदतर हैं जो आपको बताया गया था?

ind-travel_deceived-sign = यात्रा वैसी नहीं थी जैसी बताई गई थी
ind-travel_deceived-ask = क्या यहाँ तक की यात्रा उससे अलग थी जो आपको बताया गया था?

ind-housing_deceived-sign = रहने की जगह वादे के अनुसार नहीं
ind-housing_deceived-ask = क्या आपके रहने की जगह उससे बदतर है जिसका आपसे वादा किया गया था?

ind-documents_status_deceived-sign = कागज़ों या यहाँ रहने और काम करने के अधिकार के बारे में गुमराह किया गया
ind-documents_status_deceived-ask = क्या आपको अपने कागज़ों या यहाँ काम करने के अधिकार के बारे में गलत बातें बताई गईं?

ind-marriage_promise-sign = शादी या गोद लेने के वादे पर आए
ind-marriage_promise-ask = क्या आप इसलिए आए क्योंकि किसी ने आपसे शादी करने या आपको गोद लेने का वादा किया था?

ind-education_deceived-sign = पढ़ाई या ट्रेनिंग का वादा, जो कभी पूरा नहीं हुआ
ind-education_deceived-ask = क्या आपसे पढ़ाई या ट्रेनिंग का वादा किया गया था जो आपको नहीं मिली?

ind-agency_fee_paid-sign = नौकरी या यात्रा के लिए एजेंसी को पैसे दिए
ind-agency_fee_paid-ask = क्या आपने यह नौकरी या यात्रा पाने के लिए किसी एजेंसी या व्यक्ति को पैसे दिए?

ind-offer_too_good-sign = यात्रा, रहने या नौकरी का ऐसा प्रस्ताव जो इतना अच्छा लगे कि सच न लगे
ind-offer_too_good-ask = क्या किसी ने आपको यात्रा, रहने की जगह या काम का ऐसा प्रस्ताव दिया है जो इतना अच्छा लगे कि सच न लगे?

ind-unregistered_helper-sign = बिना संगठन के बैज वाला व्यक्ति मदद की पेशकश करता है
ind-unregistered_helper-observe = क्या कोई पंजीकृत संगठन के बैज के बिना उन्हें सवारी, रहने की जगह या काम दे रहा है?

ind-recruit_violence-sign = यहाँ लाने के लिए ज़बरदस्ती या हिंसा
ind-recruit_violence-ask = क्या किसी ने आपको यहाँ लाने के लिए ज़बरदस्ती की या चोट पहुँचाई?

ind-recruit_threats-sign = यहाँ आने के लिए धमकाया गया
ind-recruit_threats-ask = क्या किसी ने आपको यहाँ लाने के लिए आपको या आपके परिवार को धमकाया?

ind-taken_or_sold-sign = मर्ज़ी के खिलाफ़ ले जाया गया, बेचा गया या शादी के लिए मजबूर किया गया
ind-taken_or_sold-ask = क्या आपको आपकी मर्ज़ी के खिलाफ़ ले जाया गया, बेचा गया, या शादी के लिए मजबूर किया गया?

ind-passports_collected-sign = कोई "मदद के लिए" पासपोर्ट इकट्ठा करता है
ind-passports_collected-ask = क्या किसी ने यह कहकर आपका पासपोर्ट या पहचान पत्र माँगा कि इससे आपकी मदद होगी?

ind-pressure_to_leave_now-sign = किसी के साथ तुरंत चलने का दबाव
ind-pressure_to_leave_now-ask = क्या कोई आप पर अभी अपने साथ चलने का दबाव डाल रहा है?

ind-economic_need-sign = पैसों की सख्त ज़रूरत के कारण नौकरी या यात्रा स्वीकार की
ind-economic_need-ask = क्या आपने यह नौकरी या यात्रा इसलिए ली क्योंकि आपको पैसों की बहुत ज़रूरत थी?

ind-family_difficulty-sign = परिवार की समस्याओं के कारण घर छोड़ना पड़ा
ind-family_difficulty-ask = क्या परिवार की समस्याओं की वजह से आपको घर छोड़ना पड़ा?

ind-no_language_info-sign = भाषा जाने बिना या यह जाने बिना आए कि मदद कहाँ मिलेगी
ind-no_language_info-ask = जब आप आए, तो क्या लोगों की बात समझना या मदद ढूँढना मुश्किल था?

ind-emotional_dependency-sign = किसी साथी या प्रियजन ने यात्रा या काम का इंतज़ाम किया
ind-emotional_dependency-ask = क्या आपके साथी ने, या किसी ऐसे व्यक्ति ने जिससे आप प्यार करते हैं, आपके लिए यह यात्रा या काम तय किया?

ind-fear_authorities-sign = पुलिस या दूसरे अधिकारियों से डर
ind-fear_authorities-ask = क्या आपको मदद के लिए पुलिस या दूसरे अधिकारियों के पास जाने से डर लगता है?

ind-child_with_non_relatives-sign = बच्चा अकेले या ऐसे वयस्कों के साथ यात्रा कर रहा है जो परिवार के नहीं हैं
ind-child_with_non_relatives-observe = क्या बच्चा अकेले, या ऐसे वयस्कों के साथ यात्रा कर रहा है जो उसके परिवार के नहीं हैं?

ind-excessive_hours-sign = बहुत लंबे घंटे या बिना छुट्टी के काम
ind-excessive_hours-ask = क्या आप हर दिन बहुत देर तक काम करते हैं, और छुट्टी कम मिलती है या बिल्कुल नहीं मिलती?

ind-low_or_no_pay-sign = बहुत कम वेतन या कोई वेतन नहीं
ind-low_or_no_pay-ask = क्या आपको अपने काम के लिए बहुत कम पैसे मिलते हैं, या कुछ भी नहीं?

ind-returned_no_money-sign = विदेश में काम से बिना वेतन या अधूरे वेतन के लौटे
ind-returned_no_money-ask = क्या आप विदेश में काम करके बिना वेतन के, या उसका सिर्फ़ कुछ हिस्सा लेकर लौटे?

ind-no_contract-sign = लिखित अनुबंध नहीं, या श्रम नियमों की अनदेखी
ind-no_contract-ask = क्या आप बिना लिखित अनुबंध के काम करते हैं?

ind-no_social_protection-sign = काम के ज़रिए स्वास्थ्य बीमा या सामाजिक सुरक्षा नहीं
ind-no_social_protection-ask = क्या आप बिना स्वास्थ्य बीमा के काम करते हैं?

ind-bad_housing-sign = बहुत खराब, भीड़ भरी या असुरक्षित रहने की जगह
ind-bad_housing-ask = क्या जहाँ आप सोते हैं, वह जगह बहुत भीड़ भरी, गंदी या असुरक्षित है?

ind-hazardous_work-sign = सही सुरक्षा के बिना खतरनाक काम
ind-hazardous_work-ask = क्या आपका काम खतरनाक है, और आपके पास ज़रूरी सुरक्षा का सामान नहीं है?

ind-fines_deductions-sign = वेतन से भारी "जुर्माने" या कटौतियाँ
ind-fines_deductions-ask = क्या कोई आपके वेतन से "जुर्माने" के नाम पर या आपकी सहमति के बिना पैसे काटता है?

ind-no_medical_care-sign = बीमार या घायल होने पर बहुत कम इलाज या कोई इलाज नहीं
ind-no_medical_care-ask = जब आप बीमार होते हैं या आपको चोट लगती है, तो क्या आपको बहुत कम इलाज मिलता है या बिल्कुल नहीं मिलता?

ind-no_basic_needs-sign = खाना, शौचालय या कपड़े मुश्किल से मिलते हैं
ind-no_basic_needs-ask = क्या अक्सर आपके पास पूरा खाना, कपड़े या इस्तेमाल करने लायक शौचालय नहीं होता?

ind-child_adult_work-sign = बच्चा वयस्कों वाला काम कर रहा है
ind-child_adult_work-observe = क्या बच्चा ऐसा काम कर रहा है जो आमतौर पर वयस्क करते हैं?

ind-documents_held-sign = उनका पासपोर्ट या पहचान पत्र कोई और रखता है
ind-documents_held-ask = क्या आपका पासपोर्ट या पहचान पत्र कोई और अपने पास रखता है?

ind-debt_bondage-sign = यात्रा, कागज़ों, रहने या "सुरक्षा" का कर्ज़ चुकाना है
ind-debt_bondage-ask = क्या आपको यात्रा, कागज़ों, रहने की जगह या "सुरक्षा" के लिए कोई कर्ज़ चुकाना है?

ind-locked_in-sign = बंद करके रखा जाता है, या अकेले बाहर जाने की इजाज़त नहीं
ind-locked_in-ask = क्या आपको बंद करके रखा जाता है, या अकेले बाहर जाने नहीं दिया जाता?

ind-watched-sign = हर समय निगरानी या पीछा
ind-watched-ask = क्या हर समय आप पर नज़र रखी जाती है या आपका पीछा किया जाता है, काम के बाहर भी?

ind-family_contact_supervised-sign = परिवार से सिर्फ़ तब बात करते हैं जब कोई सुन रहा हो
ind-family_contact_supervised-ask = क्या आप अपने परिवार से सिर्फ़ तभी बात कर पाते हैं जब कोई और सुन रहा हो?

ind-violence_destination-sign = काम पर या रहने की जगह पर मारा गया या चोट पहुँचाई गई
ind-violence_destination-ask = जहाँ आप काम करते हैं या रहते हैं, क्या वहाँ किसी ने आपको मारा या चोट पहुँचाई है?

ind-injuries_restraint-sign = ऐसी चोटें जो बाँधे जाने या दबाकर रखे जाने की ओर इशारा करें
ind-injuries_restraint-observe = क्या आपको ऐसी चोटें दिखती हैं जो बाँधे जाने या दबाकर रखे जाने से हो सकती हैं?

ind-minder_present-sign = कोई साथी उन्हें अकेला नहीं छोड़ता
ind-minder_present-observe = क्या कोई साथी पास ही रहता है और उन्हें अकेला छोड़ने से मना करता है?

ind-speaks_for_them-sign = कोई और उनकी तरफ़ से बोलता या अनुवाद करता है
ind-speaks_for_them-observe = क्या कोई और उनकी तरफ़ से जवाब देता है, या अनुवाद करने की ज़िद करता है?

ind-wages_withheld-sign = वेतन रोका गया या किसी और ने रख लिया
ind-wages_withheld-ask = क्या आपका मालिक या कोई और आपका वेतन रोकता है या अपने पास रखता है?

ind-forced_work-sign = मर्ज़ी के खिलाफ़ काम करवाया जाता है
ind-forced_work-ask = क्या आपसे ऐसा काम करवाया जाता है जो आप नहीं करना चाहते?

ind-forced_sex-sign = यौन संबंध के लिए मजबूर किया जाता है, ग्राहकों के साथ भी
ind-forced_sex-ask = क्या कोई आपको आपकी मर्ज़ी के बिना शारीरिक संबंध बनाने के लिए मजबूर करता है?

ind-forced_begging-sign = भीख माँगने और पैसे सौंपने के लिए मजबूर
ind-forced_begging-ask = क्या आपसे भीख मँगवाई जाती है और पैसे किसी और को देने पड़ते हैं?

ind-forced_crime-sign = चोरी या दूसरे अपराध करने के लिए मजबूर
ind-forced_crime-ask = क्या आपसे चोरी या कानून के खिलाफ़ दूसरे काम करवाए जाते हैं?

ind-forced_to_lie-sign = अधिकारियों या परिवार से झूठ बोलने को कहा गया
ind-forced_to_lie-ask = क्या आपसे पुलिस, अधिकारियों या अपने परिवार से झूठ बोलने को कहा गया?

ind-threats_destination-sign = नुकसान पहुँचाने या शिकायत करने की धमकी
ind-threats_destination-ask = क्या किसी ने आपको या आपके परिवार को नुकसान पहुँचाने की, या पुलिस से आपकी शिकायत करने की धमकी दी है?

ind-threats_tell_family-sign = परिवार या दूसरों को बता देने की धमकी
ind-threats_tell_family-ask = क्या किसी ने आपके बारे में आपके परिवार या दूसरों को बता देने की धमकी दी है?

ind-cannot_leave_job-sign = काम छोड़कर घर नहीं जा सकते
ind-cannot_leave_job-ask = क्या कोई बात आपको यह काम छोड़कर घर जाने से रोक रही है?

ind-fearful_submissive-sign = डरे हुए, बेचैन या दबे हुए लगते हैं
ind-fearful_submissive-observe = क्या वे डरे हुए, बेचैन या दबे हुए लगते हैं?

ind-child_intimidated-sign = बच्चा डरा हुआ लगता है या अपनी उम्र से अलग बर्ताव करता है
ind-child_intimidated-observe = क्या बच्चा डरा हुआ लगता है, या अपनी उम्र के हिसाब से असामान्य बर्ताव करता है?

ind-dependent_on_employer-sign = सोने की जगह, खाने या कागज़ों के लिए मालिक पर निर्भर
ind-dependent_on_employer-ask = क्या सोने की जगह, खाने या कागज़ों के लिए आप अपने मालिक पर निर्भर हैं?

ind-unknown_address-sign = अपने घर या काम की जगह का पता नहीं जानते
ind-unknown_address-observe = क्या ऐसा लगता है कि उन्हें अपने रहने या काम की जगह का पता नहीं मालूम?

ind-legal_status_dependent-sign = काम छोड़ने पर यहाँ रहने का अधिकार खोने का डर
ind-legal_status_dependent-ask = क्या आपको डर है कि यह काम छोड़ने पर आप यहाँ रहने का अधिकार खो देंगे?

ind-no_own_documents-sign = कोई पहचान दस्तावेज़ नहीं, या सिर्फ़ उसकी कॉपी
ind-no_own_documents-ask = क्या आपके पास अपने पासपोर्ट या पहचान पत्र की सिर्फ़ कॉपी है, या कुछ भी नहीं?

ind-child_no_guardian-sign = बच्चे के पास माता-पिता या अभिभावक से संपर्क का कोई तरीका नहीं
ind-child_no_guardian-observe = क्या बच्चे के पास माता-पिता या अभिभावक से संपर्क करने का कोई तरीका नहीं है?
