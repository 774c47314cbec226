//! The QR code worker: a second, small WebAssembly module that turns an
//! address into the SVG of its QR code. The encoder is the largest single
//! piece of code that no screen needs before a card or the share screen
//! shows a code, so it is kept out of the app's own module, which every
//! visit must download before anything is interactive (tests/bench/SIZE-POLICY.md).
//! Trunk builds it (`data-type="worker"` in `index.html`); the app starts it
//! on the first code it draws (`ui::qr_worker`).
//!
//! The protocol: the worker says it is ready with a message of `null`; each
//! request is an address (a string); each reply is `[address, svg]`, with
//! `svg` an empty string when the address is too long for any QR code.
//!
//! The native build of this binary does nothing: the encoder itself is
//! `pocket_card::qr`, tested natively.

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// QR codes are drawn at least this many pixels square, quiet zone
    /// included; the stylesheet scales them.
    const SIZE: u32 = 240;

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_scope = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(address) = event.data().as_string() else { return };
            let svg = pocket_card::qr::svg(&address, SIZE).unwrap_or_default();
            let reply = js_sys::Array::of2(&JsValue::from_str(&address), &JsValue::from_str(&svg));
            let _ = reply_scope.post_message(&reply);
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        // Messages sent before the module was instantiated found no handler:
        // the app waits for this before it sends any.
        let _ = scope.post_message(&JsValue::NULL);
    }
}
