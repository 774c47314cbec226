# İletişim ekranı. Kuruluş adları ve numaralar asla çevrilmez: her kuruluş
# kendi adını korur, ardından ne olduğu yazılır.

contacts-title = İletişim
contacts-intro = Aramak için bir numaraya dokunun. Numaralar, Polonya hattı olan bir telefondan arandığı gibi yazılmıştır.
contacts-section-main = Ana numaralar
contacts-section-more = Diğer yardım
contacts-section-children = Çocuklar için
contacts-section-ukraine = Ukrayna'dan aramalar için
contacts-ukraine-warning = Yalnızca Ukrayna'dan yapılan aramalar veya Ukrayna SIM kartı için. 527 ve 1547 kısa numaraları yalnızca Ukrayna şebekelerinde çalışır, bu yüzden burada bağlantı olarak verilmemiştir. Polonya hattı olan bir telefondan yukarıdaki numaraları kullanın.
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
hours-always-free-anonymous = Haftanın 7 günü, günün 24 saati, ücretsiz ve anonim
hours-kcik = Danışmanlar pazartesiden cumaya. Diğer saatlerde La Strada'nın 7/24 müdahale hattını, tehlikede ise 112'yi arayın. (2025 tarihli bir polis sayfası bu numarayı 7/24 olarak gösteriyor.)
hours-office = Mesai saatleri
hours-not-stated = Kaynakta saat belirtilmemiş

label-intervention = Müdahale hattı (7/24)
label-office = Ofis hattı
label-counter-trafficking-free = İnsan ticaretine karşı ücretsiz kısa numara

languages-note-emergency = Operatörler birkaç dil konuşur.
languages-note-by-arrangement = Diğer diller önceden anlaşarak.
languages-note-child-helpline = Ukraynaca ve Rusça: pazartesiden cumaya, 14:00–18:00 (Haziran 2022'de duyurulduğu şekliyle).
languages-note-not-stated = Kaynakta dil belirtilmemiş.

contact-emergency-name = Acil çağrı numarası 112
contact-emergency-help = Genel acil durum numarası. Biri acil tehlikedeyse arayın.
contact-kcik-name = KCIK – İnsan Ticareti Mağdurları için Ulusal Danışma ve Müdahale Merkezi
contact-kcik-help = Polonyalı ve yabancı insan ticareti mağdurlarına ve onlarla çalışan herkese danışmanlık ve yardım. La Strada tarafından yürütülür. Emin olmadığınızda onlara sorabilirsiniz.
contact-lastrada-name = La Strada – İnsan Ticareti ve Köleliğe Karşı Vakıf
contact-lastrada-help = KCIK'ı yürüten vakıf. Polisle iletişime geçmek istemeyenler dahil insan ticareti mağdurlarını destekler.
contact-police_helpline-name = İnsan ticareti konusunda polis yardım hattı
contact-police_helpline-help = Ukrayna'dan gelen kişiler için Mart 2022'de başlatılan, insan ticaretine özel bir polis hattı.
contact-police_thb-name = Acil insan ticareti vakaları için polis numarası
contact-police_thb-help = İnsan ticaretiyle ilgili acil durumlar için Polis Genel Müdürlüğü numarası.
contact-police_thb_unit-name = Polis Genel Müdürlüğü insan ticareti birimi
contact-police_thb_unit-help = Polis Genel Müdürlüğünde insan ticaretiyle ilgilenen birim.
contact-child_helpline-name = Çocuklar ve gençler için yardım hattı
contact-child_helpline-help = Fundacja Dajemy Dzieciom Siłę tarafından yürütülür. Yalnız olan veya tehlikedeki bir çocuk için: önce polisi (112) arayın.
contact-missing_children-name = Kayıp çocuklar yardım hattı (ITAKA)
contact-missing_children-help = Bir çocuk kaybolduğunda. Yalnız bulunan bir çocuk için: önce polisi (112) arayın.
contact-crime_victims-name = Suç mağdurları yardım hattı
contact-crime_victims-help = Bir suçtan zarar gören kişilere destek.
contact-ukraine_lines-name = Ukrayna'dan yapılan aramalar için numaralar
contact-ukraine_lines-help = Ukrayna makamları ve IOM tarafından, Ukrayna içinden yapılan aramalar için listelenmiştir. 527, insan ticaretiyle mücadele için ücretsiz bir kısa numaradır (IOM).
contact-crisis_adults-name = Yetişkinler için duygusal kriz yardım hattı (Niebieska Linia)
contact-crisis_adults-help = Polonya Psikoloji Derneği Sağlık Psikolojisi Enstitüsü tarafından yürütülür. Duygusal kriz yaşayan veya intihar riski taşıyan bir kişi için: hayati tehlike varsa önce 112'yi arayın.
contact-crisis_centre-name = Ruhsal Kriz Yaşayan Kişiler için Destek Merkezi (ITAKA)
contact-crisis_centre-help = Ruhsal kriz yaşayan kişiler için psikologlar. Hayati tehlike varsa önce 112'yi arayın.
