//! The header on every screen: the app's name and the language picker; and
//! the 112 strip under it.

use leptos::prelude::*;

use super::{
    app::ViewLink,
    locale::switch_language,
    state::{I18n, Notices},
};
use crate::{
    i18n::{msg, Lang},
    route::View,
};

#[component]
pub fn Header() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let notices = expect_context::<Notices>();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&event)) {
            switch_language(i18n, notices, lang);
        }
    };
    view! {
        <header class="app-header">
            <ViewLink view=View::Home class="brand">
                {move || i18n.t(msg::APP_NAME)}
            </ViewLink>
            <div class="lang-picker">
                <label for="lang-picker">{move || i18n.t(msg::LANGUAGE_LABEL)}</label>
                <select id="lang-picker" on:change=on_change prop:value=move || i18n.lang().code()>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <option value=lang.code() lang=lang.code() selected=move || i18n.lang() == lang>
                                    {lang.endonym()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </header>
    }
}

/// 112 one tap away on every screen.
#[component]
pub fn EmergencyStrip() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <p class="emergency-strip">
            <span>{move || i18n.t(msg::EMERGENCY_STRIP)}</span>
            <a class="call call-emergency" href="tel:112">{move || i18n.t(msg::EMERGENCY_CALL)}</a>
        </p>
    }
}
