# Screen na "Tungkol sa app", at ang katayuan ng salin ng bawat wika.

nav-about = Tungkol sa app na ito
about-title = Tungkol sa Pocket Card
about-what = Tinutulungan ng Pocket Card ang mga frontline worker sa Poland na kilalanin ang posibleng mga biktima ng human trafficking at dalhin sila sa tamang tulong.
about-privacy = Walang account, walang server, walang analytics. Hindi lumalabas sa device na ito ang anumang ginagawa ninyo sa app. Nasa memory lang ang mga sagot sa pagsusuri ng palatandaan hanggang burahin ninyo ang mga ito o isara ang tab; sa device na ito lang naka-save ang progreso sa pagsasanay.
about-offline = Pagkatapos ng unang pagbisita, gumagana ang app at ang bawat wika nang walang internet.
about-screening = Tumutulong ang app sa pagsasala (screening); hindi ito kumikilala ng biktima. Ang pulisya o Border Guard lang ang pormal na makakakilala sa isang biktima.
about-sources = Ipinapakita ng bawat contact, palatandaan at puntong legal ang sanggunian at petsa nito. Kapag hindi nakumpirma kamakailan ang isang numero, sinasabi kung kailan ito huling kinumpirma.
about-languages = Mga wika at kalidad ng salin
about-languages-intro = Maaaring makapinsala ang tanong na hindi naintindihan nang tama, kaya sinasabi ng bawat wika kung paano sinuri ang salin nito. Malugod naming tinatanggap ang tulong ng mga katutubong nagsasalita.
lang-status-source = Orihinal na teksto
lang-status-reviewed = Sinuri ng katutubong nagsasalita
lang-status-machine = Sa tulong ng makina, hinihintay ang pagsusuri ng katutubong nagsasalita
lang-status-current = Ang wikang ito: { $status }
about-version = Bersyon { $version }
