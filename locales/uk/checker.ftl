# Перевірка ознак: налаштування, запитання, відповіді й результати.
# Запитання з позначкою «-ask» читає сама людина, часто налякана і
# нерідною мовою: коротко, просто, без навідних запитань, без звинувачень.

check-title = Перевірити ознаки
check-intro = Коротке опитування про ознаки торгівлі людьми. Розпитуйте людину наодинці, без будь-кого, хто її супроводжує. Нічого не зберігається і не надсилається: відповіді залишаються на цьому телефоні, доки ви їх не зітрете.
check-screening-not-identification = Це попередня перевірка, а не ідентифікація. Офіційно визнати людину жертвою можуть лише поліція або Прикордонна служба (Straż Graniczna).
check-person-language = Мова цієї людини
check-same-language = Така сама, як моя
check-path-label = Скільки запитань
check-path-short = Коротко: найпоказовіші ознаки (близько 2 хвилин)
check-path-full = Повністю: усі ознаки
check-start = Почати
check-progress = Запитання { $current } з { $total }
check-for-person = Для людини
check-for-worker = Позначаєте ви
check-answer-yes = Так
check-answer-no = Ні
check-answer-not-sure = Важко сказати
check-answer-prefer-not = Не хочу відповідати
check-back = Назад
check-skip = Пропустити
check-finish-now = Завершити зараз
check-clear = Стерти всі відповіді
check-cleared = Усі відповіді стерто.
check-review = Змінити відповіді
check-restart = Почати знову

check-group-triage = Спершу безпека
check-group-age = Вік

# Запитання про безпеку йдуть першими; будь-яке «так» виводить «Дзвоніть 112 зараз» нагору.
triage-threatened_now-sign = Комусь просто зараз погрожують або завдають шкоди
triage-threatened_now-ask = Хтось зараз погрожує вам або робить вам боляче?
triage-cannot_leave_now-sign = Людині зараз не дають піти
triage-cannot_leave_now-ask = Хтось зараз не дає вам піти звідси?
triage-injured-sign = Травма чи хвороба, лікар потрібен негайно
triage-injured-ask = Ви поранені чи хворі, і вам потрібен лікар просто зараз?
triage-child_alone-sign = Дитина без батьків чи опікуна поруч
triage-child_alone-observe = Це дитина, з якою тут немає батьків чи опікуна?
age-under_18-sign = Можливо, молодше 18 років
age-under_18-observe = Чи може цій людині бути менше 18 років? Якщо ви не впевнені, відповідайте «Важко сказати».

domain-recruitment = Вербування і переїзд
domain-identity = Особа і документи
domain-housing = Житло і пересування
domain-work = Робота й оплата
domain-money = Гроші й борги
domain-health = Здоров’я
domain-control = Контроль і погрози

dimension-deceptive_recruitment = Обман під час вербування
dimension-coercive_recruitment = Примус чи погрози під час вербування
dimension-vulnerability_recruitment = Використання вразливості під час вербування
dimension-exploitative_conditions = Експлуататорські умови праці чи проживання
dimension-coercion_destination = Примус на роботі чи за місцем проживання
dimension-vulnerability_destination = Залежність від тих, на кого людина працює

