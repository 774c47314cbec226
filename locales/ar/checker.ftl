# فحص العلامات: الإعداد، الأسئلة، الإجابات والنتائج.
# الأسئلة المنتهية بـ "-ask" يقرؤها الشخص نفسه، وغالبًا يكون خائفًا:
# قصيرة، بسيطة، لا توحي بالإجابة، ولا تلوم أبدًا.

check-title = فحص العلامات
check-intro = مجموعة قصيرة من الأسئلة عن علامات الاتجار بالبشر. اطرحها على الشخص وهو بمفرده، بعيدًا عن أي مرافق. لا يُرسل أي شيء إلى أي مكان. تُحفظ الإجابات فقط في علامة التبويب هذه في المتصفح، حتى لا تضيع بسبب مكالمة أو إعادة تحميل: تزول عندما تمسحها، أو عند إغلاق علامة التبويب، أو بعد ⁦4⁩ ساعات.
check-screening-not-identification = هذا فحص أولي، وليس تحديدًا رسميًا للضحية. الشرطة أو حرس الحدود فقط يمكنهم تحديد الضحية رسميًا.
check-person-language = لغة الشخص
check-same-language = نفس لغتي
check-path-label = عدد الأسئلة
check-path-short = قصير: أهم العلامات ({ $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }، حوالي { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    })
check-path-full = كامل: كل العلامات ({ $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }، حوالي { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    })
check-role-label = دورك
check-situation-label = أين الشخص الآن
check-situation-hint = على هذا تتوقف الأسئلة التي تظهر، حتى يكون لكل سؤال معنى عند الشخص.
check-situation-on-the-way = في الطريق إلى هنا، أو يبحث عن عمل
check-situation-at-work = يعمل، أو عاد من العمل
check-situation-unknown = غير معروف: يُسأل الشخص
situation-working-ask = منذ أن غادرت بيتك، هل سبق أن عملت لدى أحد؟
check-role-health = عامل في المجال الصحي
check-role-police = ضابط شرطة أو حرس حدود
check-role-volunteer = متطوع في نقطة استقبال
check-role-inspector = مفتش عمل أو أخصائي اجتماعي
check-role-other = غير ذلك
check-start = بدء
check-progress = السؤال { $current } من { $total }
check-for-person = للشخص
check-for-worker = لتلاحظه أنت
check-answer-yes = نعم
check-answer-no = لا
check-answer-not-sure = غير متأكد
check-answer-prefer-not = أفضّل عدم الإجابة
check-back = رجوع
check-skip = تخطٍّ
check-finish-now = الإنهاء الآن
check-quick-handover = الوقت قليل جدًا؟ أعطِ أرقام الاتصال
check-clear = مسح كل الإجابات
check-cleared = تم مسح كل الإجابات.
check-undo = تراجع
check-review = تغيير الإجابات
check-restart = البدء من جديد
check-group-alone = قبل أن تبدأ
alone-observe = هل الشخص وحده معك، بعيدًا عن أي مرافق أو صاحب عمل أو «مترجم»؟
alone-how-health = إذا لم يكن كذلك: قل إن كل مريض يُفحص بمفرده، واطلب من أي شخص معه أن ينتظر في الخارج. استعن بمترجم محترف أو استخدم لغة الشخص نفسه، ولا تستخدم المرافق أبدًا.
alone-how-police = إذا لم يكن كذلك: افصل الشخص عن المحتجزين الآخرين وعن المشتبه بهم قبل أن تسأل أي شيء.
alone-how-volunteer = إذا لم يكن كذلك: ابحث عن مكان هادئ بعيدًا عن أي شخص جاء معه. لا تواجه المرافق؛ وإذا لم يغادر، فاكتفِ بإعطاء أرقام الاتصال بسرعة بدلًا من ذلك.
alone-how-inspector = إذا لم يكن كذلك: اطلب التحدث مع كل عامل على حدة، بعيدًا عن صاحب العمل أو المشرف أو أي شخص يترجم لهم.
alone-how-other = إذا لم يكن كذلك: ابحث عن سبب للتحدث على انفراد، بعيدًا عن أي مرافق. لا تستخدم المرافق مترجمًا أبدًا.

check-group-triage = السلامة أولًا
check-group-age = العمر

