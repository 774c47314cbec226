//! One pocket card: sized for a phone screen per section, and for a folded
//! A6 card in print (contacts and QR code on the back).

use leptos::prelude::*;

use super::QrCode;
use crate::ui::handlers::click;
use crate::{
    content::{cards, indicators},
    i18n::msg,
    route::View,
    ui::{app::ViewLink, browser, checker::CheckState, contacts::{source_items, CompactContacts}, listen, state::{I18n, Nav}},
};

#[component]
pub fn CardScreen(id: &'static str) -> impl IntoView {
    let card = cards::find(id).expect("routes only name known cards");
    let i18n = expect_context::<I18n>();
    let nav = expect_context::<Nav>();
    let check = expect_context::<CheckState>();
    let title = card.title_id();
    let intro = card.intro_id();
    let t = move |id: &'static str| i18n.tr(id);
    let (steps_title, law_title) = if card.for_person() {
        (msg::CARD_SECTION_ADVICE, msg::CARD_SECTION_RIGHTS)
    } else {
        (msg::CARD_SECTION_STEPS, msg::CARD_SECTION_LAW)
    };
    let qr_url = Signal::derive(move || browser::app_url(&View::Card(id).href(Some(i18n.lang().code()))));
    let qr_label = Signal::derive(i18n.tr_owned(card.title_id()));
    let start_check = move |_| {
        check.role.set(card.audience);
        check.clear();
        nav.go(View::Check);
    };

    view! {
        <article class="screen pocket-card" data-card=id aria-labelledby="screen-title">
            <header class="card-front">
                <h1 id="screen-title" tabindex="-1">{i18n.tr_owned(title)}</h1>
                <p class="tagline">{i18n.tr_owned(intro)}</p>
                {card.for_person().then(|| view! { <listen::CardListen card=card /> })}
            </header>
            {(!card.signs.is_empty())
                .then(|| {
                    view! {
                        <section class="card-section">
                            <h2>{t(msg::CARD_SECTION_SIGNS)}</h2>
                            <ul class="card-signs">
                                {card
                                    .signs
                                    .iter()
                                    .filter_map(|sign| indicators::find(sign))
                                    .map(|indicator| {
                                        let id = indicator.sign_id();
                                        view! { <li>{i18n.tr_owned(id)}</li> }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
            <section class="card-section">
                <h2>{t(steps_title)}</h2>
                <ol class="card-steps">{texts(i18n, card.steps)}</ol>
            </section>
            {(!card.talk.is_empty())
                .then(|| {
                    view! {
                        <section class="card-section">
                            <h2>{t(msg::CARD_SECTION_TALK)}</h2>
                            <ul>{texts(i18n, card.talk)}</ul>
                        </section>
                    }
                })}
            <section class="card-section">
                <h2>{t(law_title)}</h2>
                <ul>{texts(i18n, card.law)}</ul>
            </section>
            <section class="card-section card-back">
                <h2>{t(msg::CARD_SECTION_CONTACTS)}</h2>
                <CompactContacts ids=card.contacts />
                <QrCode url=qr_url label=qr_label />
            </section>
            <div class="check-nav no-print">
                {card
                    .audience
                    .map(|_| {
                        view! {
                            <button type="button" class="button-primary" on:click=click(start_check)>
                                {t(msg::CARD_START_CHECK)}
                            </button>
                        }
                    })}
                <button type="button" on:click=click(move |_| browser::print())>{t(msg::CARD_PRINT)}</button>
                <ViewLink view=View::Share class="button-link">{t(msg::CARD_SHARE)}</ViewLink>
            </div>
            <details class="sources no-print">
                <summary>{t(msg::CARD_SOURCES)}</summary>
                <ul>{source_items(card.sources)}</ul>
            </details>
        </article>
    }
}

fn texts(i18n: I18n, ids: &'static [&'static str]) -> impl IntoView {
    ids.iter().map(move |id| view! { <li>{i18n.tr(id)}</li> }).collect_view()
}
