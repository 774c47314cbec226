//! The thin web shell: components render state from the core and forward
//! events; browser APIs are wrapped in `browser`.

pub mod about;
pub mod app;
mod boot;
pub mod cards;
pub mod checker;
mod handlers;
pub mod browser;
pub mod contacts;
mod fallback;
pub mod header;
pub mod listen;
mod home;
pub mod locale;
pub mod state;
pub mod training;

pub use app::App;
pub use boot::start;
