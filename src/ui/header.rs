//! The header on every screen: the app's name and the language picker in one
//! bar that never wraps; and the 112 strip under it, which stays at the top
//! of the screen while the page scrolls.

use leptos::prelude::*;

use super::{
    app::ViewLink,
    locale::switch_language,
    state::{I18n, Notices},
};
use crate::ui::handlers::change;
use crate::{
    i18n::{msg, Lang, Status},
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

/// The languages as options, each named in itself so a person finds their
/// own whatever the screen's language, grouped by how the translation was
/// checked: the menu itself is honest about quality. Used by every picker.
#[component]
pub fn LanguageOptions(#[prop(into)] selected: Signal<Option<Lang>>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let of_status = |status: Status| Lang::ALL.into_iter().filter(move |lang| lang.status() == status);
    Status::ALL
        .into_iter()
        .filter(move |status| of_status(*status).next().is_some())
        .map(move |status| {
            view! {
                <optgroup label=i18n.tr(status.message_id()) data-status=format!("{status:?}")>
                    {of_status(status)
                        .map(|lang| {
                            view! {
                                <option value=lang.code() lang=lang.code() dir=lang.dir().as_str()
                                    selected=move || selected.get() == Some(lang)>
                                    {lang.endonym()}
                                </option>
                            }
                        })
                        .collect_view()}
                </optgroup>
            }
        })
        .collect_view()
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

/// A picker for the person's language, next to the worker's: choosing one
/// fetches its messages into `person`; "same as mine" (or the worker's own
/// language) clears it. Used by the checker's set-up and the person's card.
#[component]
pub fn PersonLanguagePicker(
    id: &'static str,
    label: &'static str,
    person: RwSignal<Option<crate::i18n::Catalog>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let notices = expect_context::<Notices>();
    let on_change = move |event: leptos::ev::Event| match Lang::from_tag(&event_target_value(&event)) {
        Some(lang) if lang != i18n.lang() => {
            leptos::task::spawn_local(async move {
                match super::locale::load_catalog(lang).await {
                    Ok(catalog) => person.set(Some(catalog)),
                    Err(_) => notices.push(super::state::Notice::LanguageFailed),
                }
            });
        }
        _ => person.set(None),
    };
    view! {
        <label for=id>{i18n.tr(label)}</label>
        <select id=id on:change=change(on_change)
            prop:value=move || person.with(|c| c.as_ref().map(|c| c.lang().code()).unwrap_or(""))>
            <option value="">{i18n.tr(msg::CHECK_SAME_LANGUAGE)}</option>
            <LanguageOptions selected=Signal::derive(move || person.with(|p| p.as_ref().map(|c| c.lang()))) />
        </select>
    }
}
