//! Indicator content: complete, graded as the brief's rule needs, sourced,
//! and covering every dimension, form of exploitation and audience.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use pocket_card::content::{indicators, Audience, Dimension, Form, Kind, Strength};

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
fn every_dimension_has_indicators_and_the_short_path_covers_them_all() {
    for dimension in Dimension::ALL {
        let of_dimension: Vec<_> = indicators::all().iter().filter(|i| i.dimension == dimension).collect();
        assert!(of_dimension.len() >= 4, "{dimension:?} has {}", of_dimension.len());
        assert!(of_dimension.iter().any(|i| i.short_path), "the short path misses {dimension:?}");
    }
}

#[test]
fn child_grading_has_no_weak_tier_and_never_grades_lower() {
    for indicator in indicators::all() {
        assert_ne!(indicator.child_strength, Strength::Weak, "{}", indicator.id);
        assert!(indicator.child_strength >= indicator.strength, "{}", indicator.id);
    }
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
fn safety_questions_cover_danger_and_a_child_alone() {
    let questions = indicators::safety_questions();
    assert!(questions.len() >= 3);
    assert!(questions.iter().any(|q| q.marks_child));
    let ids: BTreeSet<&str> = questions.iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), questions.len());
}
