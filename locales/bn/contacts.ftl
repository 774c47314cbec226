# যোগাযোগ স্ক্রিন। সংস্থার নাম ও নম্বর অনুবাদ করা হয় না:
# প্রতিটি সংস্থা নিজের নাম রাখে, তারপর লেখা থাকে সেটি কী।

contacts-title = যোগাযোগ
contacts-intro = কল করতে একটি নম্বরে ট্যাপ করুন। নম্বরগুলো পোল্যান্ডের ফোন থেকে যেভাবে ডায়াল করতে হয়, সেভাবে লেখা।
contacts-section-main = প্রধান যোগাযোগ
contacts-section-more = আরও সাহায্য
contacts-section-children = শিশুদের জন্য
contacts-section-ukraine = ইউক্রেন থেকে কলের জন্য
contacts-ukraine-warning = শুধু ইউক্রেন থেকে বা ইউক্রেনীয় সিম কার্ড দিয়ে কলের জন্য। সংক্ষিপ্ত নম্বর 527 ও 1547 শুধু ইউক্রেনের নেটওয়ার্কে কাজ করে, তাই এখানে সেগুলো লিংক নয়। পোল্যান্ডের ফোন থেকে উপরের নম্বরগুলো ব্যবহার করুন।
field-hours = সময়
field-languages = ভাষা
field-email = ই-মেইল
last-confirmed = সর্বশেষ { $year } সালে একটি উৎস নিশ্চিত করেছে। এর ওপর ভরসা করার আগে যাচাই করুন।
sources-title = { $count ->
    [one] উৎস
   *[other] উৎস ({ $count })
}

lang-name-pl = পোলিশ
lang-name-en = ইংরেজি
lang-name-uk = ইউক্রেনীয়
lang-name-ru = রুশ
lang-name-be = বেলারুশীয়
lang-name-ro = রোমানীয়
lang-name-ka = জর্জীয়
lang-name-vi = ভিয়েতনামী
lang-name-hi = হিন্দি
lang-name-ne = নেপালি
lang-name-bn = বাংলা
lang-name-fil = ফিলিপিনো
lang-name-uz = উজবেক
lang-name-tr = তুর্কি
lang-name-es = স্প্যানিশ
lang-name-ar = আরবি

hours-always = দিনে 24 ঘণ্টা, সপ্তাহে 7 দিন
hours-always-free = দিনে 24 ঘণ্টা, সপ্তাহে 7 দিন, বিনামূল্যে
hours-always-free-anonymous = দিনে 24 ঘণ্টা, সপ্তাহে 7 দিন, বিনামূল্যে ও পরিচয় গোপন রেখে
hours-kcik = সোমবার থেকে শুক্রবার পরামর্শদাতারা থাকেন। অন্য সময়ে La Strada-র 24/7 জরুরি সহায়তা লাইনে, বা বিপদে 112-এ কল করুন। (পুলিশের 2025 সালের একটি পেজে এই নম্বরটি 24/7 বলে উল্লেখ আছে।)
hours-office = অফিসের সময়
hours-not-stated = উৎসে সময় উল্লেখ নেই

label-intervention = জরুরি সহায়তা লাইন (24/7)
label-office = অফিসের লাইন
label-counter-trafficking-free = পাচারবিরোধী বিনামূল্যের সংক্ষিপ্ত নম্বর

languages-note-emergency = অপারেটররা কয়েকটি ভাষায় কথা বলেন।
languages-note-by-arrangement = অন্যান্য ভাষা আগে থেকে ব্যবস্থা করে।
languages-note-child-helpline = ইউক্রেনীয় ও রুশ: সোমবার থেকে শুক্রবার, 14:00–18:00 (জুন 2022-এর ঘোষণা অনুযায়ী)।
languages-note-not-stated = উৎসে ভাষা উল্লেখ নেই।

