//! The indicator checker screen: set-up, the worker's observations, the
//! person's first screen, their questions, the quick handover and the
//! result. All logic is in `crate::checker`; these components render a
//! `Screening` and forward taps to it.

mod handover;
mod intro;
mod question;
mod result;
mod setup;

use leptos::prelude::*;

use crate::{
    checker::{Question, Screening, Stage},
    i18n::{msg, LangExt},
    ui::{
        browser,
        handlers::click,
        state::{CheckState, I18n},
    },
};

/// Which component stands on the screen; questions share one, so an answer
/// re-renders the question, not the whole stage.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Setup,
    Intro,
    Question,
    Handover,
    Result,
}

#[component]
pub fn CheckScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let part = Memo::new(move |_| {
        check.with(|s| match s.map(Screening::stage) {
            None => Part::Setup,
            Some(Stage::Ask(Question::Intro)) => Part::Intro,
            Some(Stage::Ask(_)) => Part::Question,
            Some(Stage::Handover) => Part::Handover,
            Some(Stage::Result) => Part::Result,
        })
    });
    view! {
        <section class="screen check" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::CHECK_TITLE)}</h1>
            {move || {
                match part.get() {
                    Part::Setup => view! { <setup::Setup /> }.into_any(),
                    Part::Intro => view! { <intro::PersonIntro /> }.into_any(),
                    Part::Question => view! { <question::QuestionCard /> }.into_any(),
                    Part::Handover => view! { <handover::Handover /> }.into_any(),
                    Part::Result => view! { <result::ResultView /> }.into_any(),
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
            browser::focus_by_id("undo-clear");
        })>
            {i18n.tr(msg::CHECK_CLEAR)}
        </button>
    }
}

/// "Very little time?": one tap from any step to the quick handover.
#[component]
fn QuickHandoverButton() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        <button type="button" class="button-handover" on:click=click(move |_| {
            check.update(Screening::hand_over);
            browser::focus_by_id("handover-title");
        })>
            {i18n.tr(msg::CHECK_QUICK_HANDOVER)}
        </button>
    }
}

/// A text the person reads: in their language, large, when it differs from
/// the worker's, with the worker's own beneath.
#[component]
fn PersonText(id: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        {move || {
            check
                .person_text(id)
                .map(|(lang, text)| {
                    view! {
                        <p class=format!("person-text {class}") lang=lang.code() dir=lang.dir().as_str()>
                            {text}
                        </p>
                    }
                })
        }}
        <p class=move || if check.has_person() { format!("worker-text {class}") } else { format!("person-text {class}") }>
            {i18n.tr(id)}
        </p>
    }
}
