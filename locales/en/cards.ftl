# Pocket cards: one per role, and one for the person themself. Short lines
# that fit a phone screen and a folded A6 card.

cards-title = Pocket cards
cards-intro = What to look for and what to do, for your role. Each card works offline and can be printed.
card-health-title = For health workers
card-health-intro = You may be the only outsider who sees the person alone. Treat first; notice; refer.
card-police-title = For police and Border Guard
card-police-intro = A check, a crossing or a call-out may be the moment someone can be helped.
card-volunteer-title = For reception-point volunteers
card-volunteer-intro = Offers of transport, housing or work at reception points can be traps.
card-inspector-title = For labour inspectors and social workers
card-inspector-intro = Tell a labour-rights problem from forced labour, and refer when it is more.
card-person-title = For you: your safety and your rights
card-person-intro = You can get help in Poland. These tips and numbers are for you. KCIK and La Strada speak Polish and English; ask them about other languages.

card-section-signs = Signs that matter most
card-section-steps = What to do now
card-section-talk = How to talk with the person
card-section-law = Legal points
card-section-advice = Stay safe
card-section-rights = Your rights
card-section-contacts = Whom to call
card-start-check = Check for signs with this role’s questions
card-person-link = The card to hand to the person, in their language
card-person-language = Show this card in the person's language
card-print = Print this card
card-share = Share or print a QR code
card-sources = Sources
card-sources-print = Sources:
card-unknown = The link pointed to a card this app does not have. Here are all the cards.

step-danger-112 = If anyone is in immediate danger, call 112 first.
step-see-alone = See the person alone, without the companion, employer or "translator".
step-treat-first = Give the care that is needed first; questions can wait.
step-ask-few = Ask a few calm questions; use “Check for signs” if you can.
step-refer-kcik = If you see signs, ask KCIK for advice (weekdays; at other times La Strada's 24/7 line). The duty to notify the police or a prosecutor (art. 240 §1) still applies.
step-child-refer = A child is always referred, even without force or deceit, with no consent step. A child alone: call the police first.
step-record-no-names = Write down no names or details that identify the person in this app.
step-separate = Talk with each person separately, away from the others in the group.
step-own-language = Use a professional interpreter or the person's own language.
step-no-confrontation = Do not confront anyone you suspect, and do not photograph the person.
step-presumption = The police or Border Guard confirm whether the person is presumed a victim.
step-stay-with-child = Stay with a child who is alone and call the police first: the police on duty at the reception point, or 112.
step-check-badge = Check that anyone offering help carries a badge of a registered organisation.
step-tell-coordinator = Report suspicious offers and "helpers" to the police on duty at the reception point.
step-labour-or-forced = Low pay or bad conditions alone are a labour-rights matter; held documents, debt, threats or not being free to leave point to forced labour.

talk-alone = Speak in private, away from any companion.
talk-no-companion-interpreter = Never use a companion as an interpreter.
talk-pearr = PEARR: provide privacy, educate (who you are, what you can keep confidential), ask, respect and respond.
talk-coffee-first = Start with a calm, friendly moment – "a cup of coffee first" – before questions.
talk-believe = Believe, do not judge, do not push for the whole story, do not promise what you cannot do.
talk-consent = An adult decides what help to accept, except when a life is at risk; the duty to report still applies.

law-screen-not-identify = This app screens; formal identification is done by the police or the Border Guard.
law-child = Under 18, it is trafficking even without violence, threat, deceit or any other means (art. 115 §22, last sentence). If the age is uncertain and the person may be a child, treat them as a child (EU Directive 2011/36, art. 13(2)).
law-report-duty = Anyone with credible knowledge of trafficking must notify the police or a prosecutor (Criminal Code art. 240 §1).
law-consent-kcik = KCIK and La Strada also support victims who do not want to contact the police. When unsure whether to report, ask KCIK.
law-definition = Trafficking (Criminal Code art. 115 §22): recruiting, transporting, handing over, harbouring or receiving a person by violence or threat, abduction, deceit, misleading them or exploiting their mistake, abusing their dependence or critical situation, or giving or receiving a benefit, for the purpose of exploitation. Exploitation includes prostitution, forced labour or services, begging, slavery, forced crime and organ removal. The person's consent does not change this.
law-consent-irrelevant = It is trafficking even if the person consented.
law-crime-189a = Trafficking is a crime punished by at least 3 years in prison (Criminal Code art. 189a).
law-reflection = A foreign victim can get a reflection period of up to 3 months (4 for a minor) once the police or the Border Guard confirm the presumption that they are a victim.
law-non-punishment = Authorities are entitled not to prosecute or punish victims for crimes they were compelled to commit (EU Directive 2011/36, art. 8). It is not automatic: do not promise it.
law-forced-vs-rights = Forced labour is work exacted under threat of a penalty, when the person is not free to leave (documents held, debt, threats, locked in). Poor pay or bad conditions alone are a matter for the National Labour Inspectorate (PIP).

advice-keep-passport = Keep your own passport and documents. Do not give them to anyone "to help".
advice-registered-only = Accept transport, housing or work only from registered volunteers and organisations with a badge.
advice-photo-plate = Before getting into a car, photograph the driver's car and number plate and send it to someone you trust.
advice-no-pressure = Be careful with offers that seem too good to be true or that press you to leave at once.
advice-call-112 = If you are in danger, call 112.
right-help-without-police = KCIK and La Strada support victims of trafficking even if they do not want to go to the police.
right-reflection = If you come from another country, you can get up to 3 months (4 for a child) to recover and decide what to do, once the police or the Border Guard confirm that you are presumed to be a victim.
right-child = If you are under 18 and someone recruits, moves or receives you to exploit you, it is trafficking even if you agreed. You can call 112 or the helpline for children and young people, 116 111.
right-consent = As an adult, you decide what help to accept, except when a life is at risk. Anyone with credible knowledge of trafficking must tell the police or a prosecutor: you can ask the person you talk to what they have to report.

share-title = Share or print a QR code
share-intro = Choose a card and a language. The QR code opens that card in that language, on this app's address, and works offline once opened.
share-card-label = What the code opens
share-lang-label = Language
share-target-home = The home screen
share-target-check = Check for signs
share-target-contacts = The contacts
share-caption = Scan to open Pocket Card in your language
share-link = Link
share-print = Print
share-poster = A4 poster with a QR code for every language
poster-title = Pocket Card – help in your language
