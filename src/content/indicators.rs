//! Indicators of trafficking and the safety questions asked before them.
//!
//! Each indicator sits in a Barrier-model domain (where a worker notices it)
//! and an ILO/EC dimension with a strength (how it counts in the decision
//! rule, `crate::checker`). Texts are Fluent messages derived from the id.

pub use pocket_card_model::content::{
    Audience, Dimension, Domain, Form, Indicator, Kind, Risk, SafetyQuestion, Situation, Strength,
};

use super::IloExt;

/// A domain's name and heading.
pub trait DomainExt {
    fn message_id(self) -> String;
    /// The name used in the content files and message ids. Spelt out rather
    /// than asked of serde at run time, which would bring a JSON serialiser
    /// into the app for two words; a test keeps the two in step.
    fn name(self) -> &'static str;
}

impl DomainExt for Domain {
    fn message_id(self) -> String {
        format!("domain-{}", self.name())
    }

    fn name(self) -> &'static str {
        match self {
            Domain::Recruitment => "recruitment",
            Domain::Identity => "identity",
            Domain::Housing => "housing",
            Domain::Work => "work",
            Domain::Money => "money",
            Domain::Health => "health",
            Domain::Control => "control",
        }
    }
}

/// A dimension's name and heading.
pub trait DimensionExt {
    fn message_id(self) -> String;
    /// As `DomainExt::name`.
    fn name(self) -> &'static str;
}

impl DimensionExt for Dimension {
    fn message_id(self) -> String {
        format!("dimension-{}", self.name())
    }

    fn name(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive_recruitment",
            Dimension::CoerciveRecruitment => "coercive_recruitment",
            Dimension::VulnerabilityRecruitment => "vulnerability_recruitment",
            Dimension::ExploitativeConditions => "exploitative_conditions",
            Dimension::CoercionDestination => "coercion_destination",
            Dimension::VulnerabilityDestination => "vulnerability_destination",
        }
    }
}

/// How a sign counts, and its texts.
pub trait IndicatorExt {
    /// The dimension of the ILO indicator this sign evidences; `None` for a
    /// sign that is shown but not counted.
    fn dimension(&self) -> Option<Dimension>;
    /// How this sign counts: its ILO indicator's strength for a child or an
    /// adult; `None` when it does not count for this person.
    fn strength_for(&self, child: bool) -> Option<Strength>;
    /// The worker-facing name of the sign, used in results.
    fn sign_id(&self) -> String;
    /// The question: put to the person (`-ask`) or to the worker (`-observe`).
    fn question_id(&self) -> String;
}

impl IndicatorExt for Indicator {
    fn dimension(&self) -> Option<Dimension> {
        self.ilo.map(|ilo| ilo.dimension())
    }

    fn strength_for(&self, child: bool) -> Option<Strength> {
        self.ilo.and_then(|ilo| ilo.strength(child))
    }

    fn sign_id(&self) -> String {
        format!("ind-{}-sign", self.id)
    }

    fn question_id(&self) -> String {
        match self.kind {
            Kind::Ask => format!("ind-{}-ask", self.id),
            Kind::Observe => format!("ind-{}-observe", self.id),
        }
    }
}

/// A safety question's texts.
pub trait SafetyQuestionExt {
    fn sign_id(&self) -> String;
    fn question_id(&self) -> String;
}

impl SafetyQuestionExt for SafetyQuestion {
    fn sign_id(&self) -> String {
        format!("triage-{}-sign", self.id)
    }

    fn question_id(&self) -> String {
        match self.kind {
            Kind::Ask => format!("triage-{}-ask", self.id),
            Kind::Observe => format!("triage-{}-observe", self.id),
        }
    }
}

pub fn all() -> &'static [Indicator] {
    super::data::INDICATORS
}

/// From `triage.json`.
pub fn safety_questions() -> &'static [SafetyQuestion] {
    super::data::SAFETY_QUESTIONS
}

pub fn find_safety(id: &str) -> Option<&'static SafetyQuestion> {
    safety_questions().iter().find(|question| question.id == id)
}

/// What the result does about a high-risk situation.
pub trait RiskExt {
    /// Risks after which the crisis lines (116 123, 800 70 2222) follow 112.
    fn needs_crisis_line(self) -> bool;
    /// As `DomainExt::name`.
    fn name(self) -> &'static str;
    /// What the result says to do about this risk.
    fn result_id(self) -> String;
}

impl RiskExt for Risk {
    fn needs_crisis_line(self) -> bool {
        matches!(self, Risk::SelfHarm | Risk::PsychiatricCrisis)
    }

    fn name(self) -> &'static str {
        match self {
            Risk::Danger => "danger",
            Risk::ChildAlone => "child_alone",
            Risk::SelfHarm => "self_harm",
            Risk::Escaped => "escaped",
            Risk::FamilyDanger => "family_danger",
            Risk::LittleTime => "little_time",
            Risk::PsychiatricCrisis => "psychiatric_crisis",
        }
    }

    fn result_id(self) -> String {
        format!("risk-{}", self.name())
    }
}

pub fn find(id: &str) -> Option<&'static Indicator> {
    all().iter().find(|indicator| indicator.id == id)
}

/// The indicators `ids` name, in that order (content tests check every id
/// a card or scenario names exists).
pub fn all_of(ids: &[&str]) -> Vec<&'static Indicator> {
    ids.iter().filter_map(|id| find(id)).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The spelt-out names must be exactly what the content files use.
    #[test]
    fn names_are_the_serde_names() {
        fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
            serde_json::from_value(serde_json::Value::from(name)).unwrap()
        }
        for domain in Domain::ALL {
            assert_eq!(read::<Domain>(domain.name()), domain);
        }
        for dimension in Dimension::ALL {
            assert_eq!(read::<Dimension>(dimension.name()), dimension);
        }
        for risk in Risk::ALL {
            assert_eq!(read::<Risk>(risk.name()), risk);
        }
    }
}
