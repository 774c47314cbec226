//! Content as data: typed records from the JSON files in this folder, each
//! fact with its source and date (see `tests/content.rs`).
//!
//! The types are the `pocket-card-model` crate's (`src/model`), shared with
//! `build.rs`, which checks the files against them and compiles them in as
//! statics (`data` below). What the app does with the content — message
//! ids, lookups, the checker's grades — is here, one module per capability,
//! as extension traits on those types (`CardExt`, `IndicatorExt`, …).

pub mod cards;
pub mod contacts;
pub mod ilo;
pub mod indicators;
pub mod law;
pub mod scenarios;
mod source;

pub use cards::{Card, CardExt};
pub use contacts::{Contact, ContactExt, Group, PhoneNumber, PhoneNumberExt, Status};
pub use ilo::{Ilo, IloExt};
pub use indicators::{
    Audience, Dimension, DimensionExt, Domain, DomainExt, Form, Indicator, IndicatorExt, Kind, Risk, RiskExt,
    SafetyQuestion, SafetyQuestionExt, Situation, Strength,
};
pub use law::LegalPoint;
pub use scenarios::{Effect, EffectExt, Scenario, ScenarioExt, SceneExt};
pub use source::{Source, SourceDate, WrittenDate};

/// The content files as statics, written by `build.rs` (`CONTACTS`,
/// `INDICATORS`, `SAFETY_QUESTIONS`, `CARDS`, `LAW`, `SCENARIOS`).
mod data {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Guards the build: what the app compiled in is what a JSON reader
    /// gets from the same files.
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
