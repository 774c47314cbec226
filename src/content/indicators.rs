//! Indicators of trafficking and the safety questions asked before them.
//!
//! Each indicator sits in a Barrier-model domain (where a worker notices it)
//! and an ILO/EC dimension with a strength (how it counts in the decision
//! rule, `crate::checker`). Texts are Fluent messages derived from the id.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Source;

/// Where in a person's path a worker can notice the sign (Barrier model,
/// plus health, where health workers notice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    Recruitment,
    Identity,
    Housing,
    Work,
    Money,
    Health,
    Control,
}

impl Domain {
    pub const ALL: [Domain; 7] =
        [Domain::Recruitment, Domain::Identity, Domain::Housing, Domain::Work, Domain::Money, Domain::Health, Domain::Control];

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

/// The six dimensions of the ILO/EC operational indicators (2009).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    VulnerabilityRecruitment,
    ExploitativeConditions,
    CoercionDestination,
    VulnerabilityDestination,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Weak,
    Medium,
    Strong,
}

/// Whether the worker puts the question to the person or notes what they see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Ask,
    Observe,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Labour,
    Sexual,
    BeggingCrime,
}

/// The worker roles an indicator suits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Health,
    Police,
    Volunteer,
    Inspector,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub domain: Domain,
    pub dimension: Dimension,
    /// Strength for an adult (ILO/EC grading).
    pub strength: Strength,
    /// Strength for a child: there is no weak tier, and threats, sale, debt
    /// bondage, forced crime or tasks count as strong.
    pub child_strength: Strength,
    pub kind: Kind,
    pub forms: Vec<Form>,
    pub audiences: Vec<Audience>,
    /// One of the most telling signs, asked on the two-minute path.
    pub short_path: bool,
    /// Only meaningful for a child (e.g. "no access to parents").
    #[serde(default)]
    pub children_only: bool,
    pub sources: Vec<Source>,
}

impl Indicator {
    pub fn strength_for(&self, child: bool) -> Strength {
        if child {
            self.child_strength
        } else {
            self.strength
        }
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

/// A question on immediate danger, asked before any indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyQuestion {
    pub id: String,
    pub kind: Kind,
    /// A "yes" also means the person is (possibly) a child.
    #[serde(default)]
    pub marks_child: bool,
    pub sources: Vec<Source>,
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
    static ALL: OnceLock<Vec<Indicator>> = OnceLock::new();
    ALL.get_or_init(|| {
        serde_json::from_str(include_str!("indicators.json")).expect("indicators.json is validated by tests/indicators.rs")
    })
}

pub fn safety_questions() -> &'static [SafetyQuestion] {
    static ALL: OnceLock<Vec<SafetyQuestion>> = OnceLock::new();
    ALL.get_or_init(|| serde_json::from_str(include_str!("triage.json")).expect("triage.json is validated by tests/indicators.rs"))
}

pub fn find(id: &str) -> Option<&'static Indicator> {
    all().iter().find(|indicator| indicator.id == id)
}

#[cfg(test)]
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
    }
}
