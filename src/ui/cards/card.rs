//! One pocket card: sized for a phone screen per section, and for a folded
//! A6 card in print (contacts and QR code on the back).

use leptos::{context::Provider, prelude::*};

use crate::{
    content::{cards, indicators, law, CardExt, Source},
    i18n::{msg, Catalog, LangExt},
    route::View,
    ui::{
        browser,
        components::{
            listen, source_items, CompactContacts, PersonLanguagePicker, QrCode, SignList, SourceDetails,
            SourceFootnote, ViewLink,
        },
        handlers::click,
        state::{CheckState, I18n, Nav},
    },
};

#[component]
pub fn CardScreen(card: &'static cards::Card) -> impl IntoView {
    // The person's card can be shown in the person's language while the
    // rest of the app stays in the worker's (issue #20).
    let person = RwSignal::new(None::<Catalog>);
    view! {
        <article class="screen pocket-card" data-card=card.id aria-labelledby="screen-title">
            {card
                .for_person()
                .then(|| {
                    view! {
                        <div class="form-row no-print person-card-lang">
                            <PersonLanguagePicker id="card-person-lang" label=msg::CARD_PERSON_LANGUAGE person=person />
                        </div>
                    }
                })}
            {move || match person.get() {
                Some(catalog) => {
                    let lang = catalog.lang();
                    view! {
                        <div lang=lang.code() dir=lang.dir().as_str() class="card-body">
                            <Provider value=I18n::new(catalog)>
                                <CardBody card=card />
                            </Provider>
                        </div>
                    }
                        .into_any()
                }
                None => view! { <div class="card-body"><CardBody card=card /></div> }.into_any(),
            }}
        </article>
    }
}

/// The card's content, actions first (issue #20): the checker and the
/// person's card, whom to call, what to do now; then the signs, how to talk
/// and the legal points. In print the QR code follows where it fits.
#[component]
fn CardBody(card: &'static cards::Card) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let id = card.id;
    let title = card.title_id();
    let intro = card.intro_id();
    let t = move |id: &'static str| i18n.tr(id);
    let (steps_title, law_title) = if card.for_person() {
        (msg::CARD_SECTION_ADVICE, msg::CARD_SECTION_RIGHTS)
    } else {
        (msg::CARD_SECTION_STEPS, msg::CARD_SECTION_LAW)
    };
    let qr_url = Signal::derive(move || browser::app_url(&View::Card(card).link(i18n.lang().code())));
    let qr_label = Signal::derive(i18n.tr_owned(card.title_id()));

    view! {
        <header class="card-front">
            <h1 id="screen-title" tabindex="-1">{i18n.tr_owned(title)}</h1>
            <p class="tagline">{i18n.tr_owned(intro)}</p>
            {card.for_person().then(|| view! { <listen::CardListen card=card /> })}
        </header>
        {card.audience.is_some().then(|| role_actions(i18n, card))}
        <section class="card-section card-call" aria-labelledby=format!("call-{id}")>
            <h2 id=format!("call-{id}")>{t(msg::CARD_SECTION_CONTACTS)}</h2>
            <CompactContacts ids=card.contacts />
        </section>
        <section class="card-section">
            <h2>{t(steps_title)}</h2>
            <ol class="card-steps">{texts(i18n, card.steps)}</ol>
        </section>
        {(!card.signs.is_empty())
            .then(|| {
                view! {
                    <section class="card-section">
                        <h2>{t(msg::CARD_SECTION_SIGNS)}</h2>
                        <SignList signs=indicators::all_of(card.signs) />
                    </section>
                }
            })}
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
            {legal_points(i18n, card.law)}
        </section>
        <section class="card-section card-back">
            <QrCode url=qr_url label=qr_label />
        </section>
        <div class="check-nav no-print">
            <button type="button" on:click=click(move |_| browser::print())>{t(msg::CARD_PRINT)}</button>
            <ViewLink view=View::Share class="button-link">{t(msg::CARD_SHARE)}</ViewLink>
        </div>
        <details class="sources no-print">
            <summary>{t(msg::CARD_SOURCES)}</summary>
            <ul>{source_items(card.sources)}</ul>
        </details>
        <SourceFootnote sources=printed_sources(card) />
    }
}

/// A role card's first actions: the checker, opened for the card's role
/// (through the checker's own state, never into it), and the person's card.
fn role_actions(i18n: I18n, card: &'static cards::Card) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let check = expect_context::<CheckState>();
    let start_check = move |_| {
        check.open_for_role(card.audience);
        nav.go(View::Check);
    };
    view! {
        <div class="card-actions no-print">
            <button type="button" class="button-primary" on:click=click(start_check)>
                {i18n.tr(msg::CARD_START_CHECK)}
            </button>
            {cards::for_person()
                .map(|person| {
                    view! {
                        <ViewLink view=View::Card(person) class="button-link">{i18n.tr(msg::CARD_PERSON_LINK)}</ViewLink>
                    }
                })}
        </div>
    }
}

/// The card's legal points, each with its sources collapsed beneath it.
fn legal_points(i18n: I18n, ids: &'static [&'static str]) -> impl IntoView {
    view! {
        <ul class="card-law">
            {ids
                .iter()
                .map(|id| {
                    view! {
                        <li data-law=*id>
                            {i18n.tr(id)}
                            <SourceDetails sources=law::sources_of(id) />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Every source of what the printed card shows: its signs, its legal
/// points and the card itself, in that order.
fn printed_sources(card: &'static cards::Card) -> Vec<&'static Source> {
    let signs = indicators::all_of(card.signs).into_iter().flat_map(|i| i.sources.iter());
    let points = card.law.iter().flat_map(|id| law::sources_of(id).iter());
    signs.chain(points).chain(card.sources.iter()).collect()
}

fn texts(i18n: I18n, ids: &'static [&'static str]) -> impl IntoView {
    ids.iter().map(move |id| view! { <li>{i18n.tr(id)}</li> }).collect_view()
}
