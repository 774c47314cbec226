//! Messages that are not part of a screen, each dismissible.

use leptos::prelude::*;

/// Something the user should know that is not part of a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The link named a language the app does not have.
    UnknownLanguage,
    /// The link named a screen the app does not have.
    UnknownView,
    /// The link named a pocket card the app does not have.
    UnknownCard,
    /// The link named a training case the app does not have.
    UnknownCase,
    /// A language could not be fetched (offline before it was cached).
    LanguageFailed,
    /// A new version is installed; it takes over only when the user taps.
    UpdateReady,
}

impl Notice {
    /// Every kind, in the order they are shown.
    pub const ALL: [Notice; 6] = [
        Notice::UnknownLanguage,
        Notice::UnknownView,
        Notice::UnknownCard,
        Notice::UnknownCase,
        Notice::LanguageFailed,
        Notice::UpdateReady,
    ];
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    pub fn new(initial: Vec<Notice>) -> Notices {
        Notices(RwSignal::new(initial))
    }

    pub fn push(&self, notice: Notice) {
        self.0.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    /// Whether `notice` is showing; reactive.
    pub fn has(&self, notice: Notice) -> bool {
        self.0.with(|list| list.contains(&notice))
    }

    pub fn dismiss(&self, notice: Notice) {
        self.0.update(|list| list.retain(|n| *n != notice));
    }
}
