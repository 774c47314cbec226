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
card-person-intro = Makakakuha kayo ng tulong sa Poland. Para sa inyo ang mga payo at numerong ito. Nagsasalita ng Polish at Ingles ang KCIK at La Strada; tanungin sila tungkol sa ibang wika.

card-section-signs = Pinakamahalagang palatandaan
card-section-steps = Ano ang gagawin ngayon
card-section-talk = Paano kausapin ang tao
card-section-law = Mga puntong legal
card-section-advice = Mag-ingat
card-section-rights = Ang inyong mga karapatan
card-section-contacts = Sino ang tatawagan
card-start-check = Suriin kung may palatandaan gamit ang mga tanong para sa tungkuling ito
card-person-link = Ang card na ibibigay sa tao, sa kanyang wika
card-person-language = Ipakita ang card na ito sa wika ng tao
card-print = I-print ang card
card-share = I-share o i-print ang QR code
card-sources = Mga sanggunian
card-sources-print = Mga sanggunian:
card-unknown = Tumuturo ang link sa card na wala sa app na ito. Narito ang lahat ng card.

step-danger-112 = Kung may nasa agarang panganib, tumawag muna sa 112.
step-see-alone = Kausapin ang tao nang mag-isa, nang wala ang kasama, employer o "tagasalin".
step-treat-first = Ibigay muna ang kailangang gamutan; makapaghihintay ang mga tanong.
step-ask-few = Magtanong ng ilang mahinahong tanong; gamitin ang “Suriin kung may palatandaan” kung kaya.
step-refer-kcik = Kung may makitang palatandaan, humingi ng payo sa KCIK (Lunes hanggang Biyernes; sa ibang oras, ang 24/7 na linya ng La Strada). Nananatili pa rin ang tungkuling mag-ulat sa pulisya o sa prosecutor (art. 240 §1).
step-child-refer = Laging ini-refer ang bata, kahit walang pamimilit o panlilinlang, at walang hakbang ng pagpayag. Kung nag-iisa ang bata: tumawag muna sa pulisya.
step-record-no-names = Huwag isulat sa app na ito ang pangalan o anumang detalyeng makapagpapakilala sa tao.
step-separate = Kausapin nang hiwalay ang bawat tao, malayo sa iba sa grupo.
step-own-language = Gumamit ng propesyonal na interpreter o ng sariling wika ng tao.
step-no-confrontation = Huwag komprontahin ang pinaghihinalaan, at huwag kunan ng litrato ang tao.
step-presumption = Ang pulisya o Border Guard ang nagkukumpirma kung itinuturing na biktima ang tao.
step-stay-with-child = Samahan ang batang nag-iisa at tumawag muna sa pulisya: sa pulisyang naka-duty sa reception point, o sa 112.
step-check-badge = Tingnan kung may badge ng rehistradong organisasyon ang sinumang nag-aalok ng tulong.
step-tell-coordinator = I-report ang mga kahina-hinalang alok at "tagatulong" sa pulisyang naka-duty sa reception point.
step-labour-or-forced = Ang mababang sahod o masamang kondisyon lang ay usapin ng karapatan sa paggawa; ang kinuhang dokumento, utang, pagbabanta o hindi malayang makaalis ay palatandaan ng sapilitang paggawa.

talk-alone = Mag-usap nang pribado, malayo sa sinumang kasama.
talk-no-companion-interpreter = Huwag kailanman gawing interpreter ang kasama.
talk-pearr = PEARR: magbigay ng privacy, magpaliwanag (kung sino kayo, ano ang kaya ninyong panatilihing kumpidensyal), magtanong, gumalang at tumugon.
talk-coffee-first = Magsimula sa mahinahon at magiliw na sandali – "kape muna" – bago magtanong.
talk-believe = Maniwala, huwag manghusga, huwag ipilit ang buong kuwento, huwag mangako ng hindi ninyo kaya.
talk-consent = Ang taong nasa hustong gulang ang nagpapasya kung anong tulong ang tatanggapin, maliban kung may buhay na nasa panganib; nananatili pa rin ang tungkuling mag-ulat.