result-title = Результат
result-call-112 = Дзвоніть 112 зараз. Хтось може бути в безпосередній небезпеці.
result-immediate_danger = Безпосередня небезпека
result-immediate_danger-text = Спершу переконайтеся, що всі в безпеці. Дзвоніть 112, потім зв’яжіться з KCIK.
result-strong_signs = Виразні ознаки торгівлі людьми
result-strong_signs-text = Відповіді вказують водночас на вербування, експлуатацію і примус. Направте людину по допомогу: дзвоніть у KCIK або La Strada, а в поліцію – якщо людина погоджується або їй загрожує небезпека.
result-some_signs = Деякі ознаки – зверніться по пораду
result-some_signs-text = Виявлено деякі ознаки торгівлі людьми. Попросіть у KCIK поради, що робити далі; там також допомагають людям, які не хочуть звертатися до поліції.
result-labour_rights = Радше порушення трудових прав, ніж торгівля людьми
result-labour_rights-text = Виявлено низьку оплату чи погані умови, але немає ознак примусу, погроз чи того, що людина не може піти. Скеруйте людину до Державної інспекції праці Польщі (PIP). Якщо щось зміниться, перевірте ще раз.
result-no_signs = Поки що ознак не виявлено
result-no_signs-text = Відповіді поки що не показують ознак торгівлі людьми. Якщо вас усе ще щось турбує, поставте більше запитань або попросіть поради в KCIK.
result-child = Ця людина може бути дитиною. Дитина є жертвою торгівлі людьми завжди, коли її вербують чи переміщують з метою експлуатації, навіть без примусу чи обману. Завжди направляйте дитину по допомогу.
result-signs-found = Виявлено ознаки
result-signs-unclear = Неясно – варто перевірити
result-not-asked = Ще не запитували
result-not-asked-none = Запитання поставлено щодо всіх сфер.
result-dimension-positive = У цій сфері досягнуто порогу індикаторів.
result-whom-to-call = Кому дзвонити
result-pip = Державна інспекція праці Польщі (PIP): щодо оплати, договорів, робочого часу й безпеки праці.
result-answered = { $count ->
    [one] Дано { $count } відповідь.
    [few] Дано { $count } відповіді.
    [many] Дано { $count } відповідей.
   *[other] Дано { $count } відповіді.
}

ind-job_different_nature-sign = Робота іншого характеру, ніж обіцяли
ind-job_different_nature-ask = Ви робите іншу роботу, ніж вам обіцяли?

ind-place_or_employer_different-sign = Місце чи роботодавець не ті, що обіцяли
ind-place_or_employer_different-ask = Ви опинилися в іншому місці або в іншого начальника, ніж вам обіцяли?

ind-conditions_deceived-sign = Оплата, години чи умови гірші, ніж обіцяли
ind-conditions_deceived-ask = Оплата, робочі години чи умови у вас гірші, ніж вам казали?

ind-travel_deceived-sign = Дорога була не такою, як людині казали
ind-travel_deceived-ask = Дорога сюди була не такою, як вам казали?

ind-housing_deceived-sign = Житло не таке, як обіцяли
ind-housing_deceived-ask = Місце, де ви живете, гірше, ніж вам обіцяли?

ind-documents_status_deceived-sign = Оманливі відомості про документи чи право на перебування або роботу
ind-documents_status_deceived-ask = Вам казали неправду про ваші документи чи про право працювати тут?

ind-marriage_promise-sign = Приїзд після обіцянки шлюбу чи усиновлення
ind-marriage_promise-ask = Ви приїхали, бо хтось обіцяв одружитися з вами або вас усиновити?

ind-education_deceived-sign = Обіцяли навчання, якого так і не було
ind-education_deceived-ask = Вам обіцяли школу чи навчання, яких ви не отримали?

ind-agency_fee_paid-sign = Оплата агенції за роботу чи переїзд
ind-agency_fee_paid-ask = Ви платили агенції чи якійсь людині, щоб отримати цю роботу чи поїздку?

ind-offer_too_good-sign = Пропозиція поїздки, житла чи роботи – надто гарна, щоб бути правдою
ind-offer_too_good-ask = Вам хтось пропонував поїздку, житло чи роботу, які здаються надто гарними, щоб бути правдою?

ind-unregistered_helper-sign = Допомогу пропонує людина без бейджа організації
ind-unregistered_helper-observe = Хтось пропонує людині підвезти її, житло чи роботу без бейджа зареєстрованої організації?

ind-recruit_violence-sign = Застосування сили чи насильства, щоб привезти людину сюди
ind-recruit_violence-ask = Хтось застосовував до вас силу або робив вам боляче, щоб ви приїхали сюди?

ind-recruit_threats-sign = Погрози, щоб змусити приїхати
ind-recruit_threats-ask = Хтось погрожував вам чи вашій родині, щоб ви приїхали сюди?

ind-taken_or_sold-sign = Забрали проти волі, продали або змусили до шлюбу
ind-taken_or_sold-ask = Вас забрали проти вашої волі, продали чи змусили одружитися?

