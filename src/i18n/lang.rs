//! The languages the app ships, with what the UI needs to know about each.
//!
//! `Lang` and `Status` are the model crate's (`src/model/lang.rs`): the build
//! script needs them too, to check each `locales/<code>/locale.toml` and
//! compile the statuses in (`LOCALE_STATUS`).

pub use pocket_card_model::lang::{Lang, Status};

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

/// What the app shows of a language.
pub trait LangExt {
    /// Polish: the app is for Poland.
    const DEFAULT: Lang;
    /// The language's name in itself, so a person can find their own language
    /// in the picker whatever language the screen is in.
    fn endonym(self) -> &'static str;
    /// The status its `locale.toml` declares. The build refuses a locale
    /// without one; a language with no locale folder at all (which
    /// `tests/locales.rs` refuses) would count as unreviewed.
    fn status(self) -> Status;
    /// The message naming this language in the reader's language.
    fn name_id(self) -> String;
    fn dir(self) -> Dir;
}

impl LangExt for Lang {
    const DEFAULT: Lang = Lang::Pl;

    fn endonym(self) -> &'static str {
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

    fn status(self) -> Status {
        super::LOCALE_STATUS
            .iter()
            .find(|(lang, _)| *lang == self)
            .map_or(Status::MachineAssisted, |(_, status)| *status)
    }

    fn name_id(self) -> String {
        format!("lang-name-{}", self.code())
    }

    fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }
}

/// How a translation status is named on screen.
pub trait StatusExt {
    fn message_id(self) -> &'static str;
}

impl StatusExt for Status {
    fn message_id(self) -> &'static str {
        match self {
            Status::Source => "lang-status-source",
            Status::Reviewed => "lang-status-reviewed",
            Status::MachineAssisted => "lang-status-machine",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_arabic_is_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(lang.dir() == Dir::Rtl, lang == Lang::Ar, "{lang:?}");
        }
    }
}
