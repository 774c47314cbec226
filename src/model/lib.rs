//! The shapes of Pocket Card's content files (`src/content/*.json`) and its
//! languages: the types that the app and its build script both need.
//!
//! The build script (`build.rs`) cannot use the app crate, which is compiled
//! after it, so the shared types live here, in a crate of their own that
//! both depend on. The build reads each content file into these types,
//! which checks it (unknown fields, misspelt enum values and malformed dates
//! fail the build), runs the checks a type cannot express (a scenario's
//! graph), and writes the content back out as Rust statics with `databake`
//! (the `bake` feature, which only the build script turns on). The app
//! therefore carries its content as ready-made data: no JSON text and no
//! JSON parser in the download, and nothing to parse while a person waits.
//!
//! Only what both sides need is here: the types, the lists and names that
//! define their values, and the parsing and checks the build runs. What the
//! app does with the content (message ids, lookups, the checker's grades,
//! how a date is shown, each language's translation status) stays in the
//! app's `content` and `i18n` modules.
//!
//! Texts are `&'static str` and lists `&'static [T]` because the app's
//! statics are built at compile time; reading JSON (the build script, native
//! tests) keeps what it reads for the life of the process. Texts are
//! borrowed from the file as written, so they cannot contain JSON escapes
//! (`\"`, `\n`).

// This code ends up in the app, so it keeps the app's rules (`src/lib.rs`).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types, clippy::disallowed_methods)]

pub mod content;
pub mod lang;
pub mod source;
