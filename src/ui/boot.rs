//! Start-up: choose the language, fetch its messages, then mount. Until the
//! app mounts, the static emergency contacts of `index.html` stay on screen.

use leptos::prelude::*;
// Not Leptos's `spawn_local`: its executor only exists once the app is
// mounted, and the language is fetched before that.
use wasm_bindgen_futures::spawn_local;

use crate::{
    i18n::{choose, Catalog, Lang, LangExt},
    route::{UnknownView, View},
    ui::{app::App, browser, fallback, locale, state::Notice},
};

pub fn start() {
    fallback::install_panic_hook();

    let link_lang = browser::query_param("lang");
    let saved = browser::saved_lang();
    let choice = choose(link_lang.as_deref(), saved.as_deref(), &browser::browser_languages());
    let mut notices = Vec::new();
    if choice.unknown_link_lang {
        notices.push(Notice::UnknownLanguage);
    }
    let view = match View::from_params(
        browser::query_param("view").as_deref(),
        browser::query_param("card").as_deref(),
        browser::query_param("case").as_deref(),
    ) {
        Ok(view) => view,
        Err((fallback, UnknownView::View)) => {
            notices.push(Notice::UnknownView);
            fallback
        }
        Err((fallback, UnknownView::Card)) => {
            notices.push(Notice::UnknownCard);
            fallback
        }
        Err((fallback, UnknownView::Case)) => {
            notices.push(Notice::UnknownCase);
            fallback
        }
    };

    spawn_local(async move {
        let catalog = match locale::load_catalog(choice.lang).await {
            Ok(catalog) => catalog,
            // The chosen language could not be fetched: Polish is tried
            // before giving up, since it is the app's fallback language.
            Err(_) if choice.lang != Lang::DEFAULT => match locale::load_catalog(Lang::DEFAULT).await {
                Ok(catalog) => {
                    notices.push(Notice::LanguageFailed);
                    catalog
                }
                Err(_) => return fallback::show_failure(),
            },
            Err(_) => return fallback::show_failure(),
        };
        // Parsing the messages and mounting the app are each a long task on a
        // slow phone; a break between them lets a tap in between through.
        browser::next_task().await;
        mount(catalog, view, notices);
    });
}

fn mount(catalog: Catalog, view: View, notices: Vec<Notice>) {
    let Some(root) = browser::document()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return fallback::show_failure();
    };
    browser::set_document_lang(catalog.lang());
    // A static page holds this screen's markup already: it goes in the same
    // task as the app's identical markup comes, so no frame shows the gap.
    root.set_text_content(None);
    leptos::mount::mount_to(root, move || view! { <App catalog=catalog view=view notices=notices /> }).forget();
    browser::set_hidden("static-help", true);
    browser::mark_ready();
}
