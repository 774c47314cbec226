//! Languages: which ones exist, which one to show, and their message catalogues.

mod catalog;
mod choice;
mod lang;

pub use catalog::{Catalog, CatalogError};
pub use choice::{choose, Choice, ChoiceSource};
pub use lang::{Dir, Lang, LangExt, Status, StatusExt};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