ind-passports_collected-sign = Хтось збирає паспорти, «щоб допомогти»
ind-passports_collected-ask = Хтось просив віддати йому ваш паспорт чи ID-картку, кажучи, що це вам допоможе?

ind-pressure_to_leave_now-sign = Тиск негайно поїхати з кимось
ind-pressure_to_leave_now-ask = Хтось квапить вас поїхати з ним просто зараз?

ind-economic_need-sign = Погодження на роботу чи поїздку через гостру потребу в грошах
ind-economic_need-ask = Ви погодилися на цю роботу чи поїздку, бо дуже потребували грошей?

ind-family_difficulty-sign = Сімейні проблеми змусили поїхати з дому
ind-family_difficulty-ask = Проблеми в сім’ї змусили вас поїхати з дому?

ind-no_language_info-sign = Приїзд без знання мови чи того, де шукати допомоги
ind-no_language_info-ask = Коли ви приїхали, вам було важко розуміти людей чи знайти допомогу?

ind-emotional_dependency-sign = Поїздку чи роботу влаштував партнер чи кохана людина
ind-emotional_dependency-ask = Цю поїздку чи роботу вам влаштував партнер або хтось, кого ви любите?

ind-fear_authorities-sign = Страх перед поліцією чи іншими органами влади
ind-fear_authorities-ask = Ви боїтеся звертатися по допомогу до поліції чи інших державних установ?

ind-child_with_non_relatives-sign = Дитина подорожує сама або з дорослими, які не є родиною
ind-child_with_non_relatives-observe = Дитина подорожує сама або з дорослими, які не є її родиною?

ind-excessive_hours-sign = Працює дуже багато годин або без вихідних
ind-excessive_hours-ask = Ви щодня працюєте дуже довго, майже чи зовсім без вихідних?

ind-low_or_no_pay-sign = Платять дуже мало або нічого
ind-low_or_no_pay-ask = Вам платять за роботу дуже мало або взагалі нічого?

ind-returned_no_money-sign = Повернення з роботи за кордоном без оплати або лише з частиною
ind-returned_no_money-ask = Ви повернулися з роботи за кордоном без зарплати або лише з її частиною?

ind-no_contract-sign = Немає письмового договору, або норми трудового права порушуються
ind-no_contract-ask = Ви працюєте без письмового договору?

ind-no_social_protection-sign = Робота не дає медичного чи соціального страхування
ind-no_social_protection-ask = Ви працюєте без медичної страховки?

ind-bad_housing-sign = Дуже погане, переповнене чи небезпечне житло
ind-bad_housing-ask = Там, де ви спите, дуже тісно, брудно чи небезпечно?

ind-hazardous_work-sign = Небезпечна робота без належного захисту
ind-hazardous_work-ask = Ваша робота небезпечна, і у вас немає потрібного захисного спорядження?

ind-fines_deductions-sign = Великі «штрафи» чи відрахування із зарплати
ind-fines_deductions-ask = Хтось забирає гроші з вашої зарплати як «штрафи» чи без вашої згоди?

ind-no_medical_care-sign = Майже немає медичної допомоги при хворобі чи травмі
ind-no_medical_care-ask = Коли ви хворієте чи травмуєтеся, у вас мало або зовсім немає медичної допомоги?

ind-no_basic_needs-sign = Обмежений доступ до їжі, туалету чи одягу
ind-no_basic_needs-ask = Вам часто не вистачає їжі, одягу або туалету, яким ви можете користуватися?

ind-child_adult_work-sign = Дитина виконує роботу дорослих
ind-child_adult_work-observe = Дитина виконує роботу, яку зазвичай роблять дорослі?

ind-documents_held-sign = Паспорт чи посвідчення особи тримає хтось інший
ind-documents_held-ask = Хтось інший тримає у себе ваш паспорт чи ID-картку?

ind-debt_bondage-sign = Борг за дорогу, документи, житло чи «захист»
ind-debt_bondage-ask = Ви мусите віддавати борг за дорогу, документи, житло чи «захист»?

ind-locked_in-sign = Тримають під замком або не випускають самостійно
ind-locked_in-ask = Вас замикають або не дозволяють виходити самостійно?

