//! Which screen the address shows. Screens live in the query string
//! (`?view=contacts`, `?card=health`, `?case=farm`), not the path, so links work on plain
//! static hosting from any sub-path with no server rewrites, and offline.

use crate::{
    content::{cards, scenarios, Card, CardExt, Scenario},
    i18n::msg,
};

/// A screen of the app. A card or a case is the content item itself, found
/// once when the address is read: a screen never looks it up again.
#[derive(Clone, Copy, Debug, Default)]
pub enum View {
    #[default]
    Home,
    Contacts,
    Check,
    Cards,
    /// One pocket card from `cards.json`.
    Card(&'static Card),
    Share,
    Poster,
    /// The list of training cases.
    Training,
    /// One training case from `scenarios.json`.
    Case(&'static Scenario),
    About,
}

/// Screens are equal when they show the same thing: a card or a case by
/// its id, which is unique in its file (not by comparing its whole content).
impl PartialEq for View {
    fn eq(&self, other: &View) -> bool {
        match (self, other) {
            (View::Card(a), View::Card(b)) => a.id == b.id,
            (View::Case(a), View::Case(b)) => a.id == b.id,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl Eq for View {}

/// What the link asked for but the app does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnknownView {
    View,
    Card,
    Case,
}

impl View {
    const NAMED: [(View, &'static str); 8] = [
        (View::Contacts, "contacts"),
        (View::Check, "check"),
        (View::Cards, "cards"),
        (View::Share, "share"),
        (View::Poster, "poster"),
        (View::Training, "training"),
        (View::About, "about"),
        (View::Home, ""),
    ];

    /// The value of the `view` parameter, `None` for home and for cards
    /// (which use `card=`).
    pub fn param(self) -> Option<&'static str> {
        Self::NAMED.iter().find(|(view, name)| *view == self && !name.is_empty()).map(|(_, name)| *name)
    }

    /// Reads the `view`, `card` and `case` parameters. A card or a case wins
    /// over a view; an unknown one is reported so the app can say so, with a
    /// sensible screen.
    pub fn from_params(
        view: Option<&str>,
        card: Option<&str>,
        case: Option<&str>,
    ) -> Result<View, (View, UnknownView)> {
        fn given(value: Option<&str>) -> Option<&str> {
            value.map(str::trim).filter(|v| !v.is_empty())
        }
        if let Some(card) = given(card) {
            return cards::find(card).map(View::Card).ok_or((View::Cards, UnknownView::Card));
        }
        if let Some(case) = given(case) {
            return scenarios::find(case).map(View::Case).ok_or((View::Training, UnknownView::Case));
        }
        match view.map(str::trim) {
            None | Some("") => Ok(View::Home),
            Some(value) => Self::NAMED
                .iter()
                .find(|(_, name)| !name.is_empty() && *name == value)
                .map(|(view, _)| *view)
                .ok_or((View::Home, UnknownView::View)),
        }
    }

    /// What a shared QR code can open, each with the message naming it: the
    /// home screen, the checker, the contacts, and every pocket card.
    pub fn share_targets() -> Vec<(View, String)> {
        let mut targets = vec![
            (View::Home, msg::SHARE_TARGET_HOME.to_owned()),
            (View::Check, msg::SHARE_TARGET_CHECK.to_owned()),
            (View::Contacts, msg::SHARE_TARGET_CONTACTS.to_owned()),
        ];
        targets.extend(cards::all().iter().map(|card| (View::Card(card), card.title_id())));
        targets
    }

    /// The relative address of this screen, resolving against wherever the
    /// app is hosted. `lang` adds the language, for links that are shared.
    pub fn href(self, lang: Option<&str>) -> String {
        let mut query = String::new();
        let mut add = |key: &str, value: &str| {
            query.push_str(if query.is_empty() { "?" } else { "&" });
            query.push_str(key);
            query.push('=');
            query.push_str(value);
        };
        if let Some(lang) = lang {
            add("lang", lang);
        }
        match self {
            View::Card(card) => add("card", card.id),
            View::Case(scenario) => add("case", scenario.id),
            other => other.param().into_iter().for_each(|param| add("view", param)),
        }
        if query.is_empty() {
            ".".to_owned()
        } else {
            query
        }
    }
}

/// The screens that need no answers have a page of their own per language,
/// rendered at build time (`src/bin/prerender.rs`): a QR code opens one as
/// fast as any static page, with or without JavaScript. Their addresses are
/// folders under the app, so they are relative too:
///
/// | screen | address |
/// |---|---|
/// | home | `pl/` |
/// | contacts, list of cards, about | `pl/contacts/`, `pl/cards/`, `pl/about/` |
/// | one pocket card | `pl/card/police/` |
///
/// `public/sw.js` reads the same addresses back, to open them offline.
impl View {
    /// Every screen with a page of its own.
    pub fn static_pages() -> impl Iterator<Item = View> {
        [View::Home, View::Contacts, View::Cards, View::About].into_iter().chain(cards::all().iter().map(View::Card))
    }

    /// This screen's page in `lang`, relative to the app, if it has one.
    pub fn static_path(self, lang: &str) -> Option<String> {
        let folder = match self {
            View::Home => "",
            View::Contacts => "contacts/",
            View::Cards => "cards/",
            View::About => "about/",
            View::Card(_) => "card/",
            _ => return None,
        };
        // Pushed piece by piece rather than formatted: this runs in the app
        // too (QR codes, share links), where formatting code costs wasm.
        let mut path = String::from(lang);
        path.push('/');
        path.push_str(folder);
        if let View::Card(card) = self {
            path.push_str(card.id);
            path.push('/');
        }
        Some(path)
    }

    /// The link that leaves the device (QR codes, share links, the poster):
    /// the screen's own page if it has one, else the app with the screen in
    /// the query string.
    pub fn link(self, lang: &str) -> String {
        self.static_path(lang).unwrap_or_else(|| self.href(Some(lang)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_view() -> Vec<View> {
        let mut views: Vec<View> = View::NAMED.iter().map(|(v, _)| *v).collect();
        views.extend(cards::all().iter().map(View::Card));
        views.extend(scenarios::all().iter().map(View::Case));
        views
    }

    fn params(href: &str) -> (Option<String>, Option<String>, Option<String>) {
        let query = href.trim_start_matches('?');
        let get = |key: &str| query.split('&').find_map(|kv| kv.strip_prefix(&format!("{key}=")).map(str::to_owned));
        (get("view"), get("card"), get("case"))
    }

    #[test]
    fn every_view_round_trips_through_its_href() {
        for view in every_view() {
            let (v, c, k) = params(&view.href(Some("uk")));
            assert_eq!(View::from_params(v.as_deref(), c.as_deref(), k.as_deref()), Ok(view), "{view:?}");
        }
    }

    #[test]
    fn missing_or_empty_params_are_home() {
        assert_eq!(View::from_params(None, None, None), Ok(View::Home));
        assert_eq!(View::from_params(Some("  "), Some(""), Some(" ")), Ok(View::Home));
    }

    #[test]
    fn unknown_views_and_cards_are_reported_with_a_fallback() {
        for value in ["settings", "CONTACTS", "contacts/../x", "<b>"] {
            assert_eq!(View::from_params(Some(value), None, None), Err((View::Home, UnknownView::View)), "{value}");
        }
        assert_eq!(View::from_params(None, Some("pilot"), None), Err((View::Cards, UnknownView::Card)));
        assert_eq!(View::from_params(None, None, Some("heist")), Err((View::Training, UnknownView::Case)));
        assert_eq!(
            View::from_params(Some("cards"), None, Some("farm")),
            Ok(View::Case(scenarios::find("farm").unwrap()))
        );
    }

    #[test]
    fn every_card_can_be_shared_and_each_target_has_its_own_address() {
        let targets = View::share_targets();
        for card in cards::all() {
            assert!(targets.iter().any(|(view, _)| *view == View::Card(card)), "{}", card.id);
        }
        for (at, (view, _)) in targets.iter().enumerate() {
            assert!(targets[..at].iter().all(|(other, _)| other.href(None) != view.href(None)), "{view:?}");
        }
    }

    #[test]
    fn static_pages_have_distinct_relative_folders() {
        let paths: Vec<String> = View::static_pages().map(|view| view.static_path("uk").unwrap()).collect();
        assert_eq!(paths.len(), 4 + cards::all().len());
        for path in &paths {
            assert!(path.starts_with("uk/") && path.ends_with('/') && !path.contains("//"), "{path}");
        }
        let mut unique = paths.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), paths.len());
        assert_eq!(View::Card(cards::find("volunteer").unwrap()).link("uk"), "uk/card/volunteer/");
        assert_eq!(View::Contacts.link("pl"), "pl/contacts/");
        assert_eq!(View::Home.link("ar"), "ar/");
        for view in [View::Contacts, View::Cards, View::About] {
            let named = view.param().unwrap();
            assert_eq!(view.static_path("pl").unwrap(), ["pl/", named, "/"].concat(), "named as in the query");
        }
    }

    #[test]
    fn screens_that_need_answers_link_into_the_app() {
        for view in
            [View::Check, View::Share, View::Poster, View::Training, View::Case(scenarios::find("farm").unwrap())]
        {
            assert_eq!(view.static_path("uk"), None, "{view:?}");
            assert_eq!(view.link("uk"), view.href(Some("uk")));
        }
    }

    #[test]
    fn hrefs_are_relative() {
        assert_eq!(View::Home.href(None), ".");
        assert_eq!(View::Contacts.href(None), "?view=contacts");
        assert_eq!(View::Card(cards::find("volunteer").unwrap()).href(Some("uk")), "?lang=uk&card=volunteer");
        assert_eq!(View::Case(scenarios::find("farm").unwrap()).href(None), "?case=farm");
    }
}
