//! The root component: provides the shared state and picks the screen.

use leptos::prelude::*;

use crate::{
    i18n::{msg, Catalog, LangExt},
    route::View,
    static_page::FIRST_PAINT_AFTER,
    ui::{
        about::AboutScreen,
        browser,
        cards::{CardScreen, CardsScreen, PosterScreen, ShareScreen},
        checker::CheckScreen,
        components::ViewLink,
        contacts::ContactsScreen,
        handlers::click,
        header::{EmergencyStrip, Header},
        home::Home,
        state::{CheckState, I18n, Nav, Notice, Notices, TrainingState},
        training::{CaseScreen, TrainingScreen},
    },
};

#[component]
pub fn App(catalog: Catalog, view: View, notices: Vec<Notice>) -> impl IntoView {
    let i18n = I18n::new(catalog);
    let nav = Nav::new(view);
    let notices = Notices::new(notices);
    provide_context(i18n);
    provide_context(nav);
    provide_context(notices);
    let check = CheckState::new();
    provide_context(check);
    check.keep_in_tab();
    provide_context(TrainingState::new());
    browser::on_popstate(move |view| nav.follow(view));
    browser::on_window_event("pocket-card-update-ready", move || notices.push(Notice::UpdateReady));
    // The document's language follows the catalogue, whatever changed it.
    Effect::new(move |_| browser::set_document_lang(i18n.lang()));
    // The print stylesheet picks the paper by screen: a card prints on A6.
    Effect::new(move |_| {
        let kind = match nav.view() {
            View::Card(_) => "card",
            View::Poster => "poster",
            _ => "page",
        };
        browser::set_document_attribute("data-print", kind);
    });

    view! {
        <Header />
        <EmergencyStrip />
        <NoticeList />
        <main id="main" tabindex="-1">
            {move || match nav.view() {
                View::Home => view! { <Home /> }.into_any(),
                View::Contacts => view! { <ContactsScreen /> }.into_any(),
                View::Check => view! { <CheckScreen /> }.into_any(),
                View::Cards => view! { <CardsScreen /> }.into_any(),
                View::Card(card) => view! { <CardScreen card=card /> }.into_any(),
                View::Share => view! { <ShareScreen /> }.into_any(),
                View::Poster => view! { <PosterScreen /> }.into_any(),
                View::Training => view! { <TrainingScreen /> }.into_any(),
                View::Case(scenario) => view! { <CaseScreen scenario=scenario /> }.into_any(),
                View::About => view! { <AboutScreen /> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            <p>{i18n.tr(msg::PRIVACY_NOTE)}</p>
            <p><ViewLink view=View::About class="footer-link">{i18n.tr(msg::NAV_ABOUT)}</ViewLink></p>
        </footer>
    }
}

/// Messages about the link or a failed language switch, each dismissible.
/// Each kind has a fixed place, shown or not: dismissing one never rebuilds
/// the others (a screen reader would hear them again), and no keyed list is
/// needed for at most six items (`For` is large: tests/bench/SIZE-POLICY.md).
#[component]
fn NoticeList() -> impl IntoView {
    view! {
        <div id=FIRST_PAINT_AFTER class="notices" role="status">
            {Notice::ALL.into_iter().map(|notice| view! { <NoticeItem notice=notice /> }).collect_view()}
        </div>
    }
}

#[component]
fn NoticeItem(notice: Notice) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let notices = expect_context::<Notices>();
    let shown = Memo::new(move |_| notices.has(notice));
    move || {
        shown.get().then(|| {
            view! {
                <p class="notice">
                    <span>{move || notice_text(i18n, notice)}</span>
                    {(notice == Notice::UpdateReady)
                        .then(|| {
                            view! {
                                <button type="button" class="button-primary"
                                    on:click=click(move |_| browser::dispatch_window_event("pocket-card-apply-update"))>
                                    {i18n.tr(msg::NOTICE_UPDATE_RELOAD)}
                                </button>
                            }
                        })}
                    <button type="button" class="notice-close" on:click=click(move |_| notices.dismiss(notice))>
                        {i18n.tr(msg::NOTICE_CLOSE)}
                    </button>
                </p>
            }
        })
    }
}

fn notice_text(i18n: I18n, notice: Notice) -> String {
    match notice {
        Notice::UnknownLanguage => {
            i18n.t_args(msg::NOTICE_UNKNOWN_LANGUAGE, &[("language", i18n.lang().endonym().into())])
        }
        Notice::UnknownView => i18n.t(msg::NOTICE_UNKNOWN_VIEW),
        Notice::UnknownCard => i18n.t(msg::CARD_UNKNOWN),
        Notice::UnknownCase => i18n.t(msg::TRAINING_UNKNOWN),
        Notice::LanguageFailed => i18n.t(msg::NOTICE_LANGUAGE_FAILED),
        Notice::UpdateReady => i18n.t(msg::NOTICE_UPDATE_READY),
    }
}
