//! The anonymous referral summary: what a worker reads aloud or pastes when
//! calling KCIK or the police. Built only from the assessment, so it cannot
//! contain a name or any detail that identifies the person.

use fluent_bundle::FluentValue;

use super::rules::Assessment;
use crate::content::{DimensionExt, Indicator, IndicatorExt, SafetyQuestionExt};
use crate::i18n::{Catalog, Lang, LangExt};

/// The summary in the worker's language, one fact per line. `person` is the
/// language the person needs (`None`: the worker's own).
pub fn summary(assessment: &Assessment, catalog: &Catalog, person: Option<Lang>) -> String {
    let outcome = catalog.text(assessment.outcome.message_id());
    let mut text = catalog.text_args("summary-outcome", &[("outcome", FluentValue::from(outcome))]);
    let mut line = |next: String| {
        text.push('\n');
        text.push_str(&next);
    };
    let high_risk = assessment.high_risk.iter().map(|q| q.sign_id());
    if let Some(risks) = list_line(catalog, "summary-risks", "risks", None, high_risk) {
        line(risks);
    }
    let signs = assessment.fired().map(Indicator::sign_id);
    line(list_line(catalog, "summary-signs", "signs", Some("summary-signs-none"), signs).unwrap_or_default());
    // Why the result says what it says: the areas that meet the threshold.
    let areas = assessment.findings.iter().filter(|f| f.positive).map(|f| f.dimension.message_id());
    line(list_line(catalog, "summary-areas", "areas", Some("summary-areas-none"), areas).unwrap_or_default());
    line(catalog.text(match assessment.age {
        super::Age::Child => "summary-child-yes",
        super::Age::Adult => "summary-child-no",
        super::Age::Unknown => "summary-child-unknown",
    }));
    let language = person.unwrap_or(catalog.lang());
    let language_name = catalog.text(&language.name_id());
    line(catalog.text_args("summary-language", &[("language", FluentValue::from(language_name))]));
    text
}

/// Message `id` with the texts of `items` joined by "; " as `$var`; for no
/// item, `none_id`, or no line at all.
fn list_line(
    catalog: &Catalog,
    id: &str,
    var: &str,
    none_id: Option<&str>,
    items: impl Iterator<Item = String>,
) -> Option<String> {
    let mut list = String::new();
    for item in items {
        if !list.is_empty() {
            list.push_str("; ");
        }
        list.push_str(&catalog.text(&item));
    }
    if list.is_empty() {
        none_id.map(|none| catalog.text(none))
    } else {
        Some(catalog.text_args(id, &[(var, FluentValue::from(list))]))
    }
}
