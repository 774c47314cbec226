# Po rozpoznaniu: dalsze kroki (brief, §4) i anonimowe podsumowanie do
# rozmowy przy kierowaniu po pomoc. Podsumowanie nigdy nie zawiera nazwisk.

result-next-steps = Dalsze kroki
step-privacy = Rozmawiaj z tą osobą na osobności, bez osoby towarzyszącej, pracodawcy czy „tłumacza”. Nigdy nie proś osoby towarzyszącej o tłumaczenie.
step-consent = Osoba dorosła sama wybiera, z jakiej pomocy skorzystać, chyba że zagrożone jest życie. Powiedz jej, kim jesteś, co zrobisz dalej i dlaczego.
step-child = Dziecko zawsze kieruj po pomoc, bez względu na to, co stanie się dalej.
step-no-confront = Nie konfrontuj się z nikim, kogo podejrzewasz, nie fotografuj tej osoby i nie zapisuj żadnych nazwisk.
summary-title = Anonimowe podsumowanie do rozmowy o skierowaniu
summary-intro = Przeczytaj je na głos lub wklej, gdy dzwonisz. Nie zawiera nazwisk ani danych, które pozwalają rozpoznać tę osobę.
summary-outcome = Wynik rozpoznania: { $outcome }
summary-signs = Zaobserwowane sygnały: { $signs }
summary-signs-none = Zaobserwowane sygnały: brak
summary-risks = Sytuacja wysokiego ryzyka: { $risks }
summary-areas = Obszary, w których osiągnięto próg ILO/EC: { $areas }
summary-areas-none = Obszary, w których osiągnięto próg ILO/EC: brak
summary-child-yes = Możliwe, że to dziecko: tak
summary-child-no = Możliwe, że to dziecko: nie
summary-child-unknown = Możliwe, że to dziecko: wiek nieznany
summary-language = Język potrzebny tej osobie: { $language }
summary-copy = Kopiuj podsumowanie
summary-copied = Skopiowano podsumowanie.
summary-copy-failed = Kopiowanie nie jest tu możliwe. Zaznacz tekst i skopiuj go ręcznie.
summary-print = Drukuj
