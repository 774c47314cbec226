# Hakkında ekranı ve her dilin çeviri durumu.

nav-about = Bu uygulama hakkında
about-title = Pocket Card hakkında
about-what = Pocket Card, Polonya'da sahada çalışanların insan ticaretinin olası mağdurlarını tanımasına ve onları doğru yardıma ulaştırmasına yardımcı olur.
about-privacy = Hesap yok, analiz yok, izleme yok. Uygulama, yaptıklarınız hakkında hiçbir şey göndermez. Belirti kontrolündeki yanıtlar hiçbir zaman gönderilmez: yalnızca bu tarayıcı sekmesinde (sekmenin oturum depolamasında) tutulur, böylece bir telefon araması veya sayfanın yeniden yüklenmesi yüzünden kaybolmaz; siz onları sildiğinizde, sekme kapatıldığında veya 4 saat sonra silinir. Bunun dışında cihaz yalnızca seçtiğiniz dili ve hangi alıştırma vakalarını oynadığınızı saklar; isim ve yanıt saklanmaz. Uygulamanın tüm dillerdeki dosyaları yalnızca uygulamayı açtığınız adresten gelir.
about-offline = İlk ziyaretten sonra uygulama ve tüm diller internetsiz çalışır.
about-screening = Uygulama tarama yapmanıza yardımcı olur; tespit yapmaz. Bir mağduru resmi olarak yalnızca polis veya Sınır Muhafızları tespit edebilir.
about-sources = İletişim bilgileri ekranında, cep kartlarında, belirti kontrolünün sonucunda ve alıştırmada her iletişim bilgisi, belirti ve hukuki nokta, kaynaklarını tarihleriyle birlikte “Kaynaklar” başlığı altında listeler; basılı bir kart bunları bir dipnotta belirtir. Yasadan alınan bir hukuki nokta, ilgili maddeyi ve ne zaman kontrol edildiğini gösterir.
about-statuses = Yalnızca eski bir kaynakta yer alan veya son iki yılda hiçbir kaynağın doğrulamadığı bir numaranın yanında, en son doğrulandığı yıl gösterilir. Böyle bir numaraya güvenmeden önce onu kontrol edin.
about-languages = Diller ve çeviri kalitesi
about-languages-intro = Yanlış anlaşılan bir soru zarar verebilir; bu nedenle her dilin yanında çevirisinin nasıl kontrol edildiği yazar. Bu dilleri anadili olarak konuşanların yardımını memnuniyetle karşılarız.
lang-status-source = Özgün metin
lang-status-reviewed = Anadili bu dil olan biri tarafından gözden geçirildi
lang-status-machine = Makine desteğiyle çevrildi, anadili bu dil olan birinin incelemesini bekliyor
lang-status-current = Bu dil: { $status }
about-version = Sürüm { $version }