law-screen-not-identify = Pagsasala (screening) lang ang ginagawa ng app na ito; ang pormal na pagkilala sa biktima ay gawain ng pulisya o ng Border Guard.
law-child = Kapag wala pang 18 taong gulang, trafficking ito kahit walang dahas, pagbabanta, panlilinlang o anumang ibang paraan (art. 115 §22, huling pangungusap). Kung hindi tiyak ang edad at maaaring bata ang tao, ituring siyang bata (EU Directive 2011/36, art. 13(2)).
law-report-duty = Sinumang may mapagkakatiwalaang kaalaman tungkol sa trafficking ay dapat mag-ulat sa pulisya o sa prosecutor (Kodigo Penal, art. 240 §1).
law-consent-kcik = Sinusuportahan din ng KCIK at La Strada ang mga biktimang ayaw makipag-ugnayan sa pulisya. Kung hindi sigurado kung mag-uulat, magtanong sa KCIK.
law-definition = Trafficking (Kodigo Penal, art. 115 §22): ang pag-recruit, pagbiyahe, pagpapasa, pagkupkop o pagtanggap sa isang tao sa pamamagitan ng dahas o pagbabanta, pagdukot, panlilinlang, pagliligaw sa kanya o pagsasamantala sa kanyang pagkakamali, pag-abuso sa kanyang pagdepende o kritikal na kalagayan, o pagbibigay o pagtanggap ng benepisyo, para pagsamantalahan. Kasama sa pagsasamantala ang prostitusyon, sapilitang paggawa o serbisyo, pamamalimos, pang-aalipin, sapilitang paggawa ng krimen at pagtanggal ng organ. Hindi ito nababago ng pagpayag ng tao.
law-consent-irrelevant = Trafficking pa rin ito kahit pumayag ang tao.
law-crime-189a = Ang trafficking ay krimeng may parusang hindi bababa sa 3 taong pagkakakulong (Kodigo Penal, art. 189a).
law-reflection = Ang dayuhang biktima ay maaaring bigyan ng panahon para mag-isip (reflection period) nang hanggang 3 buwan (4 para sa menor de edad) kapag nakumpirma na ng pulisya o ng Border Guard ang pagturing sa kanya bilang biktima.
law-non-punishment = May karapatan ang mga awtoridad na hindi usigin o parusahan ang mga biktima sa mga krimeng napilitan silang gawin (EU Directive 2011/36, art. 8). Hindi ito awtomatiko: huwag itong ipangako.
law-forced-vs-rights = Ang sapilitang paggawa ay trabahong ipinapagawa sa ilalim ng banta ng parusa, kapag hindi malayang umalis ang tao (kinuhang dokumento, utang, pagbabanta, ikinulong). Ang mababang sahod o masamang kondisyon lang ay usapin para sa Pambansang Inspeksyon sa Paggawa (PIP).

advice-keep-passport = Kayo mismo ang humawak ng inyong pasaporte at mga dokumento. Huwag itong ibigay kaninuman "para makatulong".
advice-registered-only = Tumanggap lang ng sakay, tirahan o trabaho mula sa mga rehistradong volunteer at organisasyong may badge.
advice-photo-plate = Bago sumakay sa kotse, kunan ng litrato ang kotse at plaka ng driver at ipadala ito sa taong pinagkakatiwalaan ninyo.
advice-no-pressure = Mag-ingat sa mga alok na parang napakaganda para maging totoo, o nagtutulak sa inyong umalis agad.
advice-call-112 = Kung nasa panganib kayo, tumawag sa 112.
right-help-without-police = Sinusuportahan ng KCIK at La Strada ang mga biktima ng trafficking kahit ayaw nilang pumunta sa pulisya.
right-reflection = Kung galing kayo sa ibang bansa, maaari kayong bigyan ng hanggang 3 buwan (4 kung bata) para makabawi at magpasya kung ano ang gagawin, kapag nakumpirma na ng pulisya o ng Border Guard na ipinapalagay na biktima kayo.
right-child = Kung wala pa kayong 18 taong gulang at may nag-recruit, naglipat o tumanggap sa inyo para pagsamantalahan kayo, trafficking ito kahit pumayag kayo. Maaari kayong tumawag sa 112 o sa helpline para sa mga bata at kabataan, 116 111.
right-consent = Bilang taong nasa hustong gulang, kayo ang magpapasya kung anong tulong ang tatanggapin, maliban kung may buhay na nasa panganib. Ang sinumang may mapagkakatiwalaang kaalaman tungkol sa trafficking ay dapat magsabi sa pulisya o sa prosecutor: maaari ninyong itanong sa kausap ninyo kung ano ang kailangan niyang iulat.

share-title = I-share o i-print ang QR code
share-intro = Pumili ng card at wika. Binubuksan ng QR code ang card na iyon sa wikang iyon, sa address ng app na ito, at gumagana offline kapag nabuksan na.
share-card-label = Ano ang bubuksan ng code
share-lang-label = Wika
share-target-home = Ang pangunahing screen
share-target-check = Suriin kung may palatandaan
share-target-contacts = Ang mga contact
share-caption = I-scan para buksan ang Pocket Card sa inyong wika
share-link = Link
share-print = I-print
share-poster = A4 na poster na may QR code para sa bawat wika
poster-title = Pocket Card – tulong sa inyong wika