# الحالات عالية الخطورة (معايير خطوط المساعدة، seeds/003) تأتي أولًا؛ أي إجابة «نعم»
# تضع «اتصل بـ 112 الآن» في الأعلى.
triage-psychiatric_crisis-sign = في أزمة نفسية حادة
triage-psychiatric_crisis-observe = هل يبدو الشخص في أزمة نفسية حادة: مشوَّشًا جدًا، أو منفصلًا عن الواقع، أو مضطربًا جدًا؟
triage-little_time-sign = وقت قليل جدًا للحديث بأمان
triage-little_time-ask = هل لديك دقائق قليلة فقط للحديث بأمان؟
triage-family_danger-sign = عائلته في خطر الآن
triage-family_danger-ask = هل أحد من عائلتك في خطر الآن بسبب هذا الأمر؟
triage-escaped_searched-sign = هرب وقد يكون هناك من يبحث عنه
triage-escaped_searched-ask = هل هربت من أشخاص قد يكونون يبحثون عنك؟
triage-self_harm-sign = يفكر في الانتحار أو في إيذاء نفسه
triage-self_harm-ask = هل تفكر في إنهاء حياتك أو في إيذاء نفسك؟
triage-threatened_now-sign = شخص مهدَّد أو يتعرض للأذى الآن
triage-threatened_now-ask = هل يهددك أحد أو يؤذيك الآن؟
triage-cannot_leave_now-sign = أحد يمنع الشخص من المغادرة الآن
triage-cannot_leave_now-ask = هل يمنعك أحد من مغادرة هذا المكان الآن؟
triage-injured-sign = مصاب أو مريض ويحتاج إلى طبيب الآن
triage-injured-ask = هل عندك إصابة أو مرض يحتاج إلى طبيب الآن؟
triage-child_alone-sign = طفل ليس معه هنا أحد والديه أو وليّ أمره
triage-child_alone-observe = هل هذا طفل ليس معه هنا أحد والديه أو وليّ أمره؟
age-under_18-sign = قد يكون عمره أقل من ⁦18⁩ عامًا
age-under_18-observe = هل يمكن أن يكون عمر الشخص أقل من ⁦18⁩ عامًا؟ إذا لم تكن متأكدًا، أجب «لا أعرف».

domain-recruitment = التجنيد والسفر
domain-identity = الهوية والوثائق
domain-housing = السكن والتنقل
domain-work = العمل والأجر
domain-money = المال والديون
domain-health = الصحة
domain-control = السيطرة والتهديد

dimension-deceptive_recruitment = خداع عند التجنيد
dimension-coercive_recruitment = إكراه أو تهديد عند التجنيد
dimension-vulnerability_recruitment = استغلال الضعف عند التجنيد
dimension-exploitative_conditions = ظروف عمل أو معيشة استغلالية
dimension-coercion_destination = إكراه في العمل أو في مكان السكن
dimension-vulnerability_destination = الاعتماد على الأشخاص الذين يعمل لديهم

