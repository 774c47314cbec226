//! One question per screen, in the worker's language and, below it, in the
//! person's, with large answer buttons both can read.

use leptos::prelude::*;

use super::{ClearButton, QuickHandoverButton};
use crate::{
    checker::{Answer, Question, Screening, Stage},
    content::Kind,
    i18n::{msg, LangExt},
    ui::{
        browser,
        components::{call_112, listen},
        handlers::click,
        state::{CheckState, I18n},
    },
};

const ANSWERS: [(Answer, &str, &str); 4] = [
    (Answer::Yes, msg::CHECK_ANSWER_YES, "answer-yes"),
    (Answer::No, msg::CHECK_ANSWER_NO, "answer-no"),
    (Answer::NotSure, msg::CHECK_ANSWER_NOT_SURE, "answer-not-sure"),
    (Answer::PreferNotToSay, msg::CHECK_ANSWER_PREFER_NOT, "answer-prefer-not"),
];

/// Where the focus goes after an answer, a skip, a step back or "finish
/// now": the heading, which stays the same element from one question to the
/// next and now holds the new one; or, once the questions are over and the
/// result replaces them, the screen's title (the heading is gone by then).
fn focus_next(check: CheckState) {
    match check.with_untracked(|s| s.map(Screening::stage)) {
        Some(Stage::Result) | None => browser::focus_screen_title(),
        Some(Stage::Handover) => browser::focus_by_id("handover-title"),
        Some(Stage::Ask(Question::Intro)) => browser::focus_by_id("question-text"),
        Some(Stage::Ask(_)) => browser::focus_now("question-text"),
    }
}

/// How to separate the person from a companion (brief §4 and §4b).
fn alone_how_id(audience: Option<crate::content::Audience>) -> &'static str {
    use crate::content::Audience;
    match audience {
        Some(Audience::Health) => msg::ALONE_HOW_HEALTH,
        Some(Audience::Police) => msg::ALONE_HOW_POLICE,
        Some(Audience::Volunteer) => msg::ALONE_HOW_VOLUNTEER,
        Some(Audience::Inspector) => msg::ALONE_HOW_INSPECTOR,
        None => msg::ALONE_HOW_OTHER,
    }
}

/// What every button of the question does: change the screening, then move
/// the focus to what now stands in the question's place.
fn act(check: CheckState, change: impl FnOnce(&mut Screening)) {
    // What was being read aloud no longer stands on the screen.
    listen::stop();
    check.update(change);
    focus_next(check);
}

#[component]
pub fn QuestionCard() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    // The question's elements stay from one question to the next and only
    // their texts and attributes follow `shown`: an answer costs a few text
    // updates, not a new block of buttons with their listeners. It also keeps
    // the heading the focus is on, whatever arrives meanwhile (the person's
    // catalogue loads while the first question is already shown).
    let shown = Memo::new(move |_| check.with(|s| s.and_then(Screening::current).and_then(Question::shown)));
    let asks = Memo::new(move |_| shown.with(|s| s.as_ref().is_some_and(|s| s.kind == Kind::Ask)));
    let text_id = move || shown.with(|s| s.as_ref().map(|s| s.text_id.clone()).unwrap_or_default());
    let progress = move || check.with(|s| s.map_or((0, 0), Screening::progress));
    // Memos, so the alert and the back button are touched only when what
    // they show changes, not on every answer.
    let danger = Memo::new(move |_| check.with(|s| s.is_some_and(|s| s.answers().danger())));
    let can_go_back = Memo::new(move |_| check.with(|s| s.is_some_and(Screening::can_go_back)));
    // Only a question put to the person is shown in their language too.
    let person = move || if asks.get() { check.person_text(&text_id()) } else { None };

    view! {
        // Announced as it appears, unlike on the result where it is read in place.
        <div role="alert">{move || danger.get().then(call_112)}</div>
        <p class="progress-text">
            {move || {
                let (current, total) = progress();
                i18n.t_args(msg::CHECK_PROGRESS, &[("current", current.into()), ("total", total.into())])
            }}
        </p>
        <progress max=move || progress().1 value=move || progress().0 aria-hidden="true"></progress>
        <p class="question-group">{move || shown.with(|s| s.as_ref().map(|s| i18n.t(&s.group)))}</p>
        <div class="question" class:question-observe=move || !asks.get()
            data-question=move || shown.with(|s| s.as_ref().map(|s| s.key.clone()))>
            <p class="question-audience">
                {move || i18n.t(if asks.get() { msg::CHECK_FOR_PERSON } else { msg::CHECK_FOR_WORKER })}
            </p>
            // The person's language comes first, in large type, so the
            // phone can be turned towards them; the worker's is beneath.
            {move || {
                person()
                    .map(|(lang, text)| {
                        view! {
                            <p class="question-person" lang=lang.code() dir=lang.dir().as_str()>
                                {text}
                            </p>
                        }
                    })
            }}
            <h2 id="question-text" tabindex="-1" class:question-beneath=move || asks.get() && check.has_person()>
                {move || i18n.t(&text_id())}
            </h2>
        </div>
        // How to get the person alone, in the words of the worker's role.
        {move || {
            shown
                .with(|s| s.as_ref().is_some_and(|s| s.key == "alone"))
                .then(|| view! { <p class="alone-how">{i18n.t(alone_how_id(check.audience()))}</p> })
        }}
        <div class="answers" role="group" aria-labelledby="question-text">
            {ANSWERS
                .iter()
                .map(|&(answer, label, class)| {
                    let person_label = move || if asks.get() { check.person_text(label) } else { None };
                    // The worker cannot decline for the person: only a
                    // question put to them offers "prefer not to say".
                    view! {
                        <button type="button" class=format!("answer {class}") hidden=move || answer == Answer::PreferNotToSay && !asks.get()
                            on:click=click(move |_| act(check, |s| s.answer(answer)))>
                            <span>{i18n.tr(label)}</span>
                            {move || {
                                person_label()
                                    .map(|(lang, text)| {
                                        view! {
                                            <span class="answer-person" lang=lang.code() dir=lang.dir().as_str()>
                                                {text}
                                            </span>
                                        }
                                    })
                            }}
                        </button>
                    }
                })
                .collect_view()}
        </div>
        // After the answers it reads, so the keyboard reaches them first.
        <listen::QuestionListen text_id=Signal::derive(move || asks.get().then(text_id)) />
        <div class="check-nav">
            <button type="button" disabled=move || !can_go_back.get() on:click=click(move |_| act(check, |s| s.back()))>
                {i18n.tr(msg::CHECK_BACK)}
            </button>
            <button type="button" on:click=click(move |_| act(check, |s| s.skip()))>{i18n.tr(msg::CHECK_SKIP)}</button>
            <button type="button" on:click=click(move |_| act(check, |s| s.finish()))>{i18n.tr(msg::CHECK_FINISH_NOW)}</button>
        </div>
        <QuickHandoverButton />
        <ClearButton />
    }
}