ind-watched-sign = Постійно стежать чи ходять слідом
ind-watched-ask = За вами весь час стежать чи ходять слідом, навіть поза роботою?

ind-family_contact_supervised-sign = Розмовляє з родиною лише тоді, коли хтось слухає
ind-family_contact_supervised-ask = Ви можете говорити з родиною лише тоді, коли хтось інший слухає?

ind-violence_destination-sign = Побиття чи інше насильство на роботі або за місцем проживання
ind-violence_destination-ask = Хтось там, де ви працюєте чи живете, бив вас чи робив вам боляче?

ind-injuries_restraint-sign = Травми, що вказують на зв’язування чи утримання силою
ind-injuries_restraint-observe = Чи бачите ви травми, які могли виникнути від зв’язування чи утримання силою?

ind-minder_present-sign = Супровідник не залишає людину саму
ind-minder_present-observe = Супровідник тримається поруч і не хоче залишати людину саму?

ind-speaks_for_them-sign = Хтось інший говорить чи перекладає за людину
ind-speaks_for_them-observe = Хтось інший відповідає за людину або наполягає, що перекладатиме сам?

ind-wages_withheld-sign = Зарплату затримує чи забирає хтось інший
ind-wages_withheld-ask = Ваш начальник чи хтось інший затримує чи забирає вашу зарплату?

ind-forced_work-sign = Змушують працювати проти волі
ind-forced_work-ask = Вас змушують робити роботу, якої ви не хочете робити?

ind-forced_sex-sign = Змушують до сексу, зокрема з клієнтами
ind-forced_sex-ask = Хтось змушує вас займатися сексом, коли ви цього не хочете?

ind-forced_begging-sign = Змушують жебракувати й віддавати гроші
ind-forced_begging-ask = Вас змушують просити милостиню і віддавати гроші комусь іншому?

ind-forced_crime-sign = Змушують красти чи скоювати інші злочини
ind-forced_crime-ask = Вас змушують красти чи робити щось інше, що заборонено законом?

ind-forced_to_lie-sign = Людині сказали брехати органам влади чи родині
ind-forced_to_lie-ask = Вам казали говорити неправду поліції, службовцям чи вашій родині?

ind-threats_destination-sign = Погрози заподіяти шкоду чи донести на людину
ind-threats_destination-ask = Хтось погрожував зробити боляче вам чи вашій родині або заявити на вас у поліцію?

ind-threats_tell_family-sign = Погрози розповісти родині чи іншим людям
ind-threats_tell_family-ask = Хтось погрожував розповісти про вас вашій родині чи іншим людям?

ind-cannot_leave_job-sign = Не може покинути роботу й повернутися додому
ind-cannot_leave_job-ask = Щось заважає вам піти з цієї роботи й поїхати додому?

ind-fearful_submissive-sign = Страх, тривожність чи покірність
ind-fearful_submissive-observe = Людина здається наляканою, тривожною чи покірною?

ind-child_intimidated-sign = Дитина залякана або поводиться не за віком
ind-child_intimidated-observe = Дитина здається заляканою або поводиться незвично для свого віку?

ind-dependent_on_employer-sign = Залежить від роботодавця щодо житла, їжі чи документів
ind-dependent_on_employer-ask = Ваше місце для сну, їжа чи документи залежать від вашого начальника?

ind-unknown_address-sign = Не знає адреси, де живе чи працює
ind-unknown_address-observe = Схоже, що людина не знає адреси, де живе чи працює?

ind-legal_status_dependent-sign = Боїться втратити право на перебування, якщо звільниться
ind-legal_status_dependent-ask = Ви боїтеся втратити право залишатися тут, якщо підете з цієї роботи?

ind-no_own_documents-sign = Немає документа, що посвідчує особу, або є лише копія
ind-no_own_documents-ask = У вас є лише копія паспорта чи ID-картки або взагалі немає документів?

ind-child_no_guardian-sign = Дитина не має змоги зв’язатися з батьками чи опікуном
ind-child_no_guardian-observe = Дитина не має жодної змоги зв’язатися з батьками чи опікуном?