result-title = النتيجة
result-call-112 = اتصل بـ ⁦112⁩ الآن. قد يكون شخص ما في خطر مباشر.
result-immediate_danger = خطر كبير: السلامة أولًا
result-immediate_danger-text = اتصل بـ ⁦112⁩ الآن. ثم اتبع خطة السلامة أدناه.
result-strong_signs = علامات قوية على الاتجار بالبشر
result-strong_signs-text = تستوفي الإجابات قاعدة ⁨ILO/EC⁩ للبالغين: التجنيد، والاستغلال، والإكراه أو استغلال الضعف، معًا. أحِل الشخص.
result-strong_signs-child-text = تُظهر الإجابات تجنيد طفل أو نقله (الفعل) واستغلاله. في حالة الطفل لا حاجة إلى قوة أو تهديد أو خداع. أحِل الطفل.
result-some_signs = بعض العلامات – اطلب المشورة
result-some_signs-text = وُجدت بعض علامات الاتجار بالبشر. اطلب من ⁨KCIK⁩ المشورة حول الخطوة التالية.
result-control_unknown = ظروف سيئة – السيطرة غير معروفة بعد
result-control_unknown-text = وُجد أجر سيئ أو ظروف سيئة، لكن لا يُعرف بعد هل الشخص حر في المغادرة: بعض أسئلة السيطرة لم تُطرح، أو تم تخطيها، أو كانت الإجابة عنها «لا أعرف». اطرحها (مذكورة أدناه)، أو اطلب المشورة من ⁨KCIK⁩.
result-control-open = ما زال يجب السؤال عن السيطرة
result-labour_rights = على الأرجح مشكلة في حقوق العمل، وليست اتجارًا بالبشر
result-labour_rights-text = وُجد أجر سيئ أو ظروف عمل سيئة، وأجاب الشخص بـ«لا» عن كل أسئلة السيطرة: احتفاظ شخص آخر بوثائقه، والدين، والتهديدات، والحبس، وأي شيء يمنعه من المغادرة، والاعتماد على صاحب العمل في السكن أو الأوراق. وجّه الشخص إلى مفتشية العمل الوطنية (⁨PIP⁩). إذا تغيّر أي شيء، افحص مرة أخرى.
result-no_signs = لم تُوجد علامات حتى الآن
result-no_signs-text = لا تُظهر الإجابات حتى الآن أي علامات على الاتجار بالبشر. إذا كنت ما زلت قلقًا، اطرح أسئلة أخرى أو اطلب المشورة من ⁨KCIK⁩.
result-child = قد يكون الشخص طفلًا. الطفل ضحية اتجار بالبشر كلما جُنّد أو نُقل أو سُلِّم أو أُوي أو استُقبل بهدف الاستغلال، حتى دون قوة أو خداع (القانون الجنائي، المادة ⁦115 §22⁩). وجّه الطفل دائمًا إلى المساعدة.
result-not-alone = لم يكن الشخص وحده معك: قد لا تكون إجاباته حرة. إن أمكن، اسأل مرة أخرى عندما يكون بمفرده.
result-age-unknown = العمر غير معروف: استُخدمت قاعدة البالغين. إذا كان الشخص قد يكون دون ⁦18⁩ عامًا، فعامِله كطفل.
result-risks = حالة عالية الخطورة
risk-danger = شخص مهدَّد أو محتجَز أو يتعرض للأذى الآن: اتصل بـ ⁦112⁩.
risk-child_alone = طفل ليس معه هنا أحد والديه أو وليّ أمره: اتصل بـ ⁦112⁩، وابقَ مع الطفل حتى تصل الشرطة.
risk-self_harm = خطر الانتحار أو إيذاء النفس: اتصل بـ ⁦112⁩ الآن، ثم بخط الأزمات العامل على مدار ⁦24⁩ ساعة: ⁦116 123⁩.
risk-escaped = هرب الشخص وقد يكون هناك من يبحث عنه: اتصل بـ ⁦112⁩.
risk-family_danger = قد تكون عائلته في خطر الآن: اتصل بـ ⁦112⁩ وأخبر موظف الطوارئ بذلك.
risk-little_time = الوقت قليل جدًا: أعطِ الأرقام، واتفق معه على طريقة للتواصل معه مرة أخرى.
risk-psychiatric_crisis = أزمة نفسية حادة: اتصل بـ ⁦112⁩ للحصول على مساعدة طبية، ثم بخط الأزمات ⁦116 123⁩.
plan-title = خطة السلامة
plan-intro = اتفق عليها مع الشخص شفهيًا. لا تكتب أي شيء في هذا التطبيق.
plan-where = إلى أين الآن: مكان آمن تتفقان عليه معًا، لا العودة إلى حيث يوجد الخطر. يمكن للشرطة (⁦112⁩) أو خط ⁨La Strada⁩ العامل على مدار ⁦24⁩ ساعة أو ⁨KCIK⁩ المساعدة في إيجاد مكان.
plan-whom = بمن تتصل: ⁦112⁩ عند الخطر. خط ⁨La Strada⁩ العامل على مدار ⁦24⁩ ساعة ⁦+48 605 687 750⁩ للمساعدة في أي ساعة؛ و ⁨KCIK⁩ في أيام العمل.
plan-reach = كيف تتواصل معه مرة أخرى: اتفقا على طريقة ووقت آمنين، مثل رقم لا يستخدمه إلا هو، أو مكان تعرفانه كلاكما.
result-next-step = خطوتك التالية
next-police = اتبع إجراءاتك: افصل الشخص عن المحتجزين الآخرين وعن المشتبه بهم، وأبلغ الضابط المسؤول، ويُفضَّل أن يكون مدرّبًا على قضايا الاتجار بالبشر. اتصل برقم الشرطة لحالات الاتجار بالبشر. اتصل بـ ⁦112⁩ فقط لطلب إسعاف أو دعم.
next-health = يبقى الشخص في رعايتك: افحصه وتحدث معه وهو بمفرده. ثم اطلب المشورة من ⁨KCIK⁩ أو من خط ⁨La Strada⁩ العامل على مدار ⁦24⁩ ساعة.
next-volunteer = لا تحقق مع أحد ولا تواجه أحدًا. أبلغ الشرطة المناوبة في نقطة الاستقبال. للمشورة، اتصل بخط ⁨La Strada⁩ العامل على مدار ⁦24⁩ ساعة أو بـ ⁨KCIK⁩.
next-inspector = اطلب من ⁨KCIK⁩ استشارة بشأن ضحية محتملة، وأبلغ الشرطة عن الجريمة. أما الأجور والظروف فتبقى من اختصاص ⁨PIP⁩.
next-control = اطرح أسئلة السيطرة التي لم تُطرح بعد، أو اطلب المشورة من ⁨KCIK⁩.
next-other = اطلب المشورة من ⁨KCIK⁩ بشأن ما تفعله بعد ذلك، أو من خط ⁨La Strada⁩ العامل على مدار ⁦24⁩ ساعة في أي ساعة.
next-child = طفل: اتصل بالشرطة (⁦112⁩) وابقَ مع الطفل حتى تصل. ثم أبلغ ⁨KCIK⁩.
next-danger = اتصل بـ ⁦112⁩ الآن.
next-off-hours = يعمل مستشارو ⁨KCIK⁩ في أيام العمل: في هذه الساعة، يأتي خط ⁨La Strada⁩ العامل على مدار ⁦24⁩ ساعة أولًا.
next-also = خط آخر يمكنك الاتصال به
result-duty-title = الإبلاغ
result-duty-law = القانون: كل من لديه علم موثوق بالاتجار بالبشر يجب أن يُبلغ الشرطة أو النيابة العامة (القانون الجنائي، المادة ⁦240 §1⁩).
result-duty-kcik = إذا لم تكن متأكدًا من أن ما تعرفه موثوق، فاسأل ⁨KCIK⁩ أولًا. فهم يقدّمون المشورة للمهنيين، ويدعمون الضحايا، بمن فيهم من لا يريدون التواصل مع الشرطة.
result-duty-child = في حالة الطفل لا توجد خطوة موافقة: أحِل دائمًا، إلى الشرطة وإلى ⁨KCIK⁩.
result-provisional = قوة كل علامة تتبع نسخة مدوّنة من مؤشرات ⁨ILO/EC⁩ (⁦2009⁩): اعتبر الدرجات مؤقتة. قد تشير عدة أسئلة إلى مؤشر ⁨ILO⁩ نفسه؛ وهو يُحسب مرة واحدة.
result-uncounted = علامات أخرى لوحظت (معروضة، ولا تُحسب في قاعدة ⁨ILO⁩)
result-signs-found = وُجدت علامات
result-signs-unclear = غير مؤكد – يستحق التحقق
result-not-asked = لم يُسأل عنه بعد
result-not-asked-none = تم السؤال عن كل المجالات.
result-dimension-positive = في هذا المجال علامات كافية لبلوغ عتبة ⁨ILO⁩.
result-whom-to-call = بمن تتصل
result-pip = مفتشية العمل الوطنية (⁨PIP⁩): للأجور والعقود وساعات العمل والسلامة في العمل.
result-answered = { $count ->
    [zero] لم تُقدَّم أي إجابة.
    [one] تم تقديم إجابة واحدة.
    [two] تم تقديم إجابتين.
    [few] تم تقديم { $count } إجابات.
    [many] تم تقديم { $count } إجابة.
   *[other] تم تقديم { $count } إجابة.
}

