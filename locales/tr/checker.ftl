# Belirti kontrolü: hazırlık, sorular, yanıtlar ve sonuçlar.
# “-ask” ile işaretli soruları kişi kendisi okur; çoğu zaman korkmuş ve ikinci
# bir dilde okur: kısa, sade, asla yönlendirici değil, asla suçlayıcı değil.

check-title = Belirtileri kontrol et
check-intro = İnsan ticareti belirtileri hakkında kısa bir soru listesi. Kişiye, yanındaki kimse olmadan, yalnızken sorun. Hiçbir şey hiçbir yere gönderilmez. Yanıtlar yalnızca bu tarayıcı sekmesinde tutulur; böylece bir arama veya sayfanın yeniden yüklenmesi onları kaybettirmez: siz sildiğinizde, sekme kapatıldığında veya 4 saat sonra silinirler.
check-screening-not-identification = Bu bir tarama, tespit değil. Bir mağduru resmi olarak yalnızca polis veya Sınır Muhafızları tespit edebilir.
check-person-language = Kişinin dili
check-same-language = Benimkiyle aynı
check-path-label = Kaç soru
check-path-short = Kısa: en açık belirtiler ({ $count } soru, yaklaşık { $minutes } dakika)
check-path-full = Tam: tüm belirtiler ({ $count } soru, yaklaşık { $minutes } dakika)
check-role-label = Göreviniz
check-situation-label = Kişi şu anda nerede
check-situation-hint = Hangi soruların geleceğini bu belirler; böylece her soru kişi için anlamlı olur.
check-situation-on-the-way = Buraya gelmek üzere yolda veya iş arıyor
check-situation-at-work = Çalışıyor veya işten dönmüş
check-situation-unknown = Bilinmiyor: kişiye sorulur
situation-working-ask = Evinizden ayrıldığınızdan beri herhangi biri için çalıştınız mı?
check-role-health = Sağlık çalışanı
check-role-police = Polis veya Sınır Muhafızları görevlisi
check-role-volunteer = Kabul noktasında gönüllü
check-role-inspector = İş müfettişi veya sosyal hizmet çalışanı
check-role-other = Diğer
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
check-quick-handover = Çok az zaman mı var? Numaraları verin
check-clear = Tüm yanıtları sil
check-cleared = Tüm yanıtlar silindi.
check-undo = Geri al
check-review = Yanıtları değiştir
check-restart = Baştan başla

check-group-alone = Başlamadan önce
alone-observe = Kişi; yanındaki kişi, işveren veya “tercüman” olmadan sizinle yalnız mı?
alone-how-health = Değilse: her hastanın yalnız muayene edildiğini söyleyin ve yanındaki herkesten dışarıda beklemesini isteyin. Profesyonel bir tercüman veya kişinin kendi dilini kullanın, asla yanındaki kişiyi değil.
alone-how-police = Değilse: herhangi bir şey sormadan önce kişiyi diğer gözaltındakilerden ve şüphelilerden ayırın.
alone-how-volunteer = Değilse: kişiyle birlikte gelen herkesten uzakta sakin bir yer bulun. Yanındaki kişiyle yüzleşmeyin; o gitmezse, bunun yerine numaraları hızlıca verin.
alone-how-inspector = Değilse: her işçiyle; işverenden, bir amirden veya onlar için tercümanlık yapan herkesten uzakta, yalnız konuşmak isteyin.
alone-how-other = Değilse: yanındaki kimse olmadan yalnız konuşmak için bir neden bulun. Yanındaki kişiyi asla tercüman olarak kullanmayın.
check-group-triage = Önce güvenlik
check-group-age = Yaş

