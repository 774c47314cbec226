//! Pocket Card: the functional core (content, languages, routes) is plain Rust
//! and tested natively; `ui` is the thin Leptos shell, built only for the browser.

pub mod checker;
pub mod content;
pub mod i18n;
pub mod qr;
pub mod route;
pub mod speech;
pub mod static_page;
pub mod training;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
