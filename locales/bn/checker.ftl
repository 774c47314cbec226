# লক্ষণ যাচাই: প্রস্তুতি, প্রশ্ন, উত্তর ও ফলাফল।
# "-ask" চিহ্নিত প্রশ্নগুলো ব্যক্তি নিজে পড়েন, প্রায়ই ভয় নিয়ে এবং দ্বিতীয় ভাষায়:
# ছোট, সহজ, কখনো উত্তরের দিকে ঠেলে দেয় না, কখনো দোষ দেয় না।

check-title = লক্ষণ যাচাই
check-intro = মানব পাচারের লক্ষণ নিয়ে কয়েকটি ছোট প্রশ্ন। ব্যক্তিকে একা, যেকোনো সঙ্গী থেকে দূরে জিজ্ঞেস করুন। কিছুই সংরক্ষণ বা পাঠানো হয় না: আপনি না মোছা পর্যন্ত উত্তরগুলো এই ফোনেই থাকে।
check-screening-not-identification = এটি প্রাথমিক যাচাই, শনাক্তকরণ নয়। শুধু পুলিশ বা সীমান্তরক্ষী বাহিনী আনুষ্ঠানিকভাবে কাউকে ভুক্তভোগী হিসেবে শনাক্ত করতে পারে।
check-person-language = ব্যক্তির ভাষা
check-same-language = আমার ভাষাই
check-path-label = কতগুলো প্রশ্ন
check-path-short = সংক্ষিপ্ত: সবচেয়ে গুরুত্বপূর্ণ লক্ষণ (প্রায় 2 মিনিট)
check-path-full = সম্পূর্ণ: সব লক্ষণ
check-start = শুরু করুন
check-progress = প্রশ্ন { $current } (মোট { $total })
check-for-person = ব্যক্তির জন্য
check-for-worker = আপনি খেয়াল করবেন
check-answer-yes = হ্যাঁ
check-answer-no = না
check-answer-not-sure = নিশ্চিত নই
check-answer-prefer-not = বলতে চাই না
check-back = পেছনে
check-skip = বাদ দিন
check-finish-now = এখনই শেষ করুন
check-clear = সব উত্তর মুছুন
check-cleared = সব উত্তর মুছে ফেলা হয়েছে।
check-review = উত্তর বদলান
check-restart = আবার শুরু করুন

check-group-triage = আগে নিরাপত্তা
check-group-age = বয়স

# নিরাপত্তার প্রশ্ন আগে আসে; যেকোনো "হ্যাঁ" উত্তরে সবার উপরে "এখনই 112-এ কল করুন" দেখায়।
triage-threatened_now-sign = এই মুহূর্তে কাউকে হুমকি দেওয়া বা আঘাত করা হচ্ছে
triage-threatened_now-ask = এই মুহূর্তে কেউ কি আপনাকে হুমকি দিচ্ছে বা আঘাত করছে?
triage-cannot_leave_now-sign = কেউ এখন তাঁকে চলে যেতে বাধা দিচ্ছে
triage-cannot_leave_now-ask = এই মুহূর্তে কেউ কি আপনাকে এই জায়গা ছেড়ে যেতে বাধা দিচ্ছে?
triage-injured-sign = আহত বা অসুস্থ, এখনই ডাক্তার দরকার
triage-injured-ask = আপনি কি আহত বা অসুস্থ, আর এখনই ডাক্তার দরকার?
triage-child_alone-sign = শিশু, যার বাবা-মা বা অভিভাবক এখানে নেই
triage-child_alone-observe = এটি কি এমন শিশু, যার বাবা-মা বা অভিভাবক এখানে নেই?
age-under_18-sign = বয়স 18 বছরের কম হতে পারে
age-under_18-observe = ব্যক্তির বয়স কি 18 বছরের কম হতে পারে? নিশ্চিত না হলে "নিশ্চিত নই" উত্তর দিন।

domain-recruitment = নিয়োগ ও যাত্রা
domain-identity = পরিচয় ও কাগজপত্র
domain-housing = থাকার জায়গা ও চলাফেরা
domain-work = কাজ ও বেতন
domain-money = টাকা ও ঋণ
domain-health = স্বাস্থ্য
domain-control = নিয়ন্ত্রণ ও হুমকি

