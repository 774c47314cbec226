//! Before the first question: what the checker is, the worker's role, where
//! the person is in their story, the person's language and how many
//! questions to ask.

use leptos::prelude::*;

use crate::{
    checker::{length_of, Path, Screening},
    content::{Audience, Situation},
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

/// Where the person is in their story, with labels; `None` asks the person.
const SITUATIONS: [(Option<Situation>, &str, &str); 3] = [
    (Some(Situation::OnTheWay), msg::CHECK_SITUATION_ON_THE_WAY, "on-the-way"),
    (Some(Situation::AtWork), msg::CHECK_SITUATION_AT_WORK, "at-work"),
    (None, msg::CHECK_SITUATION_UNKNOWN, "unknown"),
];

#[component]
pub fn Setup() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let path = RwSignal::new(Path::Short);
    // A card's role is the default; one tap changes it.
    let role = RwSignal::new(check.card_role());
    let situation = RwSignal::new(None::<Situation>);

    let start = move |_| {
        let screening = Screening::new(path.get_untracked(), role.get_untracked());
        check.start(screening.in_situation(situation.get_untracked()));
        browser::focus_by_id("question-text");
    };
    let path_label = move |path: Path, id: &'static str| {
        move || {
            let (count, minutes) = length_of(path, role.get(), situation.get());
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
            {radios(i18n, "role", &ROLES, role)}
        </fieldset>
        <fieldset class="form-row" aria-describedby="situation-hint">
            <legend>{i18n.tr(msg::CHECK_SITUATION_LABEL)}</legend>
            <p class="hint" id="situation-hint">{i18n.tr(msg::CHECK_SITUATION_HINT)}</p>
            {radios(i18n, "situation", &SITUATIONS, situation)}
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

/// One radio button per option (value, label message, form value), bound to
/// `selected`.
fn radios<T>(
    i18n: I18n,
    name: &'static str,
    options: &'static [(T, &'static str, &'static str)],
    selected: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    options
        .iter()
        .map(|&(choice, label, value)| {
            view! {
                <label class="choice">
                    <input type="radio" name=name value=value checked=move || selected.get() == choice
                        on:change=change(move |_| selected.set(choice)) />
                    {i18n.tr(label)}
                </label>
            }
        })
        .collect_view()
}
