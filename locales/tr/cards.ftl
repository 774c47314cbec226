# Cep kartları: her rol için bir tane ve kişinin kendisi için bir tane. Telefon
# ekranına ve katlanmış A6 karta sığan kısa satırlar.

cards-title = Cep kartları
cards-intro = Rolünüze göre nelere dikkat etmeli ve ne yapmalı. Her kart internetsiz çalışır ve yazdırılabilir.
card-health-title = Sağlık çalışanları için
card-health-intro = Kişiyi yalnızken gören tek dışarıdan kişi siz olabilirsiniz. Önce tedavi edin; fark edin; yönlendirin.
card-police-title = Polis ve Sınır Muhafızları için
card-police-intro = Bir kontrol, bir sınır geçişi veya bir olay çağrısı, birine yardım edilebilecek an olabilir.
card-volunteer-title = Kabul noktası gönüllüleri için
card-volunteer-intro = Kabul noktalarındaki ulaşım, konaklama veya iş teklifleri tuzak olabilir.
card-inspector-title = İş müfettişleri ve sosyal çalışmacılar için
card-inspector-intro = İşçi hakları sorununu zorla çalıştırmadan ayırt edin; durum daha ciddiyse yönlendirin.
card-person-title = Sizin için: güvenliğiniz ve haklarınız
card-person-intro = Polonya'da yardım alabilirsiniz. Bu öneriler ve numaralar sizin için. KCIK ve La Strada Lehçe ve İngilizce konuşur; başka diller için onlara sorun.

card-section-signs = En önemli belirtiler
card-section-steps = Şimdi ne yapmalı
card-section-talk = Kişiyle nasıl konuşmalı
card-section-law = Hukuki noktalar
card-section-advice = Güvende kalın
card-section-rights = Haklarınız
card-section-contacts = Kimi aramalı
card-start-check = Bu rolün sorularıyla belirtileri kontrol et
card-person-link = Kişiye verilecek kart, kendi dilinde
card-person-language = Bu kartı kişinin dilinde göster
card-print = Bu kartı yazdır
card-share = QR kodu paylaş veya yazdır
card-sources = Kaynaklar
card-sources-print = Kaynaklar:
card-unknown = Bağlantı, bu uygulamada olmayan bir kartı gösteriyordu. İşte tüm kartlar.

