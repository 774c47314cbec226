# Belirti kontrolü: hazırlık, sorular, yanıtlar ve sonuçlar.
# “-ask” ile işaretli soruları kişi kendisi okur; çoğu zaman korkmuş ve ikinci
# bir dilde okur: kısa, sade, asla yönlendirici değil, asla suçlayıcı değil.

check-title = Belirtileri kontrol et
check-intro = İnsan ticareti belirtileri hakkında kısa bir soru listesi. Kişiye, yanındaki kimse olmadan, yalnızken sorun. Hiçbir şey kaydedilmez veya gönderilmez: yanıtlar siz silene kadar bu telefonda kalır.
check-screening-not-identification = Bu bir tarama, tespit değil. Bir mağduru resmi olarak yalnızca polis veya Sınır Muhafızları tespit edebilir.
check-person-language = Kişinin dili
check-same-language = Benimkiyle aynı
check-path-label = Kaç soru
check-path-short = Kısa: en belirleyici işaretler (yaklaşık 2 dakika)
check-path-full = Tam: tüm belirtiler
check-start = Başla
check-progress = Soru { $current } / { $total }
check-for-person = Kişi için
check-for-worker = Sizin gözleminiz
check-answer-yes = Evet
check-answer-no = Hayır
check-answer-not-sure = Emin değilim
check-answer-prefer-not = Söylemek istemiyorum
check-back = Geri
check-skip = Atla
check-finish-now = Şimdi bitir
check-clear = Tüm yanıtları sil
check-cleared = Tüm yanıtlar silindi.
check-review = Yanıtları değiştir
check-restart = Baştan başla

check-group-triage = Önce güvenlik
check-group-age = Yaş

# Güvenlik soruları önce gelir; herhangi bir “evet”, en üste “Hemen 112'yi arayın” koyar.
triage-threatened_now-sign = Biri şu anda tehdit ediliyor veya zarar görüyor
triage-threatened_now-ask = Şu anda biri sizi tehdit ediyor veya size zarar veriyor mu?
triage-cannot_leave_now-sign = Biri şu anda gitmesini engelliyor
triage-cannot_leave_now-ask = Şu anda biri buradan gitmenizi engelliyor mu?
triage-injured-sign = Yaralı veya hasta, hemen doktora ihtiyacı var
triage-injured-ask = Yaralı veya hasta mısınız, hemen bir doktora ihtiyacınız var mı?
triage-child_alone-sign = Yanında ebeveyni veya vasisi olmayan bir çocuk
triage-child_alone-observe = Bu, yanında ebeveyni veya vasisi olmayan bir çocuk mu?
age-under_18-sign = 18 yaşından küçük olabilir
age-under_18-observe = Kişi 18 yaşından küçük olabilir mi? Emin değilseniz “Emin değilim” yanıtını verin.

domain-recruitment = İşe alınma ve yolculuk
domain-identity = Kimlik ve belgeler
domain-housing = Konaklama ve hareket
domain-work = İş ve ücret
domain-money = Para ve borç
domain-health = Sağlık
domain-control = Kontrol ve tehditler

dimension-deceptive_recruitment = İşe alınırken aldatılma
dimension-coercive_recruitment = İşe alınırken zorlama veya tehdit
dimension-vulnerability_recruitment = İşe alınırken savunmasızlığın kullanılması
dimension-exploitative_conditions = Sömürücü çalışma veya yaşam koşulları
dimension-coercion_destination = İşte veya kaldığı yerde zorlama
dimension-vulnerability_destination = Yanında çalıştığı kişilere bağımlılık

result-title = Sonuç
result-call-112 = Hemen 112'yi arayın. Biri acil tehlikede olabilir.
result-immediate_danger = Acil tehlike
result-immediate_danger-text = Önce herkesin güvende olduğundan emin olun. 112'yi arayın, sonra KCIK ile iletişime geçin.
result-strong_signs = Güçlü insan ticareti belirtileri
result-strong_signs-text = Yanıtlar işe alma, sömürü ve zorlamayı bir arada gösteriyor. Kişiyi yönlendirin: KCIK veya La Strada ile iletişime geçin; kişi kabul ederse veya tehlikedeyse polisi arayın.
result-some_signs = Bazı belirtiler – danışın
result-some_signs-text = Bazı insan ticareti belirtileri bulundu. Sonraki adımlar için KCIK ile görüşüp danışın; KCIK, polise gitmek istemeyen kişilere de yardım eder.
result-labour_rights = İnsan ticaretinden çok bir işçi hakları sorunu
result-labour_rights-text = Düşük ücret veya kötü koşullar bulundu, ancak zorlama, tehdit veya ayrılamama belirtisi yok. Kişiyi Ulusal İş Müfettişliğine (PIP) yönlendirin. Bir şey değişirse tekrar kontrol edin.
result-no_signs = Şimdiye kadar belirti bulunmadı
result-no_signs-text = Şimdiye kadarki yanıtlar insan ticareti belirtisi göstermiyor. Hâlâ endişeliyseniz daha fazla soru sorun veya danışmak için KCIK ile görüşün.
result-child = Kişi bir çocuk olabilir. Bir çocuk, sömürü amacıyla işe alındığında veya bir yerden başka bir yere götürüldüğünde, zor veya aldatma olmasa bile insan ticareti mağdurudur. Çocuğu her zaman yönlendirin.
result-signs-found = Bulunan belirtiler
result-signs-unclear = Belirsiz – kontrol etmeye değer
result-not-asked = Henüz sorulmadı
result-not-asked-none = Her alanla ilgili soru soruldu.
result-dimension-positive = Bu alan gösterge eşiğine ulaşıyor.
result-whom-to-call = Kimi aramalı
result-pip = Ulusal İş Müfettişliği (PIP): ücret, sözleşme, çalışma saatleri ve iş güvenliği konularında.
result-answered = { $count ->
    [one] Bir yanıt verildi.
   *[other] { $count } yanıt verildi.
}

