//! Whom to call after a screening: the most fitting contacts first, then
//! the four every result ends with (112, KCIK, La Strada, police helpline).

use super::rules::{Assessment, Outcome};
use crate::content::contacts;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referrals {
    /// Contact ids in the order to show them; each appears once.
    pub contacts: Vec<&'static str>,
    /// Point to the National Labour Inspectorate (PIP), which the brief
    /// names but gives no number for.
    pub labour_inspectorate: bool,
}

/// Like `referrals`, with the lines that speak `person`'s language moved
/// ahead of those that do not (112 stays first when danger put it there).
pub fn referrals_for(assessment: &Assessment, person: Option<crate::i18n::Lang>) -> Referrals {
    let mut referral = referrals(assessment);
    if let Some(lang) = person {
        let speaks = |id: &str| contacts::find(id).is_some_and(|c| c.languages.contains(&lang));
        let pinned = usize::from(assessment.call_112);
        // A stable partition keeps the order of fit within each group. (Not
        // `sort_by_key`: a stable sort is 3 KB of wasm per element type.)
        let (speaking, others): (Vec<_>, Vec<_>) = referral.contacts.split_off(pinned).into_iter().partition(|id| speaks(id));
        referral.contacts.extend(speaking);
        referral.contacts.extend(others);
    }
    referral
}

pub fn referrals(assessment: &Assessment) -> Referrals {
    let mut ids: Vec<&'static str> = Vec::new();
    if assessment.call_112 {
        ids.push("emergency");
    }
    if assessment.child() {
        ids.extend(contacts::all().iter().filter(|c| c.for_children).map(|c| c.id));
    }
    if assessment.outcome.refers() {
        ids.extend(["kcik", "lastrada", "police_helpline"]);
    }
    if assessment.outcome == Outcome::StrongSigns {
        ids.push("police_thb");
    }
    ids.extend(contacts::mission().map(|c| c.id));
    // Each contact once, where it first came. A dozen ids at most: a linear
    // check is enough, and a set would bring its own code into the wasm.
    let mut unique = Vec::with_capacity(ids.len());
    for id in ids {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    Referrals { contacts: unique, labour_inspectorate: assessment.signs == Outcome::LabourRights }
}