step-danger-112 = Biri acil tehlikedeyse, önce 112'yi arayın.
step-see-alone = Kişiyle; yanındaki kişi, işveren veya “tercüman” olmadan, yalnız görüşün.
step-treat-first = Önce gereken bakımı verin; sorular bekleyebilir.
step-ask-few = Birkaç sakin soru sorun; mümkünse “Belirtileri kontrol et” aracını kullanın.
step-refer-kcik = Belirtiler görürseniz danışmak için KCIK ile görüşün (hafta içi; diğer saatlerde La Strada'nın 7/24 açık hattı). Polise veya savcıya bildirim yükümlülüğü (md. 240 §1) yine de geçerlidir.
step-child-refer = Çocuk, zor veya aldatma olmasa bile, rıza aşaması olmadan her zaman yönlendirilir. Yalnız bir çocuk: önce polisi arayın.
step-record-no-names = Bu uygulamaya isim veya kişiyi tanıtacak bilgi yazmayın.
step-separate = Gruptaki her kişiyle, diğerlerinden uzakta, ayrı ayrı konuşun.
step-own-language = Profesyonel bir tercüman ya da kişinin kendi dilini kullanın.
step-no-confrontation = Şüphelendiğiniz kimseyle yüzleşmeyin ve kişinin fotoğrafını çekmeyin.
step-presumption = Kişinin olası mağdur sayılıp sayılmadığını polis veya Sınır Muhafızları teyit eder.
step-stay-with-child = Yalnız olan bir çocuğun yanında kalın ve önce polisi arayın: kabul noktasındaki nöbetçi polisi veya 112'yi.
step-check-badge = Yardım teklif eden kişinin kayıtlı bir kuruluşun yaka kartını taşıyıp taşımadığını kontrol edin.
step-tell-coordinator = Şüpheli teklifleri ve “yardımcıları” kabul noktasındaki nöbetçi polise bildirin.
step-labour-or-forced = Yalnızca düşük ücret veya kötü koşullar bir işçi hakları meselesidir; alıkonulan belgeler, borç, tehditler veya ayrılma özgürlüğünün olmaması zorla çalıştırmaya işaret eder.

talk-alone = Yanındaki kişiden uzakta, baş başa konuşun.
talk-no-companion-interpreter = Yanındaki kişiyi asla tercüman olarak kullanmayın.
talk-pearr = PEARR: mahremiyet sağlayın, bilgilendirin (kim olduğunuzu, neyi gizli tutabileceğinizi), sorun, saygı gösterin ve karşılık verin.
talk-coffee-first = Sorulardan önce sakin, samimi bir anla başlayın – “önce bir fincan kahve”.
talk-believe = İnanın, yargılamayın, her şeyi anlatması için zorlamayın, yapamayacağınız şeyin sözünü vermeyin.
talk-consent = Bir hayat tehlikede olmadıkça, hangi yardımı kabul edeceğine yetişkin kişi kendisi karar verir; bildirim yükümlülüğü yine de geçerlidir.

law-screen-not-identify = Bu uygulama yalnızca tarama yapar; resmi tespiti polis veya Sınır Muhafızları yapar.
law-child = 18 yaşın altında, şiddet, tehdit, aldatma veya başka herhangi bir araç olmasa bile bu insan ticaretidir (md. 115 §22, son cümle). Yaş belli değilse ve kişi çocuk olabilirse, ona çocuk gibi davranın (AB Direktifi 2011/36, md. 13(2)).
law-report-duty = İnsan ticareti hakkında güvenilir bilgisi olan herkes polise veya savcıya bildirmek zorundadır (Ceza Kanunu art. 240 §1).
law-consent-kcik = KCIK ve La Strada, polisle iletişime geçmek istemeyen mağdurları da destekler. Bildirim yapıp yapmama konusunda emin değilseniz KCIK ile görüşün.
law-definition = İnsan ticareti (Ceza Kanunu md. 115 §22): bir kişinin şiddet veya tehditle, kaçırarak, aldatarak, yanıltarak veya yanılgısından yararlanarak, bağımlılığını veya kritik durumunu kötüye kullanarak ya da bir menfaat vererek veya alarak, sömürü amacıyla tedarik edilmesi, taşınması, devredilmesi, barındırılması veya teslim alınmasıdır. Sömürü; fuhuşu, zorla çalıştırmayı veya hizmeti, dilenciliği, köleliği, suç işlemeye zorlamayı ve organ alınmasını kapsar. Kişinin rızası bunu değiştirmez.
law-consent-irrelevant = Kişi rıza göstermiş olsa bile bu insan ticaretidir.
law-crime-189a = İnsan ticareti, en az 3 yıl hapis cezası gerektiren bir suçtur (Ceza Kanunu md. 189a).
law-reflection = Polis veya Sınır Muhafızları kişinin mağdur olduğu karinesini teyit ettiğinde, yabancı bir mağdur 3 aya kadar (reşit olmayanlar için 4 aya kadar) düşünme süresi alabilir.
law-non-punishment = Makamlar, mağdurları işlemeye zorlandıkları suçlar nedeniyle kovuşturmama veya cezalandırmama yetkisine sahiptir (AB Direktifi 2011/36, md. 8). Bu otomatik değildir: bunun sözünü vermeyin.
law-forced-vs-rights = Zorla çalıştırma, kişi ayrılmakta özgür değilken (belgeleri alıkonulmuş, borç, tehditler, kilitli tutulma) ceza tehdidiyle yaptırılan iştir. Yalnızca düşük ücret veya kötü koşullar, Ulusal İş Müfettişliğinin (PIP) konusudur.

advice-keep-passport = Pasaportunuzu ve belgelerinizi kendiniz saklayın. “Yardım için” bile olsa kimseye vermeyin.
advice-registered-only = Ulaşım, konaklama veya iş tekliflerini yalnızca kayıtlı gönüllülerden ve yaka kartı olan kuruluşlardan kabul edin.
advice-photo-plate = Bir arabaya binmeden önce arabanın ve plakasının fotoğrafını çekin ve güvendiğiniz birine gönderin.
advice-no-pressure = Gerçek olamayacak kadar iyi görünen veya hemen gitmeniz için size baskı yapan tekliflere dikkat edin.
advice-call-112 = Tehlikedeyseniz 112'yi arayın.
right-help-without-police = KCIK ve La Strada, polise gitmek istemeyen insan ticareti mağdurlarını da destekler.
right-reflection = Başka bir ülkeden geliyorsanız, polis veya Sınır Muhafızları sizin olası mağdur sayıldığınızı teyit ettiğinde, toparlanmak ve ne yapacağınıza karar vermek için 3 aya kadar (çocuklar için 4 aya kadar) süre alabilirsiniz.
right-child = 18 yaşından küçükseniz ve biri sizi sömürmek için işe alıyor, bir yerden bir yere götürüyor veya teslim alıyorsa, siz kabul etmiş olsanız bile bu insan ticaretidir. 112'yi veya çocuklar ve gençler için yardım hattı 116 111'i arayabilirsiniz.
right-consent = Yetişkinseniz, bir hayat tehlikede olmadıkça hangi yardımı kabul edeceğinize siz karar verirsiniz. İnsan ticareti hakkında güvenilir bilgisi olan herkes polise veya savcıya bildirmek zorundadır: konuştuğunuz kişiye neyi bildirmek zorunda olduğunu sorabilirsiniz.

share-title = QR kodu paylaş veya yazdır
share-intro = Bir kart ve bir dil seçin. QR kod, o kartı o dilde, bu uygulamanın adresinde açar ve bir kez açıldıktan sonra internetsiz çalışır.
share-card-label = Kodun açacağı sayfa
share-lang-label = Dil
share-target-home = Ana ekran
share-target-check = Belirtileri kontrol et
share-target-contacts = İletişim bilgileri
share-caption = Pocket Card uygulamasını kendi dilinizde açmak için tarayın
share-link = Bağlantı
share-print = Yazdır
share-poster = Her dil için QR kodlu A4 afiş
poster-title = Pocket Card – kendi dilinizde yardım
