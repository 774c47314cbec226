//! Application state shared by context: the active language's messages, the
//! current screen and the notices to show. Each is a small `Copy` handle so
//! components take it with `expect_context` and never thread it by hand.

use leptos::prelude::*;

use crate::{
    i18n::{Catalog, Lang},
    route::View,
};

use super::browser;

/// The active language's messages; changing it re-renders every text.
#[derive(Clone, Copy)]
pub struct I18n {
    catalog: RwSignal<Catalog>,
}

impl I18n {
    pub fn new(catalog: Catalog) -> I18n {
        I18n { catalog: RwSignal::new(catalog) }
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.with(|catalog| catalog.text(id))
    }

    /// A message that follows the language, for a view. Every call returns
    /// the same closure type, so the renderer's code for a text is generated
    /// once instead of once per text: a large share of the app's size.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// The same for a message id made at run time from content ids.
    pub fn tr_owned(self, id: String) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || self.t(&id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        self.catalog.with(|catalog| catalog.text_args(id, args))
    }

    /// Runs `f` with the active catalogue, for core functions that format text.
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        self.catalog.with(f)
    }

    pub fn lang(&self) -> Lang {
        self.catalog.with(Catalog::lang)
    }

    pub fn set(&self, catalog: Catalog) {
        self.catalog.set(catalog);
    }

    /// Notifies every reader again without changing the language, e.g. to
    /// put a `<select>` back after a failed switch.
    pub fn refresh(&self) {
        self.catalog.notify();
    }
}

/// Something the user should know that is not part of a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The link named a language the app does not have.
    UnknownLanguage,
    /// The link named a screen the app does not have.
    UnknownView,
    /// The link named a pocket card the app does not have.
    UnknownCard,
    /// The link named a training case the app does not have.
    UnknownCase,
    /// A language could not be fetched (offline before it was cached).
    LanguageFailed,
    /// A new version is installed; it takes over only when the user taps.
    UpdateReady,
}

impl Notice {
    /// Every kind, in the order they are shown.
    pub const ALL: [Notice; 6] = [
        Notice::UnknownLanguage,
        Notice::UnknownView,
        Notice::UnknownCard,
        Notice::UnknownCase,
        Notice::LanguageFailed,
        Notice::UpdateReady,
    ];
}

#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<Notice>>);

impl Notices {
    pub fn new(initial: Vec<Notice>) -> Notices {
        Notices(RwSignal::new(initial))
    }

    pub fn push(&self, notice: Notice) {
        self.0.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    /// Whether `notice` is showing; reactive.
    pub fn has(&self, notice: Notice) -> bool {
        self.0.with(|list| list.contains(&notice))
    }

    pub fn dismiss(&self, notice: Notice) {
        self.0.update(|list| list.retain(|n| *n != notice));
    }
}

/// The current screen, kept in step with the address bar.
#[derive(Clone, Copy)]
pub struct Nav {
    view: RwSignal<View>,
}

impl Nav {
    pub fn new(view: View) -> Nav {
        Nav { view: RwSignal::new(view) }
    }

    pub fn view(&self) -> View {
        self.view.get()
    }

    /// Shows `view` and records it in the history, so the phone's back
    /// button returns to the previous screen.
    pub fn go(&self, view: View) {
        if self.view.get_untracked() != view {
            browser::push_view(view);
            self.view.set(view);
            browser::focus_screen_title();
        }
    }

    /// The address changed under us (back/forward): follow it.
    pub fn follow(&self, view: View) {
        self.view.set(view);
    }
}