ind-job_different_nature-sign = العمل من نوع مختلف عمّا قيل له
ind-job_different_nature-ask = هل عملك من نوع مختلف عن العمل الذي قيل لك عنه؟

ind-place_or_employer_different-sign = المكان أو صاحب العمل ليس كما قيل له
ind-place_or_employer_different-ask = هل وصلت إلى مكان مختلف، أو عند صاحب عمل مختلف، عمّا قيل لك؟

ind-conditions_deceived-sign = ساعات العمل أو ظروفه أسوأ مما قيل له
ind-conditions_deceived-ask = هل ساعات عملك أو ظروف عملك أسوأ مما قيل لك؟

ind-contract_deceived-sign = العقد مختلف عمّا قيل له
ind-contract_deceived-ask = هل عقد عملك مختلف عمّا قيل لك، أو لم تحصل على أي عقد؟

ind-wages_deceived-sign = يُدفع له أقل مما قيل له
ind-wages_deceived-ask = هل أجرك أقل مما قيل لك إنك ستحصل عليه؟

ind-travel_deceived-sign = الرحلة لم تكن كما قيل له
ind-travel_deceived-ask = هل كانت رحلتك إلى هنا مختلفة عمّا قيل لك؟

ind-housing_deceived-sign = السكن ليس كما وُعد به
ind-housing_deceived-ask = هل مكان سكنك أسوأ مما قيل لك؟

ind-documents_status_deceived-sign = تضليل بشأن الأوراق أو حق الإقامة أو العمل
ind-documents_status_deceived-ask = هل قيل لك كلام غير صحيح عن أوراقك أو عن حقك في العمل هنا؟