# Yüksek riskli durumlar (yardım hattı standartları, seeds/003) önce gelir;
# herhangi bir “evet”, en üste “Hemen 112'yi arayın” koyar.
triage-psychiatric_crisis-sign = Ağır bir ruh sağlığı krizi içinde
triage-psychiatric_crisis-observe = Kişi ağır bir ruh sağlığı krizi içinde görünüyor mu: kafası çok karışık, gerçeklikle bağı kopmuş veya aşırı huzursuz mu?
triage-little_time-sign = Güvenle konuşmak için çok az zaman var
triage-little_time-ask = Güvenle konuşmak için yalnızca birkaç dakikanız mı var?
triage-family_danger-sign = Ailesi şu anda tehlikede
triage-family_danger-ask = Bu durum yüzünden ailenizden biri şu anda tehlikede mi?
triage-escaped_searched-sign = Kaçmış ve aranıyor olabilir
triage-escaped_searched-ask = Sizi arıyor olabilecek kişilerden kaçtınız mı?
triage-self_harm-sign = İntiharı veya kendine zarar vermeyi düşünüyor
triage-self_harm-ask = Hayatınıza son vermeyi veya kendinize zarar vermeyi düşünüyor musunuz?
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
result-immediate_danger = Yüksek risk: önce güvenlik
result-immediate_danger-text = Hemen 112'yi arayın. Sonra aşağıdaki güvenlik planını izleyin.
result-strong_signs = Güçlü insan ticareti belirtileri
result-strong_signs-text = Yanıtlar, bir yetişkin için ILO/EC kuralını karşılıyor: işe alma, sömürü ve zorlama veya savunmasızlığın istismarı bir arada. Kişiyi yönlendirin.
result-strong_signs-child-text = Yanıtlar, bir çocuğun işe alındığını veya bir yere götürüldüğünü (eylem) ve sömürüyü gösteriyor. Bir çocuk için zor, tehdit veya aldatma gerekmez. Çocuğu yönlendirin.
result-some_signs = Bazı belirtiler – danışın
result-some_signs-text = Bazı insan ticareti belirtileri bulundu. Sonraki adımlar için KCIK ile görüşüp danışın.
result-control_unknown = Kötü koşullar – kontrol henüz bilinmiyor
result-control_unknown-text = Düşük ücret veya kötü koşullar bulundu, ancak kişinin ayrılmakta özgür olup olmadığı bilinmiyor: kontrolle ilgili bazı sorular sorulmadı, atlandı veya “Emin değilim” olarak yanıtlandı. Bu soruları sorun (aşağıda listelenmiştir) ya da danışmak için KCIK ile görüşün.
result-control-open = Kontrolle ilgili henüz sorulacaklar
result-labour_rights = İnsan ticaretinden çok bir işçi hakları sorunu
result-labour_rights-text = Düşük ücret veya kötü koşullar bulundu ve kişi kontrolle ilgili her soruya “Hayır” yanıtını verdi: belgelerinin başkasında tutulması, borç, tehditler, kilitli tutulma, ayrılmasını engelleyen herhangi bir şey ve konaklama veya belgeler için işverene bağımlılık. Kişiyi Ulusal İş Müfettişliğine (PIP) yönlendirin. Bir şey değişirse tekrar kontrol edin.
result-no_signs = Şimdiye kadar belirti bulunmadı
result-no_signs-text = Şimdiye kadarki yanıtlar insan ticareti belirtisi göstermiyor. Hâlâ endişeliyseniz daha fazla soru sorun veya danışmak için KCIK ile görüşün.
result-child = Kişi bir çocuk olabilir. Bir çocuk, sömürü amacıyla işe alındığında, bir yerden başka bir yere götürüldüğünde, başkasına teslim edildiğinde, barındırıldığında veya teslim alındığında, zor veya aldatma olmasa bile insan ticareti mağdurudur (Ceza Kanunu md. 115 §22). Çocuğu her zaman yönlendirin.
result-not-alone = Kişi sizinle yalnız değildi: yanıtları özgürce verilmemiş olabilir. Mümkünse, yalnız olduğunda tekrar sorun.
result-age-unknown = Yaş bilinmiyor: yetişkin kuralı kullanıldı. Kişi 18 yaşından küçük olabilirse, ona çocuk olarak davranın.
result-risks = Yüksek riskli durum
risk-danger = Biri şu anda tehdit ediliyor, zorla tutuluyor veya zarar görüyor: 112'yi arayın.
risk-child_alone = Yanında ebeveyni veya vasisi olmayan bir çocuk: 112'yi arayın ve polis gelene kadar çocukla kalın.
risk-self_harm = İntihar veya kendine zarar verme riski: hemen 112'yi, sonra 24 saat açık kriz hattı 116 123'ü arayın.
risk-escaped = Kişi kaçmış ve aranıyor olabilir: 112'yi arayın.
risk-family_danger = Ailesi şu anda tehlikede olabilir: 112'yi arayın ve bunu operatöre söyleyin.
risk-little_time = Çok az zaman var: numaraları verin ve kişiye yeniden nasıl ulaşacağınızı kararlaştırın.
risk-psychiatric_crisis = Ağır bir ruh sağlığı krizi: tıbbi yardım için 112'yi, sonra kriz hattı 116 123'ü arayın.
plan-title = Güvenlik planı
plan-intro = Planı kişiyle sözlü olarak kararlaştırın. Bu uygulamaya hiçbir şey yazmayın.
plan-where = Şimdi nereye gidilecek: birlikte kararlaştırdığınız güvenli bir yer; tehlikenin olduğu yere geri dönmek değil. Polis (112), La Strada'nın 24 saat açık hattı veya KCIK böyle bir yer bulmaya yardım edebilir.
plan-whom = Kimi aramalı: tehlikede 112. Her saatte yardım için La Strada'nın 24 saat açık hattı +48 605 687 750; hafta içi KCIK.
plan-reach = Kişiye yeniden nasıl ulaşılacak: güvenli bir yol ve zaman kararlaştırın; örneğin yalnızca kişinin kullandığı bir numara veya ikinizin de bildiği bir yer.
result-next-step = Sonraki adımınız
next-police = Kendi prosedürünüzü izleyin: kişiyi diğer gözaltındakilerden ve şüphelilerden ayırın ve sorumlu görevliyi, mümkünse insan ticareti vakalarında eğitim almış birini bilgilendirin. Polisin insan ticareti numarasını arayın. 112'yi yalnızca ambulans veya destek ekip için arayın.
next-health = Kişi sizin bakımınızda kalır: onu yalnızken muayene edin ve onunla yalnız konuşun. Ardından danışmak için KCIK ile veya La Strada'nın 24 saat açık hattıyla görüşün.
next-volunteer = Kimseyi soruşturmayın ve kimseyle yüzleşmeyin. Kabul noktasındaki nöbetçi polise haber verin. Danışmak için La Strada'nın 24 saat açık hattını veya KCIK'ı arayın.
next-inspector = Olası bir mağdur hakkında danışmak için KCIK ile görüşün ve bir suçu polise bildirin. Ücret ve çalışma koşulları Ulusal İş Müfettişliğinin (PIP) konusu olarak kalır.
next-control = Kontrolle ilgili henüz açık olan soruları sorun veya danışmak için KCIK ile görüşün.
next-other = Bundan sonra ne yapacağınızı danışmak için KCIK ile veya her saatte La Strada'nın 24 saat açık hattıyla görüşün.
next-child = Bir çocuk: polisi (112) arayın ve polis gelene kadar çocuğun yanında kalın. Ardından KCIK'ı bilgilendirin.
next-danger = Hemen 112'yi arayın.
next-off-hours = KCIK danışmanları hafta içi çalışır: bu saatte öncelik La Strada'nın 24 saat açık hattındadır.
next-also = Aranabilecek başka bir hat
result-duty-title = Bildirim
result-duty-law = Yasa: insan ticareti hakkında güvenilir bilgisi olan herkes polise veya savcıya bildirmek zorundadır (Ceza Kanunu md. 240 §1).
result-duty-kcik = Bildiklerinizin güvenilir olup olmadığından emin değilseniz önce KCIK ile görüşüp danışın. KCIK, profesyonellere danışmanlık verir ve polisle iletişime geçmek istemeyenler dahil mağdurlara destek olur.
result-duty-child = Bir çocuk için onay adımı yoktur: çocuğu her zaman yönlendirin; hem polise bildirin hem de KCIK ile iletişime geçin.
result-provisional = Her belirtinin ağırlığı, ILO/EC göstergelerinin (2009) bir aktarımına dayanır: bu dereceleri geçici kabul edin. Birkaç soru aynı ILO göstergesine işaret edebilir; bu gösterge bir kez sayılır.
result-uncounted = Fark edilen diğer belirtiler (gösterilir, ILO kuralında sayılmaz)
result-signs-found = Bulunan belirtiler
result-signs-unclear = Belirsiz – kontrol etmeye değer
result-not-asked = Henüz sorulmadı
result-not-asked-none = Her alanla ilgili soru soruldu.
result-dimension-positive = Bu alanda ILO eşiğine ulaşmaya yetecek kadar belirti var.
result-whom-to-call = Kimi aramalı
result-pip = Ulusal İş Müfettişliği (PIP): ücret, sözleşme, çalışma saatleri ve iş güvenliği konularında.
result-answered = { $count ->
    [one] Bir yanıt verildi.
   *[other] { $count } yanıt verildi.
}

