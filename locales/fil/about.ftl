# Screen na "Tungkol sa app", at ang katayuan ng salin ng bawat wika.

nav-about = Tungkol sa app na ito
about-title = Tungkol sa Pocket Card
about-what = Tinutulungan ng Pocket Card ang mga frontline worker sa Poland na kilalanin ang posibleng mga biktima ng human trafficking at dalhin sila sa tamang tulong.
about-privacy = Walang account, walang analytics, walang tracking. Walang ipinapadala ang app tungkol sa ginagawa ninyo. Hindi kailanman ipinapadala ang mga sagot sa pagsusuri ng palatandaan: sa browser tab na ito lang sila itinatago (sa session storage nito), kaya hindi sila nawawala dahil sa isang tawag o pag-reload, at nabubura sila kapag binura ninyo ang mga ito, kapag isinara ang tab, o pagkalipas ng 4 na oras. Bukod diyan, ang tanging itinatago ng device ay ang piniling wika ninyo at kung aling mga kaso sa pagsasanay ang nalaro ninyo, walang pangalan at walang sagot. Ang mga file ng app, sa bawat wika, ay nanggagaling lang sa address kung saan ninyo ito binuksan.
about-offline = Pagkatapos ng unang pagbisita, gumagana ang app at ang bawat wika nang walang internet.
about-screening = Tumutulong ang app sa pagsasala (screening); hindi ito kumikilala ng biktima. Ang pulisya o Border Guard lang ang pormal na makakakilala sa isang biktima.
about-sources = Sa screen ng mga contact, sa mga pocket card, sa resulta ng pagsusuri ng palatandaan at sa pagsasanay, inililista ng bawat contact, palatandaan at puntong legal ang mga sanggunian nito, kasama ang mga petsa, sa ilalim ng "Mga sanggunian"; sa naka-print na card, nakasulat ang mga ito sa footnote. Ang puntong legal na kinuha mula sa batas ay nagbibigay ng artikulo at kung kailan ito sinuri.
about-statuses = Ang numerong nakalista lang sa mas lumang sanggunian, o hindi nakumpirma ng anumang sanggunian sa nakaraang dalawang taon, ay nagpapakita ng taon kung kailan ito huling nakumpirma. Suriin muna ang ganitong numero bago umasa rito.
about-languages = Mga wika at kalidad ng salin
about-languages-intro = Maaaring makapinsala ang tanong na hindi naintindihan nang tama, kaya sinasabi ng bawat wika kung paano sinuri ang salin nito. Malugod naming tinatanggap ang tulong ng mga katutubong nagsasalita.
lang-status-source = Orihinal na teksto
lang-status-reviewed = Sinuri ng katutubong nagsasalita
lang-status-machine = Sa tulong ng makina, hinihintay ang pagsusuri ng katutubong nagsasalita
lang-status-current = Ang wikang ito: { $status }
about-version = Bersyon { $version }
