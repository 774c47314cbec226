# संकेत जाँच: सेटअप, प्रश्न, उत्तर र नतिजा।
# "-ask" भएका प्रश्न ती व्यक्ति आफैं पढ्छन्, प्रायः डराएका र अर्को भाषामा:
# छोटा, सरल, कहिल्यै उत्तर नसुझाउने, कहिल्यै दोष नलगाउने।

check-title = संकेत जाँच
check-intro = मानव बेचबिखनका संकेतबारे केही छोटा प्रश्न। ती व्यक्तिलाई कुनै पनि साथीबाट टाढा, एक्लै सोध्नुहोस्। केही पनि सेभ वा पठाइँदैन: तपाईंले नमेटाएसम्म उत्तरहरू यही फोनमा रहन्छन्।
check-screening-not-identification = यो प्रारम्भिक जाँच हो, पहिचान होइन। पीडितको औपचारिक पहिचान प्रहरी वा सीमा रक्षक बलले मात्र गर्न सक्छ।
check-person-language = ती व्यक्तिको भाषा
check-same-language = मेरै भाषा
check-path-label = कति प्रश्न
check-path-short = छोटो: सबैभन्दा महत्त्वपूर्ण संकेत (करिब 2 मिनेट)
check-path-full = पूरा: सबै संकेत
check-start = सुरु गर्नुहोस्
check-progress = प्रश्न { $current } / { $total }
check-for-person = ती व्यक्तिका लागि
check-for-worker = तपाईं आफैं ध्यान दिनुहोस्
check-answer-yes = हो
check-answer-no = होइन
check-answer-not-sure = पक्का छैन
check-answer-prefer-not = भन्न चाहन्नँ
check-back = पछाडि
check-skip = छोड्नुहोस्
check-finish-now = अहिले सक्नुहोस्
check-clear = सबै उत्तर मेटाउनुहोस्
check-cleared = सबै उत्तर मेटाइए।
check-review = उत्तर बदल्नुहोस्
check-restart = फेरि सुरु गर्नुहोस्

check-group-triage = पहिले सुरक्षा
check-group-age = उमेर

# सुरक्षाका प्रश्न सबैभन्दा पहिले आउँछन्; कुनै पनि "हो" ले माथि "अहिले नै 112 मा फोन गर्नुहोस्" देखाउँछ।
triage-threatened_now-sign = कसैलाई अहिले धम्की दिइँदै वा चोट पुर्‍याइँदै छ
triage-threatened_now-ask = के अहिले कसैले तपाईंलाई धम्की दिइरहेको वा चोट पुर्‍याइरहेको छ?
triage-cannot_leave_now-sign = कसैले उनलाई अहिले जानबाट रोकिरहेको छ
triage-cannot_leave_now-ask = के अहिले कसैले तपाईंलाई यो ठाउँबाट जानबाट रोकिरहेको छ?
triage-injured-sign = घाइते वा बिरामी, अहिले नै डाक्टर चाहिन्छ
triage-injured-ask = के तपाईं घाइते वा बिरामी हुनुहुन्छ, र तपाईंलाई अहिले नै डाक्टर चाहिन्छ?
triage-child_alone-sign = यहाँ आमाबुबा वा अभिभावक नभएको बच्चा
triage-child_alone-observe = के यो यहाँ आमाबुबा वा अभिभावक नभएको बच्चा हो?
age-under_18-sign = 18 वर्षमुनिको हुन सक्छ
age-under_18-observe = के ती व्यक्ति 18 वर्षमुनिका हुन सक्छन्? पक्का थाहा नभए "पक्का छैन" छान्नुहोस्।

domain-recruitment = भर्ती र यात्रा
domain-identity = पहिचान र कागजात
domain-housing = बसोबास र आवतजावत
domain-work = काम र तलब
domain-money = पैसा र ऋण
domain-health = स्वास्थ्य
domain-control = नियन्त्रण र धम्की

