# Hakkında ekranı ve her dilin çeviri durumu.

nav-about = Bu uygulama hakkında
about-title = Pocket Card hakkında
about-what = Pocket Card, Polonya'da sahada çalışanların insan ticaretinin olası mağdurlarını tanımasına ve onları doğru yardıma ulaştırmasına yardımcı olur.
about-privacy = Hesap yok, sunucu yok, analiz yok. Uygulamada yaptığınız hiçbir şey bu cihazın dışına çıkmaz. Belirti kontrolündeki yanıtlar, siz silene veya sekmeyi kapatana kadar bellekte kalır; alıştırma ilerlemesi yalnızca bu cihazda kalır.
about-offline = İlk ziyaretten sonra uygulama ve tüm diller internetsiz çalışır.
about-screening = Uygulama tarama yapmanıza yardımcı olur; tespit yapmaz. Bir mağduru resmi olarak yalnızca polis veya Sınır Muhafızları tespit edebilir.
about-sources = Her iletişim bilgisi, belirti ve hukuki nokta kaynağını ve tarihini gösterir. Yakın zamanda doğrulanmamış bir numaranın yanında en son ne zaman doğrulandığı yazar.
about-languages = Diller ve çeviri kalitesi
about-languages-intro = Yanlış anlaşılan bir soru zarar verebilir; bu nedenle her dilin yanında çevirisinin nasıl kontrol edildiği yazar. Bu dilleri anadili olarak konuşanların yardımını memnuniyetle karşılarız.
lang-status-source = Özgün metin
lang-status-reviewed = Anadili bu dil olan biri tarafından gözden geçirildi
lang-status-machine = Makine desteğiyle çevrildi, anadili bu dil olan birinin incelemesini bekliyor
lang-status-current = Bu dil: { $status }
about-version = Sürüm { $version }
