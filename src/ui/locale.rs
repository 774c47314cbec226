//! Fetching a language's messages, once per page.

use super::browser::{self, LoadError};
use crate::i18n::{Catalog, Lang};

thread_local! {
    /// Catalogues already parsed in this page: switching back to a language,
    /// or captioning a QR code in it, costs neither a fetch nor a parse.
    static LOADED: std::cell::RefCell<Vec<Catalog>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `lang`'s messages: from memory if parsed before, else fetched and parsed.
/// The one place a load error is swallowed: it is reported here, and the
/// callers only decide what the screen shows instead.
pub async fn load_catalog(lang: Lang) -> Result<Catalog, LoadError> {
    if let Some(catalog) = LOADED.with_borrow(|loaded| loaded.iter().find(|c| c.lang() == lang).cloned()) {
        return Ok(catalog);
    }
    let catalog = fetch_catalog(lang).await.inspect_err(LoadError::report)?;
    LOADED.with_borrow_mut(|loaded| loaded.push(catalog.clone()));
    Ok(catalog)
}

/// Fetches `lang`'s messages, one file per language (the build joins the
/// files of `locales/<code>/`, see `cargo xtask post-build`), and parses them.
async fn fetch_catalog(lang: Lang) -> Result<Catalog, LoadError> {
    let path = format!("locales/{}.ftl", lang.code());
    let source = browser::fetch_text(&path).await?;
    // Parse errors keep every message that did parse; the locale tests make
    // sure none ship, so one that does is worth a line in the console.
    let (catalog, errors) = Catalog::parse(lang, &[source]);
    if !errors.is_empty() {
        LoadError::Parse(path, errors.len()).report();
    }
    Ok(catalog)
}