ind-marriage_promise-sign = جاء بعد وعد بالزواج أو التبنّي
ind-marriage_promise-ask = هل جئت لأن أحدًا وعدك بالزواج منك أو بتبنّيك؟

ind-education_deceived-sign = قيل له إنه سيدرس أو يتدرب، ولم يحدث ذلك
ind-education_deceived-ask = هل قيل لك إنك ستذهب إلى المدرسة أو تحصل على تدريب، ثم لم يحدث ذلك؟

ind-agency_fee_paid-sign = دفع لوكالة مقابل العمل أو النقل
ind-agency_fee_paid-ask = هل دفعت مالًا لوكالة أو لشخص مقابل هذا العمل أو هذه الرحلة؟

ind-offer_too_good-sign = عرض سفر أو سكن أو عمل جيد إلى حد لا يُصدَّق
ind-offer_too_good-ask = هل عرض عليك أحد سفرًا أو سكنًا أو عملًا يبدو جيدًا إلى حد لا يُصدَّق؟

ind-unregistered_helper-sign = مساعدة يعرضها شخص بلا شارة منظمة
ind-unregistered_helper-observe = هل يعرض عليه أحد توصيلة أو سكنًا أو عملًا دون شارة منظمة مسجّلة؟

ind-recruit_violence-sign = استُخدمت القوة أو العنف لجلبه إلى هنا
ind-recruit_violence-ask = هل استخدم أحد القوة معك أو آذاك ليجبرك على المجيء إلى هنا؟

ind-recruit_threats-sign = هُدِّد بالأذى ليأتي
ind-recruit_threats-ask = هل هدد أحد بإيذائك أو إيذاء عائلتك ليجبرك على المجيء إلى هنا؟

ind-recruit_threat_report-sign = هُدِّد بالإبلاغ عنه للسلطات ليأتي
ind-recruit_threat_report-ask = هل هدد أحد بالإبلاغ عنك للشرطة أو لمسؤولين آخرين، ليجبرك على المجيء إلى هنا؟

ind-recruit_threat_tell-sign = هُدِّد بإخبار عائلته أو غيرهم بأمور عنه، ليأتي
ind-recruit_threat_tell-ask = هل هدد أحد بأن يخبر عائلتك أو أشخاصًا آخرين بأمور عنك، ليجبرك على المجيء إلى هنا؟

ind-recruit_family_harmed-sign = أُوذي أحد أفراد عائلته ليأتي
ind-recruit_family_harmed-ask = هل آذى أحدٌ شخصًا من عائلتك ليجبرك على المجيء إلى هنا؟

ind-recruit_abducted-sign = أُخذ أو احتُجز رغمًا عنه
ind-recruit_abducted-ask = هل أُخذت إلى مكان ما، أو احتُجزت، رغمًا عنك؟

ind-recruit_forced_marriage-sign = أُجبر على الزواج
ind-recruit_forced_marriage-ask = هل أُجبرت على الزواج من أحد؟

ind-recruit_sold-sign = بِيع، أو دُفع مال مقابله
ind-recruit_sold-ask = هل باعك أحد، أو حصل أحد على مال مقابلك؟

ind-recruit_debt-sign = اضطر إلى تحمّل دين مقابل الرحلة أو العمل
ind-recruit_debt-ask = قبل أن تبدأ، هل اضطررت إلى تحمّل دين مقابل الرحلة أو العمل؟

ind-recruit_isolated-sign = حُبس أو رُوقب أو مُنع من التواصل مع الآخرين في الطريق
ind-recruit_isolated-ask = في الطريق إلى هنا، هل حُبست، أو كنت مراقَبًا طوال الوقت، أو مُنعت من التحدث مع أشخاص آخرين؟

ind-recruit_money_kept-sign = الأشخاص الذين جلبوه احتفظوا بماله
ind-recruit_money_kept-ask = هل احتفظ الأشخاص الذين جلبوك إلى هنا بمالك؟

ind-passports_collected-sign = شخص يجمع جوازات السفر «للمساعدة»
ind-passports_collected-ask = هل طلب منك أحد أن يأخذ جواز سفرك أو بطاقة هويتك، وقال إن ذلك سيساعدك؟

ind-pressure_to_leave_now-sign = يُضغط عليه ليغادر مع شخص ما فورًا
ind-pressure_to_leave_now-ask = هل يضغط عليك أحد للمغادرة معه الآن؟

