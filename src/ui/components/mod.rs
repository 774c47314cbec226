//! View pieces more than one screen uses. A component may use the state
//! handles, the browser wrappers and the core, never a screen, so a screen
//! can be changed or removed without touching another (`cargo xtask
//! ui-graph` checks it).

mod call;
mod contact;
mod language;
mod link;
pub mod listen;
mod qr;
mod signs;

pub use call::call_112;
pub use contact::{source_items, CompactContacts, ContactCard, SourceDetails, SourceFootnote};
pub use language::{LanguageOptions, PersonLanguagePicker};
pub use link::{EntryLink, ViewLink};
pub use qr::QrCode;
pub use signs::SignList;