contact-emergency-name = জরুরি নম্বর 112
contact-emergency-help = সাধারণ জরুরি নম্বর। কেউ তাৎক্ষণিক বিপদে থাকলে কল করুন।
contact-kcik-name = KCIK – মানব পাচারের শিকারদের জন্য জাতীয় পরামর্শ ও হস্তক্ষেপ কেন্দ্র
contact-kcik-help = পোল্যান্ডের ও বিদেশি, পাচারের শিকার সবার জন্য, এবং যাঁরা তাঁদের নিয়ে কাজ করেন তাঁদের জন্য পরামর্শ ও সাহায্য। La Strada এটি পরিচালনা করে। নিশ্চিত না হলে তাঁদের জিজ্ঞেস করতে পারেন।
contact-lastrada-name = La Strada – মানব পাচার ও দাসত্ববিরোধী ফাউন্ডেশন
contact-lastrada-help = যে ফাউন্ডেশন KCIK পরিচালনা করে। পাচারের ভুক্তভোগীদের সহায়তা করে, যাঁরা পুলিশের সাথে যোগাযোগ করতে চান না তাঁদেরও।
contact-police_helpline-name = মানব পাচার বিষয়ে পুলিশের হেল্পলাইন
contact-police_helpline-help = ইউক্রেন থেকে আসা মানুষদের জন্য মানব পাচার বিষয়ে পুলিশের একটি নির্দিষ্ট লাইন, মার্চ 2022-এ চালু হয়েছে।
contact-police_thb-name = পাচারের জরুরি ঘটনায় পুলিশের নম্বর
contact-police_thb-help = মানব পাচার সংক্রান্ত জরুরি পরিস্থিতির জন্য পুলিশ সদর দপ্তরের নম্বর।
contact-police_thb_unit-name = পুলিশ সদর দপ্তরের পাচারবিরোধী ইউনিট
contact-police_thb_unit-help = পুলিশ সদর দপ্তরের যে ইউনিট মানব পাচার নিয়ে কাজ করে।
contact-child_helpline-name = শিশু ও তরুণদের হেল্পলাইন
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę পরিচালিত। শিশু একা বা বিপদে থাকলে: আগে পুলিশকে (112) ফোন করুন।
contact-missing_children-name = নিখোঁজ শিশুদের হটলাইন (ITAKA)
contact-missing_children-help = কোনো শিশু নিখোঁজ হলে। কোনো শিশুকে একা পাওয়া গেলে: আগে পুলিশকে (112) ফোন করুন।
contact-crime_victims-name = অপরাধের শিকারদের হেল্পলাইন
contact-crime_victims-help = অপরাধে ক্ষতিগ্রস্ত মানুষদের জন্য সহায়তা।
contact-ukraine_lines-name = ইউক্রেন থেকে কলের জন্য নম্বর
contact-ukraine_lines-help = ইউক্রেনের কর্তৃপক্ষ ও IOM-এর তালিকাভুক্ত, ইউক্রেনের ভেতরে কলের জন্য। 527 পাচারবিরোধী বিনামূল্যের সংক্ষিপ্ত নম্বর (IOM)।
contact-crisis_adults-name = প্রাপ্তবয়স্কদের জন্য মানসিক সংকটের হেল্পলাইন (Niebieska Linia)
contact-crisis_adults-help = পোলিশ সাইকোলজিক্যাল সোসাইটির স্বাস্থ্য মনোবিজ্ঞান ইনস্টিটিউট পরিচালিত। আবেগজনিত সংকটে থাকা বা আত্মহত্যার ঝুঁকিতে থাকা মানুষের জন্য: জীবন ঝুঁকিতে থাকলে আগে 112-এ কল করুন।
contact-crisis_centre-name = মানসিক সংকটে থাকা মানুষদের সহায়তা কেন্দ্র (ITAKA)
contact-crisis_centre-help = মানসিক সংকটে থাকা মানুষদের জন্য মনোবিজ্ঞানীরা। জীবন ঝুঁকিতে থাকলে আগে 112-এ কল করুন।