ind-job_different_nature-sign = İş, kendisine söylenenden farklı türde
ind-job_different_nature-ask = İşiniz, size söylenenden farklı türde bir iş mi?

ind-place_or_employer_different-sign = Yer veya işveren kendisine söylendiği gibi değil
ind-place_or_employer_different-ask = Kendinizi, size söylenenden farklı bir yerde veya farklı bir patronun yanında mı buldunuz?

ind-conditions_deceived-sign = Çalışma saatleri veya çalışma koşulları kendisine söylenenden kötü
ind-conditions_deceived-ask = Çalışma saatleriniz veya çalışma koşullarınız size söylenenden daha kötü mü?

ind-contract_deceived-sign = Sözleşme kendisine söylenenden farklı
ind-contract_deceived-ask = İş sözleşmeniz size söylenenden farklı mı, ya da size hiç sözleşme verilmedi mi?

ind-wages_deceived-sign = Kendisine söylenenden daha az ücret alıyor
ind-wages_deceived-ask = Aldığınız ücret, size söylenenden daha düşük mü?

ind-travel_deceived-sign = Yolculuk, kendisine söylendiği gibi olmadı
ind-travel_deceived-ask = Buraya yolculuğunuz, size söylenenden farklı mıydı?

ind-housing_deceived-sign = Konaklama vaat edildiği gibi değil
ind-housing_deceived-ask = Kaldığınız yer, size söylenenden daha kötü mü?

