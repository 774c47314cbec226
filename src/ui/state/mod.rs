//! Application state shared by context. Each handle is a small `Copy` value
//! that components take with `expect_context` and never thread by hand; its
//! signals are private, so every change goes through a method named for what
//! it means, and one screen cannot put another's state into a shape it never
//! expected.
//!
//! State may use the browser wrappers and the core, never a component or a
//! screen (`cargo xtask ui-graph` checks it).

mod check;
mod i18n;
mod nav;
mod notices;
mod training;

pub use check::CheckState;
pub use i18n::I18n;
pub use nav::Nav;
pub use notices::{Notice, Notices};
pub use training::TrainingState;
