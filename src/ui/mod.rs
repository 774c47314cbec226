//! The thin web shell: components render state from the core and forward
//! events. Imports point one way (`cargo xtask ui-graph` prints and checks
//! the graph): the root (`app`, `boot`, `fallback`) → screens → shared
//! `components` → `state` → the platform wrappers (`browser`, `handlers`,
//! `locale`, `qr_worker`) → the core. Browser APIs are wrapped in `browser`
//! (the QR worker in `qr_worker`), except for the mounting and the panic
//! hook, which need the raw element.

pub mod about;
pub mod app;
mod boot;
pub mod browser;
pub mod cards;
pub mod checker;
pub mod components;
pub mod contacts;
mod fallback;
mod handlers;
pub mod header;
mod home;
pub mod locale;
mod qr_worker;
pub mod state;
pub mod training;

pub use app::App;
pub use boot::start;
