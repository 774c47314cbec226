# După o evaluare: pașii următori (content brief §4) și rezumatul anonim
# pentru apelul de îndrumare. Rezumatul nu conține niciodată un nume.

result-next-steps = Pașii următori
step-privacy = Vorbiți cu persoana singură, departe de orice însoțitor, angajator sau „traducător”. Nu folosiți niciodată un însoțitor ca interpret.
step-consent = Un adult alege ce ajutor acceptă, cu excepția cazului în care o viață este în pericol. Spuneți-i cine sunteți, ce veți face mai departe și de ce.
step-child = Un copil este întotdeauna îndrumat, orice s-ar întâmpla mai departe.
step-no-confront = Nu confruntați pe nimeni pe care îl suspectați, nu fotografiați persoana și nu notați nume.
summary-title = Rezumat anonim pentru apelul de îndrumare
summary-intro = Citiți-l cu voce tare sau lipiți-l când sunați. Nu conține nume sau detalii care identifică persoana.
summary-outcome = Rezultatul evaluării: { $outcome }
summary-signs = Semne observate: { $signs }
summary-signs-none = Semne observate: niciunul
summary-risks = Situație cu risc ridicat: { $risks }
summary-areas = Domenii care ating pragul ILO/EC: { $areas }
summary-areas-none = Domenii care ating pragul ILO/EC: niciunul
summary-child-yes = Posibil copil: da
summary-child-no = Posibil copil: nu
summary-child-unknown = Posibil copil: vârstă necunoscută
summary-language = Limba de care are nevoie persoana: { $language }
summary-copy = Copiați rezumatul
summary-copied = Rezumat copiat.
summary-copy-failed = Copierea nu este posibilă aici. Selectați textul și copiați-l manual.
summary-print = Tipăriți
