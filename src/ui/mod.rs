//! The thin web shell: components render state from the core and forward
//! events; browser APIs are wrapped in `browser`.

pub mod about;
pub mod app;
mod boot;
pub mod browser;
pub mod cards;
pub mod checker;
pub mod contacts;
mod fallback;
mod handlers;
pub mod header;
mod home;
pub mod listen;
pub mod locale;
pub mod state;
pub mod training;

pub use app::App;
pub use boot::start;