dimension-deceptive_recruitment = भर्तीका बेला छल
dimension-coercive_recruitment = भर्तीका बेला बल प्रयोग वा धम्की
dimension-vulnerability_recruitment = भर्तीका बेला कमजोर अवस्थाको फाइदा
dimension-exploitative_conditions = शोषणपूर्ण काम वा बसाइको अवस्था
dimension-coercion_destination = काम गर्ने वा बस्ने ठाउँमा जबरजस्ती
dimension-vulnerability_destination = काम लगाउनेहरूमाथि निर्भरता

result-title = नतिजा
result-call-112 = अहिले नै 112 मा फोन गर्नुहोस्। कोही तुरुन्त खतरामा हुन सक्छ।
result-immediate_danger = तुरुन्तको खतरा
result-immediate_danger-text = पहिले सबै सुरक्षित छन् भनेर निश्चित गर्नुहोस्। 112 मा फोन गर्नुहोस्, त्यसपछि KCIK लाई सम्पर्क गर्नुहोस्।
result-strong_signs = बेचबिखनका बलिया संकेत
result-strong_signs-text = उत्तरहरूमा भर्ती, शोषण र जबरजस्ती तीनै सँगै देखिन्छन्। ती व्यक्तिलाई रेफर गर्नुहोस्: KCIK वा La Strada मा फोन गर्नुहोस्, वा उनी सहमत भए वा खतरामा भए प्रहरीलाई।
result-some_signs = केही संकेत – सल्लाह लिनुहोस्
result-some_signs-text = बेचबिखनका केही संकेत भेटिए। अब के गर्ने भनेर KCIK सँग सल्लाह लिनुहोस्; उनीहरूले प्रहरीकहाँ जान नचाहने मानिसलाई पनि मद्दत गर्छन्।
result-labour_rights = बेचबिखनभन्दा पनि श्रम अधिकारको समस्या
result-labour_rights-text = कम तलब वा खराब अवस्था भेटियो, तर बल प्रयोग, धम्की वा छोडेर जान नसक्ने कुनै संकेत भेटिएन। ती व्यक्तिलाई राष्ट्रिय श्रम निरीक्षण कार्यालय (PIP) मा पठाउनुहोस्। केही बदलियो भने फेरि जाँच गर्नुहोस्।
result-no_signs = अहिलेसम्म कुनै संकेत भेटिएन
result-no_signs-text = अहिलेसम्मका उत्तरमा बेचबिखनको कुनै संकेत छैन। अझै चिन्ता छ भने थप प्रश्न सोध्नुहोस् वा KCIK सँग सल्लाह लिनुहोस्।
result-child = ती व्यक्ति बच्चा हुन सक्छन्। शोषणका लागि भर्ती गरिएको वा लगिएको बच्चा सधैं बेचबिखनको पीडित हो, बल प्रयोग वा छल नभए पनि। बच्चालाई सधैं रेफर गर्नुहोस्।
result-signs-found = संकेत भेटिए
result-signs-unclear = पक्का छैन – जाँच्न लायक
result-not-asked = अहिलेसम्म सोधिएको छैन
result-not-asked-none = सबै क्षेत्रबारे सोधियो।
result-dimension-positive = यो क्षेत्रले सूचकको तोकिएको सीमा पूरा गर्छ।
result-whom-to-call = कसलाई फोन गर्ने
result-pip = राष्ट्रिय श्रम निरीक्षण कार्यालय (PIP): तलब, सम्झौता, काम गर्ने समय र कार्यस्थलको सुरक्षाका लागि।
result-answered = { $count ->
    [one] एउटा उत्तर दिइयो।
   *[other] { $count } वटा उत्तर दिइए।
}

ind-job_different_nature-sign = काम वाचा गरिएभन्दा फरक किसिमको छ
ind-job_different_nature-ask = के तपाईंको काम तपाईंलाई वाचा गरिएको कामभन्दा फरक किसिमको छ?

