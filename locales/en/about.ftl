# About screen, and the translation status of each language.

nav-about = About this app
about-title = About Pocket Card
about-what = Pocket Card helps frontline workers in Poland recognise possible victims of human trafficking and get them to the right help.
about-privacy = No account, no analytics, no tracking. The app sends nothing about what you do. Checker answers are never sent: they are kept only in this browser tab (its session storage), so a call or a reload does not lose them, and are gone when you clear them, when the tab is closed, or after 4 hours. Beyond that, the device keeps only your chosen language and which training cases you played, with no names and no answers. The app's files, in every language, come only from the address you opened it from.
about-offline = After the first visit, the app and every language work without internet.
about-screening = The app helps you screen; it does not identify. Only the police or the Border Guard can formally identify a victim.
about-sources = On the contacts screen, the pocket cards, the checker's result and in training, each contact, sign and legal point lists its sources with their dates under "Sources"; a printed card names them in a footnote. A legal point taken from the law gives the article and when it was checked.
about-statuses = A number that only an older source lists, or that no source has confirmed in the last two years, shows the year it was last confirmed. Check such a number before relying on it.
about-languages = Languages and translation quality
about-languages-intro = A question that is misunderstood can do harm, so each language says how its translation was checked. Help from native speakers is welcome.
lang-status-source = Original text
lang-status-reviewed = Reviewed by a native speaker
lang-status-machine = Machine-assisted, awaiting review by a native speaker
lang-status-current = This language: { $status }
about-version = Version { $version }