dimension-deceptive_recruitment = নিয়োগের সময় প্রতারণা
dimension-coercive_recruitment = নিয়োগের সময় জোর বা হুমকি
dimension-vulnerability_recruitment = নিয়োগের সময় অসহায়তার সুযোগ নেওয়া
dimension-exploitative_conditions = শোষণমূলক কাজ বা থাকার পরিবেশ
dimension-coercion_destination = কাজে বা থাকার জায়গায় জবরদস্তি
dimension-vulnerability_destination = যাঁদের হয়ে কাজ করেন, তাঁদের ওপর নির্ভরতা

result-title = ফলাফল
result-call-112 = এখনই 112-এ কল করুন। কেউ তাৎক্ষণিক বিপদে থাকতে পারেন।
result-immediate_danger = তাৎক্ষণিক বিপদ
result-immediate_danger-text = আগে নিশ্চিত করুন যে সবাই নিরাপদ। 112-এ কল করুন, তারপর KCIK-এর সাথে যোগাযোগ করুন।
result-strong_signs = পাচারের জোরালো লক্ষণ
result-strong_signs-text = উত্তরগুলোতে নিয়োগ, শোষণ ও জবরদস্তি একসাথে দেখা যাচ্ছে। ব্যক্তিকে সাহায্যের কাছে পাঠান: KCIK বা La Strada-কে ফোন করুন, অথবা ব্যক্তি রাজি হলে বা বিপদে থাকলে পুলিশকে।
result-some_signs = কিছু লক্ষণ – পরামর্শ নিন
result-some_signs-text = পাচারের কিছু লক্ষণ পাওয়া গেছে। এরপর কী করবেন, সে বিষয়ে KCIK-এর পরামর্শ নিন; যাঁরা পুলিশের কাছে যেতে চান না, তাঁদেরও তাঁরা সাহায্য করেন।
result-labour_rights = পাচার নয়, বরং শ্রম অধিকারের সমস্যা
result-labour_rights-text = কম বেতন বা খারাপ কাজের পরিবেশ পাওয়া গেছে, কিন্তু জোর, হুমকি বা চলে যেতে না পারার কোনো লক্ষণ নেই। ব্যক্তিকে জাতীয় শ্রম পরিদর্শন দপ্তরের (PIP) কাছে যেতে বলুন। কিছু বদলালে আবার যাচাই করুন।
result-no_signs = এখন পর্যন্ত কোনো লক্ষণ পাওয়া যায়নি
result-no_signs-text = এখন পর্যন্ত উত্তরগুলোতে পাচারের কোনো লক্ষণ নেই। তবুও চিন্তা থাকলে আরও প্রশ্ন করুন বা KCIK-এর পরামর্শ নিন।
result-child = ব্যক্তিটি শিশু হতে পারে। শোষণের জন্য কোনো শিশুকে নিয়োগ বা স্থানান্তর করা হলেই সে পাচারের শিকার, জোর বা প্রতারণা না থাকলেও। শিশুকে সবসময় সাহায্যের কাছে পাঠান।
result-signs-found = লক্ষণ পাওয়া গেছে
result-signs-unclear = নিশ্চিত নয় – যাচাই করা দরকার
result-not-asked = এখনো জিজ্ঞেস করা হয়নি
result-not-asked-none = সব বিষয়ে প্রশ্ন করা হয়েছে।
result-dimension-positive = এই বিষয়টি সূচকের সীমা পূরণ করে।
result-whom-to-call = কাকে ফোন করবেন
result-pip = জাতীয় শ্রম পরিদর্শন দপ্তর (PIP): বেতন, চুক্তি, কাজের সময় ও কর্মস্থলের নিরাপত্তার জন্য।
result-answered = { $count ->
    [one] { $count }টি উত্তর দেওয়া হয়েছে।
   *[other] { $count }টি উত্তর দেওয়া হয়েছে।
}

ind-job_different_nature-sign = প্রতিশ্রুতির চেয়ে ভিন্ন ধরনের কাজ
ind-job_different_nature-ask = আপনাকে যে কাজের কথা বলা হয়েছিল, আপনার কাজ কি তার থেকে ভিন্ন ধরনের?

ind-place_or_employer_different-sign = জায়গা বা মালিক প্রতিশ্রুতি অনুযায়ী নয়
ind-place_or_employer_different-ask = আপনাকে যা বলা হয়েছিল, তার চেয়ে ভিন্ন জায়গায় বা ভিন্ন মালিকের কাছে কি আপনি এসে পড়েছেন?

