# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = শুনুন
speech-stop = থামান
speech-no-voice = এই ফোনে এই ভাষার জন্য কোনো অফলাইন কণ্ঠ নেই: { $language }।
speech-no-voice-hint = যোগ করতে ফোনের সেটিংস খুলুন, তারপর "টেক্সট-টু-স্পিচ"-এ গিয়ে কণ্ঠ ডাউনলোড করুন।
speech-unsupported = এই ব্রাউজার জোরে পড়ে শোনাতে পারে না।
speech-setting = "শুনুন" বোতাম দেখান
speech-setting-hint = এগুলো ব্যক্তির জন্য প্রশ্ন ও তাঁর কার্ড এই ফোনের কণ্ঠে পড়ে শোনায়। কিছুই পাঠানো হয় না।
