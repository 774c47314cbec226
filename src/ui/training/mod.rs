//! Training mode: the list of cases and one case being played. The story
//! logic is `crate::training`; these components render a `Playthrough` and
//! forward taps to it.

mod case;

use leptos::prelude::*;

pub use case::CaseScreen;

use crate::{
    content::{cards, scenarios, Audience, Card, CardExt, Scenario, ScenarioExt},
    i18n::msg,
    route::View,
    training::Record,
    ui::{
        components::EntryLink,
        handlers::click,
        state::{I18n, TrainingState},
    },
};

/// The title of the pocket card for a role, which names the role in every
/// language.
pub fn role_title_id(audience: Audience) -> String {
    cards::for_role(audience).map(Card::title_id).unwrap_or_default()
}

#[component]
pub fn TrainingScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    let t = move |id: &'static str| i18n.tr(id);
    let (reset_done, set_reset_done) = signal(false);
    let reset = move |_| {
        training.reset();
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
                    disabled=move || training.nothing_played()>
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
    let record = move || training.record(scenario.id);
    view! {
        <EntryLink view=View::Case(scenario) title=scenario.title_id() text=role_title_id(scenario.audience)>
            <span class="entry-status" data-played=move || record().is_some().to_string()>
                {move || status_text(i18n, record())}
            </span>
        </EntryLink>
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
