# Ecranul „Despre” și stadiul traducerii fiecărei limbi.

nav-about = Despre aplicație
about-title = Despre Pocket Card
about-what = Pocket Card îi ajută pe lucrătorii din prima linie din Polonia să recunoască posibilele victime ale traficului de persoane și să le îndrume spre ajutorul potrivit.
about-privacy = Fără cont, fără server, fără statistici de utilizare. Nimic din ce faceți în aplicație nu părăsește acest dispozitiv. Răspunsurile din verificarea indicatorilor rămân în memorie până le ștergeți sau închideți fila; progresul la exersare rămâne doar pe acest dispozitiv.
about-offline = După prima vizită, aplicația și toate limbile funcționează fără internet.
about-screening = Aplicația vă ajută să faceți o evaluare inițială; nu identifică. Doar poliția sau Poliția de Frontieră pot identifica oficial o victimă.
about-sources = Fiecare contact, semn și aspect juridic își arată sursa și data. La un număr care nu a fost confirmat recent se arată când a fost confirmat ultima dată.
about-languages = Limbi și calitatea traducerii
about-languages-intro = O întrebare înțeleasă greșit poate face rău, așa că la fiecare limbă se arată cum a fost verificată traducerea. Ajutorul vorbitorilor nativi este binevenit.
lang-status-source = Text original
lang-status-reviewed = Verificat de un vorbitor nativ
lang-status-machine = Tradus cu ajutor automat, în așteptarea verificării de către un vorbitor nativ
lang-status-current = Această limbă: { $status }
about-version = Versiunea { $version }
