//! Content as data: typed records from the JSON files in this folder, each
//! fact with its source and date (see `tests/content.rs`). The build checks
//! the files against `model.rs` and compiles them in as statics.

pub mod cards;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod codegen;
pub mod contacts;
pub mod ilo;
pub mod indicators;
pub mod law;
mod model;
pub mod scenarios;
mod source;

pub use cards::Card;
pub use contacts::{Contact, Group, PhoneNumber, Status};
pub use ilo::Ilo;
pub use indicators::{Audience, Dimension, Domain, Form, Indicator, Kind, Risk, SafetyQuestion, Situation, Strength};
pub use law::LegalPoint;
pub use scenarios::{Effect, Scenario};
pub use source::{Source, SourceDate};

/// The content files as statics, written by `build.rs` (`CONTACTS`,
/// `INDICATORS`, `SAFETY_QUESTIONS`, `CARDS`, `LAW`, `SCENARIOS`).
mod data {
    use super::model::*;
    use super::source::{Source, SourceDate};
    use crate::i18n::Lang;

    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Guards the code generator: what the app compiled in is what a JSON
    /// reader gets from the same files.
    #[test]
    fn statics_equal_the_json_files() {
        fn read<T: serde::Deserialize<'static>>(json: &'static str) -> Vec<T> {
            serde_json::from_str(json).unwrap()
        }
        assert_eq!(read::<Contact>(include_str!("contacts.json")), contacts::all());
        assert_eq!(read::<Indicator>(include_str!("indicators.json")), indicators::all());
        assert_eq!(read::<SafetyQuestion>(include_str!("triage.json")), indicators::safety_questions());
        assert_eq!(read::<Card>(include_str!("cards.json")), cards::all());
        assert_eq!(read::<LegalPoint>(include_str!("law.json")), law::all());
        assert_eq!(read::<Scenario>(include_str!("scenarios.json")), scenarios::all());
    }
}
