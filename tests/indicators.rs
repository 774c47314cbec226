//! Indicator content: complete, graded as the brief's rule needs, sourced,
//! and covering every dimension, form of exploitation and audience.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use pocket_card::{
    checker::{plan_for, Path, Question},
    content::{indicators, Audience, Dimension, Form, Ilo, IndicatorExt, Kind, Risk, Situation},
};

#[test]
fn there_are_enough_indicators_with_unique_ids() {
    let all = indicators::all();
    assert!(all.len() >= 40, "only {} indicators", all.len());
    let ids: BTreeSet<&str> = all.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), all.len(), "duplicate indicator id");
    for id in ids {
        assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{id}");
    }
}

#[test]
fn every_dimension_has_indicators_and_each_short_path_covers_them_all() {
    // Issue #18: the short path stays honest: for every role, it asks about
    // all six dimensions and every high-risk situation.
    for dimension in Dimension::ALL {
        let of_dimension: Vec<_> = indicators::all().iter().filter(|i| i.dimension() == Some(dimension)).collect();
        assert!(of_dimension.len() >= 4, "{dimension:?} has {}", of_dimension.len());
    }
    for (audience, situation) in roles_and_situations() {
        let plan = plan_for(Path::Short, audience, situation, false);
        let asks = |question: Question| plan.contains(&question);
        for dimension in Dimension::ALL {
            // Someone still on the way has no working conditions to ask about.
            if situation == Some(Situation::OnTheWay) && dimension == Dimension::ExploitativeConditions {
                continue;
            }
            let covered =
                indicators::all().iter().any(|i| i.dimension() == Some(dimension) && asks(Question::Indicator(i)));
            assert!(covered, "{audience:?} {situation:?}: the short path misses {dimension:?}");
        }
        for question in indicators::safety_questions() {
            assert!(asks(Question::Safety(question)), "{audience:?}: the short path misses {}", question.id);
        }
        // Control must be asked wherever "labour rights" could be said.
        if situation != Some(Situation::OnTheWay) {
            for control in indicators::all().iter().filter(|i| i.control) {
                assert!(
                    asks(Question::Indicator(control)),
                    "{audience:?} {situation:?}: control question {} not on the short path",
                    control.id
                );
            }
        }
    }
}

fn roles_and_situations() -> impl Iterator<Item = (Option<Audience>, Option<Situation>)> {
    let roles = || std::iter::once(None).chain(Audience::ALL.map(Some));
    [None, Some(Situation::OnTheWay), Some(Situation::AtWork)]
        .into_iter()
        .flat_map(move |situation| roles().map(move |audience| (audience, situation)))
}

#[test]
fn each_situation_asks_only_what_makes_sense_in_it() {
    // Issue #20: someone still on the way is not asked about their pay or
    // their boss, and someone at work is not asked about a trip not made.
    for (audience, situation) in roles_and_situations() {
        for path in [Path::Short, Path::Full] {
            for question in plan_for(path, audience, situation, true) {
                if let (Question::Indicator(indicator), Some(situation)) = (question, situation) {
                    assert!(indicator.situations.contains(&situation), "{} asked {situation:?}", indicator.id);
                }
            }
        }
    }
    let asked = |situation| plan_for(Path::Short, None, Some(situation), false);
    let sign = |id| Question::Indicator(indicators::find(id).unwrap());
    assert!(!asked(Situation::OnTheWay).contains(&sign("low_or_no_pay")));
    assert!(asked(Situation::OnTheWay).contains(&sign("passports_collected")));
    assert!(asked(Situation::AtWork).contains(&sign("low_or_no_pay")));
    assert!(!asked(Situation::AtWork).contains(&sign("offer_too_good")));
    // Not knowing the situation asks what either would: the union, never less.
    for situation in Situation::ALL {
        let known = plan_for(Path::Short, None, Some(situation), false);
        let unknown = plan_for(Path::Short, None, None, false);
        assert!(known.iter().all(|q| unknown.contains(q)), "{situation:?}");
        assert!(known.len() < unknown.len(), "{situation:?}: knowing the situation shortens the path");
    }
}

#[test]
fn every_ilo_indicator_of_the_brief_has_a_question() {
    // Audit finding 25: no ILO indicator of the brief goes unasked.
    for ilo in Ilo::ALL {
        assert!(indicators::all().iter().any(|i| i.ilo == Some(ilo)), "no question evidences {ilo:?}");
    }
}

#[test]
fn signs_ilo_does_not_grade_are_shown_but_not_counted() {
    // Brief §3: an ungraded sign evidences an ILO indicator or does not count.
    let uncounted: BTreeSet<&str> = indicators::all().iter().filter(|i| i.ilo.is_none()).map(|i| i.id).collect();
    assert_eq!(
        uncounted,
        BTreeSet::from(["agency_fee_paid", "offer_too_good", "pressure_to_leave_now", "unregistered_helper"])
    );
}

#[test]
fn every_form_audience_and_kind_is_covered() {
    let all = indicators::all();
    for form in [Form::Labour, Form::Sexual, Form::BeggingCrime] {
        assert!(all.iter().any(|i| i.forms == [form]), "no indicator specific to {form:?}");
    }
    for audience in [Audience::Health, Audience::Police, Audience::Volunteer, Audience::Inspector] {
        assert!(all.iter().filter(|i| i.audiences.contains(&audience)).count() >= 10, "{audience:?}");
    }
    assert!(all.iter().any(|i| i.kind == Kind::Observe));
    assert!(all.iter().filter(|i| i.kind == Kind::Ask).count() >= 30);
    assert!(all.iter().any(|i| i.children_only));
    for indicator in all {
        assert!(!indicator.forms.is_empty() && !indicator.audiences.is_empty(), "{}", indicator.id);
    }
}

#[test]
fn every_indicator_and_safety_question_has_a_dated_source() {
    let sources = indicators::all()
        .iter()
        .map(|i| (i.id, i.sources))
        .chain(indicators::safety_questions().iter().map(|q| (q.id, q.sources)));
    for (id, sources) in sources {
        assert!(!sources.is_empty(), "{id} has no source");
        for source in sources {
            assert!(!source.title.trim().is_empty() && !source.title.contains("://"), "{id}: {source:?}");
        }
    }
}

#[test]
fn safety_questions_cover_every_high_risk_situation() {
    // Brief §4 and seeds/003: each high-risk situation is asked or observed.
    let questions = indicators::safety_questions();
    for risk in Risk::ALL {
        assert!(questions.iter().any(|q| q.risk == risk), "no question for {risk:?}");
    }
    let observed = |risk: Risk| questions.iter().any(|q| q.risk == risk && q.kind == Kind::Observe);
    assert!(observed(Risk::PsychiatricCrisis) && observed(Risk::ChildAlone), "what the worker sees");
    let ids: BTreeSet<&str> = questions.iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), questions.len());
}
