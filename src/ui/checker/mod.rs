//! The indicator checker screen: set-up, one question at a time, result.
//! All logic is in `crate::checker`; these components render a `Screening`
//! and forward taps to it.

mod question;
mod result;
mod setup;

use leptos::prelude::*;

use super::state::I18n;
use crate::ui::handlers::click;
use crate::{
    checker::Screening,
    content::Audience,
    i18n::{msg, Catalog, Lang},
};

/// The screening in progress and the person's language, shared by context
/// so they survive a visit to another screen. Memory only: never stored.
#[derive(Clone, Copy)]
pub struct CheckState {
    pub screening: RwSignal<Option<Screening>>,
    /// The person's messages, when their language differs from the worker's.
    pub person: RwSignal<Option<Catalog>>,
    /// The role a pocket card started the checker for, narrowing the questions.
    pub role: RwSignal<Option<Audience>>,
}

impl CheckState {
    pub fn new() -> CheckState {
        CheckState { screening: RwSignal::new(None), person: RwSignal::new(None), role: RwSignal::new(None) }
    }

    /// One tap forgets every answer.
    pub fn clear(&self) {
        self.screening.set(None);
    }

    pub fn update(&self, change: impl FnOnce(&mut Screening)) {
        self.screening.update(|screening| {
            if let Some(screening) = screening {
                change(screening);
            }
        });
    }

    /// The person's text for `id`, if they read another language.
    pub fn person_text(&self, id: &str) -> Option<(Lang, String)> {
        self.person.with(|catalog| catalog.as_ref().map(|c| (c.lang(), c.text(id))))
    }
}

impl Default for CheckState {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn CheckScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    // A memo, so an answer re-renders the question, not the whole stage.
    let stage = Memo::new(move |_| check.screening.with(|s| s.as_ref().map(Screening::is_finished)));
    view! {
        <section class="screen check" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::CHECK_TITLE)}</h1>
            {move || {
                match stage.get() {
                    None => view! { <setup::Setup /> }.into_any(),
                    Some(false) => view! { <question::QuestionCard /> }.into_any(),
                    Some(true) => view! { <result::ResultView /> }.into_any(),
                }
            }}
        </section>
    }
}

/// The "clear all answers" button, on every stage that holds answers.
#[component]
fn ClearButton() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        <button type="button" class="button-clear" on:click=click(move |_| {
            check.clear();
            super::browser::focus_screen_title();
        })>
            {i18n.tr(msg::CHECK_CLEAR)}
        </button>
    }
}
