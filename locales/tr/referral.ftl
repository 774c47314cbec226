# Taramadan sonra: sonraki adımlar (content brief §4) ve yönlendirme araması
# için anonim özet. Özette hiçbir zaman isim bulunmaz.

result-next-steps = Sonraki adımlar
step-privacy = Kişiyle, yanındaki kişi, işveren veya “tercüman” olmadan yalnız konuşun. Yanındaki kişiyi asla tercüman olarak kullanmayın.
step-consent = Bir hayat tehlikede olmadıkça, hangi yardımı kabul edeceğini yetişkin kişi kendisi seçer. Kim olduğunuzu, bundan sonra ne yapacağınızı ve nedenini anlatın.
step-child = Bundan sonra ne olursa olsun, bir çocuk her zaman yönlendirilir.
step-no-confront = Şüphelendiğiniz kimseyle yüzleşmeyin, kişinin fotoğrafını çekmeyin ve isim yazmayın.
summary-title = Yönlendirme araması için anonim özet
summary-intro = Aradığınızda yüksek sesle okuyun veya yapıştırın. Özette isim ya da kişiyi tanıtacak bilgi yoktur.
summary-outcome = Tarama sonucu: { $outcome }
summary-signs = Gözlenen belirtiler: { $signs }
summary-signs-none = Gözlenen belirtiler: yok
summary-risks = Yüksek riskli durum: { $risks }
summary-areas = ILO/EC eşiğini karşılayan alanlar: { $areas }
summary-areas-none = ILO/EC eşiğini karşılayan alanlar: yok
summary-child-yes = Çocuk olabilir: evet
summary-child-no = Çocuk olabilir: hayır
summary-child-unknown = Çocuk olabilir: yaşı bilinmiyor
summary-language = Kişinin ihtiyaç duyduğu dil: { $language }
summary-copy = Özeti kopyala
summary-copied = Özet kopyalandı.
summary-copy-failed = Burada kopyalama yapılamıyor. Metni seçip elle kopyalayın.
summary-print = Yazdır
