//! The current screen.

use leptos::prelude::*;

use crate::{route::View, ui::browser};

/// The current screen, kept in step with the address bar.
#[derive(Clone, Copy)]
pub struct Nav {
    view: RwSignal<View>,
}

impl Nav {
    pub fn new(view: View) -> Nav {
        Nav { view: RwSignal::new(view) }
    }

    pub fn view(&self) -> View {
        self.view.get()
    }

    /// Shows `view` and records it in the history, so the phone's back
    /// button returns to the previous screen.
    pub fn go(&self, view: View) {
        if self.view.get_untracked() != view {
            browser::push_view(view);
            self.view.set(view);
            browser::focus_screen_title();
        }
    }

    /// The address changed under us (back/forward): follow it.
    pub fn follow(&self, view: View) {
        self.view.set(view);
    }
}
