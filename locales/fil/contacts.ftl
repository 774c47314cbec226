# Screen ng mga contact. Hindi kailanman isinasalin ang pangalan ng organisasyon at mga numero:
# nananatili ang sariling pangalan ng organisasyon, kasunod ang paliwanag kung ano ito.

contacts-title = Mga contact
contacts-intro = I-tap ang numero para tumawag. Nakasulat ang mga numero ayon sa pag-dial mula sa teleponong Polish.
contacts-section-main = Pangunahing contact
contacts-section-more = Iba pang tulong
contacts-section-children = Para sa mga bata
contacts-section-ukraine = Para sa tawag mula Ukraine
contacts-ukraine-warning = Para lang sa mga tawag mula sa Ukraine o gamit ang Ukrainian SIM card. Gumagana lang sa mga network sa Ukraine ang maiikling numerong 527 at 1547, kaya hindi sila link dito. Mula sa teleponong Polish, gamitin ang mga numero sa itaas.
field-hours = Oras
field-languages = Mga wika
field-email = E-mail
last-confirmed = Huling kinumpirma ng isang sanggunian noong { $year }. Suriin muna bago umasa rito.
sources-title = { $count ->
    [one] Sanggunian ({ $count })
   *[other] Mga sanggunian ({ $count })
}

lang-name-pl = wikang Polako
lang-name-en = wikang Ingles
lang-name-uk = wikang Ukranyano
lang-name-ru = wikang Ruso
lang-name-be = wikang Belaruso
lang-name-ro = wikang Rumano
lang-name-ka = wikang Georgian
lang-name-vi = wikang Vietnamese
lang-name-hi = wikang Hindi
lang-name-ne = wikang Nepali
lang-name-bn = wikang Bengali
lang-name-fil = wikang Filipino
lang-name-uz = wikang Uzbek
lang-name-tr = wikang Turko
lang-name-es = wikang Espanyol
lang-name-ar = wikang Arabe

hours-always = 24 oras bawat araw, 7 araw bawat linggo
hours-always-free = 24 oras bawat araw, 7 araw bawat linggo, libre
hours-always-free-anonymous = 24 oras bawat araw, 7 araw bawat linggo, libre at anonymous
hours-kcik = May mga tagapayo tuwing Lunes hanggang Biyernes. Sa ibang oras, tawagan ang 24/7 na linya ng interbensyon ng La Strada, o ang 112 kapag may panganib. (Nakalista ang numerong ito bilang 24/7 sa isang pahina ng pulisya mula 2025.)
hours-office = Oras ng opisina
hours-not-stated = Hindi binanggit ng sanggunian ang oras

label-intervention = Linya ng interbensyon (24/7)
label-office = Linya ng opisina
label-counter-trafficking-free = Libreng maikling numero laban sa trafficking

languages-note-emergency = Nagsasalita ang mga operator ng iba't ibang wika.
languages-note-by-arrangement = Iba pang wika kung may paunang kasunduan.
languages-note-child-helpline = Ukranyano at Ruso: Lunes hanggang Biyernes, 14:00–18:00 (ayon sa anunsyo noong Hunyo 2022).
languages-note-not-stated = Hindi binanggit ng sanggunian ang mga wika.

contact-emergency-name = Numerong pang-emergency 112
contact-emergency-help = Ang pangkalahatang numerong pang-emergency. Tumawag kapag may nasa agarang panganib.
contact-kcik-name = KCIK – Pambansang Sentro ng Konsultasyon at Interbensyon para sa mga Biktima ng Trafficking
contact-kcik-help = Payo at tulong para sa mga biktima ng trafficking, Polish man o dayuhan, at sa sinumang nakikipagtrabaho sa kanila. Pinatatakbo ng La Strada. Maaari kayong magtanong sa kanila kapag hindi kayo sigurado.
contact-lastrada-name = La Strada – Pundasyon Laban sa Trafficking ng Tao at Pang-aalipin
contact-lastrada-help = Ang pundasyong nagpapatakbo ng KCIK. Sinusuportahan ang mga biktima ng trafficking, kasama ang mga ayaw makipag-ugnayan sa pulisya.
contact-police_helpline-name = Helpline ng pulisya tungkol sa human trafficking
contact-police_helpline-help = Nakalaang linya ng pulisya tungkol sa human trafficking para sa mga tao mula sa Ukraine, inilunsad noong Marso 2022.
contact-police_thb-name = Numero ng pulisya para sa mga apurahang kaso ng trafficking
contact-police_thb-help = Numero ng Punong Himpilan ng Pulisya para sa mga apurahang sitwasyon tungkol sa human trafficking.
contact-police_thb_unit-name = Yunit laban sa trafficking ng Punong Himpilan ng Pulisya
contact-police_thb_unit-help = Ang yunit sa Punong Himpilan ng Pulisya na humahawak sa human trafficking.
contact-child_helpline-name = Helpline para sa mga bata at kabataan
contact-child_helpline-help = Pinatatakbo ng Fundacja Dajemy Dzieciom Siłę. Kung nag-iisa o nasa panganib ang bata: tumawag muna sa pulisya (112).
contact-missing_children-name = Hotline para sa nawawalang bata (ITAKA)
contact-missing_children-help = Kapag may batang nawawala. Kung may natagpuang batang nag-iisa: tumawag muna sa pulisya (112).
contact-crime_victims-name = Helpline para sa mga biktima ng krimen
contact-crime_victims-help = Suporta para sa mga taong napinsala ng krimen.
contact-ukraine_lines-name = Mga numero para sa mga tawag mula sa Ukraine
contact-ukraine_lines-help = Inilista ng mga awtoridad ng Ukraine at ng IOM, para sa mga tawag sa loob ng Ukraine. Ang 527 ay libreng maikling numero laban sa trafficking (IOM).
contact-crisis_adults-name = Helpline para sa mga nasa hustong gulang na nasa emosyonal na krisis (Niebieska Linia)
contact-crisis_adults-help = Pinatatakbo ng Institute of Health Psychology ng Polish Psychological Society. Para sa taong nasa emosyonal na krisis o nanganganib magpakamatay: tumawag muna sa 112 kung may buhay na nasa panganib.
contact-crisis_centre-name = Sentro ng Suporta para sa mga Taong nasa Krisis sa Kalusugang Pangkaisipan (ITAKA)
contact-crisis_centre-help = Mga psychologist, para sa mga taong nasa krisis sa kalusugang pangkaisipan. Tumawag muna sa 112 kung may buhay na nasa panganib.