ind-economic_need-sign = قبل العمل أو الرحلة لأنه بحاجة شديدة إلى المال
ind-economic_need-ask = هل قبلت هذا العمل أو هذه الرحلة لأنك كنت بحاجة شديدة إلى المال؟

ind-family_difficulty-sign = مشاكل عائلية دفعته إلى مغادرة بيته
ind-family_difficulty-ask = هل دفعتك مشاكل في عائلتك إلى مغادرة بيتك؟

ind-no_language_info-sign = جاء دون معرفة اللغة أو أين يجد المساعدة
ind-no_language_info-ask = عندما جئت، هل كان فهم الناس أو إيجاد المساعدة صعبًا عليك؟

ind-emotional_dependency-sign = أقنعه بذلك شخص يحبه ويعتمد عليه («⁨lover boy⁩»)
ind-emotional_dependency-ask = هل أقنعك بهذه الرحلة أو بهذا العمل شخصٌ تحبه، وقال إنه يحبك؟

ind-fear_authorities-sign = يخاف من الشرطة أو من جهات رسمية أخرى
ind-fear_authorities-ask = هل يخيفك الذهاب إلى الشرطة أو إلى جهات رسمية أخرى لطلب المساعدة؟

ind-irregular_status-sign = جاء دون أوراق تسمح له بالإقامة أو العمل
ind-irregular_status-ask = عندما جئت، هل كنت بلا أوراق تسمح لك بالإقامة أو العمل هنا؟

ind-child_with_non_relatives-sign = طفل يسافر وحده أو مع بالغين ليسوا من عائلته
ind-child_with_non_relatives-observe = هل يسافر الطفل وحده، أو مع بالغين ليسوا من عائلته؟

ind-excessive_hours-sign = يعمل ساعات طويلة جدًا أو بلا أيام راحة
ind-excessive_hours-ask = هل أيام عملك طويلة جدًا، وأيام راحتك قليلة أو لا توجد؟

ind-low_or_no_pay-sign = أجره قليل جدًا أو لا أجر له
ind-low_or_no_pay-ask = هل يُدفع لك أجر قليل جدًا، أو لا شيء، مقابل عملك؟

ind-returned_no_money-sign = عاد من العمل في الخارج دون أجر أو بجزء منه فقط
ind-returned_no_money-ask = هل عدت من العمل في الخارج دون أجرك، أو بجزء منه فقط؟

ind-no_contract-sign = لا يوجد عقد مكتوب
ind-no_contract-ask = هل عملك دون عقد مكتوب؟

ind-no_social_protection-sign = لا تأمين صحي أو ضمان اجتماعي من خلال العمل
ind-no_social_protection-ask = هل عملك دون تأمين صحي؟

ind-bad_housing-sign = سكن سيئ جدًا أو مزدحم أو غير آمن
ind-bad_housing-ask = هل مكان نومك مزدحم جدًا، أو متّسخ، أو غير آمن؟

ind-hazardous_work-sign = عمل خطير دون حماية مناسبة
ind-hazardous_work-ask = هل عملك خطير، ودون معدات السلامة اللازمة؟

ind-fines_deductions-sign = «غرامات» أو خصومات كبيرة من الأجر
ind-fines_deductions-ask = هل يأخذ أحد مالًا من أجرك على أنه «غرامات» أو دون موافقتك؟

ind-no_medical_care-sign = رعاية طبية قليلة أو معدومة عند المرض أو الإصابة
ind-no_medical_care-ask = عندما يصيبك مرض أو أذى، هل تكون الرعاية الطبية قليلة أو لا توجد أبدًا؟

ind-no_basic_needs-sign = وصول قليل إلى الطعام أو المراحيض أو الملابس
ind-no_basic_needs-ask = هل يحدث كثيرًا ألّا يكون لديك ما يكفي من الطعام أو الملابس، أو مرحاض يمكنك استخدامه؟

ind-child_adult_work-sign = طفل يقوم بعمل البالغين
ind-child_adult_work-observe = هل يقوم الطفل بعمل يقوم به البالغون عادةً؟

ind-documents_held-sign = شخص آخر يحتفظ بجواز سفره أو هويته
ind-documents_held-ask = هل يحتفظ شخص آخر بجواز سفرك أو بطاقة هويتك؟

ind-debt_bondage-sign = عليه دين مقابل السفر أو الأوراق أو السكن أو «الحماية»
ind-debt_bondage-ask = هل عليك دين يجب سداده مقابل السفر أو الأوراق أو السكن أو «الحماية»؟

ind-locked_in-sign = محبوس، أو لا يُسمح له بالخروج وحده
ind-locked_in-ask = هل يُقفَل عليك الباب، أو لا يُسمح لك بالخروج وحدك؟

