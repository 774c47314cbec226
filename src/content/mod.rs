//! Content as data: typed records loaded from JSON files in this folder,
//! each fact with its source and date (see `tests/content.rs`).

pub mod cards;
pub mod contacts;
pub mod indicators;
pub mod scenarios;
mod source;

pub use cards::Card;
pub use contacts::{Contact, Group, PhoneNumber, Status};
pub use indicators::{Audience, Dimension, Domain, Form, Indicator, Kind, SafetyQuestion, Strength};
pub use scenarios::{Effect, Scenario};
pub use source::{Source, SourceDate};
