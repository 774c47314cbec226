//! The indicator checker's state: the screening in progress and the
//! person's language.

use leptos::prelude::*;

use crate::{
    checker::{
        session::{self, Saved},
        Screening,
    },
    content::Audience,
    i18n::{Catalog, Lang},
    ui::{browser, locale::load_catalog},
};

/// The screening in progress and the person's language, shared by context
/// so they survive a visit to another screen. Kept in this tab's
/// `sessionStorage` (see `checker::session`) so a reload or a call from the
/// result does not lose them; never in `localStorage`, the URL or a log.
#[derive(Clone, Copy)]
pub struct CheckState {
    screening: RwSignal<Option<Screening>>,
    /// The person's messages, when their language differs from the worker's.
    person: RwSignal<Option<Catalog>>,
    /// The role a pocket card started the checker for, narrowing the questions.
    role: RwSignal<Option<Audience>>,
    /// What "clear" just removed, in memory only, for one "undo": gone once
    /// a new screening starts.
    cleared: RwSignal<Option<Saved>>,
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

    /// Starts `screening`, as set-up made it. A card's role applies to the
    /// check it started, not to later ones, and an "undo" of an earlier clear
    /// is no longer offered.
    pub fn start(&self, screening: Screening) {
        self.cleared.set(None);
        self.screening.set(Some(screening));
        self.role.set(None);
    }

    /// A pocket card opens the checker for its role: whatever was in
    /// progress is cleared (with "undo"), and set-up offers the card's role.
    pub fn open_for_role(&self, role: Option<Audience>) {
        self.role.set(role);
        self.clear();
    }

    /// The role set-up offers first: the card's that opened the checker.
    pub fn card_role(&self) -> Option<Audience> {
        self.role.get_untracked()
    }

    /// Whether "undo" can bring back what "clear" removed; reactive.
    pub fn can_undo(&self) -> bool {
        self.cleared.with(Option::is_some)
    }

    /// Runs `f` on the screening in progress; reactive.
    pub fn with<T>(&self, f: impl FnOnce(Option<&Screening>) -> T) -> T {
        self.screening.with(|s| f(s.as_ref()))
    }

    /// The same, without subscribing, for an event handler.
    pub fn with_untracked<T>(&self, f: impl FnOnce(Option<&Screening>) -> T) -> T {
        self.screening.with_untracked(|s| f(s.as_ref()))
    }

    /// Runs `f` on the person's messages, if they read another language; reactive.
    pub fn with_person<T>(&self, f: impl FnOnce(Option<&Catalog>) -> T) -> T {
        self.person.with(|c| f(c.as_ref()))
    }

    /// Whether the person reads another language than the worker; reactive.
    pub fn has_person(&self) -> bool {
        self.person.with(Option::is_some)
    }

    /// The person's language, if it differs from the worker's; reactive.
    pub fn person_lang(&self) -> Option<Lang> {
        self.person.with(|c| c.as_ref().map(Catalog::lang))
    }

    /// The person's messages as the set-up's language picker binds them:
    /// the one place outside this handle that sets them.
    pub fn person_binding(&self) -> RwSignal<Option<Catalog>> {
        self.person
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
        self.with_person(|catalog| catalog.map(|c| (c.lang(), c.text(id))))
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
