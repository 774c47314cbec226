//! The last line of defence: if the app panics or cannot load, the static
//! emergency contacts of `index.html` come back with a short explanation,
//! never a blank page.

use super::browser;

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // The message names code, never anything the user entered: the app
        // keeps no personal data to leak. It helps whoever debugs a report.
        web_sys::console::error_1(&info.to_string().into());
        show_failure();
    }));
}

/// Hides the app and shows the static contacts in their "failed" state.
pub fn show_failure() {
    browser::set_hidden("app", true);
    browser::set_hidden("static-help", false);
    if let Some(help) = browser::document().and_then(|d| d.get_element_by_id("static-help")) {
        let _ = help.set_attribute("data-state", "failed");
    }
}
