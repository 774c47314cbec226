# Mga pocket card: isa para sa bawat tungkulin, at isa para sa taong tinutulungan. Maiikling linya
# na kasya sa screen ng telepono at sa nakatiklop na A6 card.

cards-title = Mga pocket card
cards-intro = Ano ang dapat bantayan at ano ang gagawin, ayon sa inyong tungkulin. Gumagana offline ang bawat card at puwedeng i-print.
card-health-title = Para sa mga health worker
card-health-intro = Maaaring kayo lang ang taga-labas na makakakita sa tao nang mag-isa. Gamutin muna; pansinin; i-refer.
card-police-title = Para sa pulisya at Border Guard
card-police-intro = Ang isang pagsusuri, pagtawid sa border o pagresponde sa tawag ay maaaring maging pagkakataong matulungan ang isang tao.
card-volunteer-title = Para sa mga volunteer sa reception point
card-volunteer-intro = Ang mga alok na sakay, tirahan o trabaho sa mga reception point ay maaaring bitag.
card-inspector-title = Para sa mga labour inspector at social worker
card-inspector-intro = Alamin kung problema ito sa karapatan sa paggawa o sapilitang paggawa, at i-refer kapag higit pa rito.
card-person-title = Para sa inyo: ang inyong kaligtasan at mga karapatan
card-person-intro = Makakakuha kayo ng tulong sa Poland, sa sarili ninyong wika. Para sa inyo ang mga payo at numerong ito.

card-section-signs = Pinakamahalagang palatandaan
card-section-steps = Ano ang gagawin ngayon
card-section-talk = Paano kausapin ang tao
card-section-law = Mga puntong legal
card-section-advice = Mag-ingat
card-section-rights = Ang inyong mga karapatan
card-section-contacts = Sino ang tatawagan
card-start-check = Simulan ang pagsusuri para sa tungkuling ito
card-print = I-print ang card
card-share = I-share o i-print ang QR code
card-sources = Mga sanggunian
card-unknown = Tumuturo ang link sa card na wala sa app na ito. Narito ang lahat ng card.

step-danger-112 = Kung may nasa agarang panganib, tumawag muna sa 112.
step-see-alone = Kausapin ang tao nang mag-isa, nang wala ang kasama, employer o "tagasalin".
step-treat-first = Ibigay muna ang kailangang gamutan; makapaghihintay ang mga tanong.
step-ask-few = Magtanong ng ilang mahinahong tanong; gamitin ang pagsusuri ng palatandaan kung kaya.
step-refer-kcik = Kung may makitang palatandaan, tawagan ang KCIK para sa payo. Tumutulong din sila sa mga ayaw pumunta sa pulisya.
step-child-refer = Laging ini-refer ang bata, kahit walang pamimilit o panlilinlang.
step-record-no-names = Huwag isulat sa app na ito ang pangalan o anumang detalyeng makapagpapakilala sa tao.
step-separate = Kausapin nang hiwalay ang bawat tao, malayo sa iba sa grupo.
step-own-language = Gumamit ng propesyonal na interpreter o ng sariling wika ng tao.
step-no-confrontation = Huwag komprontahin ang pinaghihinalaan, at huwag kunan ng litrato ang tao.
step-presumption = Ang pulisya o Border Guard ang nagkukumpirma kung itinuturing na biktima ang tao.
step-stay-with-child = Samahan ang batang nag-iisa at humingi ng tulong: sa pulisya, o sa helpline para sa bata 116 111.
step-check-badge = Tingnan kung may badge ng rehistradong organisasyon ang sinumang nag-aalok ng tulong.
step-tell-coordinator = I-report sa pulisya ang mga kahina-hinalang alok at "tagatulong".
step-labour-or-forced = Ang mababang sahod lang ay usapin ng karapatan sa paggawa; ang kinuhang dokumento, utang, pagbabanta o hindi malayang makaalis ay tanda ng sapilitang paggawa.