ind-conditions_deceived-sign = বেতন, কাজের সময় বা পরিবেশ প্রতিশ্রুতির চেয়ে খারাপ
ind-conditions_deceived-ask = আপনাকে যা বলা হয়েছিল, তার চেয়ে কি আপনার বেতন, কাজের সময় বা পরিবেশ খারাপ?

ind-travel_deceived-sign = যাত্রা যেমন বলা হয়েছিল, তেমন ছিল না
ind-travel_deceived-ask = এখানে আসার যাত্রা কি আপনাকে যা বলা হয়েছিল, তার থেকে আলাদা ছিল?

ind-housing_deceived-sign = থাকার জায়গা প্রতিশ্রুতি অনুযায়ী নয়
ind-housing_deceived-ask = আপনি যেখানে থাকেন, সেটা কি প্রতিশ্রুতির চেয়ে খারাপ?

ind-documents_status_deceived-sign = কাগজপত্র বা থাকা ও কাজের অধিকার নিয়ে ভুল তথ্য পেয়েছেন
ind-documents_status_deceived-ask = আপনার কাগজপত্র বা এখানে কাজ করার অধিকার নিয়ে কি আপনাকে ভুল কথা বলা হয়েছিল?

ind-marriage_promise-sign = বিয়ে বা দত্তক নেওয়ার প্রতিশ্রুতিতে এসেছেন
ind-marriage_promise-ask = কেউ আপনাকে বিয়ে করার বা দত্তক নেওয়ার প্রতিশ্রুতি দিয়েছিল বলে কি আপনি এসেছেন?

ind-education_deceived-sign = পড়াশোনা বা প্রশিক্ষণের প্রতিশ্রুতি, যা পূরণ হয়নি
ind-education_deceived-ask = আপনাকে কি পড়াশোনা বা প্রশিক্ষণের প্রতিশ্রুতি দেওয়া হয়েছিল, যা আপনি পাননি?

ind-agency_fee_paid-sign = কাজ বা যাতায়াতের জন্য এজেন্সিকে টাকা দিয়েছেন
ind-agency_fee_paid-ask = এই কাজ বা যাত্রার জন্য আপনি কি কোনো এজেন্সি বা কোনো ব্যক্তিকে টাকা দিয়েছেন?

ind-offer_too_good-sign = যাত্রা, থাকার জায়গা বা কাজের অবিশ্বাস্য রকম ভালো প্রস্তাব
ind-offer_too_good-ask = কেউ কি আপনাকে যাত্রা, থাকার জায়গা বা কাজের এমন প্রস্তাব দিয়েছে, যা অবিশ্বাস্য রকম ভালো মনে হয়?

ind-unregistered_helper-sign = সংস্থার ব্যাজ ছাড়া কেউ সাহায্যের প্রস্তাব দিচ্ছে
ind-unregistered_helper-observe = নিবন্ধিত সংস্থার ব্যাজ ছাড়া কেউ কি তাঁকে গাড়িতে নেওয়া, থাকার জায়গা বা কাজের প্রস্তাব দিচ্ছে?

ind-recruit_violence-sign = তাঁকে এখানে আনতে জোর বা সহিংসতা ব্যবহার করা হয়েছে
ind-recruit_violence-ask = আপনাকে এখানে আনতে কেউ কি জোর খাটিয়েছে বা আপনাকে আঘাত করেছে?

ind-recruit_threats-sign = আসতে বাধ্য করতে হুমকি দেওয়া হয়েছে
ind-recruit_threats-ask = আপনাকে এখানে আনতে কেউ কি আপনাকে বা আপনার পরিবারকে হুমকি দিয়েছে?

ind-taken_or_sold-sign = ইচ্ছার বিরুদ্ধে নিয়ে যাওয়া, বিক্রি করা বা জোর করে বিয়ে দেওয়া হয়েছে
ind-taken_or_sold-ask = আপনাকে কি ইচ্ছার বিরুদ্ধে নিয়ে যাওয়া হয়েছিল, বিক্রি করা হয়েছিল, বা জোর করে বিয়ে দেওয়া হয়েছিল?

