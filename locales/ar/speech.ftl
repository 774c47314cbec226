# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = استمع
speech-stop = إيقاف
speech-no-voice = لا يوجد في هذا الهاتف صوت يعمل دون اتصال لهذه اللغة: { $language }.
speech-no-voice-hint = لإضافة صوت، افتح إعدادات الهاتف، ثم «تحويل النص إلى كلام»، ونزّل صوتًا.
speech-unsupported = لا يستطيع هذا المتصفح القراءة بصوت عالٍ.
speech-setting = إظهار أزرار «استمع»
speech-setting-hint = تقرأ بصوت عالٍ الأسئلة الموجهة إلى الشخص وبطاقته بصوت موجود على هذا الهاتف. لا يُرسل أي شيء.
