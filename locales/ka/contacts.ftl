# კონტაქტების ეკრანი. ორგანიზაციების სახელები და ნომრები არ ითარგმნება:
# ორგანიზაცია ინარჩუნებს საკუთარ სახელს, რასაც მოსდევს, რა არის ის.

contacts-title = კონტაქტები
contacts-intro = დასარეკად შეეხეთ ნომერს. ნომრები ჩაწერილია ისე, როგორც პოლონური ტელეფონიდან იკრიფება.
contacts-section-main = მთავარი კონტაქტები
contacts-section-more = სხვა დახმარება
contacts-section-children = ბავშვებისთვის
contacts-section-ukraine = უკრაინიდან დასარეკად
contacts-ukraine-warning = ეს ნომრები მუშაობს მხოლოდ უკრაინულ ქსელებში, უკრაინული SIM ბარათით. პოლონური ტელეფონიდან გამოიყენეთ ზემოთ მოცემული ნომრები.
field-hours = სამუშაო საათები
field-languages = ენები
field-email = ელფოსტა
last-confirmed = წყარომ ბოლოს დაადასტურა { $year } წელს. სანამ დაეყრდნობით, გადაამოწმეთ.
sources-title = { $count ->
    [one] წყარო
   *[other] წყაროები ({ $count })
}

lang-name-pl = პოლონური
lang-name-en = ინგლისური
lang-name-uk = უკრაინული
lang-name-ru = რუსული
lang-name-be = ბელარუსული
lang-name-ro = რუმინული
lang-name-ka = ქართული
lang-name-vi = ვიეტნამური
lang-name-hi = ჰინდი
lang-name-ne = ნეპალური
lang-name-bn = ბენგალური
lang-name-fil = ფილიპინური
lang-name-uz = უზბეკური
lang-name-tr = თურქული
lang-name-es = ესპანური
lang-name-ar = არაბული

hours-always = 24 საათი დღეში, კვირაში 7 დღე
hours-always-free = 24 საათი დღეში, კვირაში 7 დღე, უფასოდ
hours-kcik = კონსულტანტები – სამუშაო დღეებში. სხვა დროს – ინტერვენციის ხაზი მხოლოდ გადაუდებელი საკითხებისთვის; გადაუდებელი ინტერვენცია – 24 საათი დღეში.
hours-office = ოფისის სამუშაო საათები
hours-not-stated = საათები წყაროში მითითებული არ არის

label-intervention = ინტერვენციის ხაზი
label-office = ოფისი
label-counter-trafficking-free = ტრეფიკინგის წინააღმდეგ უფასო მოკლე ნომერი

languages-note-emergency = ოპერატორები რამდენიმე ენაზე საუბრობენ.
languages-note-by-arrangement = სხვა ენები – წინასწარი შეთანხმებით.
languages-note-child-helpline = უკრაინული და რუსული: ორშაბათიდან პარასკევამდე, 14:00–18:00.
languages-note-not-stated = ენები წყაროში მითითებული არ არის.

contact-emergency-name = გადაუდებელი დახმარების ნომერი 112
contact-emergency-help = პოლიცია, სასწრაფო დახმარება და სახანძრო სამსახური. დარეკეთ, როცა ვინმე უშუალო საფრთხეშია.
contact-kcik-name = KCIK – ტრეფიკინგის მსხვერპლთა ეროვნული საკონსულტაციო და ინტერვენციის ცენტრი
contact-kcik-help = რჩევა და დახმარება ტრეფიკინგის მსხვერპლებისთვის, პოლონელებისა და უცხოელებისთვის, და ყველასთვის, ვინც მათთან მუშაობს. მას მართავს La Strada. შეგიძლიათ მიმართოთ, როცა დარწმუნებული არ ხართ.
contact-lastrada-name = La Strada – ადამიანით ვაჭრობისა და მონობის წინააღმდეგ ფონდი
contact-lastrada-help = მხარდაჭერა ადამიანებისთვის, რომლებსაც ტრეფიკინგის ან ექსპლუატაციის საფრთხე ემუქრებათ, მათ შორის მათთვის, ვისაც პოლიციაში მისვლა არ სურს.
contact-police_helpline-name = პოლიციის ცხელი ხაზი ადამიანით ვაჭრობის საკითხებზე
contact-police_helpline-help = პოლიციის ხაზი ტრეფიკინგის საკითხებზე, გაიხსნა 2022 წლის მარტში, თავდაპირველად უკრაინიდან ჩამოსული ადამიანებისთვის.
contact-police_thb-name = პოლიციის ნომერი ტრეფიკინგის გადაუდებელი შემთხვევებისთვის
contact-police_thb-help = პოლიციის მთავარი სამმართველოს ნომერი ადამიანით ვაჭრობასთან დაკავშირებული გადაუდებელი სიტუაციებისთვის.
contact-police_thb_unit-name = პოლიციის მთავარი სამმართველოს ტრეფიკინგის განყოფილება
contact-police_thb_unit-help = პოლიციის მთავარი სამმართველოს განყოფილება, რომელიც ადამიანით ვაჭრობის საქმეებზე მუშაობს.
contact-child_helpline-name = ბავშვთა და ახალგაზრდების ცხელი ხაზი
contact-child_helpline-help = მას მართავს Fundacja Dajemy Dzieciom Siłę, 18 წლამდე ყველასთვის.
contact-missing_children-name = დაკარგული ბავშვების ცხელი ხაზი (ITAKA)
contact-missing_children-help = როცა ბავშვი დაიკარგა ან მარტო იპოვეს.
contact-crime_victims-name = დანაშაულის მსხვერპლთა ცხელი ხაზი
contact-crime_victims-help = მხარდაჭერა ყველასთვის, ვინც დანაშაულით დაზარალდა, და მათი ოჯახებისთვის.
contact-ukraine_lines-name = ტრეფიკინგის წინააღმდეგ ხაზები უკრაინაში
contact-ukraine_lines-help = ჩამოთვლილია უკრაინის ხელისუფლებისა და IOM-ის მიერ, უკრაინის შიგნით ზარებისთვის.