ind-passports_collected-sign = কেউ "সাহায্যের জন্য" পাসপোর্ট জমা নিচ্ছে
ind-passports_collected-ask = কেউ কি আপনার পাসপোর্ট বা পরিচয়পত্র নিতে চেয়েছে, এই বলে যে এতে আপনার সাহায্য হবে?

ind-pressure_to_leave_now-sign = কারো সাথে এখনই চলে যেতে চাপ দেওয়া হচ্ছে
ind-pressure_to_leave_now-ask = কেউ কি আপনাকে এখনই তার সাথে চলে যেতে চাপ দিচ্ছে?

ind-economic_need-sign = টাকার খুব দরকার ছিল বলে কাজ বা যাত্রা নিয়েছেন
ind-economic_need-ask = টাকার খুব দরকার ছিল বলে কি আপনি এই কাজ বা যাত্রা নিয়েছেন?

ind-family_difficulty-sign = পারিবারিক সমস্যার কারণে বাড়ি ছেড়েছেন
ind-family_difficulty-ask = পরিবারের কোনো সমস্যার কারণে কি আপনাকে বাড়ি ছাড়তে হয়েছে?

ind-no_language_info-sign = ভাষা না জেনে, বা কোথায় সাহায্য মেলে না জেনে এসেছেন
ind-no_language_info-ask = যখন এসেছিলেন, তখন কি মানুষের কথা বুঝতে বা সাহায্য খুঁজে পেতে কষ্ট হয়েছিল?

ind-emotional_dependency-sign = সঙ্গী বা প্রিয়জন যাত্রা বা কাজের ব্যবস্থা করেছেন
ind-emotional_dependency-ask = আপনার সঙ্গী বা আপনার কোনো প্রিয়জন কি আপনার জন্য এই যাত্রা বা কাজের ব্যবস্থা করেছেন?

ind-fear_authorities-sign = পুলিশ বা অন্য কর্মকর্তাদের ভয় পান
ind-fear_authorities-ask = সাহায্যের জন্য পুলিশ বা অন্য কর্মকর্তাদের কাছে যেতে কি আপনার ভয় লাগে?

ind-child_with_non_relatives-sign = শিশু একা, বা পরিবারের বাইরের প্রাপ্তবয়স্কদের সাথে যাতায়াত করছে
ind-child_with_non_relatives-observe = শিশুটি কি একা, বা পরিবারের নয় এমন প্রাপ্তবয়স্কদের সাথে যাতায়াত করছে?

ind-excessive_hours-sign = খুব দীর্ঘ সময় কাজ করেন, বা কোনো ছুটি নেই
ind-excessive_hours-ask = আপনি কি প্রতিদিন খুব লম্বা সময় কাজ করেন, আর ছুটির দিন খুব কম বা একেবারেই নেই?

ind-low_or_no_pay-sign = খুব কম বেতন, বা কোনো বেতনই নেই
ind-low_or_no_pay-ask = কাজের জন্য আপনাকে কি খুব কম টাকা দেওয়া হয়, বা কিছুই দেওয়া হয় না?

ind-returned_no_money-sign = বিদেশে কাজ করে বেতন ছাড়া বা আংশিক বেতন নিয়ে ফিরেছেন
ind-returned_no_money-ask = বিদেশে কাজ করে আপনি কি বেতন ছাড়া, বা বেতনের শুধু কিছু অংশ নিয়ে ফিরেছেন?

ind-no_contract-sign = লিখিত চুক্তি নেই, বা শ্রম আইন মানা হয় না
ind-no_contract-ask = আপনি কি লিখিত চুক্তি ছাড়া কাজ করেন?

ind-no_social_protection-sign = কাজের মাধ্যমে স্বাস্থ্যবিমা বা সামাজিক সুরক্ষা নেই
ind-no_social_protection-ask = আপনি কি স্বাস্থ্যবিমা ছাড়া কাজ করেন?

ind-bad_housing-sign = খুব খারাপ, ভিড়ে ঠাসা বা অনিরাপদ থাকার জায়গা
ind-bad_housing-ask = আপনি যেখানে ঘুমান, সেখানে কি খুব ভিড়, নোংরা বা অনিরাপদ?

ind-hazardous_work-sign = সঠিক সুরক্ষা ছাড়া বিপজ্জনক কাজ
ind-hazardous_work-ask = আপনার কাজ কি বিপজ্জনক, আর দরকারি সুরক্ষা সরঞ্জাম ছাড়া?