ind-watched-sign = مراقَب أو ملاحَق طوال الوقت
ind-watched-ask = هل يراقبك أحد أو يلاحقك طوال الوقت، حتى خارج العمل؟

ind-permission_basic_needs-sign = يحتاج إلى إذن ليأكل أو ينام أو يستخدم المرحاض
ind-permission_basic_needs-ask = هل تحتاج إلى إذن من أحد لتأكل أو تنام أو تستخدم المرحاض؟

ind-family_contact_supervised-sign = يتحدث مع عائلته فقط بينما يستمع شخص آخر
ind-family_contact_supervised-ask = هل يمكنك التحدث مع عائلتك فقط عندما يستمع شخص آخر؟

ind-violence_destination-sign = تعرّض للضرب أو الأذى في العمل أو في مكان سكنه
ind-violence_destination-ask = هل ضربك أو آذاك أحد في مكان عملك أو سكنك؟

ind-injuries_restraint-sign = إصابات توحي بالربط أو التثبيت بالقوة
ind-injuries_restraint-observe = هل ترى إصابات قد تكون ناتجة عن الربط أو التثبيت بالقوة؟

ind-minder_present-sign = مرافق لا يتركه وحده
ind-minder_present-observe = هل يبقى مرافق قريبًا منه ويرفض أن يتركه وحده؟

ind-speaks_for_them-sign = شخص آخر يتحدث أو يترجم عنه
ind-speaks_for_them-observe = هل يجيب شخص آخر عنه، أو يُصرّ على الترجمة؟

ind-wages_withheld-sign = الأجر محجوز أو يحتفظ به شخص آخر
ind-wages_withheld-ask = هل يحجز صاحب العمل أو شخص آخر أجرك أو يحتفظ به؟

ind-forced_work-sign = يُجبر على العمل رغمًا عنه
ind-forced_work-ask = هل يجبرك أحد على عمل رغمًا عنك؟

ind-forced_sex-sign = يُجبر على ممارسة الجنس، بما في ذلك مع زبائن
ind-forced_sex-ask = هل يجبرك أحد على ممارسة الجنس رغمًا عنك؟

ind-forced_begging-sign = يُجبر على التسول وتسليم المال
ind-forced_begging-ask = هل يجبرك أحد على التسول وإعطاء المال لشخص آخر؟

ind-forced_crime-sign = يُجبر على السرقة أو ارتكاب جرائم أخرى
ind-forced_crime-ask = هل يجبرك أحد على السرقة أو على أشياء أخرى مخالفة للقانون؟

ind-ever_forced-sign = في الطريق أو في عمل سابق، أُجبر على العمل أو على فعل أشياء رغمًا عنه
ind-ever_forced-ask = في الطريق إلى هنا، أو في عمل سابق، هل أُجبرت يومًا على العمل أو على فعل أشياء لم تكن تريد فعلها؟

ind-forced_to_lie-sign = طُلب منه الكذب على الجهات الرسمية أو العائلة
ind-forced_to_lie-ask = هل طلب منك أحد الكذب على الشرطة أو الموظفين الرسميين أو عائلتك؟

ind-threats_destination-sign = هُدِّد بالأذى أو بالإبلاغ عنه
ind-threats_destination-ask = هل هدد أحد بإيذائك أو إيذاء عائلتك، أو بالإبلاغ عنك للشرطة؟

ind-afraid_to_leave-sign = يخاف مما قد يحدث إذا غادر
ind-afraid_to_leave-ask = هل تخاف مما قد يحدث لك أو لعائلتك إذا تركت هذا العمل؟

ind-threat_deportation-sign = هُدِّد بالترحيل أو بالإبلاغ عنه لسلطات الهجرة
ind-threat_deportation-ask = هل هدد أحد بالإبلاغ عنك لسلطات الهجرة أو لحرس الحدود، أو بإعادتك إلى بلدك؟

ind-threats_tell_family-sign = هُدِّد بإخبار عائلته أو أشخاص آخرين
ind-threats_tell_family-ask = هل هدد أحد بإخبار عائلتك أو أشخاص آخرين عنك؟

ind-cannot_leave_job-sign = لا يستطيع ترك العمل والعودة إلى بيته
ind-cannot_leave_job-ask = هل يمنعك شيء من ترك هذا العمل والعودة إلى بيتك؟

ind-fearful_submissive-sign = يبدو خائفًا أو قلقًا أو خاضعًا
ind-fearful_submissive-observe = هل يبدو خائفًا أو قلقًا أو خاضعًا؟

