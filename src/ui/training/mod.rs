//! Training mode: the list of cases and one case being played. The story
//! logic is `crate::training`; these components render a `Playthrough` and
//! forward taps to it.

mod case;

use leptos::prelude::*;

pub use case::CaseScreen;

use super::{app::ViewLink, browser, state::I18n};
use crate::ui::handlers::click;
use crate::{
    content::{cards, scenarios, Audience, Scenario},
    i18n::msg,
    route::View,
    training::{Playthrough, Progress, Record},
};

/// Progress (stored on the device) and the case being played (memory only,
/// so it survives a look at a pocket card in between).
#[derive(Clone, Copy)]
pub struct TrainingState {
    pub progress: RwSignal<Progress>,
    pub play: RwSignal<Option<Playthrough>>,
}

impl TrainingState {
    pub fn new() -> TrainingState {
        let progress = RwSignal::new(Progress::from_stored(browser::saved_training().as_deref()));
        // Storage follows the progress; an empty one removes the key.
        Effect::new(move |_| {
            progress.with(|p| browser::save_training((!p.is_empty()).then(|| p.to_stored()).as_deref()))
        });
        TrainingState { progress, play: RwSignal::new(None) }
    }
}

impl Default for TrainingState {
    fn default() -> Self {
        Self::new()
    }
}

/// The title of the pocket card for a role, which names the role ("For
/// health workers") in every language.
pub fn role_title_id(audience: Audience) -> String {
    cards::all()
        .iter()
        .find(|card| card.audience == Some(audience))
        .map(|card| card.title_id())
        .expect("every role has a pocket card (tests/cards.rs)")
}

#[component]
pub fn TrainingScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    let t = move |id: &'static str| i18n.tr(id);
    let (reset_done, set_reset_done) = signal(false);
    let reset = move |_| {
        training.progress.set(Progress::default());
        training.play.set(None);
        set_reset_done.set(true);
    };
    view! {
        <section class="screen training" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{t(msg::TRAINING_TITLE)}</h1>
            <p>{t(msg::TRAINING_INTRO)}</p>
            <ul class="entries entries-cases">
                {scenarios::all().iter().map(|scenario| view! { <li><CaseEntry scenario=scenario /></li> }).collect_view()}
            </ul>
            <p class="training-note">{t(msg::TRAINING_PROGRESS_NOTE)}</p>
            <p>
                <button type="button" class="button-quiet" on:click=click(reset)
                    disabled=move || training.progress.with(Progress::is_empty)>
                    {t(msg::TRAINING_RESET)}
                </button>
            </p>
            <p class="training-status" role="status">
                {move || reset_done.get().then(|| i18n.t(msg::TRAINING_RESET_DONE))}
            </p>
        </section>
    }
}

/// A case in the list: its title, the role it is for, and how it went.
#[component]
fn CaseEntry(scenario: &'static Scenario) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    let title = scenario.title_id();
    let role = role_title_id(scenario.audience);
    view! {
        <ViewLink view=View::Case(scenario.id) class="entry">
            <span class="entry-title">{i18n.tr_owned(title)}</span>
            <span class="entry-text">{i18n.tr_owned(role)}</span>
            <span class="entry-status" data-played=move || training.progress.with(|p| p.get(scenario.id).is_some()).to_string()>
                {move || status_text(i18n, training.progress.with(|p| p.get(scenario.id)))}
            </span>
        </ViewLink>
    }
}

/// How a case went the last times it was played, or that it is new.
fn status_text(i18n: I18n, record: Option<Record>) -> String {
    match record {
        Some(record) => i18n.t_args(
            msg::TRAINING_STATUS_DONE,
            &[("good", record.best_helped.into()), ("total", record.best_total.into())],
        ),
        None => i18n.t(msg::TRAINING_STATUS_NEW),
    }
}
