//! Whom to call after a screening: the most fitting contacts first, then
//! the four every result ends with (112, KCIK, La Strada, police helpline).
//!
//! Two rules hold whatever the fit: after a high-risk answer 112 comes
//! first, and a line not confirmed in the last two years never ranks above
//! a confirmed one (brief §1).

use super::rules::{Assessment, Outcome};
use crate::content::{contacts, ContactExt};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referrals {
    /// Contact ids in the order to show them; each appears once.
    pub contacts: Vec<&'static str>,
    /// Point to the National Labour Inspectorate (PIP), which the brief
    /// names but gives no number for.
    pub labour_inspectorate: bool,
}

/// The referral for `assessment` in `year` (for how recent each line is),
/// with the lines that speak `person`'s language ahead of the others within
/// the confirmed lines and within the older ones.
pub fn referrals_for(assessment: &Assessment, person: Option<Lang>, year: u16) -> Referrals {
    let mut ids = by_fit(assessment);
    // 112 first after a high-risk answer or for a child, and the crisis
    // line right after it for a risk of suicide or a mental crisis, whatever
    // language the person speaks.
    let mut pinned =
        usize::from(ids.first() == Some(&"emergency") && (assessment.call_112 || refers_child(assessment)));
    if pinned == 1 && assessment.needs_crisis_line() && ids.get(1) == Some(&"crisis_adults") {
        pinned = 2;
    }
    let rest = ids.split_off(pinned);
    let current = |id: &&str| contacts::find(id).is_some_and(|c| c.is_current(year));
    let speaks = |id: &&str| person.is_some_and(|lang| contacts::find(id).is_some_and(|c| c.languages.contains(&lang)));
    // Stable partitions keep the order of fit within each group, without a
    // stable sort's code per element type (tests/bench/SIZE-POLICY.md).
    let (fresh, stale): (Vec<_>, Vec<_>) = rest.into_iter().partition(current);
    for group in [fresh, stale] {
        let (speaking, others): (Vec<_>, Vec<_>) = group.into_iter().partition(speaks);
        ids.extend(speaking);
        ids.extend(others);
    }
    Referrals {
        contacts: ids,
        labour_inspectorate: matches!(assessment.signs, Outcome::LabourRights | Outcome::ControlUnknown),
    }
}

/// A child with any sign is always referred: to the police first (112),
/// never to a helpline instead of them (brief §4; audit finding 38).
fn refers_child(assessment: &Assessment) -> bool {
    assessment.child() && assessment.outcome.refers()
}

/// Contact ids in order of fit, each once.
fn by_fit(assessment: &Assessment) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    if assessment.call_112 || refers_child(assessment) {
        ids.push("emergency");
    }
    if assessment.needs_crisis_line() {
        ids.extend(["crisis_adults", "crisis_centre"]);
    }
    if assessment.outcome.refers() {
        ids.extend(["kcik", "lastrada"]);
    }
    if refers_child(assessment) {
        ids.extend(contacts::all().iter().filter(|c| c.for_children).map(|c| c.id));
    }
    if assessment.outcome.refers() {
        ids.push("police_helpline");
    }
    if assessment.outcome == Outcome::StrongSigns || assessment.signs == Outcome::StrongSigns {
        ids.push("police_thb");
    }
    // Officers refer through their own trafficking numbers (brief §4b),
    // right after 112 when a high-risk answer put it first.
    if assessment.audience == Some(crate::content::Audience::Police)
        && (assessment.call_112 || assessment.outcome.refers())
    {
        let at = usize::from(ids.first() == Some(&"emergency"));
        ids.splice(at..at, ["police_thb", "police_thb_unit"]);
    }
    ids.extend(contacts::mission().map(|c| c.id));
    // Each contact once, where it first came. A dozen ids at most: a linear
    // check is enough, and a set would bring its own code into the wasm.
    let mut unique = Vec::with_capacity(ids.len());
    for id in ids {
        if !unique.contains(&id) && contacts::find(id).is_some() {
            unique.push(id);
        }
    }
    unique
}
