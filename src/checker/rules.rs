//! The decision rule (content brief §3), from the ILO/EC operational
//! indicators: a dimension is positive with 2 strong, 1 strong + 1 medium or
//! weak, 3 medium, or 2 medium + 1 weak indicators. Each ILO indicator
//! counts once, however many questions evidence it. An adult is a likely
//! victim when recruitment, exploitation and coercion (or abuse of
//! vulnerability) at destination are all positive; a child when recruitment
//! (the act) and exploitation are — no means needed. A person whose age is
//! uncertain but may be a child is treated as a child.
//!
//! High-risk situations (brief §4) come first: any of them puts 112 at the
//! top, whatever the indicators say.

use super::answers::{Age, Answer, Answers, Question};
use crate::content::{
    indicators, Audience, Dimension, Ilo, IloExt, Indicator, IndicatorExt, Risk, RiskExt, SafetyQuestion, Strength,
};

/// Ordered from least to most urgent, so outcomes can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// No sign found so far (vulnerability alone is not a sign of a crime).
    NoSigns,
    /// Poor pay or conditions, and every question on control was asked and
    /// answered "no": a matter for the labour inspectorate (brief §3).
    LabourRights,
    /// Poor pay or conditions, but whether the person is under control is
    /// not known: a control question was not asked, skipped or "not sure".
    ControlUnknown,
    /// Some signs: ask KCIK for advice. Always at least this for a child
    /// with any sign, and for an adult with any sign of deceit, force,
    /// control or dependence.
    SomeSigns,
    /// The rule is met: refer.
    StrongSigns,
    /// A high-risk situation: 112 first.
    ImmediateDanger,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::NoSigns,
        Outcome::LabourRights,
        Outcome::ControlUnknown,
        Outcome::SomeSigns,
        Outcome::StrongSigns,
        Outcome::ImmediateDanger,
    ];

    /// Message id of the headline; `-text` follows with what to do.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::NoSigns => "result-no_signs",
            Outcome::LabourRights => "result-labour_rights",
            Outcome::ControlUnknown => "result-control_unknown",
            Outcome::SomeSigns => "result-some_signs",
            Outcome::StrongSigns => "result-strong_signs",
            Outcome::ImmediateDanger => "result-immediate_danger",
        }
    }

    /// The name used in CSS classes and test hooks.
    pub fn name(self) -> &'static str {
        // `strip_prefix`, not `trim_start_matches`: the latter brings a
        // substring searcher into the wasm for one fixed prefix.
        let id = self.message_id();
        id.strip_prefix("result-").unwrap_or(id)
    }

    /// Whether the person should be referred to, or advice asked of, a
    /// specialised service.
    pub fn refers(self) -> bool {
        self >= Outcome::ControlUnknown
    }
}

/// What the answers say about one ILO dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionFinding {
    pub dimension: Dimension,
    /// Questions answered "yes" that count in this dimension.
    pub fired: Vec<&'static Indicator>,
    /// The ILO indicators those answers evidence, each once, in `Ilo` order.
    pub counted: Vec<Ilo>,
    pub positive: bool,
    /// Whether any of its questions got an answer of any kind.
    pub asked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The headline: immediate danger if any high-risk answer was "yes",
    /// otherwise the same as `signs`.
    pub outcome: Outcome,
    /// What the indicators alone show.
    pub signs: Outcome,
    /// High-risk situations answered "yes", in `Risk::ALL` order.
    pub risks: Vec<Risk>,
    /// The high-risk questions answered "yes", in plan order.
    pub high_risk: Vec<&'static SafetyQuestion>,
    pub call_112: bool,
    pub age: Age,
    /// The worker's role, when the screening knows it: decides the next
    /// step and whom to call first. `assess` leaves it `None`.
    pub audience: Option<Audience>,
    /// One finding per dimension, in `Dimension::ALL` order.
    pub findings: Vec<DimensionFinding>,
    /// Signs answered "yes" that no ILO indicator grades for this person:
    /// shown, never counted.
    pub uncounted: Vec<&'static Indicator>,
    /// Questions answered "not sure": worth checking, not counted.
    pub unclear: Vec<&'static Indicator>,
    /// Control questions not answered "no" (unasked, skipped, "not sure" or
    /// "yes"): until each is "no", the result cannot say "labour rights".
    pub control_open: Vec<&'static Indicator>,
    pub answered: usize,
    /// The worker said the person was not alone: their answers may not be
    /// free, and the result says so.
    pub not_alone: bool,
}

impl Assessment {
    pub fn child(&self) -> bool {
        self.age == Age::Child
    }