ind-documents_status_deceived-sign = Belgeler, kalma veya çalışma hakkı konusunda yanıltılmış
ind-documents_status_deceived-ask = Belgeleriniz veya burada çalışma hakkınız hakkında size yanlış şeyler söylendi mi?

ind-marriage_promise-sign = Evlilik veya evlat edinme sözü üzerine gelmiş
ind-marriage_promise-ask = Biri sizinle evlenme veya sizi evlat edinme sözü verdiği için mi geldiniz?

ind-education_deceived-sign = Kendisine söylenen okul veya eğitim hiç gerçekleşmemiş
ind-education_deceived-ask = Size okula gideceğiniz veya eğitim alacağınız söylendi, ama sonra bu olmadı mı?

ind-agency_fee_paid-sign = İş veya ulaşım için bir ajansa para ödemiş
ind-agency_fee_paid-ask = Bu işi veya yolculuğu bulmak için bir ajansa ya da birine para ödediniz mi?

ind-offer_too_good-sign = Gerçek olamayacak kadar iyi yolculuk, konaklama veya iş teklifi
ind-offer_too_good-ask = Biri size gerçek olamayacak kadar iyi görünen bir yolculuk, kalacak yer veya iş teklif etti mi?

ind-unregistered_helper-sign = Kuruluş yaka kartı olmayan birinden yardım teklifi
ind-unregistered_helper-observe = Kayıtlı bir kuruluşun yaka kartı olmayan biri kişiye araçla götürme, kalacak yer veya iş teklif ediyor mu?

