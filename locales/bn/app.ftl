# অ্যাপের কাঠামো: শিরোনাম, হোম স্ক্রিন, সব স্ক্রিনে দেখানো বার্তা।

app-name = Pocket Card
app-tagline = মানব পাচারের সম্ভাব্য শিকারদের চিনুন এবং তাঁদের সঠিক সাহায্যের কাছে পৌঁছে দিন।
skip-to-content = মূল অংশে যান
language-label = ভাষা
nav-main = প্রধান মেনু
nav-home = হোম
home-cards-title = পকেট কার্ড
home-cards-text = আপনার ভূমিকা অনুযায়ী পাচারের লক্ষণ এবং করণীয় পদক্ষেপ।
home-check-title = লক্ষণ যাচাই
home-check-text = আপনার ভাষায় ও ব্যক্তির ভাষায় একটি ছোট প্রশ্নমালা।
home-contacts-title = যোগাযোগ
home-contacts-text = কাকে ফোন করবেন: 112, KCIK, La Strada এবং পুলিশের হেল্পলাইন।
emergency-strip = কেউ কি তাৎক্ষণিক বিপদে আছেন?
emergency-call = 112-এ কল করুন
privacy-note = এই অ্যাপে আপনি যা করেন, তার কিছুই এই ডিভাইসের বাইরে যায় না। এটি ইন্টারনেট ছাড়াই চলে।
notice-unknown-language = লিংকটি এমন একটি ভাষা চেয়েছে যা এই অ্যাপে এখনো নেই। তাই এটি { $language } ভাষায় দেখানো হচ্ছে।
notice-unknown-view = লিংকটি এমন একটি পাতার, যা এই অ্যাপে নেই। এখানে হোম স্ক্রিন দেখানো হলো।
notice-close = বন্ধ করুন
notice-language-failed = এই ভাষাটি লোড করা যায়নি। সংযোগ দেখে আবার চেষ্টা করুন।
notice-update-ready = অ্যাপের একটি নতুন সংস্করণ প্রস্তুত।
notice-update-reload = এখনই রিলোড করুন
