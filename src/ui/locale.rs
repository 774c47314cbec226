//! Fetching a language's messages and switching to it while the app runs.

use leptos::task::spawn_local;

use super::{
    browser,
    state::{I18n, Notice, Notices},
};
use crate::i18n::{Catalog, Lang};

thread_local! {
    /// Catalogues already parsed in this page: switching back to a language,
    /// or captioning a QR code in it, costs neither a fetch nor a parse.
    static LOADED: std::cell::RefCell<Vec<Catalog>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `lang`'s messages: from memory if parsed before, else fetched and parsed.
pub async fn load_catalog(lang: Lang) -> Result<Catalog, String> {
    if let Some(catalog) = LOADED.with_borrow(|loaded| loaded.iter().find(|c| c.lang() == lang).cloned()) {
        return Ok(catalog);
    }
    let catalog = fetch_catalog(lang).await?;
    LOADED.with_borrow_mut(|loaded| loaded.push(catalog.clone()));
    Ok(catalog)
}

/// Fetches `lang`'s messages, one file per language (the build joins the
/// files of `locales/<code>/`, see `cargo xtask precache`), and parses them.
async fn fetch_catalog(lang: Lang) -> Result<Catalog, String> {
    let source = browser::fetch_text(&format!("locales/{}.ftl", lang.code())).await?;
    // Parse errors keep every message that did parse; the locale tests make
    // sure none ship.
    let (catalog, _errors) = Catalog::parse(lang, &[source]);
    Ok(catalog)
}

/// The reader picked `lang`: fetch it, show it, remember it. If it cannot be
/// fetched the screen stays in the current language, with a notice.
pub fn switch_language(i18n: I18n, notices: Notices, lang: Lang) {
    if i18n.lang() == lang {
        return;
    }
    spawn_local(async move {
        match load_catalog(lang).await {
            Ok(catalog) => {
                i18n.set(catalog);
                notices.dismiss(Notice::LanguageFailed);
                notices.dismiss(Notice::UnknownLanguage);
                browser::save_lang(lang);
                browser::replace_lang_param(lang);
            }
            Err(_) => {
                // Re-set the current catalogue so the picker shows it again.
                i18n.refresh();
                notices.push(Notice::LanguageFailed);
            }
        }
    });
}
