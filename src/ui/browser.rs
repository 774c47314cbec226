//! The few browser APIs the shell uses, each wrapped so that a missing or
//! failing API (no storage in private mode, a broken address) degrades to a
//! default instead of throwing through the WebAssembly stack.

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::{
    i18n::{Lang, LangExt},
    route::View,
};

/// All the app stores between visits: the chosen language, and which
/// training cases were played (ids and counts, nothing about any person).
const LANG_KEY: &str = "pocket-card.lang";
const TRAINING_KEY: &str = "pocket-card.training";
/// The screening in progress, in this tab's `sessionStorage` only.
const SCREENING_KEY: &str = "pocket-card.screening";

/// The browser window; natively (the build-time renderer, `src/bin/prerender.rs`)
/// there is none, and every wrapper below takes its default without calling
/// into a browser that is not there.
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

fn current_url() -> Option<web_sys::Url> {
    let href = window()?.location().href().ok()?;
    web_sys::Url::new(&href).ok()
}

/// The absolute address of `relative` (e.g. `?lang=uk&card=volunteer`)
/// against the page, for links that leave the device as QR codes.
pub fn app_url(relative: &str) -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(relative, &base).ok())
        .map_or_else(|| relative.to_owned(), |url| url.href())
}

/// The year on the device clock, for "last confirmed YEAR" notes. A clock
/// set far in the past would hide notes, so the year is never taken as
/// earlier than the build's (the content's newest facts are from then).
pub fn current_year() -> u16 {
    const BUILD_YEAR_FLOOR: u16 = 2026;
    #[cfg(target_arch = "wasm32")]
    let year = js_sys::Date::new_0().get_full_year();
    // At build time: the build machine's year, as the browser would show it.
    #[cfg(not(target_arch = "wasm32"))]
    let year = 1970 + now_secs() / 31_556_952;
    u16::try_from(year).unwrap_or(BUILD_YEAR_FLOOR).max(BUILD_YEAR_FLOOR)
}

pub fn query_param(name: &str) -> Option<String> {
    current_url()?.search_params().get(name)
}

/// Records `view` in the address and history, keeping other parameters.
pub fn push_view(view: View) {
    let Some(url) = current_url() else { return };
    let params = url.search_params();
    // One screen parameter at a time, so an old one never overrides the new.
    for name in ["view", "card", "case"] {
        params.delete(name);
    }
    match view {
        View::Card(card) => params.set("card", card.id),
        View::Case(scenario) => params.set("case", scenario.id),
        other => {
            if let Some(param) = other.param() {
                params.set("view", param);
            }
        }
    }
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url.href()));
    }
}

/// A link that named a language keeps naming the one now chosen, so a reload
/// shows the reader's choice even where storage is unavailable.
pub fn replace_lang_param(lang: Lang) {
    let Some(url) = current_url() else { return };
    if url.search_params().get("lang").is_none() {
        return;
    }
    url.search_params().set("lang", lang.code());
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
    }
}

/// Calls `follow` with the screen in the address after back/forward.
pub fn on_popstate(follow: impl Fn(View) + 'static) {
    let Some(window) = window() else { return };
    let listener = Closure::<dyn Fn()>::new(move || {
        let view = View::from_params(
            query_param("view").as_deref(),
            query_param("card").as_deref(),
            query_param("case").as_deref(),
        );
        follow(view.unwrap_or_else(|(fallback, _)| fallback));
    });
    let _ = window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
}

/// Calls `handler` whenever `name` is dispatched on the window; used for the
/// service worker's messages from `register-sw.js`.
pub fn on_window_event(name: &str, handler: impl Fn() + 'static) {
    let Some(window) = window() else { return };
    let listener = Closure::<dyn Fn()>::new(handler);
    let _ = window.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
    listener.forget();
}

pub fn dispatch_window_event(name: &str) {
    if let (Some(window), Ok(event)) = (window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Moves focus to the new screen's title after navigation, so a screen
/// reader announces where the user now is.
pub fn focus_screen_title() {
    focus_by_id("screen-title");
}

/// Focuses the element with `id` once the DOM has caught up with the state
/// change that created it.
pub fn focus_by_id(id: &'static str) {
    leptos::prelude::request_animation_frame(move || focus_now(id));
}

/// Focuses the element with `id` at once: for an element that is already in
/// the page and stays, such as the question heading. Focusing it before its
/// new text is written costs no style pass, where focusing it in the next
/// frame forces one; a screen reader still reads the new text, since the
/// browser reports the focus change after the DOM updates of this task.
pub fn focus_now(id: &str) {
    if let Some(element) =
        document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

pub fn browser_languages() -> Vec<String> {
    let Some(window) = window() else { return Vec::new() };
    let languages: Vec<String> = window.navigator().languages().iter().filter_map(|value| value.as_string()).collect();
    if languages.is_empty() {
        window.navigator().language().into_iter().collect()
    } else {
        languages
    }
}

/// `localStorage`, if this browser lets the page use it: it can be absent
/// or throw on access (private mode, disabled cookies), and gloo's `raw`
/// would then throw, so it is only called once storage is known to work.
///
/// Values are stored as plain text, not through gloo's JSON helpers: no JSON
/// code in the wasm for a language code and a few counters (SIZE-POLICY.md).
fn storage() -> Option<web_sys::Storage> {
    window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_)))).then(LocalStorage::raw)
}

