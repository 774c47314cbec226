//! Before the first question: what the checker is, the worker's role, the
//! person's language and how many questions to ask.

use leptos::prelude::*;

use crate::{
    checker::{length_of, Path, Screening},
    content::Audience,
    i18n::msg,
    ui::{
        browser,
        components::{listen::ListenSetting, PersonLanguagePicker},
        handlers::{change, click},
        state::{CheckState, I18n},
    },
};

/// The roles offered at set-up, with their labels; `None` is "other".
const ROLES: [(Option<Audience>, &str, &str); 5] = [
    (Some(Audience::Health), msg::CHECK_ROLE_HEALTH, "health"),
    (Some(Audience::Police), msg::CHECK_ROLE_POLICE, "police"),
    (Some(Audience::Volunteer), msg::CHECK_ROLE_VOLUNTEER, "volunteer"),
    (Some(Audience::Inspector), msg::CHECK_ROLE_INSPECTOR, "inspector"),
    (None, msg::CHECK_ROLE_OTHER, "other"),
];

#[component]
pub fn Setup() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let path = RwSignal::new(Path::Short);
    // A card's role is the default; one tap changes it.
    let role = RwSignal::new(check.card_role());

    let start = move |_| {
        check.start(Screening::new(path.get_untracked(), role.get_untracked()));
        browser::focus_by_id("question-text");
    };
    let path_label = move |path: Path, id: &'static str| {
        move || {
            let (count, minutes) = length_of(path, role.get());
            i18n.t_args(id, &[("count", count.into()), ("minutes", minutes.into())])
        }
    };

    view! {
        {move || {
            check
                .can_undo()
                .then(|| {
                    view! {
                        <div class="cleared" role="status">
                            <p>{i18n.t(msg::CHECK_CLEARED)}</p>
                            <button type="button" id="undo-clear" on:click=click(move |_| {
                                check.undo_clear();
                                browser::focus_screen_title();
                            })>{i18n.t(msg::CHECK_UNDO)}</button>
                        </div>
                    }
                })
        }}
        <p>{i18n.tr(msg::CHECK_INTRO)}</p>
        <p class="disclaimer">{i18n.tr(msg::CHECK_SCREENING_NOT_IDENTIFICATION)}</p>
        <fieldset class="form-row">
            <legend>{i18n.tr(msg::CHECK_ROLE_LABEL)}</legend>
            {ROLES
                .into_iter()
                .map(|(audience, label, value)| {
                    view! {
                        <label class="choice">
                            <input type="radio" name="role" value=value checked=move || role.get() == audience
                                on:change=change(move |_| role.set(audience)) />
                            {i18n.tr(label)}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <div class="form-row">
            <PersonLanguagePicker id="person-lang" label=msg::CHECK_PERSON_LANGUAGE person=check.person_binding() />
        </div>
        <fieldset class="form-row">
            <legend>{i18n.tr(msg::CHECK_PATH_LABEL)}</legend>
            <label class="choice">
                <input type="radio" name="path" checked=move || path.get() == Path::Short
                    on:change=change(move |_| path.set(Path::Short)) />
                {path_label(Path::Short, msg::CHECK_PATH_SHORT)}
            </label>
            <label class="choice">
                <input type="radio" name="path" checked=move || path.get() == Path::Full
                    on:change=change(move |_| path.set(Path::Full)) />
                {path_label(Path::Full, msg::CHECK_PATH_FULL)}
            </label>
        </fieldset>
        <ListenSetting />
        <button type="button" class="button-primary" on:click=click(start)>{i18n.tr(msg::CHECK_START)}</button>
    }
}
