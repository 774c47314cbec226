//! Which of the device's voices may read a text aloud.
//!
//! Reading aloud is for a person who cannot read the screen, about things
//! they may be afraid to have overheard or recorded. A voice that is not on
//! the device would send the text to a server, so only local voices are
//! ever chosen; and a voice of another language would read the text as
//! nonsense, so only voices of the text's own language are.

/// What the browser tells about one voice (`SpeechSynthesisVoice`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// A BCP 47 tag such as `uk-UA`; some engines write `uk_UA`.
    pub lang: String,
    /// `localService`: the voice runs on the device.
    pub local: bool,
    /// The browser's default voice, the one the user chose in the settings.
    pub default: bool,
}

/// The index in `voices` of the voice to read `lang` (a language tag such
/// as `uk`) with: a local voice of that language, preferring the device's
/// default, then the first listed. `None` if the device has no such voice.
pub fn choose(voices: &[Voice], lang: &str) -> Option<usize> {
    let usable = |v: &Voice| v.local && same_language(&v.lang, lang);
    voices.iter().position(|v| usable(v) && v.default).or_else(|| voices.iter().position(usable))
}

/// Whether two language tags name the same language: their primary
/// subtags match, case aside, counting the two- and three-letter codes of
/// one language (and Tagalog for Filipino) as the same. The region and
/// script do not matter: a `uk-UA` voice reads a text tagged `uk`.
pub fn same_language(a: &str, b: &str) -> bool {
    match (canonical(primary(a)), canonical(primary(b))) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The primary subtag, lower-cased: `uk` of `uk-UA`, `uk_UA` or `UK`.
fn primary(tag: &str) -> String {
    tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

/// One code per language, so that `ukr` and `uk` compare equal; `None` for
/// anything that is not a language code (empty, digits, too long).
fn canonical(code: String) -> Option<String> {
    if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // ISO 639-2 codes some engines report, and older codes for the same
    // languages, for the languages the app ships.
    const ALIASES: &[(&str, &str)] = &[
        ("pol", "pl"),
        ("eng", "en"),
        ("ukr", "uk"),
        ("rus", "ru"),
        ("bel", "be"),
        ("ron", "ro"),
        ("rum", "ro"),
        ("mo", "ro"),
        ("kat", "ka"),
        ("geo", "ka"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("tl", "fil"),
        ("tgl", "fil"),
        ("hin", "hi"),
        ("nep", "ne"),
        ("npi", "ne"),
        ("ben", "bn"),
        ("tur", "tr"),
        ("spa", "es"),
        ("ara", "ar"),
    ];
    Some(ALIASES.iter().find(|(alias, _)| *alias == code).map_or(code, |(_, lang)| (*lang).to_owned()))
}

/// The stored value of the "Listen buttons" preference when they are
/// turned off; with the buttons on, nothing is stored at all.
pub const OFF: &str = "off";

/// Whether the Listen buttons show, from the stored preference: only an
/// explicit "off" hides them, so a missing or corrupted value shows them.
pub fn enabled(stored: Option<&str>) -> bool {
    stored.map(str::trim) != Some(OFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(name: &str, lang: &str, local: bool) -> Voice {
        Voice { name: name.to_owned(), lang: lang.to_owned(), local, default: false }
    }

    #[test]
    fn a_local_voice_of_the_language_is_chosen() {
        let voices = [voice("Google polski", "pl-PL", false), voice("Ukrainian", "uk-UA", true)];
        assert_eq!(choose(&voices, "uk"), Some(1));
    }

    #[test]
    fn a_network_voice_is_never_chosen() {
        let voices = [voice("Google українська", "uk-UA", false)];
        assert_eq!(choose(&voices, "uk"), None);
    }

    #[test]
    fn a_voice_of_another_language_is_never_chosen() {
        let voices = [voice("Russian", "ru-RU", true), voice("Polish", "pl-PL", true), voice("Default", "", true)];
        assert_eq!(choose(&voices, "uk"), None);
        assert_eq!(choose(&[], "uk"), None);
    }

    #[test]
    fn the_default_voice_is_preferred_among_local_voices_of_the_language() {
        let mut voices = [voice("A", "es-MX", true), voice("B", "es-ES", false), voice("C", "es-ES", true)];
        assert_eq!(choose(&voices, "es"), Some(0));
        voices[2].default = true;
        assert_eq!(choose(&voices, "es"), Some(2));
        // A default network voice is still refused.
        voices[1].default = true;
        voices[2].default = false;
        assert_eq!(choose(&voices, "es"), Some(0));
    }

    #[test]
    fn tags_match_by_primary_subtag_whatever_the_spelling() {
        assert!(same_language("uk-UA", "uk"));
        assert!(same_language("uk_UA", "uk"));
        assert!(same_language("UK", "uk"));
        assert!(same_language(" uz-Latn-UZ ", "uz"));
        assert!(same_language("ukr", "uk"));
        assert!(same_language("fil-PH", "fil"));
        assert!(same_language("tl-PH", "fil"));
        assert!(same_language("ar-EG", "ar-SA"));
        assert!(same_language("eng-x-private", "en"));
    }

    #[test]
    fn tags_of_other_languages_or_no_language_do_not_match() {
        assert!(!same_language("ru-UA", "uk"));
        assert!(!same_language("be", "bg"));
        assert!(!same_language("ne", "new"));
        assert!(!same_language("hi", "hif"));
        assert!(!same_language("", ""));
        assert!(!same_language("-UA", "uk"));
        assert!(!same_language("u", "u"));
        assert!(!same_language("ukra", "ukra"));
        assert!(!same_language("12", "12"));
    }

    #[test]
    fn only_a_stored_off_hides_the_buttons() {
        assert!(enabled(None));
        assert!(enabled(Some("")));
        assert!(enabled(Some("{not json")));
        assert!(enabled(Some("on")));
        assert!(!enabled(Some(OFF)));
        assert!(!enabled(Some(" off\n")));
    }

    #[test]
    fn every_shipped_language_matches_its_own_tag_and_no_other() {
        let codes: Vec<&str> = crate::i18n::Lang::ALL.iter().map(|l| l.code()).collect();
        for a in &codes {
            for b in &codes {
                assert_eq!(same_language(a, b), a == b, "{a} vs {b}");
            }
        }
    }
}
