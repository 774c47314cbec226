# Screen ng mga contact. Hindi kailanman isinasalin ang pangalan ng organisasyon at mga numero:
# nananatili ang sariling pangalan ng organisasyon, kasunod ang paliwanag kung ano ito.

contacts-title = Mga contact
contacts-intro = I-tap ang numero para tumawag. Nakasulat ang mga numero ayon sa pag-dial mula sa teleponong Polish.
contacts-section-main = Pangunahing contact
contacts-section-more = Iba pang tulong
contacts-section-children = Para sa mga bata
contacts-section-ukraine = Para sa tawag mula Ukraine
contacts-ukraine-warning = Gumagana lang ang mga numerong ito sa mga network sa Ukraine, gamit ang Ukrainian SIM card. Mula sa teleponong Polish, gamitin ang mga numero sa itaas.
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
hours-kcik = May mga tagapayo tuwing Lunes hanggang Biyernes. Sa ibang oras, may linya ng interbensyon para lang sa mga apurahang bagay; ang mga emergency na interbensyon ay 24 oras bawat araw.
hours-office = Oras ng opisina
hours-not-stated = Hindi binanggit ng sanggunian ang oras

label-intervention = Linya ng interbensyon
label-office = Opisina
label-counter-trafficking-free = Libreng maikling numero laban sa trafficking

languages-note-emergency = Nagsasalita ang mga operator ng iba't ibang wika.
languages-note-by-arrangement = Iba pang wika kung may paunang kasunduan.
languages-note-child-helpline = Ukranyano at Ruso: Lunes hanggang Biyernes, 14:00–18:00.
languages-note-not-stated = Hindi binanggit ng sanggunian ang mga wika.

contact-emergency-name = Numerong pang-emergency 112
contact-emergency-help = Pulisya, ambulansya at bumbero. Tumawag kapag may nasa agarang panganib.
contact-kcik-name = KCIK – Pambansang Sentro ng Konsultasyon at Interbensyon para sa mga Biktima ng Trafficking
contact-kcik-help = Payo at tulong para sa mga biktima ng trafficking, Polish man o dayuhan, at sa sinumang nakikipagtrabaho sa kanila. Pinatatakbo ng La Strada. Maaari kayong magtanong sa kanila kapag hindi kayo sigurado.
contact-lastrada-name = La Strada – Pundasyon Laban sa Trafficking ng Tao at Pang-aalipin
contact-lastrada-help = Suporta para sa mga taong nanganganib sa trafficking o pagsasamantala, kasama ang mga ayaw pumunta sa pulisya.
contact-police_helpline-name = Helpline ng pulisya tungkol sa human trafficking
contact-police_helpline-help = Linya ng pulisya tungkol sa trafficking na binuksan noong Marso 2022, una para sa mga dumarating mula Ukraine.
contact-police_thb-name = Numero ng pulisya para sa mga apurahang kaso ng trafficking
contact-police_thb-help = Numero ng Punong Himpilan ng Pulisya para sa mga apurahang sitwasyon tungkol sa human trafficking.
contact-police_thb_unit-name = Yunit laban sa trafficking ng Punong Himpilan ng Pulisya
contact-police_thb_unit-help = Ang yunit sa Punong Himpilan ng Pulisya na humahawak sa human trafficking.
contact-child_helpline-name = Helpline para sa mga bata at kabataan
contact-child_helpline-help = Pinatatakbo ng Fundacja Dajemy Dzieciom Siłę, para sa sinumang wala pang 18.
contact-missing_children-name = Hotline para sa nawawalang bata (ITAKA)
contact-missing_children-help = Kapag may batang nawawala o natagpuang nag-iisa.
contact-crime_victims-name = Helpline para sa mga biktima ng krimen
contact-crime_victims-help = Suporta para sa sinumang napinsala ng krimen, at sa kanilang pamilya.
contact-ukraine_lines-name = Mga linya laban sa trafficking sa Ukraine
contact-ukraine_lines-help = Inilista ng mga awtoridad ng Ukraine at ng IOM, para sa mga tawag sa loob ng Ukraine.
