//! The home screen: what the app is and its three parts.

use leptos::prelude::*;

use super::{app::ViewLink, state::I18n};
use crate::{i18n::msg, route::View};

#[component]
pub fn Home() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let t = move |id: &'static str| move || i18n.t(id);
    view! {
        <section class="screen home" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{t(msg::APP_NAME)}</h1>
            <p class="tagline">{t(msg::APP_TAGLINE)}</p>
            <nav aria-label=t(msg::NAV_MAIN)>
                <ul class="entries">
                    <li>
                        <ViewLink view=View::Check class="entry">
                            <span class="entry-title">{t(msg::HOME_CHECK_TITLE)}</span>
                            <span class="entry-text">{t(msg::HOME_CHECK_TEXT)}</span>
                        </ViewLink>
                    </li>
                    <li>
                        <ViewLink view=View::Contacts class="entry">
                            <span class="entry-title">{t(msg::HOME_CONTACTS_TITLE)}</span>
                            <span class="entry-text">{t(msg::HOME_CONTACTS_TEXT)}</span>
                        </ViewLink>
                    </li>
                    <li>
                        <ViewLink view=View::Cards class="entry">
                            <span class="entry-title">{t(msg::HOME_CARDS_TITLE)}</span>
                            <span class="entry-text">{t(msg::HOME_CARDS_TEXT)}</span>
                        </ViewLink>
                    </li>
                </ul>
            </nav>
        </section>
    }
}
