//! QR codes to share or print: one for any card or screen in any language,
//! and an A4 poster with one code per language.

use leptos::{prelude::*, task::spawn_local};

use crate::{
    content::CardExt,
    i18n::{msg, Catalog, Lang, LangExt},
    route::View,
    ui::{
        browser,
        components::{LanguageOptions, QrCode, ViewLink},
        handlers::{change, click},
        locale::load_catalog,
        state::I18n,
    },
};

fn key(view: View) -> String {
    view.href(None)
}

/// Fetches `lang`'s messages into `into`, for captions in the reader's language.
fn load_into(lang: Lang, into: RwSignal<Option<Catalog>>) {
    spawn_local(async move {
        if let Ok(catalog) = load_catalog(lang).await {
            into.set(Some(catalog));
        }
    });
}

#[component]
pub fn ShareScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let target = RwSignal::new(View::Home);
    let lang = RwSignal::new(i18n.lang());
    let caption_catalog = RwSignal::new(None::<Catalog>);
    load_into(lang.get_untracked(), caption_catalog);

    let url = Signal::derive(move || browser::app_url(&target.get().link(lang.get().code())));
    let caption = Signal::derive(move || {
        caption_catalog.with(|catalog| match catalog {
            Some(c) if c.lang() == lang.get() => {
                let what = match target.get() {
                    View::Card(card) => Some(c.text(&card.title_id())),
                    _ => None,
                };
                let mut caption = c.text(msg::SHARE_CAPTION);
                if let Some(what) = what {
                    caption.push_str(" – ");
                    caption.push_str(&what);
                }
                caption
            }
            _ => String::new(),
        })
    });
    let on_target = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        if let Some((view, _)) = View::share_targets().into_iter().find(|(view, _)| key(*view) == value) {
            target.set(view);
        }
    };
    let on_lang = move |event: leptos::ev::Event| {
        if let Some(chosen) = Lang::from_tag(&event_target_value(&event)) {
            lang.set(chosen);
            load_into(chosen, caption_catalog);
        }
    };

    view! {
        <section class="screen share" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::SHARE_TITLE)}</h1>
            <p class="no-print">{i18n.tr(msg::SHARE_INTRO)}</p>
            <div class="form-row no-print">
                <label for="share-target">{i18n.tr(msg::SHARE_CARD_LABEL)}</label>
                <select id="share-target" on:change=change(on_target)>
                    {View::share_targets()
                        .into_iter()
                        .map(|(view, label)| view! { <option value=key(view)>{i18n.tr_owned(label)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="form-row no-print">
                <label for="share-lang">{i18n.tr(msg::SHARE_LANG_LABEL)}</label>
                <select id="share-lang" on:change=change(on_lang) prop:value=move || lang.get().code()>
                    <LanguageOptions selected=Signal::derive(move || Some(lang.get())) />
                </select>
            </div>
            <div class="share-print" lang=move || lang.get().code()>
                <QrCode url=url label=caption />
            </div>
            <p class="share-link">
                {i18n.tr(msg::SHARE_LINK)} ": " <span class="share-url" dir="ltr">{move || url.get()}</span>
            </p>
            <div class="check-nav no-print">
                <button type="button" on:click=click(move |_| browser::print())>{i18n.tr(msg::SHARE_PRINT)}</button>
                <ViewLink view=View::Poster class="button-link">{i18n.tr(msg::SHARE_POSTER)}</ViewLink>
            </div>
        </section>
    }
}

/// An A4 poster: one QR code per language, each captioned in its language.
#[component]
pub fn PosterScreen() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let catalogs = RwSignal::new(Vec::<Catalog>::new());
    for lang in Lang::ALL {
        spawn_local(async move {
            if let Ok(catalog) = load_catalog(lang).await {
                // In the order of `Lang::ALL`, which is `Lang`'s order.
                catalogs.update(|all| all.insert(all.partition_point(|c| c.lang() < catalog.lang()), catalog));
            }
        });
    }
    view! {
        <section class="screen poster" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{i18n.tr(msg::POSTER_TITLE)}</h1>
            <div class="check-nav no-print">
                <button type="button" on:click=click(move |_| browser::print())>{i18n.tr(msg::SHARE_PRINT)}</button>
            </div>
            <ul class="poster-grid">
                {move || {
                    catalogs
                        .get()
                        .into_iter()
                        .map(|catalog| {
                            let lang = catalog.lang();
                            let url = browser::app_url(&View::Home.link(lang.code()));
                            let caption = catalog.text(msg::SHARE_CAPTION);
                            view! {
                                <li lang=lang.code() dir=lang.dir().as_str() data-lang=lang.code()>
                                    <p class="poster-lang">{lang.endonym()}</p>
                                    <QrCode url=Signal::stored(url) label=Signal::stored(caption) />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
