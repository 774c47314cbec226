# شاشة جهات الاتصال. أسماء المنظمات والأرقام لا تُترجم:
# تحتفظ كل منظمة باسمها، ويليه ما هي.

contacts-title = جهات الاتصال
contacts-intro = اضغط على رقم للاتصال به. الأرقام مكتوبة كما تُطلب من هاتف بولندي.
contacts-section-main = جهات الاتصال الرئيسية
contacts-section-more = مساعدة إضافية
contacts-section-children = للأطفال
contacts-section-ukraine = للاتصال من أوكرانيا
contacts-ukraine-warning = للاتصال من أوكرانيا أو بشريحة ⁨SIM⁩ أوكرانية فقط. الرقمان القصيران ⁦527⁩ و ⁦1547⁩ يعملان فقط على الشبكات الأوكرانية، لذلك ليسا روابط هنا. من هاتف بولندي، استخدم الأرقام أعلاه.
field-hours = الأوقات
field-languages = اللغات
field-email = البريد الإلكتروني
last-confirmed = آخر تأكيد من مصدر في عام { $year }. تحقّق قبل الاعتماد عليه.
sources-title = { $count ->
    [zero] المصادر ({ $count })
    [one] المصدر
    [two] المصادر ({ $count })
    [few] المصادر ({ $count })
    [many] المصادر ({ $count })
   *[other] المصادر ({ $count })
}

lang-name-pl = البولندية
lang-name-en = الإنجليزية
lang-name-uk = الأوكرانية
lang-name-ru = الروسية
lang-name-be = البيلاروسية
lang-name-ro = الرومانية
lang-name-ka = الجورجية
lang-name-vi = الفيتنامية
lang-name-hi = الهندية
lang-name-ne = النيبالية
lang-name-bn = البنغالية
lang-name-fil = الفلبينية
lang-name-uz = الأوزبكية
lang-name-tr = التركية
lang-name-es = الإسبانية
lang-name-ar = العربية

hours-always = على مدار ⁦24⁩ ساعة، ⁦7⁩ أيام في الأسبوع
hours-always-free = على مدار ⁦24⁩ ساعة، ⁦7⁩ أيام في الأسبوع، مجانًا
hours-always-free-anonymous = على مدار ⁦24⁩ ساعة، ⁦7⁩ أيام في الأسبوع، مجانًا ودون الكشف عن الهوية
hours-kcik = مستشارون من الاثنين إلى الجمعة. في الأوقات الأخرى اتصل بخط التدخّل التابع لـ ⁨La Strada⁩ العامل ⁦24/7⁩، أو بـ ⁦112⁩ عند الخطر. (تذكر صفحة للشرطة من عام ⁦2025⁩ أن هذا الرقم يعمل ⁦24/7⁩.)
hours-office = ساعات الدوام
hours-not-stated = لم يذكر المصدر الأوقات
label-intervention = خط التدخّل (⁦24/7⁩)
label-office = خط المكتب
label-counter-trafficking-free = رقم قصير مجاني لمكافحة الاتجار بالبشر

languages-note-emergency = يتحدث موظفو الخط عدة لغات.
languages-note-by-arrangement = لغات أخرى بترتيب مسبق.
languages-note-child-helpline = الأوكرانية والروسية: من الاثنين إلى الجمعة، ⁦14:00–18:00⁩ (حسب ما أُعلن في يونيو ⁦2022⁩).
languages-note-not-stated = لم يذكر المصدر اللغات.

contact-emergency-name = رقم الطوارئ ⁦112⁩
contact-emergency-help = رقم الطوارئ العام. اتصل عندما يكون أي شخص في خطر مباشر.
contact-kcik-name = ⁨KCIK⁩ – المركز الوطني للاستشارة والتدخل لضحايا الاتجار بالبشر
contact-kcik-help = مشورة ومساعدة لضحايا الاتجار بالبشر، من بولندا ومن بلدان أخرى، ولكل من يعمل معهم. تديره ⁨La Strada⁩. يمكنك أن تسألهم عندما لا تكون متأكدًا.
contact-lastrada-name = ⁨La Strada⁩ – مؤسسة مكافحة الاتجار بالبشر والعبودية
contact-lastrada-help = المؤسسة التي تدير ⁨KCIK⁩. تدعم ضحايا الاتجار بالبشر، بمن فيهم من لا يريدون التواصل مع الشرطة.
contact-police_helpline-name = خط مساعدة الشرطة الخاص بالاتجار بالبشر
contact-police_helpline-help = خط مخصص للشرطة بشأن الاتجار بالبشر للأشخاص القادمين من أوكرانيا، أُطلق في مارس ⁦2022⁩.
contact-police_thb-name = رقم الشرطة لحالات الاتجار بالبشر العاجلة
contact-police_thb-help = رقم القيادة العامة للشرطة للحالات العاجلة المتعلقة بالاتجار بالبشر.
contact-police_thb_unit-name = وحدة مكافحة الاتجار بالبشر في القيادة العامة للشرطة
contact-police_thb_unit-help = الوحدة في القيادة العامة للشرطة التي تتعامل مع الاتجار بالبشر.
contact-child_helpline-name = خط المساعدة للأطفال والشباب
contact-child_helpline-help = تديره ⁨Fundacja Dajemy Dzieciom Siłę⁩. الطفل الذي يكون وحده أو في خطر: اتصل بالشرطة (⁦112⁩) أولًا.
contact-missing_children-name = خط الأطفال المفقودين (⁨ITAKA⁩)
contact-missing_children-help = عندما يُفقد طفل. إذا عُثر على طفل وحده: اتصل بالشرطة (⁦112⁩) أولًا.
contact-crime_victims-name = خط المساعدة لضحايا الجرائم
contact-crime_victims-help = دعم للأشخاص الذين تضرروا من جريمة.
contact-ukraine_lines-name = أرقام للاتصال من أوكرانيا
contact-ukraine_lines-help = أدرجتها السلطات الأوكرانية والمنظمة الدولية للهجرة (⁨IOM⁩) للاتصال داخل أوكرانيا. الرقم ⁦527⁩ رقم قصير مجاني لمكافحة الاتجار بالبشر (⁨IOM⁩).
contact-crisis_adults-name = خط المساعدة للبالغين في أزمة عاطفية (⁨Niebieska Linia⁩)
contact-crisis_adults-help = يديره معهد علم نفس الصحة التابع للجمعية البولندية لعلم النفس. للشخص الذي يمر بأزمة عاطفية أو المعرّض لخطر الانتحار: اتصل بـ ⁦112⁩ أولًا إذا كانت الحياة في خطر.
contact-crisis_centre-name = مركز دعم الأشخاص في أزمة نفسية (⁨ITAKA⁩)
contact-crisis_centre-help = أخصائيون نفسيون، للأشخاص الذين يمرون بأزمة نفسية. اتصل بـ ⁦112⁩ أولًا إذا كانت الحياة في خطر.
