# Uygulama çerçevesi: başlık, ana ekran, tüm ekranlarda ortak bildirimler.

app-name = Pocket Card
app-tagline = İnsan ticaretinin olası mağdurlarını tanıyın ve onları doğru yardıma ulaştırın.
skip-to-content = İçeriğe geç
language-label = Dil
nav-main = Ana menü
nav-home = Ana sayfa
home-cards-title = Cep kartları
home-cards-text = Rolünüze göre insan ticareti belirtileri ve atılacak adımlar.
home-check-title = Belirtileri kontrol et
home-check-text = Sizin dilinizde ve kişinin dilinde kısa bir soru listesi.
home-contacts-title = İletişim
home-contacts-text = Kimi aramalı: 112, KCIK, La Strada ve polis yardım hattı.
emergency-strip = Acil tehlikede olan biri mi var?
emergency-call = 112'yi arayın
privacy-note = Bu uygulamada yaptığınız hiçbir şey bu cihazın dışına çıkmaz. Uygulama internetsiz çalışır.
notice-unknown-language = Bağlantı, bu uygulamada henüz olmayan bir dil istedi. Bunun yerine şu dilde gösteriliyor: { $language }.
notice-unknown-view = Bağlantı, bu uygulamada olmayan bir sayfayı gösteriyordu. İşte ana ekran.
notice-close = Kapat
notice-language-failed = Bu dil yüklenemedi. Bağlantıyı kontrol edip tekrar deneyin.
notice-update-ready = Uygulamanın yeni bir sürümü hazır.
notice-update-reload = Şimdi yenile
