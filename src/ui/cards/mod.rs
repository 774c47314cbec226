//! Pocket cards, their QR codes and the poster. Content comes from
//! `content::cards`.

mod card;
mod share;

use leptos::prelude::*;

pub use card::CardScreen;
pub use share::{PosterScreen, ShareScreen};

use crate::{
    content::{cards, CardExt},
    i18n::msg,
    route::View,
    ui::{
        components::{EntryLink, ViewLink},
        state::I18n,
    },
};

#[component]
pub fn CardsScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <section class="screen cards" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::CARDS_TITLE)}</h1>
            <p>{i18n.tr(msg::CARDS_INTRO)}</p>
            <ul class="entries entries-cards">
                {cards::all()
                    .iter()
                    .map(|card| {
                        view! {
                            <li>
                                <EntryLink view=View::Card(card) title=card.title_id() text=card.intro_id() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <ViewLink view=View::Share class="button-link">{i18n.tr(msg::CARD_SHARE)}</ViewLink>
            </p>
        </section>
    }
}