ind-job_different_nature-sign = İş, vaat edilenden farklı türde
ind-job_different_nature-ask = İşiniz, size söz verilenden farklı türde bir iş mi?

ind-place_or_employer_different-sign = Yer veya işveren vaat edildiği gibi değil
ind-place_or_employer_different-ask = Size söz verilenden farklı bir yere veya farklı bir patronun yanına mı geldiniz?

ind-conditions_deceived-sign = Ücret, saatler veya koşullar vaat edilenden kötü
ind-conditions_deceived-ask = Ücretiniz, çalışma saatleriniz veya koşullarınız size söylenenden daha kötü mü?

ind-travel_deceived-sign = Yolculuk, kendisine söylendiği gibi olmadı
ind-travel_deceived-ask = Buraya yolculuğunuz, size söylenenden farklı mıydı?

ind-housing_deceived-sign = Konaklama vaat edildiği gibi değil
ind-housing_deceived-ask = Kaldığınız yer, size söz verilenden daha kötü mü?

ind-documents_status_deceived-sign = Belgeler, kalma veya çalışma hakkı konusunda yanıltılmış
ind-documents_status_deceived-ask = Belgeleriniz veya burada çalışma hakkınız hakkında size yanlış şeyler söylendi mi?

ind-marriage_promise-sign = Evlilik veya evlat edinme sözü üzerine gelmiş
ind-marriage_promise-ask = Biri sizinle evlenme veya sizi evlat edinme sözü verdiği için mi geldiniz?

ind-education_deceived-sign = Söz verilen okul veya eğitim hiç gerçekleşmemiş
ind-education_deceived-ask = Size okul veya eğitim sözü verilip de bunu alamadığınız oldu mu?

ind-agency_fee_paid-sign = İş veya ulaşım için bir ajansa para ödemiş
ind-agency_fee_paid-ask = Bu işi veya yolculuğu bulmak için bir ajansa ya da birine para ödediniz mi?

ind-offer_too_good-sign = Gerçek olamayacak kadar iyi yolculuk, konaklama veya iş teklifi
ind-offer_too_good-ask = Biri size gerçek olamayacak kadar iyi görünen bir yolculuk, kalacak yer veya iş teklif etti mi?

ind-unregistered_helper-sign = Kuruluş yaka kartı olmayan birinden yardım teklifi
ind-unregistered_helper-observe = Kayıtlı bir kuruluşun yaka kartı olmayan biri kişiye araçla götürme, kalacak yer veya iş teklif ediyor mu?

ind-recruit_violence-sign = Buraya getirilmek için zor veya şiddet kullanılmış
ind-recruit_violence-ask = Buraya gelmeniz için biri zor kullandı veya size zarar verdi mi?

ind-recruit_threats-sign = Gelmesi için tehdit edilmiş
ind-recruit_threats-ask = Buraya gelmeniz için biri sizi veya ailenizi tehdit etti mi?

ind-taken_or_sold-sign = İsteği dışında götürülmüş, satılmış veya evlenmeye zorlanmış
ind-taken_or_sold-ask = İsteğiniz dışında götürüldünüz, satıldınız veya evlenmeye zorlandınız mı?

ind-passports_collected-sign = Biri “yardım için” pasaport topluyor
ind-passports_collected-ask = Biri, size yardımcı olacağını söyleyerek pasaportunuzu veya kimlik kartınızı almak istedi mi?

ind-pressure_to_leave_now-sign = Biriyle hemen gitmesi için baskı yapılıyor
ind-pressure_to_leave_now-ask = Biri sizi şu anda onunla gitmeniz için zorluyor mu?

