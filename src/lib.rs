//! Pocket Card: the functional core (content, languages, routes) is plain Rust
//! and tested natively; `ui` is the thin Leptos shell, built only for the browser.

// The app never panics on purpose: a missing item degrades to a default
// (tests may unwrap, see clippy.toml). And it keeps to the size rules of
// clippy.toml (tests/bench/SIZE-POLICY.md). Build scripts and xtask need neither.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types, clippy::disallowed_methods)]

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
