//! The anonymous referral summary: what a worker reads aloud or pastes when
//! calling KCIK or the police. Built only from the assessment, so it cannot
//! contain a name or any detail that identifies the person.

use fluent_bundle::FluentValue;

use super::rules::Assessment;
use crate::i18n::{Catalog, Lang};

/// The summary in the worker's language, one fact per line. `person` is the
/// language the person needs (`None`: the worker's own).
pub fn summary(assessment: &Assessment, catalog: &Catalog, person: Option<Lang>) -> String {
    let outcome = catalog.text(assessment.outcome.message_id());
    let mut text = catalog.text_args("summary-outcome", &[("outcome", FluentValue::from(outcome))]);
    let mut line = |next: String| {
        text.push('\n');
        text.push_str(&next);
    };
    if !assessment.risks.is_empty() {
        line(catalog.text_args("summary-risks", &[("risks", FluentValue::from(risk_names(assessment, catalog)))]));
    }
    let mut signs = String::new();
    for indicator in assessment.fired() {
        if !signs.is_empty() {
            signs.push_str("; ");
        }
        signs.push_str(&catalog.text(&indicator.sign_id()));
    }
    line(if signs.is_empty() {
        catalog.text("summary-signs-none")
    } else {
        catalog.text_args("summary-signs", &[("signs", FluentValue::from(signs))])
    });
    // Why the result says what it says: the areas that meet the threshold.
    let mut areas = String::new();
    for finding in assessment.findings.iter().filter(|f| f.positive) {
        if !areas.is_empty() {
            areas.push_str("; ");
        }
        areas.push_str(&catalog.text(&finding.dimension.message_id()));
    }
    line(if areas.is_empty() {
        catalog.text("summary-areas-none")
    } else {
        catalog.text_args("summary-areas", &[("areas", FluentValue::from(areas))])
    });
    line(catalog.text(match assessment.age {
        super::Age::Child => "summary-child-yes",
        super::Age::Adult => "summary-child-no",
        super::Age::Unknown => "summary-child-unknown",
    }));
    let language = person.unwrap_or(catalog.lang());
    let language_name = catalog.text(&format!("lang-name-{}", language.code()));
    line(catalog.text_args("summary-language", &[("language", FluentValue::from(language_name))]));
    text
}

/// The high-risk situations answered "yes", by their signs, in one line.
fn risk_names(assessment: &Assessment, catalog: &Catalog) -> String {
    let mut names = String::new();
    for question in &assessment.high_risk {
        if !names.is_empty() {
            names.push_str("; ");
        }
        names.push_str(&catalog.text(&question.sign_id()));
    }
    names
}