ind-recruit_violence-sign = Buraya getirilmek için zor veya şiddet kullanılmış
ind-recruit_violence-ask = Buraya gelmeniz için biri zor kullandı veya size zarar verdi mi?

ind-recruit_threats-sign = Gelmesi için zarar vermekle tehdit edilmiş
ind-recruit_threats-ask = Buraya gelmeniz için biri size veya ailenize zarar vermekle tehdit etti mi?

ind-recruit_threat_report-sign = Gelmesi için yetkililere ihbar edilmekle tehdit edilmiş
ind-recruit_threat_report-ask = Buraya gelmeniz için biri sizi polise veya başka yetkililere ihbar etmekle tehdit etti mi?

ind-recruit_threat_tell-sign = Gelmesi için, ailesine veya başkalarına kendisiyle ilgili bir şeyler anlatılmakla tehdit edilmiş
ind-recruit_threat_tell-ask = Buraya gelmeniz için biri, sizinle ilgili ailenize veya başkalarına bir şeyler anlatmakla tehdit etti mi?

ind-recruit_family_harmed-sign = Gelmesi için ailesinden birine zarar verilmiş
ind-recruit_family_harmed-ask = Buraya gelmeniz için biri ailenizden birine zarar verdi mi?

ind-recruit_abducted-sign = İsteği dışında götürülmüş veya tutulmuş
ind-recruit_abducted-ask = İsteğiniz dışında bir yere götürüldünüz veya bir yerde tutuldunuz mu?

ind-recruit_forced_marriage-sign = Evlenmeye zorlanmış
ind-recruit_forced_marriage-ask = Biriyle evlenmeye zorlandınız mı?

ind-recruit_sold-sign = Satılmış veya onun karşılığında birine para ödenmiş
ind-recruit_sold-ask = Satıldınız mı, ya da biri sizin karşılığınızda para aldı mı?

ind-recruit_debt-sign = Yolculuk veya iş için borçlanmak zorunda kalmış
ind-recruit_debt-ask = İşe başlamadan önce, yolculuk veya iş için borçlanmak zorunda kaldınız mı?

ind-recruit_isolated-sign = Yolda kilitli tutulmuş, izlenmiş veya başkalarından uzak tutulmuş
ind-recruit_isolated-ask = Buraya gelirken yolda kilitli tutuldunuz mu, sürekli izlendiniz mi ya da başka insanlarla konuşmanız engellendi mi?

ind-recruit_money_kept-sign = Parasını, onu getiren kişiler alıkoymuş
ind-recruit_money_kept-ask = Sizi buraya getiren kişiler paranızı alıkoydu mu?

ind-passports_collected-sign = Biri “yardım için” pasaport topluyor
ind-passports_collected-ask = Biri, size yardımcı olacağını söyleyerek pasaportunuzu veya kimlik kartınızı almak istedi mi?

ind-pressure_to_leave_now-sign = Biriyle hemen gitmesi için baskı yapılıyor
ind-pressure_to_leave_now-ask = Biri, hemen şimdi kendisiyle gitmeniz için size baskı yapıyor mu?

ind-economic_need-sign = Paraya çok ihtiyacı olduğu için işi veya yolculuğu kabul etmiş
ind-economic_need-ask = Bu işi veya yolculuğu paraya çok ihtiyacınız olduğu için mi kabul ettiniz?

ind-family_difficulty-sign = Aile sorunları onu evden ayrılmaya itmiş
ind-family_difficulty-ask = Ailenizdeki sorunlar sizi evden ayrılmaya itti mi?

