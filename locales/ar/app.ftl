# واجهة التطبيق: الرأس، الشاشة الرئيسية، والتنبيهات المشتركة بين كل الشاشات.

app-name = Pocket Card
app-tagline = تعرّف على الضحايا المحتملين للاتجار بالبشر ووجّههم إلى المساعدة المناسبة.
skip-to-content = الانتقال إلى المحتوى
language-label = اللغة
nav-main = القائمة الرئيسية
nav-home = الرئيسية
home-cards-title = بطاقات الجيب
home-cards-text = علامات الاتجار بالبشر والخطوات اللازمة، حسب دورك.
home-check-title = فحص العلامات
home-check-text = استبيان قصير بلغتك ولغة الشخص.
home-contacts-title = جهات الاتصال
home-contacts-text = بمن تتصل: ⁦112⁩ و ⁨KCIK⁩ و ⁨La Strada⁩ وخط مساعدة الشرطة.
emergency-strip = هل يوجد شخص في خطر مباشر؟
emergency-call = اتصل بـ ⁦112⁩
privacy-note = لا يخرج أي شيء تفعله في هذا التطبيق من هذا الجهاز. يعمل دون إنترنت.
notice-unknown-language = طلب الرابط لغة غير متوفرة بعد في هذا التطبيق. لذلك يُعرض باللغة { $language }.
notice-unknown-view = يشير الرابط إلى صفحة غير موجودة في هذا التطبيق. هذه هي الشاشة الرئيسية.
notice-close = إغلاق
notice-language-failed = تعذّر تحميل هذه اللغة. تحقّق من الاتصال وحاول مرة أخرى.
notice-update-ready = إصدار جديد من التطبيق جاهز.
notice-update-reload = إعادة التحميل الآن