ind-place_or_employer_different-sign = ठाउँ वा मालिक वाचा गरिएजस्तो होइन
ind-place_or_employer_different-ask = के तपाईं वाचा गरिएभन्दा फरक ठाउँमा, वा फरक मालिककहाँ पुग्नुभयो?

ind-conditions_deceived-sign = तलब, समय वा अवस्था वाचाभन्दा खराब
ind-conditions_deceived-ask = के तपाईंको तलब, काम गर्ने समय वा अवस्था तपाईंलाई भनिएभन्दा खराब छ?

ind-travel_deceived-sign = यात्रा भनिएजस्तो थिएन
ind-travel_deceived-ask = के यहाँसम्मको यात्रा तपाईंलाई भनिएभन्दा फरक थियो?

ind-housing_deceived-sign = बस्ने ठाउँ वाचा गरिएजस्तो होइन
ind-housing_deceived-ask = के तपाईं बस्ने ठाउँ वाचा गरिएभन्दा खराब छ?

ind-documents_status_deceived-sign = कागजात वा यहाँ बस्ने र काम गर्ने अधिकारबारे झुक्याइएको
ind-documents_status_deceived-ask = के तपाईंलाई तपाईंका कागजात वा यहाँ काम गर्ने अधिकारबारे गलत कुरा भनियो?

ind-marriage_promise-sign = विवाह वा धर्मसन्तान बनाउने वाचामा आएको
ind-marriage_promise-ask = के कसैले तपाईंसँग विवाह गर्ने वा तपाईंलाई धर्मसन्तान बनाउने वाचा गरेकाले तपाईं आउनुभयो?

ind-education_deceived-sign = पढाइ वा तालिमको वाचा, जुन कहिल्यै पूरा भएन
ind-education_deceived-ask = के तपाईंलाई पढाइ वा तालिमको वाचा गरिएको थियो, तर पाउनुभएन?

ind-agency_fee_paid-sign = काम वा यात्राका लागि एजेन्सीलाई पैसा तिरेको
ind-agency_fee_paid-ask = के तपाईंले यो काम वा यात्रा पाउन कुनै एजेन्सी वा व्यक्तिलाई पैसा तिर्नुभयो?

ind-offer_too_good-sign = पत्याउनै नसकिने गरी राम्रो यात्रा, बसाइ वा कामको प्रस्ताव
ind-offer_too_good-ask = के कसैले तपाईंलाई पत्याउनै नसकिने गरी राम्रो यात्रा, बस्ने ठाउँ वा कामको प्रस्ताव दिएको छ?

ind-unregistered_helper-sign = संस्थाको ब्याज नभएको व्यक्तिले मद्दत गर्छु भन्छ
ind-unregistered_helper-observe = के दर्ता भएको संस्थाको ब्याजबिना कसैले उनलाई गाडीमा लैजाने, बस्ने ठाउँ वा काम दिने प्रस्ताव गर्दै छ?

ind-recruit_violence-sign = यहाँ ल्याउन बल वा हिंसा प्रयोग गरिएको
ind-recruit_violence-ask = के तपाईंलाई यहाँ ल्याउन कसैले बल प्रयोग गर्‍यो वा चोट पुर्‍यायो?

ind-recruit_threats-sign = आउन बाध्य बनाउन धम्की दिइएको
ind-recruit_threats-ask = के तपाईंलाई यहाँ ल्याउन कसैले तपाईं वा तपाईंको परिवारलाई धम्की दियो?

ind-taken_or_sold-sign = इच्छाविरुद्ध लगिएको, बेचिएको वा विवाह गर्न बाध्य पारिएको
ind-taken_or_sold-ask = के तपाईंलाई तपाईंको इच्छाविरुद्ध लगियो, बेचियो, वा विवाह गर्न बाध्य पारियो?

ind-passports_collected-sign = कसैले "मद्दतका लागि" भन्दै पासपोर्ट जम्मा गर्छ
ind-passports_collected-ask = के कसैले "यसले तपाईंलाई मद्दत गर्छ" भन्दै तपाईंको पासपोर्ट वा परिचयपत्र माग्यो?