ind-fines_deductions-sign = বেতন থেকে বড় "জরিমানা" বা কাটা
ind-fines_deductions-ask = কেউ কি "জরিমানা" হিসেবে, বা আপনার সম্মতি ছাড়া, আপনার বেতন থেকে টাকা কেটে নেয়?

ind-no_medical_care-sign = অসুস্থ বা আহত হলে খুব কম বা কোনো চিকিৎসা পান না
ind-no_medical_care-ask = অসুস্থ বা আহত হলে আপনি কি খুব কম চিকিৎসা পান, বা একেবারেই পান না?

ind-no_basic_needs-sign = খাবার, টয়লেট বা কাপড় খুব কম পান
ind-no_basic_needs-ask = আপনার কি প্রায়ই যথেষ্ট খাবার, কাপড় বা ব্যবহার করার মতো টয়লেট থাকে না?

ind-child_adult_work-sign = শিশু বড়দের কাজ করছে
ind-child_adult_work-observe = শিশুটি কি এমন কাজ করছে, যা সাধারণত বড়রা করে?

ind-documents_held-sign = অন্য কেউ তাঁর পাসপোর্ট বা পরিচয়পত্র রাখে
ind-documents_held-ask = আপনার পাসপোর্ট বা পরিচয়পত্র কি অন্য কারো কাছে রাখা আছে?

ind-debt_bondage-sign = যাত্রা, কাগজপত্র, থাকার জায়গা বা "সুরক্ষার" জন্য ঋণ আছে
ind-debt_bondage-ask = যাত্রা, কাগজপত্র, থাকার জায়গা বা "সুরক্ষার" জন্য কি আপনাকে কোনো ঋণ শোধ করতে হয়?

ind-locked_in-sign = তালাবদ্ধ, বা একা বাইরে যেতে দেওয়া হয় না
ind-locked_in-ask = আপনাকে কি তালা দিয়ে রাখা হয়, বা একা বাইরে যেতে দেওয়া হয় না?

ind-watched-sign = সবসময় নজরে রাখা বা পিছু নেওয়া হয়
ind-watched-ask = কাজের বাইরেও কি সবসময় আপনার ওপর নজর রাখা হয়, বা আপনার পিছু নেওয়া হয়?

ind-family_contact_supervised-sign = অন্য কেউ শুনলে তবেই পরিবারের সাথে কথা বলতে পারেন
ind-family_contact_supervised-ask = আপনি কি শুধু তখনই পরিবারের সাথে কথা বলতে পারেন, যখন অন্য কেউ শোনে?

ind-violence_destination-sign = কাজের জায়গায় বা থাকার জায়গায় মারধর বা আঘাত
ind-violence_destination-ask = আপনি যেখানে কাজ করেন বা থাকেন, সেখানে কেউ কি আপনাকে মেরেছে বা আঘাত করেছে?

ind-injuries_restraint-sign = বেঁধে রাখা বা চেপে ধরে রাখার ইঙ্গিত দেয় এমন আঘাত
ind-injuries_restraint-observe = এমন কোনো আঘাত কি দেখছেন, যা বেঁধে রাখা বা চেপে ধরে রাখার কারণে হতে পারে?

ind-minder_present-sign = একজন সঙ্গী তাঁকে একা ছাড়েন না
ind-minder_present-observe = একজন সঙ্গী কি সবসময় কাছে থাকেন এবং তাঁকে একা ছাড়তে রাজি হন না?

ind-speaks_for_them-sign = অন্য কেউ তাঁর হয়ে কথা বলেন বা অনুবাদ করেন
ind-speaks_for_them-observe = অন্য কেউ কি তাঁর হয়ে উত্তর দেন, বা অনুবাদ করার জন্য জোর করেন?

ind-wages_withheld-sign = বেতন আটকে রাখা হয়, বা অন্য কেউ রেখে দেয়
ind-wages_withheld-ask = আপনার মালিক বা অন্য কেউ কি আপনার বেতন আটকে রাখে, বা নিজের কাছে রেখে দেয়?

ind-forced_work-sign = ইচ্ছার বিরুদ্ধে কাজ করানো হয়
ind-forced_work-ask = আপনি যে কাজ করতে চান না, তা কি আপনাকে দিয়ে জোর করে করানো হয়?

