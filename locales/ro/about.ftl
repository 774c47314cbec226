# Ecranul „Despre” și stadiul traducerii fiecărei limbi.

nav-about = Despre aplicație
about-title = Despre Pocket Card
about-what = Pocket Card îi ajută pe lucrătorii din prima linie din Polonia să recunoască posibilele victime ale traficului de persoane și să le îndrume spre ajutorul potrivit.
about-privacy = Fără cont, fără statistici de utilizare, fără urmărire. Aplicația nu trimite nimic despre ce faceți. Răspunsurile din verificarea semnelor nu sunt niciodată trimise: sunt păstrate doar în această filă a browserului (în stocarea ei de sesiune), astfel încât un apel sau o reîncărcare a paginii nu le pierde, și dispar când le ștergeți, când fila este închisă sau după 4 ore. În afară de asta, dispozitivul păstrează doar limba aleasă și ce cazuri de exersare ați parcurs, fără nume și fără răspunsuri. Fișierele aplicației, în toate limbile, vin doar de la adresa de la care ați deschis-o.
about-offline = După prima vizită, aplicația și toate limbile funcționează fără internet.
about-screening = Aplicația vă ajută să faceți o evaluare inițială; nu identifică. Doar poliția sau Poliția de Frontieră pot identifica oficial o victimă.
about-sources = Pe ecranul de contacte, pe cardurile de buzunar, în rezultatul verificării semnelor și la exersare, fiecare contact, semn și aspect juridic își enumeră sursele, cu datele lor, la „Surse”; un card tipărit le menționează într-o notă de subsol. Un aspect juridic preluat din lege indică articolul și data la care a fost verificat.
about-statuses = Un număr pe care îl indică doar o sursă mai veche sau pe care nicio sursă nu l-a confirmat în ultimii doi ani arată anul în care a fost confirmat ultima dată. Verificați un astfel de număr înainte să vă bazați pe el.
about-languages = Limbi și calitatea traducerii
about-languages-intro = O întrebare înțeleasă greșit poate face rău, așa că la fiecare limbă se arată cum a fost verificată traducerea. Ajutorul vorbitorilor nativi este binevenit.
lang-status-source = Text original
lang-status-reviewed = Verificat de un vorbitor nativ
lang-status-machine = Tradus cu ajutor automat, în așteptarea verificării de către un vorbitor nativ
lang-status-current = Această limbă: { $status }
about-version = Versiunea { $version }