ind-pressure_to_leave_now-sign = कसैसँग तुरुन्तै जान दबाब
ind-pressure_to_leave_now-ask = के कसैले तपाईंलाई अहिले नै आफूसँग जान दबाब दिइरहेको छ?

ind-economic_need-sign = पैसाको ठूलो खाँचोले काम वा यात्रा स्वीकारेको
ind-economic_need-ask = के तपाईंलाई पैसाको धेरै खाँचो भएकाले यो काम वा यात्रा स्वीकार्नुभयो?

ind-family_difficulty-sign = परिवारका समस्याले घर छोड्नुपरेको
ind-family_difficulty-ask = के परिवारका समस्याले गर्दा तपाईंले घर छोड्नुपर्‍यो?

ind-no_language_info-sign = भाषा नजानी वा मद्दत कहाँ पाइन्छ थाहा नपाई आएको
ind-no_language_info-ask = तपाईं आउँदा, के मानिसका कुरा बुझ्न वा मद्दत खोज्न गाह्रो भयो?

ind-emotional_dependency-sign = जीवनसाथी वा प्रियजनले यात्रा वा काम मिलाइदिएको
ind-emotional_dependency-ask = के तपाईंको जीवनसाथी वा तपाईंले माया गर्ने कसैले तपाईंका लागि यो यात्रा वा काम मिलाइदिएको हो?

ind-fear_authorities-sign = प्रहरी वा अन्य अधिकारीसँग डर
ind-fear_authorities-ask = के तपाईंलाई मद्दतका लागि प्रहरी वा अन्य अधिकारीकहाँ जान डर लाग्छ?

ind-child_with_non_relatives-sign = बच्चा एक्लै वा परिवारबाहेकका वयस्कसँग यात्रा गर्दै
ind-child_with_non_relatives-observe = के बच्चा एक्लै, वा आफ्नो परिवारबाहेकका वयस्कसँग यात्रा गर्दै छ?

ind-excessive_hours-sign = धेरै लामो समय वा बिदाबिना काम
ind-excessive_hours-ask = के तपाईं हरेक दिन धेरै लामो समय काम गर्नुहुन्छ, र बिदा थोरै पाउनुहुन्छ वा पाउनुहुन्न?

ind-low_or_no_pay-sign = धेरै कम तलब वा तलब नै नपाउने
ind-low_or_no_pay-ask = के तपाईंले आफ्नो कामका लागि धेरै कम पैसा पाउनुहुन्छ, वा केही पनि पाउनुहुन्न?

ind-returned_no_money-sign = विदेशमा काम गरेर तलबबिना वा आंशिक तलब लिएर फर्केको
ind-returned_no_money-ask = के तपाईं विदेशमा काम गरेर तलब नपाई, वा त्यसको केही भाग मात्र लिएर फर्कनुभयो?

ind-no_contract-sign = लिखित सम्झौता छैन, वा श्रम नियम बेवास्ता गरिएको
ind-no_contract-ask = के तपाईं लिखित सम्झौताबिना काम गर्नुहुन्छ?

ind-no_social_protection-sign = कामबाट स्वास्थ्य बीमा वा सामाजिक सुरक्षा छैन
ind-no_social_protection-ask = के तपाईं स्वास्थ्य बीमाबिना काम गर्नुहुन्छ?

ind-bad_housing-sign = धेरै खराब, भीडभाड भएको वा असुरक्षित बसाइ
ind-bad_housing-ask = के तपाईं सुत्ने ठाउँ धेरै भीडभाड, फोहोर वा असुरक्षित छ?

ind-hazardous_work-sign = उचित सुरक्षाबिना खतरनाक काम
ind-hazardous_work-ask = के तपाईंको काम खतरनाक छ, र तपाईंसँग चाहिने सुरक्षा सामग्री छैन?

