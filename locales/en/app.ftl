# App shell: header, home screen, notices shared by every screen.

app-name = Pocket Card
app-tagline = Recognise possible victims of human trafficking and get them to the right help.
skip-to-content = Skip to content
language-label = Language
nav-main = Main menu
nav-home = Home
home-cards-title = Pocket cards
home-cards-text = The signs of trafficking and the steps to take, for your role.
home-check-title = Check for signs
home-check-text = A short questionnaire in your language and the person's.
home-contacts-title = Contacts
home-contacts-text = Whom to call: 112, KCIK, La Strada and the police helpline.
emergency-strip = Someone in immediate danger?
emergency-call = Call 112
privacy-note = Nothing you do in this app leaves this device. It works offline.
notice-unknown-language = The link asked for a language this app does not have yet. It is shown in { $language } instead.
notice-unknown-view = The link pointed to a page this app does not have. Here is the home screen.
notice-close = Close
notice-language-failed = This language could not be loaded. Check the connection and try again.
notice-update-ready = A new version of the app is ready.
notice-update-reload = Reload now