ind-no_language_info-sign = Dili bilmeden veya nereden yardım alacağını bilmeden gelmiş
ind-no_language_info-ask = Buraya geldiğinizde insanları anlamak veya yardım bulmak zor muydu?

ind-emotional_dependency-sign = Sevdiği ve bağlı olduğu biri tarafından ikna edilmiş (“lover boy”)
ind-emotional_dependency-ask = Sevdiğiniz ve sizi sevdiğini söyleyen biri sizi bu yolculuğa veya bu işe ikna etti mi?

ind-fear_authorities-sign = Polisten veya diğer yetkililerden korkuyor
ind-fear_authorities-ask = Yardım için polise veya diğer yetkililere gitmekten korkuyor musunuz?

ind-irregular_status-sign = Kalmasına veya çalışmasına izin veren belgeler olmadan gelmiş
ind-irregular_status-ask = Buraya geldiğinizde, burada kalmanıza veya çalışmanıza izin veren belgeleriniz eksik miydi?

ind-child_with_non_relatives-sign = Yalnız veya ailesinden olmayan yetişkinlerle yolculuk eden çocuk
ind-child_with_non_relatives-observe = Çocuk yalnız veya ailesinden olmayan yetişkinlerle mi yolculuk ediyor?

ind-excessive_hours-sign = Çok uzun saatler veya hiç izin günü olmadan çalışıyor
ind-excessive_hours-ask = Çok uzun saatler, az veya hiç izin günü olmadan mı çalışıyorsunuz?

ind-low_or_no_pay-sign = Çok az ücret alıyor veya hiç almıyor
ind-low_or_no_pay-ask = İşiniz için size çok az para mı ödeniyor, ya da hiç mi ödenmiyor?

ind-returned_no_money-sign = Yurt dışındaki işten ücretini almadan veya eksik alarak dönmüş
ind-returned_no_money-ask = Yurt dışındaki işten ücretinizi almadan veya yalnızca bir kısmını alarak mı döndünüz?

ind-no_contract-sign = Yazılı sözleşme yok
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
ind-no_medical_care-ask = Hasta veya yaralı olduğunuzda çok az mı tıbbi bakım alıyorsunuz, ya da hiç mi almıyorsunuz?

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

ind-permission_basic_needs-sign = Yemek, uyumak veya tuvaleti kullanmak için izin alması gerekiyor
ind-permission_basic_needs-ask = Yemek yemek, uyumak veya tuvaleti kullanmak için birinin iznini almanız gerekiyor mu?

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

ind-ever_forced-sign = Yolda veya önceki bir işte, isteği dışında çalışmaya veya bir şeyler yapmaya zorlanmış
ind-ever_forced-ask = Buraya gelirken yolda veya önceki bir işte, hiç çalışmaya ya da yapmak istemediğiniz şeyleri yapmaya zorlandınız mı?

ind-forced_to_lie-sign = Yetkililere veya ailesine yalan söylemesi istenmiş
ind-forced_to_lie-ask = Polise, yetkililere veya ailenize yalan söylemeniz istendi mi?

ind-threats_destination-sign = Zarar vermekle veya ihbar etmekle tehdit edilmiş
ind-threats_destination-ask = Biri size veya ailenize zarar vermekle ya da sizi polise ihbar etmekle tehdit etti mi?

ind-afraid_to_leave-sign = Ayrılırsa ne olacağından korkuyor
ind-afraid_to_leave-ask = Bu işten ayrılırsanız size veya ailenize ne olacağından korkuyor musunuz?

ind-threat_deportation-sign = Sınır dışı edilmekle veya göç makamlarına ihbar edilmekle tehdit edilmiş
ind-threat_deportation-ask = Biri sizi göç makamlarına veya Sınır Muhafızlarına ihbar etmekle ya da geri gönderilmenizi sağlamakla tehdit etti mi?

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

ind-living_at_work-sign = Çalıştığı yerde veya patronun belirlediği yerde kalıyor
ind-living_at_work-ask = Çalıştığınız yerde veya patronunuzun seçtiği bir yerde mi uyuyorsunuz?

