# İletişim ekranı. Kuruluş adları ve numaralar asla çevrilmez: her kuruluş
# kendi adını korur, ardından ne olduğu yazılır.

contacts-title = İletişim
contacts-intro = Aramak için bir numaraya dokunun. Numaralar, Polonya hattı olan bir telefondan arandığı gibi yazılmıştır.
contacts-section-main = Ana numaralar
contacts-section-more = Diğer yardım
contacts-section-children = Çocuklar için
contacts-section-ukraine = Ukrayna'dan aramalar için
contacts-ukraine-warning = Bu numaralar yalnızca Ukrayna şebekelerinde, Ukrayna SIM kartıyla çalışır. Polonya hattı olan bir telefondan yukarıdaki numaraları kullanın.
field-hours = Çalışma saatleri
field-languages = Diller
field-email = E-posta
last-confirmed = Bir kaynak tarafından en son { $year } yılında doğrulandı. Güvenmeden önce kontrol edin.
sources-title = { $count ->
    [one] Kaynak
   *[other] Kaynaklar ({ $count })
}

lang-name-pl = Lehçe
lang-name-en = İngilizce
lang-name-uk = Ukraynaca
lang-name-ru = Rusça
lang-name-be = Belarusça
lang-name-ro = Rumence
lang-name-ka = Gürcüce
lang-name-vi = Vietnamca
lang-name-hi = Hintçe
lang-name-ne = Nepalce
lang-name-bn = Bengalce
lang-name-fil = Filipince
lang-name-uz = Özbekçe
lang-name-tr = Türkçe
lang-name-es = İspanyolca
lang-name-ar = Arapça

hours-always = Haftanın 7 günü, günün 24 saati
hours-always-free = Haftanın 7 günü, günün 24 saati, ücretsiz
hours-kcik = Hafta içi danışmanlar. Diğer saatlerde yalnızca acil işler için müdahale hattı; acil müdahaleler günün 24 saati.
hours-office = Mesai saatleri
hours-not-stated = Kaynakta saat belirtilmemiş

label-intervention = Müdahale hattı
label-office = Ofis
label-counter-trafficking-free = İnsan ticaretine karşı ücretsiz kısa numara

languages-note-emergency = Operatörler birkaç dil konuşur.
languages-note-by-arrangement = Diğer diller önceden anlaşarak.
languages-note-child-helpline = Ukraynaca ve Rusça: pazartesiden cumaya, 14:00–18:00.
languages-note-not-stated = Kaynakta dil belirtilmemiş.

contact-emergency-name = Acil çağrı numarası 112
contact-emergency-help = Polis, ambulans ve itfaiye. Biri acil tehlikedeyse arayın.
contact-kcik-name = KCIK – İnsan Ticareti Mağdurları için Ulusal Danışma ve Müdahale Merkezi
contact-kcik-help = Polonyalı ve yabancı insan ticareti mağdurlarına ve onlarla çalışan herkese danışmanlık ve yardım. La Strada tarafından yürütülür. Emin olmadığınızda onlara sorabilirsiniz.
contact-lastrada-name = La Strada – İnsan Ticareti ve Köleliğe Karşı Vakıf
contact-lastrada-help = İnsan ticareti veya sömürü riski altındaki kişilere, polise gitmek istemeyenler de dahil, destek.
contact-police_helpline-name = İnsan ticareti konusunda polis yardım hattı
contact-police_helpline-help = Mart 2022'de, önce Ukrayna'dan gelenler için açılan, insan ticaretiyle ilgili polis hattı.
contact-police_thb-name = Acil insan ticareti vakaları için polis numarası
contact-police_thb-help = İnsan ticaretiyle ilgili acil durumlar için Polis Genel Müdürlüğü numarası.
contact-police_thb_unit-name = Polis Genel Müdürlüğü insan ticareti birimi
contact-police_thb_unit-help = Polis Genel Müdürlüğünde insan ticaretiyle ilgilenen birim.
contact-child_helpline-name = Çocuklar ve gençler için yardım hattı
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę tarafından yürütülür; 18 yaşından küçük herkes için.
contact-missing_children-name = Kayıp çocuklar yardım hattı (ITAKA)
contact-missing_children-help = Bir çocuk kaybolduğunda veya yalnız bulunduğunda.
contact-crime_victims-name = Suç mağdurları yardım hattı
contact-crime_victims-help = Bir suçtan zarar gören herkese ve ailelerine destek.
contact-ukraine_lines-name = Ukrayna'daki insan ticaretiyle mücadele hatları
contact-ukraine_lines-help = Ukrayna makamları ve IOM tarafından, Ukrayna içinden yapılan aramalar için listelenmiştir.