ind-economic_need-sign = Paraya çok ihtiyacı olduğu için işi veya yolculuğu kabul etmiş
ind-economic_need-ask = Bu işi veya yolculuğu paraya çok ihtiyacınız olduğu için mi kabul ettiniz?

ind-family_difficulty-sign = Aile sorunları onu evden ayrılmaya itmiş
ind-family_difficulty-ask = Ailenizdeki sorunlar sizi evden ayrılmaya itti mi?

ind-no_language_info-sign = Dili bilmeden veya nereden yardım alacağını bilmeden gelmiş
ind-no_language_info-ask = Buraya geldiğinizde insanları anlamak veya yardım bulmak zor muydu?

ind-emotional_dependency-sign = Yolculuğu veya işi bir partneri ya da sevdiği biri ayarlamış
ind-emotional_dependency-ask = Bu yolculuğu veya işi sizin için partneriniz ya da sevdiğiniz biri mi ayarladı?

ind-fear_authorities-sign = Polisten veya diğer yetkililerden korkuyor
ind-fear_authorities-ask = Yardım için polise veya diğer yetkililere gitmekten korkuyor musunuz?

ind-child_with_non_relatives-sign = Yalnız veya ailesinden olmayan yetişkinlerle yolculuk eden çocuk
ind-child_with_non_relatives-observe = Çocuk yalnız veya ailesinden olmayan yetişkinlerle mi yolculuk ediyor?

ind-excessive_hours-sign = Çok uzun saatler veya hiç izin günü olmadan çalışıyor
ind-excessive_hours-ask = Çok uzun saatler, az veya hiç izin günü olmadan mı çalışıyorsunuz?

ind-low_or_no_pay-sign = Çok az ücret alıyor veya hiç almıyor
ind-low_or_no_pay-ask = İşiniz için size çok az para mı ödeniyor, ya da hiç mi ödenmiyor?

ind-returned_no_money-sign = Yurt dışındaki işten ücretini almadan veya eksik alarak dönmüş
ind-returned_no_money-ask = Yurt dışındaki işten ücretinizi almadan veya yalnızca bir kısmını alarak mı döndünüz?

ind-no_contract-sign = Yazılı sözleşme yok veya çalışma kurallarına uyulmuyor
ind-no_contract-ask = Yazılı bir sözleşme olmadan mı çalışıyorsunuz?

ind-no_social_protection-sign = İş yoluyla sağlık sigortası veya sosyal güvencesi yok
ind-no_social_protection-ask = Sağlık sigortası olmadan mı çalışıyorsunuz?

ind-bad_housing-sign = Çok kötü, kalabalık veya güvensiz konaklama
ind-bad_housing-ask = Uyuduğunuz yer çok kalabalık, kirli veya güvensiz mi?

ind-hazardous_work-sign = Uygun koruma olmadan tehlikeli iş
ind-hazardous_work-ask = Gereken güvenlik ekipmanı olmadan tehlikeli bir işte mi çalışıyorsunuz?

ind-fines_deductions-sign = Ücretten ağır “cezalar” veya kesintiler
ind-fines_deductions-ask = Biri ücretinizden “ceza” olarak veya sizin onayınız olmadan para kesiyor mu?

ind-no_medical_care-sign = Hasta veya yaralıyken çok az tıbbi bakım alıyor ya da hiç almıyor
ind-no_medical_care-ask = Hasta veya yaralı olduğunuzda tıbbi bakım alamadığınız oluyor mu?

ind-no_basic_needs-sign = Yiyecek, tuvalet veya giysiye erişimi az
ind-no_basic_needs-ask = Sık sık yeterli yiyecek, giysi veya kullanabileceğiniz bir tuvalet olmadan kalıyor musunuz?

ind-child_adult_work-sign = Yetişkin işi yapan çocuk
ind-child_adult_work-observe = Çocuk, genellikle yetişkinlerin yaptığı işleri mi yapıyor?

ind-documents_held-sign = Pasaportunu veya kimliğini başka biri tutuyor
ind-documents_held-ask = Pasaportunuzu veya kimlik kartınızı başka biri mi tutuyor?

ind-debt_bondage-sign = Yolculuk, belgeler, konaklama veya “koruma” için borcu var
ind-debt_bondage-ask = Yolculuk, belgeler, konaklama veya “koruma” için ödemeniz gereken bir borç var mı?

ind-locked_in-sign = Kilitli tutuluyor veya tek başına dışarı çıkmasına izin verilmiyor
ind-locked_in-ask = Bir yere kilitleniyor musunuz veya tek başınıza dışarı çıkmanız engelleniyor mu?

ind-watched-sign = Sürekli izleniyor veya takip ediliyor
ind-watched-ask = İş dışında bile sürekli izleniyor veya takip ediliyor musunuz?

