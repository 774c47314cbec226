# Pagkatapos ng screening: mga susunod na hakbang (content brief §4) at ang
# anonymous na buod para sa tawag na pag-refer. Hindi kailanman naglalaman ng pangalan ang buod.

result-next-steps = Mga susunod na hakbang
step-privacy = Kausapin ang tao nang mag-isa, malayo sa sinumang kasama, employer o "tagasalin". Huwag kailanman gawing interpreter ang kasama.
step-consent = Ang taong nasa hustong gulang ang pumipili kung aling tulong ang tatanggapin, maliban kung may buhay na nasa panganib. Sabihin sa kanya kung sino kayo, ano ang susunod ninyong gagawin at bakit.
step-child = Laging ini-refer ang bata, anuman ang mangyari pagkatapos.
step-no-confront = Huwag komprontahin ang pinaghihinalaan, huwag kunan ng litrato ang tao at huwag magsulat ng pangalan.
summary-title = Anonymous na buod para sa tawag na pag-refer
summary-intro = Basahin ito nang malakas o i-paste kapag tumawag kayo. Wala itong pangalan o detalyeng makapagpapakilala sa tao.
summary-outcome = Resulta ng screening: { $outcome }
summary-signs = Mga nakitang palatandaan: { $signs }
summary-signs-none = Mga nakitang palatandaan: wala
summary-risks = Sitwasyong mataas ang panganib: { $risks }
summary-areas = Mga bahaging umabot sa itinakdang antas ng ILO/EC: { $areas }
summary-areas-none = Mga bahaging umabot sa itinakdang antas ng ILO/EC: wala
summary-child-yes = Posibleng bata: oo
summary-child-no = Posibleng bata: hindi
summary-child-unknown = Posibleng bata: hindi alam ang edad
summary-language = Kailangan ng tao ang { $language }
summary-copy = Kopyahin ang buod
summary-copied = Nakopya na ang buod.
summary-copy-failed = Hindi puwedeng kopyahin dito. Piliin ang teksto at kopyahin nang mano-mano.
summary-print = I-print
