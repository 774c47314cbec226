# Structura aplicației: antet, ecran principal, notificări comune tuturor ecranelor.

app-name = Pocket Card
app-tagline = Recunoașteți posibilele victime ale traficului de persoane și îndrumați-le spre ajutorul potrivit.
skip-to-content = Salt la conținut
language-label = Limbă
nav-main = Meniu principal
nav-home = Acasă
home-cards-title = Carduri de buzunar
home-cards-text = Semnele traficului și pașii de urmat, pentru rolul dumneavoastră.
home-check-title = Verificarea semnelor
home-check-text = Un chestionar scurt, în limba dumneavoastră și în limba persoanei.
home-contacts-title = Contacte
home-contacts-text = Pe cine să sunați: 112, KCIK, La Strada și linia poliției.
emergency-strip = Este cineva în pericol imediat?
emergency-call = Sunați la 112
privacy-note = Nimic din ce faceți în această aplicație nu părăsește acest dispozitiv. Funcționează fără internet.
notice-unknown-language = Linkul a cerut o limbă pe care aplicația nu o are încă. Textul este afișat în schimb în limba { $language }.
notice-unknown-view = Linkul ducea la o pagină pe care aplicația nu o are. Iată ecranul principal.
notice-close = Închideți
notice-language-failed = Această limbă nu a putut fi încărcată. Verificați conexiunea și încercați din nou.
notice-update-ready = O versiune nouă a aplicației este gata.
notice-update-reload = Reîncărcați acum
