//! The languages the app ships, and how each translation was checked.

use serde::Deserialize;

/// A language with a complete set of `locales/<code>/*.ftl` files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::lang))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Pl,
    En,
    Uk,
    Ru,
    Be,
    Ro,
    Ka,
    Uz,
    Vi,
    Fil,
    Hi,
    Ne,
    Bn,
    Tr,
    Es,
    Ar,
}

/// How a locale's translation was checked, declared in its own
/// `locales/<code>/locale.toml` and shown next to the language, because a
/// misunderstood question can do harm. The build script reads every
/// locale's status and compiles the list into the app (`i18n::LOCALE_STATUS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::lang))]
pub enum Status {
    /// The reference text the others are translated from.
    Source,
    Reviewed,
    MachineAssisted,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Source, Status::Reviewed, Status::MachineAssisted];

    /// The name `locale.toml` gives it, also the page's `data-status`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::Reviewed => "reviewed",
            Status::MachineAssisted => "machine-assisted",
        }
    }

    /// The status `locale.toml` names (the build reads it).
    pub fn from_name(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.as_str() == text)
    }
}

impl Lang {
    /// Polish first: the app is for Poland, and Polish is the fallback. Then
    /// the base languages, then the languages of people who come to Poland
    /// to work or for refuge, nearest first.
    pub const ALL: [Lang; 16] = [
        Lang::Pl,
        Lang::En,
        Lang::Uk,
        Lang::Ru,
        Lang::Be,
        Lang::Ro,
        Lang::Ka,
        Lang::Uz,
        Lang::Vi,
        Lang::Fil,
        Lang::Hi,
        Lang::Ne,
        Lang::Bn,
        Lang::Tr,
        Lang::Es,
        Lang::Ar,
    ];

    /// BCP 47 code, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Be => "be",
            Lang::Ro => "ro",
            Lang::Ka => "ka",
            Lang::Uz => "uz",
            Lang::Vi => "vi",
            Lang::Fil => "fil",
            Lang::Hi => "hi",
            Lang::Ne => "ne",
            Lang::Bn => "bn",
            Lang::Tr => "tr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// Accepts a code as it appears in a link, in storage or in
    /// `navigator.languages`: case-insensitive, with or without a region
    /// (`uk-UA`, `en_GB`). Anything else is `None`, never a panic.
    // Compiled with the app's code, as before this crate existed: optimised
    // alone here, it inlines its own copies of the string helpers the app
    // also uses (tests/bench/SIZE-POLICY.md).
    #[inline]
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        // Browsers may report Filipino by its older Tagalog code.
        if primary.eq_ignore_ascii_case("tl") {
            return Some(Lang::Fil);
        }
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_with_regions_and_case_are_recognised() {
        assert_eq!(Lang::from_tag("uk-UA"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag(" pl "), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("fil-PH"), Some(Lang::Fil));
        assert_eq!(Lang::from_tag("tl"), Some(Lang::Fil));
        assert_eq!(Lang::from_tag("uz-Latn-UZ"), Some(Lang::Uz));
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
    }

    #[test]
    fn unknown_or_empty_tags_are_rejected() {
        for tag in ["", "-", "de", "ukr", "english", "p", "<script>"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn the_listed_order_is_the_order_of_the_type() {
        assert!(Lang::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }
}