ind-fines_deductions-sign = तलबबाट ठूला "जरिवाना" वा कटौती
ind-fines_deductions-ask = के कसैले तपाईंको तलबबाट "जरिवाना" भनेर वा तपाईंको सहमतिबिना पैसा काट्छ?

ind-no_medical_care-sign = बिरामी वा घाइते हुँदा थोरै उपचार वा उपचार नै नपाउने
ind-no_medical_care-ask = तपाईं बिरामी वा घाइते हुँदा, के तपाईंले थोरै मात्र उपचार पाउनुहुन्छ वा पाउनुहुन्न?

ind-no_basic_needs-sign = खाना, शौचालय वा लुगा मुस्किलले पाउने
ind-no_basic_needs-ask = के तपाईंलाई प्रायः पुग्ने खाना, लुगा, वा प्रयोग गर्न मिल्ने शौचालय हुँदैन?

ind-child_adult_work-sign = बच्चाले वयस्कले गर्ने काम गर्दै
ind-child_adult_work-observe = के बच्चाले सामान्यतया वयस्कले गर्ने काम गर्दै छ?

ind-documents_held-sign = उनको पासपोर्ट वा परिचयपत्र अरू कसैले राख्छ
ind-documents_held-ask = के तपाईंको पासपोर्ट वा परिचयपत्र अरू कसैले राखेको छ?

ind-debt_bondage-sign = यात्रा, कागजात, बसाइ वा "सुरक्षा" को ऋण तिर्नुपर्ने
ind-debt_bondage-ask = के तपाईंले यात्रा, कागजात, बस्ने ठाउँ वा "सुरक्षा" को ऋण तिर्नुपर्छ?

ind-locked_in-sign = थुनेर राखिएको, वा एक्लै बाहिर जान नदिइने
ind-locked_in-ask = के तपाईंलाई थुनेर राखिन्छ, वा एक्लै बाहिर जान दिइँदैन?

ind-watched-sign = सधैं निगरानी वा पिछा गरिने
ind-watched-ask = के कामबाहेकको समयमा पनि तपाईंलाई सधैं निगरानी गरिन्छ वा पिछा गरिन्छ?

ind-family_contact_supervised-sign = कसैले सुनिरहेका बेला मात्र परिवारसँग कुरा गर्न पाउने
ind-family_contact_supervised-ask = के तपाईं अरू कसैले सुनिरहेका बेला मात्र परिवारसँग कुरा गर्न पाउनुहुन्छ?

ind-violence_destination-sign = काम गर्ने वा बस्ने ठाउँमा कुटिएको वा चोट पुर्‍याइएको
ind-violence_destination-ask = तपाईं काम गर्ने वा बस्ने ठाउँमा, के कसैले तपाईंलाई कुट्यो वा चोट पुर्‍यायो?

ind-injuries_restraint-sign = बाँधिएको वा थिचेर राखिएको जस्तो देखिने चोट
ind-injuries_restraint-observe = के बाँधिँदा वा थिचेर राखिँदा हुन सक्ने चोट देख्नुहुन्छ?

ind-minder_present-sign = साथमा आएको व्यक्तिले उनलाई एक्लै छोड्दैन
ind-minder_present-observe = के साथमा आएको कोही नजिकै बस्छ र उनलाई एक्लै छोड्न मान्दैन?

ind-speaks_for_them-sign = अरू कसैले उनको सट्टा बोल्छ वा अनुवाद गर्छ
ind-speaks_for_them-observe = के अरू कसैले उनको सट्टा जवाफ दिन्छ, वा आफैं अनुवाद गर्छु भनेर अड्डी कस्छ?

ind-wages_withheld-sign = तलब रोकिएको वा अरू कसैले राखेको
ind-wages_withheld-ask = के तपाईंको मालिक वा अरू कसैले तपाईंको तलब रोक्छ वा आफैंसँग राख्छ?

ind-forced_work-sign = इच्छाविरुद्ध काम गर्न लगाइएको
ind-forced_work-ask = के तपाईंलाई तपाईंले गर्न नचाहेको काम गर्न लगाइन्छ?

