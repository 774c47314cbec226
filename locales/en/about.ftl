# About screen, and the translation status of each language.

nav-about = About this app
about-title = About Pocket Card
about-what = Pocket Card helps frontline workers in Poland recognise possible victims of human trafficking and get them to the right help.
about-privacy = No account, no server, no analytics. Nothing you do in the app leaves this device. Checker answers stay in memory until you clear them or close the tab; training progress stays on this device only.
about-offline = After the first visit, the app and every language work without internet.
about-screening = The app helps you screen; it does not identify. Only the police or the Border Guard can formally identify a victim.
about-sources = Every contact, sign and legal point shows its source and date. A number not confirmed recently says when it was last confirmed.
about-languages = Languages and translation quality
about-languages-intro = A question that is misunderstood can do harm, so each language says how its translation was checked. Help from native speakers is welcome.
lang-status-source = Original text
lang-status-reviewed = Reviewed by a native speaker
lang-status-machine = Machine-assisted, awaiting review by a native speaker
lang-status-current = This language: { $status }
about-version = Version { $version }
