//! The browser's speech synthesis (`speechSynthesis`), wrapped so that a
//! browser without it, or a device without a suitable voice, is a value to
//! show rather than an exception. Which voice may speak is decided by the
//! core (`crate::speech`); this file only asks the browser and obeys.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::{i18n::Lang, speech};

/// A little slower than the engines' default: the listener is often
/// frightened or tired, and a synthetic voice is harder to follow.
const RATE: f32 = 0.9;

/// The one thing stored: `speech::OFF` when the Listen buttons are hidden.
const PREF_KEY: &str = "pocket-card.speech";

/// Why nothing could be read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// The browser has no speech synthesis at all.
    NoSpeech,
    /// No voice on the device for the language.
    NoVoice,
}

/// Shared by every Listen control, and kept for the page's life rather than
/// a component's, since the browser's events outlive screens.
struct Shared {
    enabled: ArcRwSignal<bool>,
    speaking: ArcRwSignal<bool>,
    /// Notified when the device's voices change (they load after the page).
    voices_changed: ArcTrigger,
}

/// A component's handles on the shared state: `Copy`, and released with
/// the component while the state itself stays.
#[derive(Clone, Copy)]
pub struct Speech {
    /// Whether the Listen buttons show (the stored preference).
    pub enabled: RwSignal<bool>,
    /// Whether one of our texts is being read.
    pub speaking: RwSignal<bool>,
}

thread_local! {
    static STATE: Shared = Shared {
        enabled: ArcRwSignal::new(speech::enabled(stored_pref().as_deref())),
        speaking: ArcRwSignal::new(false),
        voices_changed: ArcTrigger::new(),
    };
    /// The last utterance queued: when it ends, the reading is over. The
    /// earlier ones end too (one by one, or all at once when cancelled), and
    /// must not mark a newer reading as finished.
    static LAST: RefCell<Option<SpeechSynthesisUtterance>> = const { RefCell::new(None) };
    /// One handler for every utterance's end and error, made once.
    static ON_END: js_sys::Function = {
        let handler = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            let target: JsValue = event.target().map_or(JsValue::UNDEFINED, Into::into);
            let finished = LAST.with_borrow(|last| last.as_ref().is_some_and(|u| JsValue::from(u.clone()) == target));
            if finished {
                LAST.with_borrow_mut(|last| *last = None);
                STATE.with(|s| s.speaking.set(false));
            }
        });
        handler.into_js_value().unchecked_into()
    };
}

/// The shared state, for a component; the first call starts following the
/// device's voice list.
pub fn state() -> Speech {
    watch_voices();
    STATE.with(|s| Speech { enabled: s.enabled.clone().into(), speaking: s.speaking.clone().into() })
}

/// `window.speechSynthesis`, if this browser has it.
fn synth() -> Option<SpeechSynthesis> {
    let synth = crate::ui::browser::window()?.speech_synthesis().ok()?;
    let value: &JsValue = synth.as_ref();
    (!value.is_undefined() && !value.is_null()).then_some(synth)
}

/// The device's voices, as the browser lists them now: often none until its
/// `voiceschanged` event, so the list is read again at every press.
fn voices(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synth.get_voices().iter().map(JsCast::unchecked_into).collect()
}

fn record(voice: &SpeechSynthesisVoice) -> speech::Voice {
    speech::Voice { name: voice.name(), lang: voice.lang(), local: voice.local_service(), default: voice.default() }
}

/// Whether the device has a voice that may read `lang`; reactive, following
/// the device's list as it loads or changes.
pub fn has_voice(lang: Lang) -> bool {
    STATE.with(|s| s.voices_changed.track());
    synth().is_some_and(|synth| {
        let records: Vec<_> = voices(&synth).iter().map(record).collect();
        speech::choose(&records, lang.code()).is_some()
    })
}

/// Listens once per page for `voiceschanged`: the list fills in after the
/// page loads, and a voice installed meanwhile appears without a reload.
fn watch_voices() {
    thread_local!(static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if WATCHING.replace(true) {
        return;
    }
    let Some(synth) = synth() else { return };
    let listener = Closure::<dyn Fn()>::new(|| STATE.with(|s| s.voices_changed.notify()));
    let _ = synth.add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
    listener.forget();
    // Asking for the list is what makes some browsers start loading it.
    let _ = synth.get_voices();
}

/// Reads `texts` in order with a local voice of `lang`, after stopping any
/// earlier reading. Each text is its own utterance, so the engine pauses
/// between a question and each answer.
pub fn speak(lang: Lang, texts: &[String]) -> Result<(), Unavailable> {
    let synth = synth().ok_or(Unavailable::NoSpeech)?;
    let voices = voices(&synth);
    let records: Vec<_> = voices.iter().map(record).collect();
    let voice = speech::choose(&records, lang.code()).map(|i| &voices[i]).ok_or(Unavailable::NoVoice)?;
    stop();
    let mut last = None;
    for text in texts.iter().filter(|t| !t.trim().is_empty()) {
        let utterance = SpeechSynthesisUtterance::new_with_text(text).map_err(|_| Unavailable::NoSpeech)?;
        utterance.set_voice(Some(voice));
        // Some engines pick the voice by the language alone.
        utterance.set_lang(&voice.lang());
        utterance.set_rate(RATE);
        ON_END.with(|on_end| {
            utterance.set_onend(Some(on_end));
            utterance.set_onerror(Some(on_end));
        });
        synth.speak(&utterance);
        last = Some(utterance);
    }
    let started = last.is_some();
    LAST.with_borrow_mut(|l| *l = last);
    STATE.with(|s| s.speaking.set(started));
    Ok(())
}

/// Stops our reading, if any; a no-op otherwise, so it is safe to call on
/// every change of screen or question.
pub fn stop() {
    let speaking = STATE.with(|s| s.speaking.get_untracked());
    if let Some(synth) = synth() {
        if speaking || synth.speaking() || synth.pending() {
            synth.cancel();
        }
    }
    LAST.with_borrow_mut(|last| *last = None);
    if speaking {
        STATE.with(|s| s.speaking.set(false));
    }
}

/// `localStorage` if the page may use it; as in `browser`, gloo's `raw`
/// throws without it, so it is called only once storage is known to work.
fn storage() -> Option<web_sys::Storage> {
    crate::ui::browser::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_)))).then(LocalStorage::raw)
}

fn stored_pref() -> Option<String> {
    storage()?.get_item(PREF_KEY).ok()?
}

/// Shows or hides the Listen buttons, and remembers it: "off" is stored,
/// "on" removes the key, so by default nothing about speech is stored.
pub fn set_enabled(on: bool) {
    if !on {
        stop();
    }
    if let Some(storage) = storage() {
        // Full or read-only storage only costs the choice on reload.
        let _ = if on { storage.remove_item(PREF_KEY) } else { storage.set_item(PREF_KEY, speech::OFF) };
    }
    STATE.with(|s| s.enabled.set(on));
}