    pub fn not_asked(&self) -> impl Iterator<Item = Dimension> + '_ {
        self.findings.iter().filter(|f| !f.asked).map(|f| f.dimension)
    }

    /// Every sign answered "yes", counted or not.
    pub fn fired(&self) -> impl Iterator<Item = &'static Indicator> + '_ {
        self.findings.iter().flat_map(|f| f.fired.iter().copied()).chain(self.uncounted.iter().copied())
    }

    pub fn finding(&self, dimension: Dimension) -> Option<&DimensionFinding> {
        self.findings.iter().find(|f| f.dimension == dimension)
    }

    pub fn positive(&self, dimension: Dimension) -> bool {
        self.finding(dimension).is_some_and(|f| f.positive)
    }

    /// Whether the crisis lines (116 123, 800 70 2222) belong right after 112.
    pub fn needs_crisis_line(&self) -> bool {
        self.risks.iter().any(|r| r.needs_crisis_line())
    }
}

/// The ILO/EC threshold for a dimension, from the strengths of its fired
/// ILO indicators (each once).
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
    let answer_of = |indicator: &'static Indicator| answers.get(Question::Indicator(indicator));
    let said = |answer: Answer| indicators::all().iter().filter(move |i| answer_of(i) == Some(answer));

    let findings: Vec<DimensionFinding> = Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let counts_here = move |i: &&Indicator| i.dimension() == Some(dimension) && i.strength_for(child).is_some();
            let fired: Vec<&'static Indicator> = said(Answer::Yes).filter(counts_here).collect();
            let mut counted: Vec<Ilo> = Vec::new();
            // Each ILO indicator once, kept in `Ilo` order.
            for ilo in fired.iter().filter_map(|i| i.ilo) {
                if let Err(at) = counted.binary_search(&ilo) {
                    counted.insert(at, ilo);
                }
            }
            let positive = is_positive(counted.iter().filter_map(|ilo| ilo.strength(child)));
            let asked = indicators::all().iter().any(|i| i.dimension() == Some(dimension) && answer_of(i).is_some());
            DimensionFinding { dimension, fired, counted, positive, asked }
        })
        .collect();
    let uncounted: Vec<&'static Indicator> = said(Answer::Yes).filter(|i| i.strength_for(child).is_none()).collect();
    let unclear: Vec<&'static Indicator> = said(Answer::NotSure).collect();
    let control_open: Vec<&'static Indicator> =
        indicators::all().iter().filter(|i| i.control && answer_of(i) != Some(Answer::No)).collect();

    let finding = |dimension: Dimension| findings.iter().find(|f| f.dimension == dimension);
    let positive = |dimension: Dimension| finding(dimension).is_some_and(|f| f.positive);
    let any_fired = |dimension: Dimension| finding(dimension).is_some_and(|f| !f.fired.is_empty());

    let recruitment = positive(Dimension::DeceptiveRecruitment)
        || positive(Dimension::CoerciveRecruitment)
        || positive(Dimension::VulnerabilityRecruitment);
    let exploitation = positive(Dimension::ExploitativeConditions);
    let coercion = positive(Dimension::CoercionDestination) || positive(Dimension::VulnerabilityDestination);
    // Deceit, force, control or dependence: any one of them means the
    // result may not call it "only" a labour-rights matter (brief §3:
    // dependence on the employer for stay or housing counts as control).
    let beyond_conditions = any_fired(Dimension::DeceptiveRecruitment)
        || any_fired(Dimension::CoerciveRecruitment)
        || any_fired(Dimension::CoercionDestination)
        || any_fired(Dimension::VulnerabilityDestination)
        || !uncounted.is_empty();
    let anything = findings.iter().any(|f| !f.fired.is_empty()) || !uncounted.is_empty();

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
    } else if beyond_conditions {
        Outcome::SomeSigns
    } else if any_fired(Dimension::ExploitativeConditions) {
        if control_open.is_empty() {
            Outcome::LabourRights
        } else {
            Outcome::ControlUnknown
        }
    } else {
        Outcome::NoSigns
    };

    let risks = answers.risks();
    let high_risk = indicators::safety_questions()
        .iter()
        .filter(|q| answers.get(Question::Safety(q)) == Some(Answer::Yes))
        .collect();
    let call_112 = !risks.is_empty();
    Assessment {
        outcome: if call_112 { Outcome::ImmediateDanger } else { signs },
        signs,
        risks,
        high_risk,
        call_112,
        age,
        audience: None,
        findings,
        uncounted,
        unclear,
        control_open,
        answered: answers.len(),
        not_alone: answers.get(Question::Alone) == Some(Answer::No),
    }
}