ind-family_contact_supervised-sign = Ailesiyle yalnızca biri dinlerken konuşabiliyor
ind-family_contact_supervised-ask = Ailenizle yalnızca başka biri dinlerken mi konuşabiliyorsunuz?

ind-violence_destination-sign = İşte veya kaldığı yerde dövülmüş veya zarar görmüş
ind-violence_destination-ask = Çalıştığınız veya kaldığınız yerde biri size vurdu veya zarar verdi mi?

ind-injuries_restraint-sign = Bağlanmayı veya zorla tutulmayı düşündüren yaralar
ind-injuries_restraint-observe = Bağlanma veya zorla tutulmadan kaynaklanabilecek yaralar görüyor musunuz?

ind-minder_present-sign = Yanındaki kişi onu yalnız bırakmıyor
ind-minder_present-observe = Yanındaki kişi hep yakında duruyor ve onu yalnız bırakmayı reddediyor mu?

ind-speaks_for_them-sign = Onun yerine başkası konuşuyor veya tercüme ediyor
ind-speaks_for_them-observe = Onun yerine başka biri cevap veriyor veya tercüme etmekte ısrar ediyor mu?

ind-wages_withheld-sign = Ücretini başka biri alıkoyuyor veya tutuyor
ind-wages_withheld-ask = Patronunuz veya başka biri ücretinizi alıkoyuyor veya kendinde tutuyor mu?

ind-forced_work-sign = İsteği dışında çalıştırılıyor
ind-forced_work-ask = Yapmak istemediğiniz bir işi yapmaya zorlanıyor musunuz?

ind-forced_sex-sign = Müşteriler dahil, cinsel ilişkiye zorlanıyor
ind-forced_sex-ask = Biri sizi, siz istemediğinizde cinsel ilişkiye zorluyor mu?

ind-forced_begging-sign = Dilenmeye ve parayı teslim etmeye zorlanıyor
ind-forced_begging-ask = Dilenmeye ve parayı başka birine vermeye zorlanıyor musunuz?

ind-forced_crime-sign = Hırsızlık yapmaya veya başka suçlar işlemeye zorlanıyor
ind-forced_crime-ask = Hırsızlık yapmaya veya yasaya aykırı başka şeyler yapmaya zorlanıyor musunuz?

ind-forced_to_lie-sign = Yetkililere veya ailesine yalan söylemesi istenmiş
ind-forced_to_lie-ask = Polise, yetkililere veya ailenize yalan söylemeniz istendi mi?

ind-threats_destination-sign = Zarar vermekle veya ihbar etmekle tehdit edilmiş
ind-threats_destination-ask = Biri size veya ailenize zarar vermekle ya da sizi polise ihbar etmekle tehdit etti mi?

ind-threats_tell_family-sign = Ailesine veya başkalarına anlatılmakla tehdit edilmiş
ind-threats_tell_family-ask = Biri, sizinle ilgili ailenize veya başkalarına bir şey anlatmakla tehdit etti mi?

ind-cannot_leave_job-sign = İşi bırakıp eve dönemiyor
ind-cannot_leave_job-ask = Bu işi bırakıp eve dönmenizi engelleyen bir şey var mı?

ind-fearful_submissive-sign = Korkmuş, kaygılı veya boyun eğmiş görünüyor
ind-fearful_submissive-observe = Kişi korkmuş, kaygılı veya boyun eğmiş görünüyor mu?

ind-child_intimidated-sign = Çocuk sindirilmiş görünüyor veya yaşına uymayan davranıyor
ind-child_intimidated-observe = Çocuk sindirilmiş görünüyor veya yaşı için alışılmadık şekilde davranıyor mu?

ind-dependent_on_employer-sign = Yatak, yiyecek veya belgeler için işverene bağımlı
ind-dependent_on_employer-ask = Kalacak yer, yiyecek veya belgeler için patronunuza mı bağlısınız?

ind-unknown_address-sign = Kaldığı veya çalıştığı yerin adresini bilmiyor
ind-unknown_address-observe = Kişi kaldığı veya çalıştığı yerin adresini bilmiyor gibi mi görünüyor?

ind-legal_status_dependent-sign = İşi bırakırsa kalma hakkını kaybetmekten korkuyor
ind-legal_status_dependent-ask = Bu işten ayrılırsanız burada kalma hakkınızı kaybetmekten korkuyor musunuz?

ind-no_own_documents-sign = Kimlik belgesi yok veya yalnızca fotokopisi var
ind-no_own_documents-ask = Pasaportunuzun veya kimlik kartınızın yalnızca bir kopyası mı var, ya da hiç yok mu?

ind-child_no_guardian-sign = Ebeveynine veya vasisine ulaşma imkânı olmayan çocuk
ind-child_no_guardian-observe = Çocuğun ebeveynine veya vasisine ulaşmasının hiçbir yolu yok mu?
