# Balangkas ng app: header, home screen, at mga abisong pareho sa lahat ng screen.

app-name = Pocket Card
app-tagline = Kilalanin ang posibleng mga biktima ng human trafficking at dalhin sila sa tamang tulong.
skip-to-content = Lumaktaw sa nilalaman
language-label = Wika
nav-main = Pangunahing menu
nav-home = Simula
home-cards-title = Mga pocket card
home-cards-text = Ang mga palatandaan ng trafficking at ang mga dapat gawin, ayon sa inyong tungkulin.
home-check-title = Suriin kung may palatandaan
home-check-text = Maikling tanungan sa inyong wika at sa wika ng taong tinutulungan.
home-contacts-title = Mga contact
home-contacts-text = Sino ang tatawagan: 112, KCIK, La Strada at ang helpline ng pulisya.
emergency-strip = May tao bang nasa agarang panganib?
emergency-call = Tumawag sa 112
privacy-note = Hindi lumalabas sa device na ito ang anumang ginagawa ninyo sa app. Gumagana ito kahit walang internet.
notice-unknown-language = Humingi ang link ng wikang wala pa sa app na ito. Sa halip, ipinapakita ito sa { $language }.
notice-unknown-view = Tumuturo ang link sa pahinang wala sa app na ito. Narito ang pangunahing screen.
notice-close = Isara
notice-language-failed = Hindi ma-load ang wikang ito. Tingnan ang koneksyon at subukang muli.
notice-update-ready = Handa na ang bagong bersyon ng app.
notice-update-reload = I-reload ngayon
