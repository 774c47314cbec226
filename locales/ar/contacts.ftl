# شاشة جهات الاتصال. أسماء المنظمات والأرقام لا تُترجم:
# تحتفظ كل منظمة باسمها، ويليه ما هي.

contacts-title = جهات الاتصال
contacts-intro = اضغط على رقم للاتصال به. الأرقام مكتوبة كما تُطلب من هاتف بولندي.
contacts-section-main = جهات الاتصال الرئيسية
contacts-section-more = مساعدة إضافية
contacts-section-children = للأطفال
contacts-section-ukraine = للاتصال من أوكرانيا
contacts-ukraine-warning = هذه الأرقام تعمل فقط على الشبكات الأوكرانية، مع شريحة ⁨SIM⁩ أوكرانية. من هاتف بولندي، استخدم الأرقام أعلاه.
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
hours-kcik = مستشارون في أيام العمل. في الأوقات الأخرى خط تدخّل للحالات العاجلة فقط؛ تدخلات الطوارئ على مدار ⁦24⁩ ساعة.
hours-office = ساعات الدوام
hours-not-stated = لم يذكر المصدر الأوقات
label-intervention = خط التدخّل
label-office = المكتب
label-counter-trafficking-free = رقم قصير مجاني لمكافحة الاتجار بالبشر

languages-note-emergency = يتحدث موظفو الخط عدة لغات.
languages-note-by-arrangement = لغات أخرى بترتيب مسبق.
languages-note-child-helpline = الأوكرانية والروسية: من الاثنين إلى الجمعة، ⁦14:00–18:00⁩.
languages-note-not-stated = لم يذكر المصدر اللغات.

contact-emergency-name = رقم الطوارئ ⁦112⁩
contact-emergency-help = الشرطة والإسعاف والإطفاء. اتصل عندما يكون أي شخص في خطر مباشر.
contact-kcik-name = ⁨KCIK⁩ – المركز الوطني للاستشارة والتدخل لضحايا الاتجار بالبشر
contact-kcik-help = مشورة ومساعدة لضحايا الاتجار بالبشر، من بولندا ومن بلدان أخرى، ولكل من يعمل معهم. تديره ⁨La Strada⁩. يمكنك أن تسألهم عندما لا تكون متأكدًا.
contact-lastrada-name = ⁨La Strada⁩ – مؤسسة مكافحة الاتجار بالبشر والعبودية
contact-lastrada-help = دعم للأشخاص المعرّضين لخطر الاتجار بالبشر أو الاستغلال، بمن فيهم من لا يريدون الذهاب إلى الشرطة.
contact-police_helpline-name = خط مساعدة الشرطة الخاص بالاتجار بالبشر
contact-police_helpline-help = خط للشرطة خاص بالاتجار بالبشر افتُتح في مارس ⁦2022⁩، في البداية للقادمين من أوكرانيا.
contact-police_thb-name = رقم الشرطة لحالات الاتجار بالبشر العاجلة
contact-police_thb-help = رقم القيادة العامة للشرطة للحالات العاجلة المتعلقة بالاتجار بالبشر.
contact-police_thb_unit-name = وحدة مكافحة الاتجار بالبشر في القيادة العامة للشرطة
contact-police_thb_unit-help = الوحدة في القيادة العامة للشرطة التي تتعامل مع الاتجار بالبشر.
contact-child_helpline-name = خط المساعدة للأطفال والشباب
contact-child_helpline-help = تديره ⁨Fundacja Dajemy Dzieciom Siłę⁩، لكل من هو دون ⁦18⁩ عامًا.
contact-missing_children-name = خط الأطفال المفقودين (⁨ITAKA⁩)
contact-missing_children-help = عندما يُفقد طفل أو يُعثر عليه وحده.
contact-crime_victims-name = خط المساعدة لضحايا الجرائم
contact-crime_victims-help = دعم لكل من تضرر من جريمة، ولعائلاتهم.
contact-ukraine_lines-name = خطوط مكافحة الاتجار بالبشر في أوكرانيا
contact-ukraine_lines-help = أدرجتها السلطات الأوكرانية والمنظمة الدولية للهجرة (⁨IOM⁩) للاتصال داخل أوكرانيا.
