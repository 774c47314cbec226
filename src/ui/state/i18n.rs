//! The active language's messages.

use leptos::{prelude::*, task::spawn_local};

use super::{Notice, Notices};
use crate::{
    i18n::{Catalog, Lang},
    ui::{browser, locale::load_catalog},
};

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

    /// The reader picked `lang`: fetch it, show it, remember it. If it cannot
    /// be fetched the screen stays in the current language, with a notice.
    pub fn switch_to(self, lang: Lang, notices: Notices) {
        if self.lang() == lang {
            return;
        }
        spawn_local(async move {
            match load_catalog(lang).await {
                Ok(catalog) => {
                    self.set(catalog);
                    notices.dismiss(Notice::LanguageFailed);
                    notices.dismiss(Notice::UnknownLanguage);
                    browser::save_lang(lang);
                    browser::replace_lang_param(lang);
                }
                Err(_) => {
                    // Re-set the current catalogue so the picker shows it again.
                    self.refresh();
                    notices.push(Notice::LanguageFailed);
                }
            }
        });
    }
}
