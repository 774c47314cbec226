//! About the app: what it is and is not, privacy, sources, and how each
//! language's translation was checked.

use leptos::prelude::*;

use super::state::I18n;
use crate::i18n::{msg, Lang, LangExt, StatusExt};

#[component]
pub fn AboutScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let t = move |id: &'static str| i18n.tr(id);
    view! {
        <section class="screen about" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{t(msg::ABOUT_TITLE)}</h1>
            <p class="tagline">{t(msg::ABOUT_WHAT)}</p>
            <ul class="about-points">
                <li>{t(msg::ABOUT_PRIVACY)}</li>
                <li>{t(msg::ABOUT_OFFLINE)}</li>
                <li>{t(msg::ABOUT_SCREENING)}</li>
                <li>{t(msg::ABOUT_SOURCES)}</li>
                <li>{t(msg::ABOUT_STATUSES)}</li>
            </ul>
            <h2>{t(msg::ABOUT_LANGUAGES)}</h2>
            <p>{t(msg::ABOUT_LANGUAGES_INTRO)}</p>
            <p class="lang-status-current">{move || current_status(i18n)}</p>
            <ul class="lang-statuses">
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        let status = lang.status();
                        view! {
                            <li data-lang=lang.code() data-status=status.as_str()>
                                <span class="lang-endonym" lang=lang.code() dir=lang.dir().as_str()>{lang.endonym()}</span>
                                <span class="lang-status">{i18n.tr(status.message_id())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="about-version">
                {move || i18n.t_args(msg::ABOUT_VERSION, &[("version", env!("CARGO_PKG_VERSION").into())])}
            </p>
        </section>
    }
}

/// How the active language's translation was checked, in a sentence.
fn current_status(i18n: I18n) -> String {
    let status = i18n.t(i18n.lang().status().message_id());
    i18n.t_args(msg::LANG_STATUS_CURRENT, &[("status", status.into())])
}
