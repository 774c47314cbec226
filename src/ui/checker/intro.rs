//! The person's first screen (brief §4): before the first question they
//! read, in their language, who is asking, that nothing is written down or
//! sent, that they may skip or stop, and what the worker cannot keep
//! confidential. Police and Border Guard officers say they have duties.

use leptos::prelude::*;

use super::{ClearButton, PersonText, QuickHandoverButton};
use crate::{
    checker::{Answer, Screening},
    content::Audience,
    i18n::{msg, LangExt},
    ui::{
        browser,
        components::listen::PersonListen,
        handlers::click,
        state::{CheckState, I18n},
    },
};

/// Who is asking, in the worker's role.
pub fn who_id(audience: Option<Audience>) -> &'static str {
    match audience {
        Some(Audience::Health) => msg::INTRO_WHO_HEALTH,
        Some(Audience::Police) => msg::INTRO_WHO_POLICE,
        Some(Audience::Volunteer) => msg::INTRO_WHO_VOLUNTEER,
        Some(Audience::Inspector) => msg::INTRO_WHO_INSPECTOR,
        None => msg::INTRO_WHO_OTHER,
    }
}

/// What the worker can and cannot keep confidential, truthfully.
pub fn confidential_id(audience: Option<Audience>) -> &'static str {
    match audience {
        Some(Audience::Police) => msg::INTRO_CONFIDENTIAL_POLICE,
        _ => msg::INTRO_CONFIDENTIAL_OTHER,
    }
}

#[component]
pub fn PersonIntro() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let audience = check.audience();
    view! {
        <div class="person-intro" data-question="intro">
            <p class="question-audience">{i18n.tr(msg::CHECK_FOR_PERSON)}</p>
            <h2 id="question-text" tabindex="-1">{i18n.tr(msg::INTRO_TITLE)}</h2>
            <PersonText id=who_id(audience) />
            <PersonText id=msg::INTRO_WHY />
            <PersonText id=msg::INTRO_NOTHING_KEPT />
            <PersonText id=msg::INTRO_SKIP />
            <PersonText id=confidential_id(audience) />
            <PersonListen ids=vec![
                msg::INTRO_TITLE,
                who_id(audience),
                msg::INTRO_WHY,
                msg::INTRO_NOTHING_KEPT,
                msg::INTRO_SKIP,
                confidential_id(audience),
            ] />
        </div>
        <button type="button" class="button-primary" on:click=click(move |_| {
            check.update(|s: &mut Screening| s.answer(Answer::Yes));
            browser::focus_by_id("question-text");
        })>
            {i18n.tr(msg::INTRO_CONTINUE)}
            {move || {
                check
                    .person_text(msg::INTRO_CONTINUE)
                    .map(|(lang, text)| view! { <span class="answer-person" lang=lang.code() dir=lang.dir().as_str()>{text}</span> })
            }}
        </button>
        <div class="check-nav">
            <button type="button" on:click=click(move |_| {
                check.update(Screening::back);
                browser::focus_by_id("question-text");
            })>{i18n.tr(msg::CHECK_BACK)}</button>
        </div>
        <QuickHandoverButton />
        <ClearButton />
    }
}