/// The saved language code, if any. A corrupted value is read as no value;
/// the chooser then ignores anything that is not a known code. Quotes are
/// dropped: earlier versions stored the code as a JSON string.
pub fn saved_lang() -> Option<String> {
    let saved = storage()?.get_item(LANG_KEY).ok()??;
    Some(saved.trim_matches('"').to_owned())
}

pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        // A full or read-only storage only costs the choice on reload.
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Training progress as stored, or `None` if there is none or storage is
/// unavailable; the core reads anything malformed as no progress.
pub fn saved_training() -> Option<String> {
    storage()?.get_item(TRAINING_KEY).ok()?
}

/// Stores training progress; an empty value removes the key, so a reset
/// leaves nothing behind.
pub fn save_training(value: Option<&str>) {
    write(storage(), TRAINING_KEY, value);
}

/// Writes `value` under `key`, or removes the key for `None`. Full or
/// blocked storage only costs what it would have kept on reload.
fn write(storage: Option<web_sys::Storage>, key: &str, value: Option<&str>) {
    if let Some(storage) = storage {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// `<html lang dir>` follow the active language, for screen readers,
/// hyphenation and right-to-left layout.
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.dir().as_str());
    }
}

pub fn set_document_attribute(name: &str, value: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute(name, value);
    }
}

/// Tells tests and the benchmark that the app is mounted and its language
/// loaded.
pub fn mark_ready() {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-ready", "true");
    }
}

pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = if hidden { element.set_attribute("hidden", "") } else { element.remove_attribute("hidden") };
    }
}

/// Why one of the app's own files could not be loaded or read. Every load
/// goes through `locale::load_catalog`, the one place that swallows it, and
/// that place reports it with `report`.
#[derive(Clone, PartialEq, Eq)]
pub enum LoadError {
    /// No answer: offline before the file was cached, or no window at all.
    Network(String),
    /// An answer, but not a successful one.
    Http(String, u16),
    /// A successful answer whose body is not text.
    NotText(String),
    /// Text that did not fully parse; the messages that parsed are kept.
    Parse(String, usize),
}

impl LoadError {
    /// The browser console only: never the network, so a field report
    /// ("the language did not switch") can be diagnosed on the device.
    pub fn report(&self) {
        // Console arguments rather than one formatted string: no number
        // formatting code in the wasm for a line few will ever read.
        let (path, what, detail) = match self {
            LoadError::Network(path) => (path, "no answer (offline?)", JsValue::UNDEFINED),
            LoadError::Http(path, status) => (path, "HTTP status", JsValue::from(*status)),
            LoadError::NotText(path) => (path, "not text", JsValue::UNDEFINED),
            LoadError::Parse(path, count) => (path, "messages that did not parse:", JsValue::from(*count)),
        };
        web_sys::console::warn_3(&JsValue::from_str(path), &JsValue::from_str(what), &detail);
    }
}

/// Fetches one of the app's own files, relative to the page, so it works
/// from any sub-path. The request starts at once; the returned future only
/// waits for it, so several requests can travel together.
pub fn fetch_text(path: &str) -> impl std::future::Future<Output = Result<String, LoadError>> {
    let path = path.to_owned();
    let request = window().map(|w| w.fetch_with_str(&path));
    async move {
        let Some(request) = request else { return Err(LoadError::Network(path)) };
        let Ok(response) = JsFuture::from(request).await else { return Err(LoadError::Network(path)) };
        let Ok(response) = response.dyn_into::<web_sys::Response>() else { return Err(LoadError::NotText(path)) };
        if !response.ok() {
            return Err(LoadError::Http(path, response.status()));
        }
        let Ok(text) = response.text() else { return Err(LoadError::NotText(path)) };
        match JsFuture::from(text).await.ok().and_then(|t| t.as_string()) {
            Some(text) => Ok(text),
            None => Err(LoadError::NotText(path)),
        }
    }
}

/// Copies `text` with the asynchronous clipboard API; `false` where the
/// browser refuses (no permission, insecure context).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = window() else { return false };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The browser's own print dialog; the print stylesheet does the layout.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Resolves in a later task of the event loop, so that long work split
/// around it does not block input for its whole length (one long task of
/// parsing and mounting becomes two shorter ones).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = window() {
            // If the timer cannot be set, resolve now: only the split is lost.
            if window.set_timeout_with_callback(&resolve).is_ok() {
                return;
            }
        }
        let _ = resolve.call0(&JsValue::NULL);
    });
    let _ = JsFuture::from(promise).await;
}

/// The tab's `sessionStorage`, guarded like `storage()`: gone with the tab,
/// never shared with other tabs, never sent anywhere.
fn tab_storage() -> Option<web_sys::Storage> {
    window().is_some_and(|w| matches!(w.session_storage(), Ok(Some(_)))).then(SessionStorage::raw)
}

/// The screening saved in this tab, if any; the core refuses anything
/// malformed or too old.
pub fn saved_screening() -> Option<String> {
    tab_storage()?.get_item(SCREENING_KEY).ok()?
}

/// Keeps the screening in this tab; `None` removes it.
pub fn save_screening(value: Option<&str>) {
    write(tab_storage(), SCREENING_KEY, value);
}

/// Seconds since 1970 by the device's clock.
pub fn now_secs() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Date::now() / 1000.0) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The day of the week (0 = Sunday) and the hour, local, by the device's clock.
pub fn weekday_and_hour() -> (u8, u8) {
    let now = js_sys::Date::new_0();
    (now.get_day() as u8, now.get_hours() as u8)
}
