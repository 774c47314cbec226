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

pub fn referrals(assessment: &Assessment) -> Referrals {
    let mut ids: Vec<&'static str> = Vec::new();
    if assessment.call_112 {
        ids.push("emergency");
    }
    if assessment.child() {
        ids.extend(contacts::all().iter().filter(|c| c.for_children).map(|c| c.id.as_str()));
    }
    if assessment.outcome.refers() {
        ids.extend(["kcik", "lastrada", "police_helpline"]);
    }
    if assessment.outcome == Outcome::StrongSigns {
        ids.push("police_thb");
    }
    ids.extend(contacts::mission().map(|c| c.id.as_str()));
    let mut seen = std::collections::BTreeSet::new();
    ids.retain(|id| seen.insert(*id));
    Referrals { contacts: ids, labour_inspectorate: assessment.signs == Outcome::LabourRights }
}
