//! Which language to show at start-up. Pure, so every combination of link,
//! saved choice and browser settings is tested natively.

use super::{Lang, LangExt};

/// Where the chosen language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceSource {
    Link,
    Saved,
    Browser,
    Default,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub source: ChoiceSource,
    /// The link named a language the app does not have; the user is told,
    /// rather than silently shown something else.
    pub unknown_link_lang: bool,
}

/// Order of precedence: a language in the link (someone chose it for the
/// reader, e.g. on a QR code), then the reader's saved choice, then the
/// browser's preferred languages, then Polish.
pub fn choose<S: AsRef<str>>(link: Option<&str>, saved: Option<&str>, browser: &[S]) -> Choice {
    let link = link.map(str::trim).filter(|tag| !tag.is_empty());
    let unknown_link_lang = link.is_some_and(|tag| Lang::from_tag(tag).is_none());
    let (lang, source) = if let Some(lang) = link.and_then(Lang::from_tag) {
        (lang, ChoiceSource::Link)
    } else if let Some(lang) = saved.and_then(Lang::from_tag) {
        (lang, ChoiceSource::Saved)
    } else if let Some(lang) = browser.iter().find_map(|tag| Lang::from_tag(tag.as_ref())) {
        (lang, ChoiceSource::Browser)
    } else {
        (Lang::DEFAULT, ChoiceSource::Default)
    };
    Choice { lang, source, unknown_link_lang }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NONE: [&str; 0] = [];

    #[test]
    fn link_beats_saved_and_browser() {
        let c = choose(Some("uk"), Some("en"), &["ru-RU"]);
        assert_eq!((c.lang, c.source, c.unknown_link_lang), (Lang::Uk, ChoiceSource::Link, false));
    }

    #[test]
    fn saved_beats_browser() {
        let c = choose(None, Some("ru"), &["en-US", "pl"]);
        assert_eq!((c.lang, c.source), (Lang::Ru, ChoiceSource::Saved));
    }

    #[test]
    fn first_supported_browser_language_wins() {
        let c = choose(None, None, &["de-DE", "uk-UA", "en"]);
        assert_eq!((c.lang, c.source), (Lang::Uk, ChoiceSource::Browser));
    }

    #[test]
    fn polish_when_nothing_matches() {
        let c = choose(None, Some("garbage"), &["de", "fr"]);
        assert_eq!((c.lang, c.source), (Lang::Pl, ChoiceSource::Default));
        assert!(!c.unknown_link_lang);
    }

    #[test]
    fn unknown_link_language_falls_back_and_is_flagged() {
        let c = choose(Some("xx"), Some("en"), &NONE);
        assert_eq!((c.lang, c.source, c.unknown_link_lang), (Lang::En, ChoiceSource::Saved, true));
        let c = choose(Some("xx"), None, &NONE);
        assert_eq!((c.lang, c.unknown_link_lang), (Lang::Pl, true));
    }

    #[test]
    fn empty_link_parameter_is_ignored() {
        let c = choose(Some("  "), None, &["ru"]);
        assert_eq!((c.lang, c.unknown_link_lang), (Lang::Ru, false));
    }

    proptest! {
        // Whatever arrives from a link, storage or the browser, the choice is a
        // shipped language and never panics.
        #[test]
        fn any_input_gives_a_shipped_language(
            link in proptest::option::of(".{0,40}"),
            saved in proptest::option::of(".{0,40}"),
            browser in proptest::collection::vec(".{0,20}", 0..6),
        ) {
            let c = choose(link.as_deref(), saved.as_deref(), &browser);
            prop_assert!(Lang::ALL.contains(&c.lang));
        }

        // A valid link language always wins, whatever else is set.
        #[test]
        fn a_valid_link_always_wins(
            idx in 0usize..4,
            saved in proptest::option::of("[a-z]{2}"),
            browser in proptest::collection::vec("[a-z]{2}(-[A-Z]{2})?", 0..4),
        ) {
            let lang = Lang::ALL[idx];
            let c = choose(Some(lang.code()), saved.as_deref(), &browser);
            prop_assert_eq!(c.lang, lang);
            prop_assert_eq!(c.source, ChoiceSource::Link);
        }
    }
}
