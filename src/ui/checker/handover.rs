//! Very little time to talk (seeds/003, brief §4): the numbers to keep —
//! 112, La Strada's 24-hour line, KCIK — how to be reached again, agreed in
//! words, and the end. No field to write anything in.

use leptos::prelude::*;

use super::PersonText;
use crate::{
    checker::Screening,
    content::contacts,
    i18n::msg,
    ui::{
        browser,
        components::{listen::PersonListen, ContactCard},
        handlers::click,
        state::{CheckState, I18n},
    },
};

/// The lines to hand over, in this order.
const HANDOVER: [&str; 3] = ["emergency", "lastrada", "kcik"];

#[component]
pub fn Handover() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        <div class="handover" data-stage="handover">
            <h2 id="handover-title" tabindex="-1">{i18n.tr(msg::HANDOVER_TITLE)}</h2>
            <PersonText id=msg::HANDOVER_INTRO />
            <ul class="contact-list">
                {HANDOVER
                    .into_iter()
                    .filter_map(contacts::find)
                    .map(|contact| view! { <ContactCard contact=contact /> })
                    .collect_view()}
            </ul>
            <PersonText id=msg::PLAN_REACH />
            <PersonListen ids=vec![msg::HANDOVER_INTRO, msg::PLAN_REACH] />
        </div>
        <div class="check-nav">
            <button type="button" on:click=click(move |_| {
                check.update(Screening::resume);
                browser::focus_by_id("question-text");
            })>{i18n.tr(msg::HANDOVER_CONTINUE)}</button>
        </div>
        <button type="button" class="button-clear" on:click=click(move |_| {
            check.clear_for_good();
            browser::focus_screen_title();
        })>{i18n.tr(msg::HANDOVER_END)}</button>
    }
}
