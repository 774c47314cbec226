//! The decision rule (content brief §3), from the ILO/EC operational
//! indicators: a dimension is positive with 2 strong, 1 strong + 1 medium or
//! weak, 3 medium, or 2 medium + 1 weak indicators. An adult is a likely
//! victim when recruitment, exploitation and coercion are all positive; a
//! child when recruitment (the act) and exploitation are — no means needed.
//! A person whose age is uncertain but may be a child is treated as a child.

use super::answers::{Age, Answer, Answers, Question};
use crate::content::{indicators, Dimension, Indicator, Strength};

/// Ordered from least to most urgent, so outcomes can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// No sign found so far (vulnerability alone is not a sign of a crime).
    NoSigns,
    /// Poor pay or conditions with no deceit or coercion: a matter for the
    /// labour inspectorate, not trafficking (brief §3, seeds/002).
    LabourRights,
    /// Some signs: ask KCIK for advice. Always at least this for a child
    /// with any sign.
    SomeSigns,
    /// The rule is met: refer.
    StrongSigns,
    /// Someone is in danger now: 112 first.
    ImmediateDanger,
}

impl Outcome {
    pub const ALL: [Outcome; 5] =
        [Outcome::NoSigns, Outcome::LabourRights, Outcome::SomeSigns, Outcome::StrongSigns, Outcome::ImmediateDanger];

    /// Message id of the headline; `-text` follows with what to do.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::NoSigns => "result-no_signs",
            Outcome::LabourRights => "result-labour_rights",
            Outcome::SomeSigns => "result-some_signs",
            Outcome::StrongSigns => "result-strong_signs",
            Outcome::ImmediateDanger => "result-immediate_danger",
        }
    }

    /// Whether the person should be referred to a specialised service.
    pub fn refers(self) -> bool {
        self >= Outcome::SomeSigns
    }
}

/// What the answers say about one ILO dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionFinding {
    pub dimension: Dimension,
    /// Indicators answered "yes".
    pub fired: Vec<&'static Indicator>,
    /// Indicators answered "not sure": worth checking, not counted.
    pub unclear: Vec<&'static Indicator>,
    pub positive: bool,
    /// Whether any of its indicators got an answer of any kind.
    pub asked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The headline: immediate danger if any safety answer was "yes",
    /// otherwise the same as `signs`.
    pub outcome: Outcome,
    /// What the indicators alone show.
    pub signs: Outcome,
    pub call_112: bool,
    pub age: Age,
    /// One finding per dimension, in `Dimension::ALL` order.
    pub findings: Vec<DimensionFinding>,
    pub answered: usize,
}

impl Assessment {
    pub fn child(&self) -> bool {
        self.age == Age::Child
    }

    pub fn not_asked(&self) -> impl Iterator<Item = Dimension> + '_ {
        self.findings.iter().filter(|f| !f.asked).map(|f| f.dimension)
    }

    pub fn fired(&self) -> impl Iterator<Item = &'static Indicator> + '_ {
        self.findings.iter().flat_map(|f| f.fired.iter().copied())
    }
}

/// The ILO/EC threshold for a dimension, from the strengths of its "yes" answers.
pub fn is_positive(strengths: impl IntoIterator<Item = Strength>) -> bool {
    let (mut strong, mut medium, mut weak) = (0, 0, 0);
    for strength in strengths {
        match strength {
            Strength::Strong => strong += 1,
            Strength::Medium => medium += 1,
            Strength::Weak => weak += 1,
        }
    }
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

pub fn assess(answers: &Answers) -> Assessment {
    let age = answers.age();
    let child = age == Age::Child;
    let answer_of = |indicator: &'static Indicator| answers.get(Question::Indicator(indicator.id));

    let findings: Vec<DimensionFinding> = Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let of_dimension = || indicators::all().iter().filter(move |i| i.dimension == dimension);
            let fired: Vec<&Indicator> = of_dimension().filter(|i| answer_of(i) == Some(Answer::Yes)).collect();
            let unclear = of_dimension().filter(|i| answer_of(i) == Some(Answer::NotSure)).collect();
            let positive = is_positive(fired.iter().map(|i| i.strength_for(child)));
            let asked = of_dimension().any(|i| answer_of(i).is_some());
            DimensionFinding { dimension, fired, unclear, positive, asked }
        })
        .collect();

    let finding = |dimension: Dimension| &findings[Dimension::ALL.iter().position(|d| *d == dimension).unwrap()];
    let positive = |dimension: Dimension| finding(dimension).positive;
    let any_fired = |dimension: Dimension| !finding(dimension).fired.is_empty();

    let recruitment = positive(Dimension::DeceptiveRecruitment)
        || positive(Dimension::CoerciveRecruitment)
        || positive(Dimension::VulnerabilityRecruitment);
    let exploitation = positive(Dimension::ExploitativeConditions);
    let coercion = positive(Dimension::CoercionDestination) || positive(Dimension::VulnerabilityDestination);
    let deceit_or_force = any_fired(Dimension::DeceptiveRecruitment)
        || any_fired(Dimension::CoerciveRecruitment)
        || any_fired(Dimension::CoercionDestination)
        || positive(Dimension::VulnerabilityDestination);
    let anything = findings.iter().any(|f| !f.fired.is_empty());

    let signs = if child {
        if recruitment && exploitation {
            Outcome::StrongSigns
        } else if anything {
            // Children: always refer (brief §4).
            Outcome::SomeSigns
        } else {
            Outcome::NoSigns
        }
    } else if recruitment && exploitation && coercion {
        Outcome::StrongSigns
    } else if deceit_or_force {
        Outcome::SomeSigns
    } else if any_fired(Dimension::ExploitativeConditions) {
        Outcome::LabourRights
    } else {
        Outcome::NoSigns
    };

    let call_112 = answers.danger();
    Assessment {
        outcome: if call_112 { Outcome::ImmediateDanger } else { signs },
        signs,
        call_112,
        age,
        findings,
        answered: answers.len(),
    }
}
