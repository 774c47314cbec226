//! The contacts screen: every referral contact, 112 first, each number one
//! tap from a call, with hours, languages, how fresh it is and its sources.

use leptos::prelude::*;

use super::{browser, state::I18n};
use crate::{
    content::{contacts, Contact, Group, PhoneNumber, Source},
    i18n::msg,
};

#[component]
pub fn ContactsScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <section class="screen contacts" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::CONTACTS_TITLE)}</h1>
            <p>{i18n.tr(msg::CONTACTS_INTRO)}</p>
            {Group::ALL.into_iter().map(|group| view! { <ContactGroup group=group /> }).collect_view()}
        </section>
    }
}

fn group_title(group: Group) -> &'static str {
    match group {
        Group::Main => msg::CONTACTS_SECTION_MAIN,
        Group::More => msg::CONTACTS_SECTION_MORE,
        Group::Children => msg::CONTACTS_SECTION_CHILDREN,
        Group::UkrainianNetworks => msg::CONTACTS_SECTION_UKRAINE,
    }
}

#[component]
fn ContactGroup(group: Group) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // ASCII lowercasing: `str::to_lowercase` would bring Unicode's case
    // tables into the wasm for four fixed English words.
    let heading_id = format!("contacts-{group:?}").to_ascii_lowercase();
    let labelled_by = heading_id.clone();
    view! {
        <section class="contact-group" aria-labelledby=labelled_by>
            <h2 id=heading_id>{i18n.tr(group_title(group))}</h2>
            {(group == Group::UkrainianNetworks)
                .then(|| view! { <p class="warning">{i18n.tr(msg::CONTACTS_UKRAINE_WARNING)}</p> })}
            <ul class="contact-list">
                {contacts::in_group(group).map(|contact| view! { <ContactCard contact=contact /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn ContactCard(contact: &'static Contact) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let name_id = contact.name_id();
    let help_id = contact.help_id();
    let source_count = contact.sources.len();
    view! {
        <li class="contact" class:contact-emergency=contact.is_emergency() data-contact=contact.id>
            <h3>{i18n.tr_owned(name_id)}</h3>
            <p class="contact-help">{i18n.tr_owned(help_id)}</p>
            <ul class="numbers">
                {contact.numbers.iter().map(|number| view! { <Number contact=contact number=number /> }).collect_view()}
            </ul>
            {contact.email.map(|email| {
                view! {
                    <p class="field-row">
                        <span class="field">{i18n.tr(msg::FIELD_EMAIL)} ": "</span>
                        <a href=format!("mailto:{email}")>{email}</a>
                    </p>
                }
            })}
            <p class="field-row">
                <span class="field">{i18n.tr(msg::FIELD_LANGUAGES)} ": "</span>
                {move || languages_text(i18n, contact)}
            </p>
            <details class="sources">
                <summary>
                    {move || i18n.t_args(msg::SOURCES_TITLE, &[("count", source_count.into())])}
                </summary>
                <ul>{source_items(contact.sources)}</ul>
            </details>
        </li>
    }
}

/// A fact's sources, collapsed under "Sources (n)", as on the contacts
/// screen; nothing when there are none. Hidden in print, where the card's
/// short footnote (`SourceFootnote`) names them instead.
#[component]
pub fn SourceDetails(sources: &'static [Source]) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let count = sources.len();
    (count > 0).then(|| {
        view! {
            <details class="sources">
                <summary>{move || i18n.t_args(msg::SOURCES_TITLE, &[("count", count.into())])}</summary>
                <ul>{source_items(sources)}</ul>
            </details>
        }
    })
}

/// "Sources: title, date; …": every distinct source of what a printed card
/// shows, as one short line at its end (print only).
#[component]
pub fn SourceFootnote(sources: Vec<&'static Source>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let mut seen: Vec<&'static Source> = Vec::new();
    for source in sources {
        if !seen.contains(&source) {
            seen.push(source);
        }
    }
    let text = seen.iter().map(|s| format!("{}, {}", s.title, s.date)).collect::<Vec<_>>().join("; ");
    view! {
        <p class="print-only card-footnote">
            <span class="field">{i18n.tr(msg::CARD_SOURCES_PRINT)}</span>
            " "
            {text}
        </p>
    }
}

/// One list item per source: its title as written, then its date.
pub fn source_items(sources: &'static [Source]) -> impl IntoView {
    sources
        .iter()
        .map(|source| view! { <li>{source.title} ", " <time>{source.date.to_string()}</time></li> })
        .collect_view()
}

/// The languages a line answers in, named in the reader's language, then
/// any qualification ("others by arrangement").
fn languages_text(i18n: I18n, contact: &Contact) -> String {
    let mut text = String::new();
    for lang in contact.languages {
        if !text.is_empty() {
            text.push_str(", ");
        }
        text.push_str(&i18n.t(&format!("lang-name-{}", lang.code())));
    }
    if let Some(note) = &contact.languages_note {
        if !text.is_empty() {
            text.push_str(". ");
        }
        text.push_str(&i18n.t(note));
    }
    text
}

/// One number with every fact that goes with it, wherever it is shown: the
/// line's label (which one is 24/7), the number (a link to call, where it
/// can be called from a Polish phone), its hours and, when it is not
/// current (`PhoneNumber::is_current`), the year it was last confirmed.
/// The contacts screen and the compact lists use this same view, so a
/// short list never drops a fact.
#[component]
pub fn Number(contact: &'static Contact, number: &'static PhoneNumber) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let hours = number.hours;
    let label = number.label.map(|label| view! { <span class="call-label">{i18n.tr(label)}</span> });
    // Digits stay left-to-right inside right-to-left text.
    let digits = view! { <span class="call-number" dir="ltr">{number.display}</span> };
    let call = if contact.is_tappable(number) {
        view! { <a class="call" href=number.tel_href()>{label}{digits}</a> }.into_any()
    } else {
        view! { <span class="call call-not-tappable">{label}{digits}</span> }.into_any()
    };
    view! {
        <li class="number" data-dial=number.dial>
            {call}
            <p class="field-row number-hours">
                <span class="field">{i18n.tr(msg::FIELD_HOURS)} ": "</span>
                {i18n.tr(hours)}
            </p>
            {number
                .last_confirmed_note(browser::current_year())
                .map(|year| {
                    view! {
                        <p class="last-confirmed">
                            {move || i18n.t_args(msg::LAST_CONFIRMED, &[("year", year.into())])}
                        </p>
                    }
                })}
        </li>
    }
}

/// Contacts, compact: the name, then each number with its label, hours and
/// "last confirmed" year (the same `Number` view as the contacts screen).
/// Used where a list of contacts closes a card or a training case.
#[component]
pub fn CompactContacts(ids: &'static [&'static str]) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <ul class="card-contacts">
            {ids
                .iter()
                .filter_map(|id| contacts::find(id))
                .map(|contact| {
                    let name = contact.name_id();
                    view! {
                        <li data-contact=contact.id class:contact-emergency=contact.is_emergency()>
                            <span class="card-contact-name">{i18n.tr_owned(name)}</span>
                            <ul class="numbers">
                                {contact
                                    .numbers
                                    .iter()
                                    .map(|number| view! { <Number contact=contact number=number /> })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
