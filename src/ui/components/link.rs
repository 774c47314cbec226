//! Links between screens.

use leptos::prelude::*;

use crate::{
    route::View,
    ui::{
        handlers::click,
        state::{I18n, Nav},
    },
};

/// A link to another screen: a real `href` (so it can be opened in a new
/// tab or copied), handled in place for an ordinary click.
#[component]
pub fn ViewLink(view: View, #[prop(into)] class: String, children: Children) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let on_click = move |event: leptos::ev::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if !modified && event.button() == 0 {
            event.prevent_default();
            nav.go(view);
        }
    };
    view! {
        <a href=view.href(None) class=class on:click=click(on_click)>
            {children()}
        </a>
    }
}

/// A large entry to another screen: a title and one line on what it holds,
/// both message ids, then anything more the caller adds (a case's status).
#[component]
pub fn EntryLink(
    view: View,
    #[prop(into)] title: String,
    #[prop(into)] text: String,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <ViewLink view=view class="entry">
            <span class="entry-title">{i18n.tr_owned(title)}</span>
            <span class="entry-text">{i18n.tr_owned(text)}</span>
            {children.map(|children| children())}
        </ViewLink>
    }
}
