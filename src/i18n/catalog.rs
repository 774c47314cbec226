//! One language's messages, parsed from its `.ftl` files and formatted on demand.

use std::{fmt, sync::Arc};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};

use super::{Lang, LangExt};

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language. Cheap to clone, and `Send + Sync` so the UI
/// can keep it in an ordinary signal.
#[derive(Clone)]
pub struct Catalog {
    lang: Lang,
    bundle: Arc<Bundle>,
}

/// A problem found while loading a locale. Loading goes on past it, keeping
/// every message that did parse, so one bad line never blanks the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError(pub String);

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The language whose plural rules the bundle uses: the language itself,
/// except Belarusian. `intl_pluralrules` 7.0.2 (under `fluent-bundle` 0.16)
/// tests Belarusian's integer ranges without `% 10` and `% 100`, so 22 or 25
/// fall to "other"; Ukrainian's rule is the CLDR rule Belarusian has for
/// whole numbers, and the crate implements it correctly. The bundle's
/// language decides nothing else that the app shows.
fn plural_rules_of(lang: Lang) -> &'static str {
    match lang {
        Lang::Be => "uk",
        other => other.code(),
    }
}

impl Catalog {
    /// Builds the catalogue from the text of each `.ftl` file of `lang`.
    pub fn parse<S: AsRef<str>>(lang: Lang, sources: &[S]) -> (Catalog, Vec<CatalogError>) {
        let langid = plural_rules_of(lang).parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // Unicode isolation marks only matter where right-to-left text meets
        // numbers; in left-to-right languages they are invisible noise that
        // breaks copy-and-paste of phone numbers.
        bundle.set_use_isolating(lang.dir() == super::lang::Dir::Rtl);
        let mut errors = Vec::new();
        for source in sources {
            let resource =
                match FluentResource::try_new(source.as_ref().to_owned()) {
                    Ok(resource) => resource,
                    Err((resource, parse_errors)) => {
                        // Display and the position, not Debug: the parser's derived
                        // Debug would bring the parser's Debug code into the wasm.
                        errors.extend(parse_errors.into_iter().map(|e| {
                            CatalogError(format!("{}: {e} (bytes {}..{})", lang.code(), e.pos.start, e.pos.end))
                        }));
                        resource
                    }
                };
            if let Err(add_errors) = bundle.add_resource(resource) {
                errors.extend(add_errors.into_iter().map(|e| CatalogError(format!("{}: {e}", lang.code()))));
            }
        }
        (Catalog { lang, bundle: Arc::new(bundle) }, errors)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).and_then(|m| m.value()).is_some()
    }

    /// The message's text. A missing message shows its id, which tests detect,
    /// rather than an empty space a reader would not notice.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message's text with variables, e.g. `[("year", 2022.into())]`.
    pub fn text_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Arc::ptr_eq(&self.bundle, &other.bundle)
    }
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_plain_and_variable_messages() {
        let (catalog, errors) = Catalog::parse(Lang::En, &["hello = Hello\nseen = Last confirmed: { $year }\n"]);
        assert!(errors.is_empty());
        assert_eq!(catalog.text("hello"), "Hello");
        assert_eq!(catalog.text_args("seen", &[("year", "2022".into())]), "Last confirmed: 2022");
    }

    /// Belarusian counts take the CLDR forms (one / few / many), including
    /// the numbers the library's own rule gets wrong (22, 25, 101 …).
    #[test]
    fn belarusian_plural_forms_follow_cldr() {
        let source = "n = { $count ->\n    [one] one\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let (catalog, errors) = Catalog::parse(Lang::Be, &[source]);
        assert!(errors.is_empty());
        let form = |count: u32| catalog.text_args("n", &[("count", count.into())]);
        for (count, expected) in [
            (1, "one"),
            (2, "few"),
            (5, "many"),
            (11, "many"),
            (12, "many"),
            (21, "one"),
            (22, "few"),
            (25, "many"),
            (101, "one"),
            (111, "many"),
            (122, "few"),
        ] {
            assert_eq!(form(count), expected, "{count}");
        }
    }

    #[test]
    fn missing_message_shows_its_id() {
        let (catalog, _) = Catalog::parse(Lang::Pl, &["a = b\n"]);
        assert_eq!(catalog.text("no-such-message"), "no-such-message");
        assert!(!catalog.has("no-such-message"));
    }

    #[test]
    fn a_broken_line_keeps_the_rest() {
        let (catalog, errors) = Catalog::parse(Lang::Uk, &["good = Добре\n!!! broken\nalso-good = Так\n"]);
        assert!(!errors.is_empty());
        assert_eq!(catalog.text("good"), "Добре");
        assert_eq!(catalog.text("also-good"), "Так");
    }

    #[test]
    fn duplicate_message_is_reported() {
        let (_, errors) = Catalog::parse(Lang::Ru, &["a = 1\n", "a = 2\n"]);
        assert_eq!(errors.len(), 1);
    }
}
