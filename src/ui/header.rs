//! The header on every screen: the app's name and the language picker in one
//! bar that never wraps; and the 112 strip under it, which stays at the top
//! of the screen while the page scrolls.

use leptos::prelude::*;

use crate::{
    i18n::{msg, Lang},
    route::View,
    ui::{
        components::{LanguageOptions, ViewLink},
        handlers::change,
        state::{I18n, Notices},
    },
};

#[component]
pub fn Header() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let notices = expect_context::<Notices>();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&event)) {
            i18n.switch_to(lang, notices);
        }
    };
    view! {
        // Inside the banner landmark, so no content sits outside a landmark.
        <header class="app-header">
            <a class="skip-link" href="#main">{i18n.tr(msg::SKIP_TO_CONTENT)}</a>
            <ViewLink view=View::Home class="brand">
                {i18n.tr(msg::APP_NAME)}
            </ViewLink>
            <div class="lang-picker">
                // A globe drawn by the stylesheet; the word stays for screen
                // readers, so the bar never wraps.
                <label for="lang-picker" class="lang-label">
                    <span class="visually-hidden">{i18n.tr(msg::LANGUAGE_LABEL)}</span>
                </label>
                <select id="lang-picker" on:change=change(on_change) prop:value=move || i18n.lang().code()>
                    <LanguageOptions selected=Signal::derive(move || Some(i18n.lang())) />
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
        <aside class="emergency-strip" aria-labelledby="emergency-strip-text">
            <span id="emergency-strip-text">{i18n.tr(msg::EMERGENCY_STRIP)}</span>
            <a class="call call-emergency" href="tel:112">{i18n.tr(msg::EMERGENCY_CALL)}</a>
        </aside>
    }
}
