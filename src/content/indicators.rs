//! Indicators of trafficking and the safety questions asked before them.
//!
//! Each indicator sits in a Barrier-model domain (where a worker notices it)
//! and an ILO/EC dimension with a strength (how it counts in the decision
//! rule, `crate::checker`). Texts are Fluent messages derived from the id.

pub use super::model::{Audience, Dimension, Domain, Form, Indicator, Kind, Risk, SafetyQuestion, Situation, Strength};

impl Domain {
    pub const ALL: [Domain; 7] = [
        Domain::Recruitment,
        Domain::Identity,
        Domain::Housing,
        Domain::Work,
        Domain::Money,
        Domain::Health,
        Domain::Control,
    ];

    pub fn message_id(self) -> String {
        format!("domain-{}", self.name())
    }

    /// The name used in the content files and message ids. Spelt out rather
    /// than asked of serde at run time, which would bring a JSON serialiser
    /// into the app for two words; a test keeps the two in step.
    pub const fn name(self) -> &'static str {
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

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::VulnerabilityRecruitment,
        Dimension::ExploitativeConditions,
        Dimension::CoercionDestination,
        Dimension::VulnerabilityDestination,
    ];

    pub fn message_id(self) -> String {
        format!("dimension-{}", self.name())
    }

    /// As `Domain::name`.
    pub const fn name(self) -> &'static str {
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

impl Indicator {
    /// The dimension of the ILO indicator this sign evidences; `None` for a
    /// sign that is shown but not counted.
    pub fn dimension(&self) -> Option<Dimension> {
        self.ilo.map(|ilo| ilo.dimension())
    }

    /// How this sign counts: its ILO indicator's strength for a child or an
    /// adult; `None` when it does not count for this person.
    pub fn strength_for(&self, child: bool) -> Option<Strength> {
        self.ilo.and_then(|ilo| ilo.strength(child))
    }

    /// The worker-facing name of the sign, used in results.
    pub fn sign_id(&self) -> String {
        format!("ind-{}-sign", self.id)
    }

    /// The question: put to the person (`-ask`) or to the worker (`-observe`).
    pub fn question_id(&self) -> String {
        match self.kind {
            Kind::Ask => format!("ind-{}-ask", self.id),
            Kind::Observe => format!("ind-{}-observe", self.id),
        }
    }
}

impl SafetyQuestion {
    pub fn sign_id(&self) -> String {
        format!("triage-{}-sign", self.id)
    }

    pub fn question_id(&self) -> String {
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

impl Audience {
    pub const ALL: [Audience; 4] = [Audience::Health, Audience::Police, Audience::Volunteer, Audience::Inspector];
}

impl Risk {
    pub const ALL: [Risk; 7] = [
        Risk::Danger,
        Risk::ChildAlone,
        Risk::SelfHarm,
        Risk::Escaped,
        Risk::FamilyDanger,
        Risk::LittleTime,
        Risk::PsychiatricCrisis,
    ];

    /// Risks after which the crisis lines (116 123, 800 70 2222) follow 112.
    pub fn needs_crisis_line(self) -> bool {
        matches!(self, Risk::SelfHarm | Risk::PsychiatricCrisis)
    }

    /// As `Domain::name`.
    pub const fn name(self) -> &'static str {
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

    /// What the result says to do about this risk.
    pub fn result_id(self) -> String {
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
        let serde_name = |value: serde_json::Value| value.as_str().unwrap().to_owned();
        for domain in Domain::ALL {
            assert_eq!(domain.name(), serde_name(serde_json::to_value(domain).unwrap()));
        }
        for dimension in Dimension::ALL {
            assert_eq!(dimension.name(), serde_name(serde_json::to_value(dimension).unwrap()));
        }
        for risk in Risk::ALL {
            assert_eq!(risk.name(), serde_name(serde_json::to_value(risk).unwrap()));
        }
    }
}
