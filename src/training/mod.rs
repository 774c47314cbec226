//! Training mode: playing a scenario (`content::scenarios`) scene by scene,
//! and the progress kept on the device. Plain Rust: the UI only renders a
//! `Playthrough` and forwards taps to it.

mod progress;

pub use progress::{Progress, Record};

use crate::content::{
    scenarios::{Choice, Scene},
    Effect, Scenario, ScenarioExt, SceneExt,
};

/// One decision taken: where, and what was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub scene: &'static Scene,
    pub choice: &'static Choice,
}

/// How many of the user's choices helped the person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub helped: u32,
    pub total: u32,
}

/// A scenario being played. Between a choice and the next scene the user
/// reads the choice's feedback, so a choice is first *pending*, then taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Playthrough {
    scenario: &'static Scenario,
    current: &'static Scene,
    pending: Option<&'static Choice>,
    steps: Vec<Step>,
}

impl Playthrough {
    pub fn new(scenario: &'static Scenario) -> Playthrough {
        Playthrough { scenario, current: scenario.start_scene(), pending: None, steps: Vec::new() }
    }

    pub fn scenario(&self) -> &'static Scenario {
        self.scenario
    }

    /// The scene on screen (while feedback shows, still the scene chosen in).
    pub fn scene(&self) -> &'static Scene {
        self.current
    }

    /// The choice just made, whose feedback is showing.
    pub fn feedback(&self) -> Option<&'static Choice> {
        self.pending
    }

    /// Takes a choice of the current scene. Ignored when feedback is already
    /// showing, at an ending, or for an id the scene does not offer, so a
    /// double tap or a stale button cannot skip a scene.
    pub fn choose(&mut self, choice_id: &str) -> bool {
        if self.pending.is_some() {
            return false;
        }
        let Some(choice) = self.current.choices.iter().find(|c| c.id == choice_id) else {
            return false;
        };
        self.pending = Some(choice);
        self.steps.push(Step { scene: self.current, choice });
        true
    }

    /// Moves on to the scene the pending choice leads to.
    pub fn proceed(&mut self) {
        // The build refuses a choice leading nowhere (`Scenario::graph_problems`).
        if let Some(next) = self.pending.take().and_then(|choice| self.scenario.scene(choice.next)) {
            self.current = next;
        }
    }

    /// At an ending: how the story turned out.
    pub fn ending(&self) -> Option<Effect> {
        self.current.ending
    }

    pub fn is_finished(&self) -> bool {
        self.current.is_ending()
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn tally(&self) -> Tally {
        Tally {
            helped: self.steps.iter().filter(|s| s.choice.effect == Effect::Helps).count() as u32,
            total: self.steps.len() as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::scenarios;

    fn farm() -> Playthrough {
        Playthrough::new(scenarios::find("farm").unwrap())
    }

    #[test]
    fn a_choice_shows_feedback_before_moving_on() {
        let mut play = farm();
        assert_eq!(play.scene().id, "inspection");
        assert!(play.choose("alone"));
        assert_eq!(play.feedback().map(|c| c.effect), Some(Effect::Helps));
        assert_eq!(play.scene().id, "inspection", "feedback is shown on the scene it belongs to");
        assert!(!play.choose("owner"), "a second tap while feedback shows is ignored");
        play.proceed();
        assert_eq!(play.scene().id, "free");
        assert_eq!(play.feedback(), None);
    }

    #[test]
    fn unknown_choices_change_nothing() {
        let mut play = farm();
        assert!(!play.choose("no-such-choice"));
        assert_eq!(play, farm());
        play.proceed();
        assert_eq!(play, farm(), "proceeding without a choice stays put");
    }

    #[test]
    fn a_full_walk_ends_with_a_tally_of_helpful_choices() {
        let mut play = farm();
        for choice in ["owner", "return", "rights"] {
            assert!(play.choose(choice), "{choice}");
            play.proceed();
        }
        assert!(play.is_finished());
        assert_eq!(play.ending(), Some(Effect::Helps));
        assert_eq!(play.tally(), Tally { helped: 2, total: 3 });
        assert_eq!(play.steps().iter().map(|s| s.choice.id).collect::<Vec<_>>(), ["owner", "return", "rights"]);
        assert!(!play.choose("rights"), "an ending offers no choices");
    }
}
