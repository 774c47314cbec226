# Tekshiruvdan keyin: keyingi qadamlar (mazmun boʻyicha yoʻriqnoma, §4) va yoʻnaltirish
# qoʻngʻirogʻi uchun anonim xulosa. Xulosada hech qachon ism boʻlmaydi.

result-next-steps = Keyingi qadamlar
step-privacy = Odam bilan yakkama-yakka gaplashing: yonida hamrohi, ish beruvchisi yoki «tarjimon» boʻlmasin. Hech qachon hamrohdan tarjimon sifatida foydalanmang.
step-consent = Voyaga yetgan odam qaysi yordamni qabul qilishni oʻzi tanlaydi, hayotga xavf boʻlgan holatlar bundan mustasno. Unga kim ekaningizni, keyin nima qilishingizni va nima uchunligini ayting.
step-child = Keyin nima boʻlishidan qatʼi nazar, bola har doim yordamga yoʻnaltiriladi.
step-no-confront = Gumon qilgan odamingiz bilan toʻqnashuvga kirmang, odamni suratga olmang va hech qanday ism yozmang.
summary-title = Yoʻnaltirish qoʻngʻirogʻi uchun anonim xulosa
summary-intro = Qoʻngʻiroq qilganingizda uni ovoz chiqarib oʻqing yoki joylashtiring. Unda ism yoki odamni aniqlashga imkon beradigan maʼlumotlar yoʻq.
summary-outcome = Tekshiruv natijasi: { $outcome }
summary-signs = Kuzatilgan belgilar: { $signs }
summary-signs-none = Kuzatilgan belgilar: yoʻq
summary-risks = Yuqori xavfli holat: { $risks }
summary-areas = ILO/EC chegarasiga yetgan sohalar: { $areas }
summary-areas-none = ILO/EC chegarasiga yetgan sohalar: yoʻq
summary-child-yes = Bola boʻlishi mumkin: ha
summary-child-no = Bola boʻlishi mumkin: yoʻq
summary-child-unknown = Bola boʻlishi mumkin: yoshi nomaʼlum
summary-language = Odamga kerak boʻlgan til: { $language }
summary-copy = Xulosani nusxalash
summary-copied = Xulosa nusxalandi.
summary-copy-failed = Bu yerda nusxalab boʻlmaydi. Matnni belgilang va qoʻlda nusxalang.
summary-print = Chop etish
