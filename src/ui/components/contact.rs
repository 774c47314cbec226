//! Contacts and sources as every screen shows them, so a short list never
//! drops a fact the contacts screen gives.

use leptos::prelude::*;

use crate::{
    content::{contacts, Contact, ContactExt, PhoneNumber, PhoneNumberExt, Source, WrittenDate},
    i18n::{msg, LangExt},
    ui::{browser, state::I18n},
};

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
    let text = seen.iter().map(|s| format!("{}, {}", s.title, WrittenDate(s.date))).collect::<Vec<_>>().join("; ");
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
        .map(|source| view! { <li>{source.title} ", " <time>{WrittenDate(source.date).to_string()}</time></li> })
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
        text.push_str(&i18n.t(&lang.name_id()));
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