ind-unknown_address-sign = Kaldığı veya çalıştığı yerin adresini bilmiyor
ind-unknown_address-observe = Kişi kaldığı veya çalıştığı yerin adresini bilmiyor gibi mi görünüyor?

ind-legal_status_dependent-sign = İşi bırakırsa kalma hakkını kaybetmekten korkuyor
ind-legal_status_dependent-ask = Bu işten ayrılırsanız burada kalma hakkınızı kaybetmekten korkuyor musunuz?

ind-economic_need_now-sign = Paraya o kadar muhtaç ki hayır diyemiyor
ind-economic_need_now-ask = Bu paraya, bu işe hayır diyemeyecek kadar çok mu ihtiyacınız var?

ind-family_depends-sign = Ailesi, gönderdiği paraya bağlı
ind-family_depends-ask = Aileniz, onlara gönderdiğiniz paraya bağlı mı?

ind-sex_exchange-sign = Kalacak yer, yiyecek, ulaşım veya para için cinsel ilişkiye girmiş
ind-sex_exchange-ask = Kalacak yer, yiyecek, ulaşım veya para bulmak için biriyle cinsel ilişkiye girmek zorunda kaldınız mı?

ind-no_own_documents-sign = Kimlik belgesi yok veya yalnızca fotokopisi var
ind-no_own_documents-ask = Pasaportunuzun veya kimlik kartınızın yalnızca bir kopyası mı var, ya da hiç yok mu?

ind-child_no_guardian-sign = Ebeveynine veya vasisine ulaşma imkânı olmayan çocuk
ind-child_no_guardian-observe = Çocuğun ebeveynine veya vasisine ulaşmasının hiçbir yolu yok mu?

# Konuşmak için çok az zaman (seeds/003): numaraları verin, kişiye yeniden nasıl
# ulaşılacağını kararlaştırın ve bitirin. Hiçbir şey yazılmaz.
handover-title = Çok az zaman: bu numaraları verin
handover-intro = Bu numaraları gösterin veya söyleyin. Kişiye yeniden nasıl ve ne zaman ulaşabileceğinizi sözlü olarak kararlaştırın. Buraya hiçbir şey yazmayın.
handover-continue = Daha fazla zaman var: sorulara dön
handover-end = Bitir ve yanıtları sil

# Kişinin ilk ekranı, ona yöneltilen ilk sorudan önce (brief §4).
intro-title = Sorulardan önce
intro-who-health = Ben bir sağlık çalışanıyım.
intro-who-police = Ben bir polis veya Sınır Muhafızları görevlisiyim.
intro-who-volunteer = Buraya gelen insanlara yardım eden bir gönüllüyüm.
intro-who-inspector = Ben bir iş müfettişi veya sosyal hizmet çalışanıyım.
intro-who-other = Yardıma ihtiyacı olabilecek insanlarla çalışıyorum.
intro-why = Yardıma ihtiyacınız olup olmadığını ve ne tür bir yardıma ihtiyacınız olduğunu anlamak için size bazı sorular sormak istiyorum.
intro-nothing-kept = Bu uygulama adınızı sormaz ve hiçbir yere hiçbir şey göndermez. Yanıtlarınız yalnızca bu telefonda, en fazla birkaç saat kalır.
intro-skip = Herhangi bir soruyu atlayabilir veya istediğiniz zaman durabilirsiniz.
intro-confidential-police = Bir görevli olarak, bir suçu öğrendiğimde harekete geçmekle yükümlüyüm. Bana anlattıklarınızı gizli tutacağıma söz veremem.
intro-confidential-other = Bana anlattıklarınızı elimden geldiğince kendime saklayacağım. Ancak Polonya'da insan ticaretinden haberi olan herkes polise veya savcıya bildirmek zorundadır; bu yüzden her şeyi gizli tutacağıma söz veremem.
intro-continue = Anladım, devam et