ind-child_intimidated-sign = الطفل يبدو خائفًا أو يتصرف بشكل لا يناسب عمره
ind-child_intimidated-observe = هل يبدو الطفل خائفًا، أو يتصرف بطريقة غير عادية لعمره؟

ind-dependent_on_employer-sign = يعتمد على صاحب العمل في السكن أو الطعام أو الأوراق
ind-dependent_on_employer-ask = هل يعتمد مكان نومك أو طعامك أو أوراقك على صاحب عملك؟

ind-living_at_work-sign = يعيش في مكان عمله، أو حيث يقرر صاحب العمل
ind-living_at_work-ask = هل تنام في مكان عملك، أو في مكان يختاره صاحب العمل؟

ind-unknown_address-sign = لا يعرف عنوان سكنه أو عمله
ind-unknown_address-observe = هل يبدو أنه لا يعرف عنوان المكان الذي يسكن أو يعمل فيه؟

ind-legal_status_dependent-sign = يخاف أن يفقد حق الإقامة إذا ترك العمل
ind-legal_status_dependent-ask = هل يخيفك فقدان حقك في الإقامة هنا إذا تركت هذا العمل؟

ind-economic_need_now-sign = يحتاج إلى المال بشدة لدرجة أنه لا يستطيع الرفض
ind-economic_need_now-ask = هل تحتاج إلى هذا المال بشدة لدرجة أنك لا تستطيع رفض العمل؟

ind-family_depends-sign = عائلته تعتمد على المال الذي يرسله
ind-family_depends-ask = هل تعتمد عائلتك على المال الذي ترسله إليها؟

ind-sex_exchange-sign = مارس الجنس ليحصل على مكان للإقامة أو طعام أو مواصلات أو مال
ind-sex_exchange-ask = هل اضطررت إلى ممارسة الجنس مع أحد لتحصل على مكان للإقامة أو طعام أو توصيلة أو مال؟

ind-no_own_documents-sign = ليس لديه وثيقة هوية، أو لديه نسخة منها فقط
ind-no_own_documents-ask = هل لديك نسخة فقط من جواز سفرك أو هويتك، أو لا شيء أبدًا؟

ind-child_no_guardian-sign = طفل لا يستطيع الوصول إلى أحد والديه أو وليّ أمره
ind-child_no_guardian-observe = هل الطفل بلا أي وسيلة للتواصل مع أحد والديه أو وليّ أمره؟

# وقت قليل جدًا للحديث (seeds/003): أعطِ الأرقام، واتفق على طريقة للتواصل مع الشخص
# مرة أخرى، ثم أنهِ. لا يُكتب أي شيء.
handover-title = الوقت قليل جدًا: أعطِ هذه الأرقام
handover-intro = اعرض هذه الأرقام أو قلها. اتفق شفهيًا على كيف ومتى يمكنك التواصل مع الشخص مرة أخرى. لا تكتب أي شيء هنا.
handover-continue = يوجد وقت أكثر: العودة إلى الأسئلة
handover-end = الإنهاء ومسح الإجابات

# الشاشة الأولى للشخص، قبل أول سؤال موجّه إليه (موجز المحتوى §4).
intro-title = قبل الأسئلة
intro-who-health = أعمل في المجال الصحي.
intro-who-police = أعمل في الشرطة أو في حرس الحدود.
intro-who-volunteer = أتطوع لمساعدة الأشخاص الذين يصلون إلى هنا.
intro-who-inspector = أعمل في تفتيش العمل أو في العمل الاجتماعي.
intro-who-other = أعمل مع أشخاص قد يحتاجون إلى المساعدة.
intro-why = أودّ أن أطرح عليك بعض الأسئلة، لأعرف هل تحتاج إلى مساعدة، وما نوعها.
intro-nothing-kept = هذا التطبيق لا يطلب اسمك ولا يرسل أي شيء إلى أي مكان. تبقى إجاباتك على هذا الهاتف فقط، لبضع ساعات على الأكثر.
intro-skip = يمكنك تخطي أي سؤال، أو التوقف في أي وقت.
intro-confidential-police = بحكم وظيفتي، عليّ واجب التصرف عندما أعلم بجريمة. لا أستطيع أن أعدك بإبقاء ما تقوله لي سرًا.
intro-confidential-other = سأحافظ على خصوصية ما تقوله لي قدر استطاعتي. لكن في بولندا، يجب على كل من يعلم بالاتجار بالبشر أن يُبلغ الشرطة أو النيابة العامة، لذلك لا أستطيع أن أعدك بإبقاء كل شيء سرًا.
intro-continue = فهمت، متابعة
