//! "Listen": reads a person-facing text aloud in the person's language,
//! with a voice on the device only (`crate::speech` says which). Speech
//! starts only on a press, never by itself, so it never talks over a screen
//! reader; it stops when the text changes or the screen goes.

mod synth;

use leptos::prelude::*;

pub use synth::stop;
use synth::Unavailable;

use crate::{
    content::{Card, CardExt},
    i18n::{msg, Catalog, Lang, LangExt},
    ui::{
        handlers::{change, click},
        state::{CheckState, I18n},
    },
};

/// What one Listen control reads: the texts in order, in `lang`, and the
/// words for the button in that language.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    lang: Lang,
    texts: Vec<String>,
    listen: String,
    stop: String,
}

impl Reading {
    pub fn new<S: AsRef<str>>(catalog: &Catalog, ids: &[S]) -> Reading {
        Reading {
            lang: catalog.lang(),
            texts: ids.iter().map(|id| catalog.text(id.as_ref())).collect(),
            listen: catalog.text(msg::SPEECH_LISTEN),
            stop: catalog.text(msg::SPEECH_STOP),
        }
    }
}

/// `ids` read in the person's language; without a language of their own,
/// the person reads the worker's.
fn for_person<S: AsRef<str>>(check: CheckState, i18n: I18n, ids: &[S]) -> Reading {
    check.with_person(|person| match person {
        Some(catalog) => Reading::new(catalog, ids),
        None => i18n.with_catalog(|catalog| Reading::new(catalog, ids)),
    })
}

/// A question put to the person (`text_id`, `None` for one the worker
/// answers alone), read with its answers in the person's language.
#[component]
pub fn QuestionListen(#[prop(into)] text_id: Signal<Option<String>>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let reading = Signal::derive(move || {
        let text = text_id.get()?;
        let ids = [
            text.as_str(),
            msg::CHECK_ANSWER_YES,
            msg::CHECK_ANSWER_NO,
            msg::CHECK_ANSWER_NOT_SURE,
            msg::CHECK_ANSWER_PREFER_NOT,
        ];
        Some(for_person(check, i18n, &ids))
    });
    view! { <Listen reading=reading /> }
}

/// Texts the person reads on one screen of the checker (their first
/// screen, the quick handover), read in their language.
#[component]
pub fn PersonListen(ids: Vec<&'static str>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let reading = Signal::derive(move || Some(for_person(check, i18n, &ids)));
    view! { <Listen reading=reading /> }
}

/// The person's own pocket card, read in the language it shows.
#[component]
pub fn CardListen(card: &'static Card) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let ids = card.message_ids();
    let reading = Signal::derive(move || Some(i18n.with_catalog(|catalog| Reading::new(catalog, &ids))));
    view! { <Listen reading=reading /> }
}

#[component]
fn Listen(reading: Signal<Option<Reading>>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let state = synth::state();
    // Why the last press read nothing, until the text changes.
    let refused = RwSignal::new(None::<Unavailable>);
    let key = Memo::new(move |_| reading.get());
    Effect::new(move |first_run: Option<()>| {
        key.track();
        if first_run.is_some() {
            stop();
            refused.set(None);
        }
    });
    on_cleanup(stop);

    let speaking = state.speaking;
    let press = move |_| {
        if speaking.get_untracked() {
            stop();
            return;
        }
        let Some(reading) = key.get_untracked() else { return };
        refused.set(synth::speak(reading.lang, &reading.texts).err());
    };
    let label = move || {
        let reading = key.get()?;
        let speaking = speaking.get();
        let worker = i18n.lang();
        let own = if speaking { reading.stop } else { reading.listen };
        // The worker's word too, when it differs, so both can tell what
        // the button does; each word is marked with its language for a
        // screen reader.
        let theirs =
            (reading.lang != worker).then(|| i18n.t(if speaking { msg::SPEECH_STOP } else { msg::SPEECH_LISTEN }));
        Some(view! {
            <span class="listen-icon" aria-hidden="true">{if speaking { "■" } else { "▶" }}</span>
            " "
            <span lang=reading.lang.code() dir=reading.lang.dir().as_str()>{own}</span>
            {theirs.map(|word| view! { " " <span class="listen-worker" lang=worker.code()>{word}</span> })}
        })
    };
    let note = move || {
        let lang = key.with(|r| r.as_ref().map(|r| r.lang))?;
        match refused.get()? {
            Unavailable::NoSpeech => Some(i18n.t(msg::SPEECH_UNSUPPORTED)),
            // Shown while the device still lacks the voice: one installed
            // meanwhile clears it.
            Unavailable::NoVoice if !synth::has_voice(lang) => {
                let language = i18n.t(&lang.name_id());
                let missing = i18n.t_args(msg::SPEECH_NO_VOICE, &[("language", language.into())]);
                Some(format!("{missing} {}", i18n.t(msg::SPEECH_NO_VOICE_HINT)))
            }
            Unavailable::NoVoice => None,
        }
    };
    // A memo, so the next question updates the button's text in place and
    // the focus stays on it, rather than a new button replacing it.
    let enabled = state.enabled;
    let shown = Memo::new(move |_| enabled.get() && key.with(Option::is_some));
    move || {
        shown.get().then(|| {
            view! {
                <div class="listen">
                    <button type="button" class="listen-button" class:listen-speaking=move || speaking.get()
                        on:click=click(press)>
                        {label}
                    </button>
                    <p class="listen-note" role="status">{note}</p>
                </div>
            }
        })
    }
}

/// The setting that shows or hides every Listen button.
#[component]
pub fn ListenSetting() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let enabled = synth::state().enabled;
    view! {
        <div class="form-row listen-setting">
            <label class="choice">
                <input type="checkbox" aria-describedby="listen-setting-hint" prop:checked=move || enabled.get()
                    on:change=change(move |event| synth::set_enabled(event_target_checked(&event))) />
                {i18n.tr(msg::SPEECH_SETTING)}
            </label>
            <p id="listen-setting-hint" class="listen-hint">{i18n.tr(msg::SPEECH_SETTING_HINT)}</p>
        </div>
    }
}
