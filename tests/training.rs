//! Training scenarios: every graph is valid (all scenes reachable, every path
//! ends in a debrief, no dead ends, every reference exists), the stories the
//! training promises are there, and each story's signs lead the indicator
//! checker to the lesson the story teaches.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use pocket_card::{
    checker::{assess, Answer, Answers, Outcome, Question},
    content::{
        indicators,
        scenarios::{self, Expected, Scene},
        Audience, Effect, Scenario, ScenarioExt, SceneExt,
    },
    training::Playthrough,
};

#[test]
fn every_scenario_graph_is_valid() {
    for scenario in scenarios::all() {
        if let Err(problems) = scenario.validate() {
            panic!("{}: {problems:#?}", scenario.id);
        }
    }
}

/// Every path from the start, as the scenes' choice ids: small graphs, so
/// walking them all is cheap and proves more than any sample.
fn paths(scenario: &'static Scenario) -> Vec<Vec<&'static str>> {
    fn walk(
        s: &'static Scenario,
        scene: &'static Scene,
        path: &mut Vec<&'static str>,
        out: &mut Vec<Vec<&'static str>>,
    ) {
        if scene.is_ending() {
            out.push(path.clone());
            return;
        }
        for choice in scene.choices.iter() {
            path.push(choice.id);
            walk(s, s.scene(choice.next).unwrap(), path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(scenario, scenario.start_scene(), &mut Vec::new(), &mut out);
    out
}

#[test]
fn every_path_played_through_the_engine_ends_in_a_debrief() {
    for scenario in scenarios::all() {
        let all = paths(scenario);
        assert!(all.len() >= 3, "{}: only {} paths", scenario.id, all.len());
        let mut endings = BTreeSet::new();
        for path in &all {
            let mut play = Playthrough::new(scenario);
            for choice in path {
                assert!(!play.is_finished(), "{}: ended early on {path:?}", scenario.id);
                assert!(play.choose(choice));
                play.proceed();
            }
            assert!(play.is_finished(), "{}: {path:?} does not reach an ending", scenario.id);
            endings.insert(play.scene().id);
            let tally = play.tally();
            assert_eq!(tally.total as usize, path.len());
        }
        let all_endings: BTreeSet<&str> = scenario.scenes.iter().filter(|s| s.is_ending()).map(|s| s.id).collect();
        assert_eq!(endings, all_endings, "{}: every ending is reachable", scenario.id);
    }
}

#[test]
fn the_path_of_only_helpful_choices_ends_well_and_a_harmful_one_does_not() {
    for scenario in scenarios::all() {
        let mut best_ends_well = false;
        let mut harm_ends_badly = false;
        for path in paths(scenario) {
            let mut play = Playthrough::new(scenario);
            for choice in &path {
                play.choose(choice);
                play.proceed();
            }
            let tally = play.tally();
            if tally.helped == tally.total {
                assert_eq!(play.ending(), Some(Effect::Helps), "{}: all-helpful {path:?}", scenario.id);
                best_ends_well = true;
            }
            if play.ending() == Some(Effect::Harms) {
                assert!(tally.helped < tally.total, "{}: {path:?} harms though every choice helped", scenario.id);
                harm_ends_badly = true;
            }
        }
        assert!(best_ends_well, "{}: no path of only helpful choices", scenario.id);
        assert!(harm_ends_badly, "{}: no choice leads to harm", scenario.id);
    }
}

#[test]
fn the_six_promised_cases_are_there_for_every_role() {
    let ids: Vec<&str> = scenarios::all().iter().map(|s| s.id).collect();
    assert_eq!(ids, ["clinic", "van", "lift", "farm", "station", "return"]);
    for audience in Audience::ALL {
        assert!(scenarios::all().iter().any(|s| s.audience == audience), "no case for {audience:?}");
    }
    // The labour-rights case teaches the distinction seeds/002 stresses.
    assert_eq!(scenarios::find("farm").unwrap().expected, Expected::LabourRights);
    assert!(scenarios::find("station").unwrap().child);
}

#[test]
fn each_story_signs_lead_the_checker_to_the_story_lesson() {
    for scenario in scenarios::all().iter().rev() {
        let mut answers = Answers::default();
        answers.set(Question::Age, if scenario.child { Answer::Yes } else { Answer::No });
        // Each story shows whether the person is under control: what it does
        // not show as a sign (documents kept, free to leave…) it shows as "no".
        for control in indicators::all().iter().filter(|i| i.control) {
            answers.set(Question::Indicator(control), Answer::No);
        }
        for sign in scenario.signs.iter() {
            answers.set(Question::Indicator(indicators::find(sign).unwrap()), Answer::Yes);
        }
        let expected = match scenario.expected {
            Expected::LabourRights => Outcome::LabourRights,
            Expected::SomeSigns => Outcome::SomeSigns,
            Expected::StrongSigns => Outcome::StrongSigns,
        };
        let found = assess(&answers);
        let positive: Vec<_> = found.findings.iter().filter(|f| f.positive).map(|f| f.dimension).collect();
        assert_eq!(found.outcome, expected, "{}: positive dimensions {positive:?}", scenario.id);
    }
}

#[test]
fn the_debrief_names_every_sign_noticed_along_the_way() {
    for scenario in scenarios::all() {
        let debrief: BTreeSet<&str> = scenario.signs.iter().copied().collect();
        for scene in scenario.scenes.iter() {
            for choice in scene.choices.iter() {
                for sign in choice.signs.iter() {
                    assert!(
                        debrief.contains(sign),
                        "{}/{}/{}: {sign} not in the debrief",
                        scenario.id,
                        scene.id,
                        choice.id
                    );
                }
            }
        }
    }
}

#[test]
fn every_referral_includes_kcik_and_a_child_case_the_child_helpline() {
    for scenario in scenarios::all() {
        assert!(scenario.contacts.contains(&"kcik"), "{}", scenario.id);
        if scenario.child {
            assert!(scenario.contacts.contains(&"child_helpline"), "{}", scenario.id);
        }
        assert!(scenario.longest_path().unwrap() <= 6, "{}: keep a case to about ten minutes", scenario.id);
    }
}

/// The English training messages, id → text (single-line messages).
fn english_training() -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/training.ftl")).unwrap();
    text.lines()
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, text)| (id.trim().to_owned(), text.to_owned()))
        .collect()
}

/// Audit E36 and brief §2: every case teaches the art. 240 §1 duty in the
/// same words in its referral, and none makes the police depend on the
/// person's readiness or consent.
#[test]
fn every_case_teaches_the_duty_to_report_the_same_way() {
    let en = english_training();
    let duty = "Anyone with credible knowledge of trafficking must notify the police or a prosecutor (art. 240 §1)";
    for scenario in scenarios::all() {
        let referral = &en[&scenario.referral_id()];
        assert!(referral.contains(duty), "{}: the referral does not state the duty", scenario.id);
    }
    for (id, text) in &en {
        for wrong in [
            "when he is ready",
            "when she is ready",
            "if they agree",
            "if she agrees",
            "if he agrees",
            "before she agrees",
        ] {
            assert!(!(text.contains("police") && text.contains(wrong)), "{id}: the police made to wait for {wrong:?}");
        }
    }
}

/// Audit E35: a promise the worker cannot keep is graded as harm.
#[test]
fn promises_are_graded_as_harm() {
    let en = english_training();
    let mut promises = 0;
    for scenario in scenarios::all() {
        for scene in scenario.scenes.iter() {
            for choice in scene.choices.iter() {
                if en[&scenario.choice_label_id(scene, choice)].starts_with("Promise") {
                    promises += 1;
                    assert_eq!(choice.effect, Effect::Harms, "{}/{}/{}", scenario.id, scene.id, choice.id);
                }
            }
        }
    }
    assert!(promises >= 2);
}

#[test]
fn every_case_has_a_dated_source() {
    for scenario in scenarios::all() {
        assert!(!scenario.sources.is_empty(), "{}", scenario.id);
        for source in scenario.sources.iter() {
            assert!(
                !source.title.trim().is_empty() && (1990..=2026).contains(&source.date.year),
                "{}: {source:?}",
                scenario.id
            );
        }
    }
}
