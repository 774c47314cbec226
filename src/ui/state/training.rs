//! Training mode's state: progress on this device and the case being played.

use leptos::prelude::*;

use crate::{
    content::Scenario,
    training::{Playthrough, Progress, Record, Tally},
    ui::browser,
};

/// Progress (stored on the device) and the case being played (memory only,
/// so it survives a look at a pocket card in between).
#[derive(Clone, Copy)]
pub struct TrainingState {
    progress: RwSignal<Progress>,
    play: RwSignal<Option<Playthrough>>,
}

impl TrainingState {
    pub fn new() -> TrainingState {
        let progress = RwSignal::new(Progress::from_stored(browser::saved_training().as_deref()));
        // Storage follows the progress; an empty one removes the key.
        Effect::new(move |_| {
            progress.with(|p| browser::save_training((!p.is_empty()).then(|| p.to_stored()).as_deref()));
        });
        TrainingState { progress, play: RwSignal::new(None) }
    }

    /// Shows `scenario`: a case left half-way is resumed, any other starts
    /// from its first scene.
    pub fn open(&self, scenario: &'static Scenario) {
        if self.play.with_untracked(|play| play.as_ref().is_none_or(|p| p.scenario().id != scenario.id)) {
            self.restart(scenario);
        }
    }

    /// Plays `scenario` again from its first scene.
    pub fn restart(&self, scenario: &'static Scenario) {
        self.play.set(Some(Playthrough::new(scenario)));
    }

    /// Runs `f` on the case being played; reactive.
    pub fn with_play<T>(&self, f: impl FnOnce(Option<&Playthrough>) -> T) -> T {
        self.play.with(|play| f(play.as_ref()))
    }

    /// The same, without subscribing.
    pub fn with_play_untracked<T>(&self, f: impl FnOnce(Option<&Playthrough>) -> T) -> T {
        self.play.with_untracked(|play| f(play.as_ref()))
    }

    /// The learner picked `choice_id` in the current scene.
    pub fn choose(&self, choice_id: &str) {
        self.play.update(|play| {
            if let Some(play) = play {
                play.choose(choice_id);
            }
        });
    }

    /// On from the feedback to the next scene. At an ending the case's
    /// result is recorded in the progress and returned.
    pub fn proceed(&self) -> Option<Tally> {
        let mut finished = None;
        self.play.update(|play| {
            if let Some(play) = play {
                play.proceed();
                finished = play.is_finished().then(|| (play.scenario().id, play.tally()));
            }
        });
        let (id, tally) = finished?;
        self.progress.update(|progress| progress.record(id, tally));
        Some(tally)
    }

    /// How `scenario_id` went the last times; reactive.
    pub fn record(&self, scenario_id: &str) -> Option<Record> {
        self.progress.with(|p| p.get(scenario_id))
    }

    /// Whether nothing was played yet (or since a reset); reactive.
    pub fn nothing_played(&self) -> bool {
        self.progress.with(Progress::is_empty)
    }

    /// Forgets every result and the case in progress.
    pub fn reset(&self) {
        self.progress.set(Progress::default());
        self.play.set(None);
    }
}

impl Default for TrainingState {
    fn default() -> Self {
        Self::new()
    }
}