ind-forced_sex-sign = ग्राहकसँग समेत यौन सम्बन्ध राख्न बाध्य पारिएको
ind-forced_sex-ask = के तपाईं नचाहँदा पनि कसैले तपाईंलाई यौन सम्बन्ध राख्न बाध्य पार्छ?

ind-forced_begging-sign = भीख माग्न र पैसा बुझाउन बाध्य पारिएको
ind-forced_begging-ask = के तपाईंलाई भीख माग्न लगाइन्छ र पैसा अरू कसैलाई दिनुपर्छ?

ind-forced_crime-sign = चोरी वा अन्य अपराध गर्न बाध्य पारिएको
ind-forced_crime-ask = के तपाईंलाई चोरी गर्न वा कानुनविरुद्धका अन्य काम गर्न लगाइन्छ?

ind-forced_to_lie-sign = अधिकारी वा परिवारसँग झूट बोल्न भनिएको
ind-forced_to_lie-ask = के तपाईंलाई प्रहरी, अधिकारी वा आफ्नो परिवारसँग झूट बोल्न भनियो?

ind-threats_destination-sign = हानि गर्ने वा उजुरी गर्ने धम्की
ind-threats_destination-ask = के कसैले तपाईं वा तपाईंको परिवारलाई हानि गर्ने, वा तपाईंबारे प्रहरीमा उजुरी गर्ने धम्की दिएको छ?

ind-threats_tell_family-sign = परिवार वा अरूलाई भनिदिने धम्की
ind-threats_tell_family-ask = के कसैले तपाईंबारे तपाईंको परिवार वा अरूलाई भनिदिने धम्की दिएको छ?

ind-cannot_leave_job-sign = काम छोडेर घर जान सक्दैन
ind-cannot_leave_job-ask = के कुनै कुराले तपाईंलाई यो काम छोडेर घर जानबाट रोकिरहेको छ?

ind-fearful_submissive-sign = डराएको, चिन्तित वा दबिएको देखिन्छ
ind-fearful_submissive-observe = के उनी डराएको, चिन्तित वा दबिएको देखिन्छन्?

ind-child_intimidated-sign = बच्चा डराएको देखिन्छ वा उमेरअनुसार नमिल्ने व्यवहार गर्छ
ind-child_intimidated-observe = के बच्चा डराएको देखिन्छ, वा आफ्नो उमेरका लागि असामान्य व्यवहार गर्छ?

ind-dependent_on_employer-sign = सुत्ने ठाउँ, खाना वा कागजातका लागि मालिकमाथि निर्भर
ind-dependent_on_employer-ask = के तपाईं सुत्ने ठाउँ, खाना वा कागजातका लागि आफ्नो मालिकमाथि निर्भर हुनुहुन्छ?

ind-unknown_address-sign = आफू बस्ने वा काम गर्ने ठाउँको ठेगाना थाहा छैन
ind-unknown_address-observe = के उनलाई आफू बस्ने वा काम गर्ने ठाउँको ठेगाना थाहा नभएजस्तो देखिन्छ?

ind-legal_status_dependent-sign = काम छोडे यहाँ बस्ने अधिकार गुम्ने डर
ind-legal_status_dependent-ask = के यो काम छोडे यहाँ बस्ने अधिकार गुम्छ भन्ने डर तपाईंलाई छ?

ind-no_own_documents-sign = परिचयपत्र छैन, वा त्यसको प्रतिलिपि मात्र छ
ind-no_own_documents-ask = के तपाईंसँग आफ्नो पासपोर्ट वा परिचयपत्रको प्रतिलिपि मात्र छ, वा केही पनि छैन?

ind-child_no_guardian-sign = बच्चासँग आमाबुबा वा अभिभावकलाई सम्पर्क गर्ने कुनै उपाय छैन
ind-child_no_guardian-observe = के बच्चासँग आमाबुबा वा अभिभावकलाई सम्पर्क गर्ने कुनै उपाय छैन?
