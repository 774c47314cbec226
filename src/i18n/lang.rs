//! The languages the app ships, with what the UI needs to know about each.

use serde::{Deserialize, Serialize};

/// A language with a complete set of `locales/<code>/*.ftl` files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
/// misunderstood question can do harm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// The reference text the others are translated from.
    Source,
    Reviewed,
    MachineAssisted,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Source, Status::Reviewed, Status::MachineAssisted];

    pub fn message_id(self) -> &'static str {
        match self {
            Status::Source => "lang-status-source",
            Status::Reviewed => "lang-status-reviewed",
            Status::MachineAssisted => "lang-status-machine",
        }
    }

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

/// Text direction, mirrored into `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
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
    pub const DEFAULT: Lang = Lang::Pl;

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

    /// The language's name in itself, so a person can find their own language
    /// in the picker whatever language the screen is in.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Pl => "Polski",
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Be => "Беларуская",
            Lang::Ro => "Română",
            Lang::Ka => "ქართული",
            Lang::Uz => "Oʻzbekcha",
            Lang::Vi => "Tiếng Việt",
            Lang::Fil => "Filipino",
            Lang::Hi => "हिन्दी",
            Lang::Ne => "नेपाली",
            Lang::Bn => "বাংলা",
            Lang::Tr => "Türkçe",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The status its `locale.toml` declares. The build refuses a locale
    /// without one; a language with no locale folder at all (which
    /// `tests/locales.rs` refuses) would count as unreviewed.
    pub fn status(self) -> Status {
        super::LOCALE_STATUS
            .iter()
            .find(|(lang, _)| *lang == self)
            .map_or(Status::MachineAssisted, |(_, status)| *status)
    }

    /// The message naming this language in the reader's language.
    pub fn name_id(self) -> String {
        format!("lang-name-{}", self.code())
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// Accepts a code as it appears in a link, in storage or in
    /// `navigator.languages`: case-insensitive, with or without a region
    /// (`uk-UA`, `en_GB`). Anything else is `None`, never a panic.
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
    fn only_arabic_is_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(lang.dir() == Dir::Rtl, lang == Lang::Ar, "{lang:?}");
        }
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
