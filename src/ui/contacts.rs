//! The contacts screen: every referral contact, 112 first, each number one
//! tap from a call, with hours, languages, how fresh it is and its sources.

use leptos::prelude::*;

use crate::{
    content::{contacts, Group},
    i18n::msg,
    ui::{components::ContactCard, state::I18n},
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

#[component]
fn ContactGroup(group: Group) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let heading_id = ["contacts-", group.as_str()].concat();
    let labelled_by = heading_id.clone();
    view! {
        <section class="contact-group" aria-labelledby=labelled_by>
            <h2 id=heading_id>{i18n.tr(group.title_id())}</h2>
            {(group == Group::UkrainianNetworks)
                .then(|| view! { <p class="warning">{i18n.tr(msg::CONTACTS_UKRAINE_WARNING)}</p> })}
            <ul class="contact-list">
                {contacts::in_group(group).map(|contact| view! { <ContactCard contact=contact /> }).collect_view()}
            </ul>
        </section>
    }
}
