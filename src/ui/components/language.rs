//! Choosing a language: the options every picker lists, and the picker for
//! the language of the person the worker helps.

use leptos::{prelude::*, task::spawn_local};

use crate::{
    i18n::{msg, Catalog, Lang, LangExt, Status, StatusExt},
    ui::{
        handlers::change,
        locale::load_catalog,
        state::{I18n, Notice, Notices},
    },
};

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
                <optgroup label=i18n.tr(status.message_id()) data-status=status.as_str()>
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

/// A picker for the person's language, next to the worker's: choosing one
/// fetches its messages into `person`; "same as mine" (or the worker's own
/// language) clears it. Used by the checker's set-up and the person's card.
#[component]
pub fn PersonLanguagePicker(id: &'static str, label: &'static str, person: RwSignal<Option<Catalog>>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let notices = expect_context::<Notices>();
    let on_change = move |event: leptos::ev::Event| match Lang::from_tag(&event_target_value(&event)) {
        Some(lang) if lang != i18n.lang() => {
            spawn_local(async move {
                match load_catalog(lang).await {
                    Ok(catalog) => person.set(Some(catalog)),
                    Err(_) => notices.push(Notice::LanguageFailed),
                }
            });
        }
        _ => person.set(None),
    };
    view! {
        <label for=id>{i18n.tr(label)}</label>
        <select id=id on:change=change(on_change)
            prop:value=move || person.with(|c| c.as_ref().map_or("", |c| c.lang().code()))>
            <option value="">{i18n.tr(msg::CHECK_SAME_LANGUAGE)}</option>
            <LanguageOptions selected=Signal::derive(move || person.with(|p| p.as_ref().map(|c| c.lang()))) />
        </select>
    }
}
