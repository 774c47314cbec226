# Reading aloud with the phone's own voices ("Listen"). Machine-assisted
# translation, awaiting review by a native speaker, as the rest of this locale.

speech-listen = მოსმენა
speech-stop = შეჩერება
speech-no-voice = ამ ტელეფონზე არ არის ოფლაინ ხმა ენისთვის: { $language }.
speech-no-voice-hint = დასამატებლად გახსენით ტელეფონის პარამეტრები, შემდეგ „ტექსტის გახმოვანება“ და ჩამოტვირთეთ ხმა.
speech-unsupported = ეს ბრაუზერი ხმამაღლა ვერ კითხულობს.
speech-setting = ღილაკების „მოსმენა“ ჩვენება
speech-setting-hint = ისინი ამ ტელეფონის ხმით ხმამაღლა კითხულობენ ადამიანისთვის განკუთვნილ კითხვებს და მის ბარათს. არაფერი იგზავნება.
