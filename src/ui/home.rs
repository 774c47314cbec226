//! The home screen: what the app is and its four parts.

use leptos::prelude::*;

use crate::{
    i18n::msg,
    route::View,
    ui::{components::EntryLink, state::I18n},
};

#[component]
pub fn Home() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let t = move |id: &'static str| i18n.tr(id);
    view! {
        <section class="screen home" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{t(msg::APP_NAME)}</h1>
            <p class="tagline">{t(msg::APP_TAGLINE)}</p>
            <nav aria-label=t(msg::NAV_MAIN)>
                <ul class="entries">
                    <li><EntryLink view=View::Check title=msg::HOME_CHECK_TITLE text=msg::HOME_CHECK_TEXT /></li>
                    <li><EntryLink view=View::Contacts title=msg::HOME_CONTACTS_TITLE text=msg::HOME_CONTACTS_TEXT /></li>
                    <li><EntryLink view=View::Cards title=msg::HOME_CARDS_TITLE text=msg::HOME_CARDS_TEXT /></li>
                    <li><EntryLink view=View::Training title=msg::HOME_TRAINING_TITLE text=msg::HOME_TRAINING_TEXT /></li>
                </ul>
            </nav>
        </section>
    }
}
