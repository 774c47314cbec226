//! The indicator checker screen: set-up, the worker's observations, the
//! person's first screen, their questions, the quick handover and the
//! result. All logic is in `crate::checker`; these components render a
//! `Screening` and forward taps to it.

mod handover;
mod intro;
mod question;
mod result;
mod setup;

use leptos::prelude::*;

use super::state::I18n;
use crate::ui::handlers::click;
use crate::{
    checker::{
        session::{self, Saved},
        Question, Screening, Stage,
    },
    content::Audience,
    i18n::{msg, Catalog, Lang},
    ui::{browser, locale::load_catalog},
};

/// The screening in progress and the person's language, shared by context
/// so they survive a visit to another screen. Kept in this tab's
/// `sessionStorage` (see `checker::session`) so a reload or a call from the
/// result does not lose them; never in `localStorage`, the URL or a log.
#[derive(Clone, Copy)]
pub struct CheckState {
    pub screening: RwSignal<Option<Screening>>,
    /// The person's messages, when their language differs from the worker's.
    pub person: RwSignal<Option<Catalog>>,
    /// The role a pocket card started the checker for, narrowing the questions.
    pub role: RwSignal<Option<Audience>>,
    /// What "clear" just removed, in memory only, for one "undo": gone once
    /// a new screening starts.
    pub cleared: RwSignal<Option<Saved>>,
}

impl CheckState {
    pub fn new() -> CheckState {
        CheckState {
            screening: RwSignal::new(None),
            person: RwSignal::new(None),
            role: RwSignal::new(None),
            cleared: RwSignal::new(None),
        }
    }

    /// The screening saved in this tab, restored; then every change saved.
    pub fn keep_in_tab(&self) {
        let check = *self;
        if let Some(saved) = browser::saved_screening().and_then(|text| session::decode(&text, browser::now_secs())) {
            check.restore(saved);
        } else {
            browser::save_screening(None);
        }
        Effect::new(move |_| {
            let person = check.person.with(|c| c.as_ref().map(Catalog::lang));
            check.screening.with(|screening| match screening {
                Some(screening) => {
                    let saved = Saved { screening: screening.clone(), person };
                    browser::save_screening(Some(&session::encode(&saved, browser::now_secs())));
                }
                None => browser::save_screening(None),
            });
        });
    }

    fn restore(&self, saved: Saved) {
        let check = *self;
        check.screening.set(Some(saved.screening));
        if let Some(lang) = saved.person {
            leptos::task::spawn_local(async move {
                // Offline before that language was cached: the questions
                // show in the worker's language only, as when it is chosen.
                if let Ok(catalog) = load_catalog(lang).await {
                    check.person.set(Some(catalog));
                }
            });
        }
    }

    /// One tap forgets every answer, in memory and in the tab; "undo"
    /// brings them back until a new screening starts.
    pub fn clear(&self) {
        let person = self.person.with_untracked(|c| c.as_ref().map(Catalog::lang));
        let removed = self.screening.get_untracked().map(|screening| Saved { screening, person });
        self.cleared.set(removed);
        self.screening.set(None);
    }

    /// Forgets every answer with no way back: the end of a quick handover,
    /// when someone else may soon hold the phone.
    pub fn clear_for_good(&self) {
        self.cleared.set(None);
        self.screening.set(None);
    }

    pub fn undo_clear(&self) {
        if let Some(saved) = self.cleared.get_untracked() {
            self.cleared.set(None);
            self.restore(saved);
        }
    }

    pub fn update(&self, change: impl FnOnce(&mut Screening)) {
        self.screening.update(|screening| {
            if let Some(screening) = screening {
                change(screening);
            }
        });
    }

    /// The person's text for `id`, if they read another language.
    pub fn person_text(&self, id: &str) -> Option<(Lang, String)> {
        self.person.with(|catalog| catalog.as_ref().map(|c| (c.lang(), c.text(id))))
    }

    /// The role of the screening in progress.
    pub fn audience(&self) -> Option<Audience> {
        self.screening.with(|s| s.as_ref().and_then(|s| s.audience))
    }
}

impl Default for CheckState {
    fn default() -> Self {
        Self::new()
    }
}

/// Which component stands on the screen; questions share one, so an answer
/// re-renders the question, not the whole stage.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Setup,
    Intro,
    Question,
    Handover,
    Result,
}

#[component]
pub fn CheckScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let part = Memo::new(move |_| {
        check.screening.with(|s| match s.as_ref().map(Screening::stage) {
            None => Part::Setup,
            Some(Stage::Ask(Question::Intro)) => Part::Intro,
            Some(Stage::Ask(_)) => Part::Question,
            Some(Stage::Handover) => Part::Handover,
            Some(Stage::Result) => Part::Result,
        })
    });
    view! {
        <section class="screen check" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::CHECK_TITLE)}</h1>
            {move || {
                match part.get() {
                    Part::Setup => view! { <setup::Setup /> }.into_any(),
                    Part::Intro => view! { <intro::PersonIntro /> }.into_any(),
                    Part::Question => view! { <question::QuestionCard /> }.into_any(),
                    Part::Handover => view! { <handover::Handover /> }.into_any(),
                    Part::Result => view! { <result::ResultView /> }.into_any(),
                }
            }}
        </section>
    }
}

/// The "clear all answers" button, on every stage that holds answers.
#[component]
fn ClearButton() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        <button type="button" class="button-clear" on:click=click(move |_| {
            check.clear();
            browser::focus_by_id("undo-clear");
        })>
            {i18n.tr(msg::CHECK_CLEAR)}
        </button>
    }
}

/// "Very little time?": one tap from any step to the quick handover.
#[component]
fn QuickHandoverButton() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        <button type="button" class="button-handover" on:click=click(move |_| {
            check.update(Screening::hand_over);
            browser::focus_by_id("handover-title");
        })>
            {i18n.tr(msg::CHECK_QUICK_HANDOVER)}
        </button>
    }
}

/// A text the person reads: in their language, large, when it differs from
/// the worker's, with the worker's own beneath.
#[component]
fn PersonText(id: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    view! {
        {move || {
            check
                .person_text(id)
                .map(|(lang, text)| {
                    view! {
                        <p class=format!("person-text {class}") lang=lang.code() dir=lang.dir().as_str()>
                            {text}
                        </p>
                    }
                })
        }}
        <p class=move || if check.person.with(Option::is_some) { format!("worker-text {class}") } else { format!("person-text {class}") }>
            {i18n.tr(id)}
        </p>
    }
}