ind-forced_sex-sign = যৌন সম্পর্কে বাধ্য করা হয়, খদ্দেরদের সাথেও
ind-forced_sex-ask = আপনি না চাইলেও কেউ কি আপনাকে যৌন সম্পর্ক করতে বাধ্য করে?

ind-forced_begging-sign = ভিক্ষা করতে এবং টাকা দিয়ে দিতে বাধ্য করা হয়
ind-forced_begging-ask = আপনাকে কি ভিক্ষা করতে, আর সেই টাকা অন্য কাউকে দিতে বাধ্য করা হয়?

ind-forced_crime-sign = চুরি বা অন্য অপরাধ করতে বাধ্য করা হয়
ind-forced_crime-ask = আপনাকে কি চুরি করতে, বা আইনবিরোধী অন্য কিছু করতে বাধ্য করা হয়?

ind-forced_to_lie-sign = কর্মকর্তা বা পরিবারকে মিথ্যা বলতে বলা হয়েছে
ind-forced_to_lie-ask = আপনাকে কি পুলিশ, কর্মকর্তা বা আপনার পরিবারকে মিথ্যা বলতে বলা হয়েছে?

ind-threats_destination-sign = ক্ষতি করার বা কর্তৃপক্ষকে জানানোর হুমকি দেওয়া হয়েছে
ind-threats_destination-ask = কেউ কি আপনার বা আপনার পরিবারের ক্ষতি করার, বা আপনার নামে পুলিশে খবর দেওয়ার হুমকি দিয়েছে?

ind-threats_tell_family-sign = পরিবার বা অন্যদের জানিয়ে দেওয়ার হুমকি দেওয়া হয়েছে
ind-threats_tell_family-ask = কেউ কি আপনার সম্পর্কে আপনার পরিবার বা অন্যদের বলে দেওয়ার হুমকি দিয়েছে?

ind-cannot_leave_job-sign = কাজ ছেড়ে বাড়ি ফিরতে পারেন না
ind-cannot_leave_job-ask = এই কাজ ছেড়ে বাড়ি ফিরতে কোনো কিছু কি আপনাকে বাধা দিচ্ছে?

ind-fearful_submissive-sign = ভীত, উদ্বিগ্ন বা অতিরিক্ত বাধ্য মনে হয়
ind-fearful_submissive-observe = তাঁকে কি ভীত, উদ্বিগ্ন বা অতিরিক্ত বাধ্য মনে হয়?

ind-child_intimidated-sign = শিশু ভয় পাওয়া মনে হয়, বা বয়সের তুলনায় অস্বাভাবিক আচরণ করে
ind-child_intimidated-observe = শিশুটিকে কি ভয় পাওয়া মনে হয়, বা সে কি তার বয়সের তুলনায় অস্বাভাবিক আচরণ করে?

ind-dependent_on_employer-sign = থাকার জায়গা, খাবার বা কাগজপত্রের জন্য মালিকের ওপর নির্ভরশীল
ind-dependent_on_employer-ask = ঘুমানোর জায়গা, খাবার বা কাগজপত্রের জন্য কি আপনি আপনার মালিকের ওপর নির্ভর করেন?

ind-unknown_address-sign = নিজের বাসা বা কাজের ঠিকানা জানেন না
ind-unknown_address-observe = তিনি যেখানে থাকেন বা কাজ করেন, সেই ঠিকানা কি তিনি জানেন না বলে মনে হয়?

ind-legal_status_dependent-sign = কাজ ছাড়লে থাকার অধিকার হারানোর ভয় পান
ind-legal_status_dependent-ask = এই কাজ ছাড়লে এখানে থাকার অধিকার হারাবেন, এমন ভয় কি আপনার আছে?

ind-no_own_documents-sign = পরিচয়পত্র নেই, বা শুধু একটি কপি আছে
ind-no_own_documents-ask = আপনার কাছে কি পাসপোর্ট বা পরিচয়পত্রের শুধু একটি কপি আছে, বা কিছুই নেই?

ind-child_no_guardian-sign = বাবা-মা বা অভিভাবকের সাথে যোগাযোগের কোনো উপায় নেই এমন শিশু
ind-child_no_guardian-observe = শিশুটির কি বাবা-মা বা অভিভাবকের সাথে যোগাযোগের কোনো উপায় নেই?
