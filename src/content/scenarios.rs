//! Training scenarios: each one a small graph of scenes. A scene is either a
//! decision (2–4 choices, each leading to another scene with feedback) or an
//! ending. Texts are Fluent message ids derived from the ids here, so the
//! data holds structure and references, and the words live in `locales/`.

pub use pocket_card_model::content::{Choice, Effect, Expected, Scenario, Scene};

use super::{cards, contacts, indicators, Card, CardExt};

/// How a choice's effect is named.
pub trait EffectExt {
    fn message_id(self) -> &'static str;
    /// Stable name for CSS and tests.
    fn as_str(&self) -> &'static str;
}

impl EffectExt for Effect {
    fn message_id(self) -> &'static str {
        match self {
            Effect::Helps => "training-effect-helps",
            Effect::Mixed => "training-effect-mixed",
            Effect::Harms => "training-effect-harms",
        }
    }

    fn as_str(&self) -> &'static str {
        match self {
            Effect::Helps => "helps",
            Effect::Mixed => "mixed",
            Effect::Harms => "harms",
        }
    }
}

/// Moving through a scene.
pub trait SceneExt {
    fn is_ending(&self) -> bool;
    fn choice(&self, id: &str) -> Option<&Choice>;
}

impl SceneExt for Scene {
    fn is_ending(&self) -> bool {
        self.ending.is_some()
    }

    fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

/// A scenario's texts, its scenes, and the checks of its references.
pub trait ScenarioExt {
    fn title_id(&self) -> String;
    fn intro_id(&self) -> String;
    fn lesson_id(&self) -> String;
    fn referral_id(&self) -> String;
    fn scene_text_id(&self, scene: &Scene) -> String;
    fn choice_label_id(&self, scene: &Scene, choice: &Choice) -> String;
    fn choice_why_id(&self, scene: &Scene, choice: &Choice) -> String;
    fn scene(&self, id: &str) -> Option<&Scene>;
    /// The first scene. The build refuses a scenario without it
    /// (`Scenario::graph_problems`); the empty ending only keeps this total.
    fn start_scene(&self) -> &Scene;
    /// Every message id the scenario shows, for the completeness tests.
    fn message_ids(&self) -> Vec<String>;
    /// The most decisions any play-through can take: how long the longest
    /// path from the start to an ending is. `None` if the graph is invalid.
    fn longest_path(&self) -> Option<usize>;
    /// Checks the graph and every reference: the problems found, in words a
    /// content editor can act on. A valid scenario has a start scene; every
    /// scene reachable from it; 2–4 choices per decision and none on an
    /// ending; every choice leading to an existing scene; no cycles, so
    /// every path ends in an ending and its debrief; at least one harmful
    /// choice (the well-meant mistake) and a helpful ending; and every
    /// indicator, pocket-card point and contact it names exists.
    fn validate(&self) -> Result<(), Vec<String>>;
}

impl ScenarioExt for Scenario {
    fn title_id(&self) -> String {
        format!("sc-{}-title", self.id)
    }

    fn intro_id(&self) -> String {
        format!("sc-{}-intro", self.id)
    }

    fn lesson_id(&self) -> String {
        format!("sc-{}-lesson", self.id)
    }

    fn referral_id(&self) -> String {
        format!("sc-{}-referral", self.id)
    }

    fn scene_text_id(&self, scene: &Scene) -> String {
        format!("sc-{}-{}", self.id, scene.id)
    }

    fn choice_label_id(&self, scene: &Scene, choice: &Choice) -> String {
        format!("sc-{}-{}-{}", self.id, scene.id, choice.id)
    }

    fn choice_why_id(&self, scene: &Scene, choice: &Choice) -> String {
        format!("sc-{}-{}-{}-why", self.id, scene.id, choice.id)
    }

    fn scene(&self, id: &str) -> Option<&Scene> {
        self.scenes.iter().find(|s| s.id == id)
    }

    fn start_scene(&self) -> &Scene {
        static NO_SCENE: Scene = Scene { id: "", choices: &[], ending: Some(Effect::Mixed) };
        self.scene(self.start).unwrap_or(&NO_SCENE)
    }

    fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id(), self.intro_id(), self.lesson_id(), self.referral_id()];
        for scene in self.scenes.iter() {
            ids.push(self.scene_text_id(scene));
            for choice in scene.choices.iter() {
                ids.push(self.choice_label_id(scene, choice));
                ids.push(self.choice_why_id(scene, choice));
            }
        }
        ids
    }

    fn longest_path(&self) -> Option<usize> {
        fn depth<'a>(s: &'a Scenario, id: &'a str, memo: &mut Vec<(&'a str, usize)>) -> usize {
            if let Some((_, d)) = memo.iter().find(|(known, _)| *known == id) {
                return *d;
            }
            let choices = s.scene(id).map_or(&[][..], |scene| scene.choices);
            let d = choices.iter().map(|c| 1 + depth(s, c.next, memo)).max().unwrap_or(0);
            memo.push((id, d));
            d
        }
        self.validate().is_ok().then(|| depth(self, self.start, &mut Vec::new()))
    }

    fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = self.graph_problems();
        let card_points: Vec<String> = cards::all().iter().flat_map(Card::message_ids).collect();
        let indicator_ok = |id: &&str| indicators::find(id).is_some();
        for scene in self.scenes.iter() {
            for choice in scene.choices.iter() {
                if !card_points.iter().any(|point| point == choice.card) {
                    problems.push(format!("{}/{}: {:?} is not a pocket-card point", scene.id, choice.id, choice.card));
                }
                for sign in choice.signs.iter().filter(|s| !indicator_ok(s)) {
                    problems.push(format!("{}/{}: unknown indicator {sign:?}", scene.id, choice.id));
                }
            }
        }
        for sign in self.signs.iter().filter(|s| !indicator_ok(s)) {
            problems.push(format!("debrief: unknown indicator {sign:?}"));
        }
        for contact in self.contacts.iter() {
            if contacts::find(contact).is_none() {
                problems.push(format!("debrief: unknown contact {contact:?}"));
            }
        }
        if self.sources.is_empty() {
            problems.push("no source".to_owned());
        }
        let choices = || self.scenes.iter().flat_map(|s| s.choices);
        if !choices().any(|c| c.effect == Effect::Harms) {
            problems.push("no harmful choice: every case needs a well-meant mistake".to_owned());
        }
        if !self.scenes.iter().any(|s| s.ending == Some(Effect::Helps)) {
            problems.push("no ending where the person is helped".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// The scenarios, in the order the training list shows them.
pub fn all() -> &'static [Scenario] {
    super::data::SCENARIOS
}

pub fn find(id: &str) -> Option<&'static Scenario> {
    all().iter().find(|s| s.id == id)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[allow(clippy::unwrap_used)] // a test helper: the panic is the report
    fn scenario(json: &str) -> Scenario {
        // The content types hold `&'static` data (see the model crate).
        serde_json::from_str(Box::leak(json.to_owned().into_boxed_str())).unwrap()
    }

    const BASE: &str = r#"{
        "id": "t", "audience": "health", "start": "a", "signs": ["documents_held"],
        "expected": "some_signs", "child": false, "contacts": ["kcik"],
        "sources": [{"title": "x", "date": "2020"}],
        "scenes": [
            {"id": "a", "choices": [
                {"id": "good", "next": "b", "effect": "helps", "signs": [], "card": "talk-alone"},
                {"id": "bad", "next": "c", "effect": "harms", "signs": ["documents_held"], "card": "talk-alone"}
            ]},
            {"id": "b", "ending": "helps"},
            {"id": "c", "ending": "harms"}
        ]
    }"#;

    #[test]
    fn a_small_valid_graph_passes() {
        let s = scenario(BASE);
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.longest_path(), Some(1));
    }

    #[test]
    fn a_dead_end_is_reported() {
        let s = scenario(&BASE.replace(r#"{"id": "c", "ending": "harms"}"#, r#"{"id": "c"}"#));
        let problems = s.validate().unwrap_err();
        assert!(problems.iter().any(|p| p.contains("\"c\" has 0 choices")), "{problems:?}");
    }

    #[test]
    fn a_cycle_is_reported() {
        let s = scenario(&BASE.replace(r#""next": "c""#, r#""next": "a""#));
        let problems = s.validate().unwrap_err();
        assert!(problems.iter().any(|p| p.contains("cycle")), "{problems:?}");
    }

    #[test]
    fn an_unreachable_scene_is_reported() {
        let s = scenario(&BASE.replace(
            r#"{"id": "b", "ending": "helps"},"#,
            r#"{"id": "b", "ending": "helps"}, {"id": "z", "ending": "helps"},"#,
        ));
        let problems = s.validate().unwrap_err();
        assert!(problems.iter().any(|p| p.contains("\"z\" cannot be reached")), "{problems:?}");
    }

    #[test]
    fn unknown_references_are_reported() {
        let s = scenario(
            &BASE
                .replace(r#""next": "b""#, r#""next": "nowhere""#)
                .replace(r#"["documents_held"], "card""#, r#"["no_such_sign"], "card""#)
                .replace(r#""card": "talk-alone"}"#, r#""card": "talk-nothing"}"#)
                .replace(r#"["kcik"]"#, r#"["nobody"]"#),
        );
        let problems = s.validate().unwrap_err().join("\n");
        for expected in ["missing scene \"nowhere\"", "no_such_sign", "talk-nothing", "unknown contact \"nobody\""] {
            assert!(problems.contains(expected), "{expected} not in {problems}");
        }
    }

    #[test]
    fn a_case_without_a_harmful_choice_is_reported() {
        let s = scenario(&BASE.replace(r#""effect": "harms""#, r#""effect": "mixed""#));
        let problems = s.validate().unwrap_err();
        assert!(problems.iter().any(|p| p.contains("well-meant mistake")), "{problems:?}");
    }
}