talk-alone = Mag-usap nang pribado, malayo sa sinumang kasama.
talk-no-companion-interpreter = Huwag kailanman gawing interpreter ang kasama.
talk-pearr = PEARR: magbigay ng privacy, magpaliwanag (kung sino kayo, ano ang kaya ninyong panatilihing kumpidensyal), magtanong, gumalang at tumugon.
talk-coffee-first = Magsimula sa mahinahon at magiliw na sandali – "kape muna" – bago magtanong.
talk-believe = Maniwala, huwag manghusga, huwag ipilit ang buong kuwento, huwag mangako ng hindi ninyo kaya.
talk-consent = Ang taong nasa hustong gulang ang nagpapasya kung ano ang susunod, maliban kung may buhay na nasa panganib.

law-screen-not-identify = Pagsasala (screening) lang ang ginagawa ng app na ito; ang pormal na pagkilala sa biktima ay gawain ng pulisya o ng Border Guard.
law-child = Kapag wala pang 18 taong gulang, trafficking ito kahit walang pamimilit o panlilinlang. Kung hindi tiyak ang edad at maaaring bata ang tao, ituring siyang bata.
law-report-duty = Sinumang may mapagkakatiwalaang kaalaman tungkol sa trafficking ay dapat mag-ulat sa pulisya o sa prosecutor (Kodigo Penal, art. 240 §1).
law-consent-kcik = Tinutulungan ng KCIK at La Strada ang mga biktimang ayaw makipag-ugnayan sa pulisya; kung hindi sigurado, magtanong sa KCIK.
law-definition = Trafficking: ang pag-recruit, paglilipat, pagpapasa, pagkupkop o pagtanggap sa isang tao sa pamamagitan ng dahas, pagbabanta, panlilinlang o pag-abuso sa kanyang kalagayan, para pagsamantalahan (Kodigo Penal, art. 115 §22).
law-consent-irrelevant = Trafficking pa rin ito kahit pumayag ang tao.
law-crime-189a = Ang trafficking ay krimeng may parusang hindi bababa sa 3 taong pagkakakulong (art. 189a).
law-reflection = Ang dayuhang biktima ay maaaring bigyan ng panahon para mag-isip (reflection period) nang hanggang 3 buwan (4 para sa menor de edad).
law-forced-vs-rights = Ang sapilitang paggawa ay trabahong ipinapagawa sa ilalim ng banta ng parusa sa taong hindi malayang umalis; ang mababang sahod lang ay usapin para sa Pambansang Inspeksyon sa Paggawa (PIP).

advice-keep-passport = Kayo mismo ang humawak ng inyong pasaporte at mga dokumento. Huwag itong ibigay kaninuman "para makatulong".
advice-registered-only = Tumanggap lang ng sakay, tirahan o trabaho mula sa mga rehistradong volunteer at organisasyong may badge.
advice-photo-plate = Bago sumakay sa kotse, kunan ng litrato ang kotse at plaka ng driver at ipadala ito sa taong pinagkakatiwalaan ninyo.
advice-no-pressure = Mag-ingat sa mga alok na parang napakaganda para maging totoo, o nagmamadali sa inyong umalis agad.
advice-call-112 = Kung nasa panganib kayo, tumawag sa 112.
right-help-without-police = Tumutulong ang KCIK at La Strada sa mga taong nasa kalagayan ninyo, kahit ayaw ninyong pumunta sa pulisya.
right-reflection = Bilang dayuhang biktima, maaari kayong bigyan ng hanggang 3 buwan (4 kung bata) para makabawi at magpasya kung ano ang gagawin.
right-child = Kung wala pa kayong 18 taong gulang, lagi kayong tutulungan.
right-consent = Bilang taong nasa hustong gulang, kayo ang magpapasya kung ano ang susunod.

share-title = I-share o i-print ang QR code
share-intro = Pumili ng card at wika. Binubuksan ng QR code ang card na iyon sa wikang iyon, sa address ng app na ito, at gumagana offline kapag nabuksan na.
share-card-label = Ano ang bubuksan ng code
share-lang-label = Wika
share-target-home = Ang pangunahing screen
share-target-check = Ang pagsusuri ng palatandaan
share-target-contacts = Ang mga contact
share-caption = I-scan para buksan ang Pocket Card sa inyong wika
share-link = Link
share-print = I-print
share-poster = A4 na poster na may QR code para sa bawat wika
poster-title = Pocket Card – tulong sa inyong wika
