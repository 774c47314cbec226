//! The QR code worker (`src/bin/qr_worker.rs`) as the page sees it: started
//! when the first code is asked for, sent one address per request, and its
//! answers handed to whoever asked. Where a worker cannot start or load (no
//! worker support, offline before the app was ever cached), no code comes
//! and the code's box stays empty; the next request tries again.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use super::browser;

/// Trunk's loader for the worker, next to `index.html`; a worker's files
/// keep their names (README, Deploy).
const LOADER: &str = "qr-worker_loader.js";

type Done = Box<dyn FnOnce(String)>;

struct Client {
    worker: Worker,
    /// The worker has said it listens: until then nothing is sent, and every
    /// request in `waiting` is sent when it does.
    ready: bool,
    /// The worker could not load; replaced on the next request (not at once:
    /// its handlers are still running when this is found).
    failed: bool,
    /// Who waits for the code of which address, in the order asked.
    waiting: Vec<(String, Done)>,
    // The handlers live as long as the worker they listen to.
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(JsValue)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Asks for the SVG of `address`'s QR code; `done` gets it (empty if the
/// address is too long for any QR code), or is dropped if the worker fails.
pub fn svg(address: String, done: impl FnOnce(String) + 'static) {
    CLIENT.with_borrow_mut(|client| {
        if client.as_ref().is_none_or(|c| c.failed) {
            *client = start();
        }
        let Some(client) = client.as_mut() else { return };
        if client.ready {
            let _ = client.worker.post_message(&JsValue::from_str(&address));
        }
        client.waiting.push((address, Box::new(done)));
    });
}

fn start() -> Option<Client> {
    // Natively (the build-time renderer) there is no browser: no code, and
    // the static page keeps the code's box empty.
    browser::window()?;
    let worker = Worker::new(LOADER).ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| on_message(&event.data()));
    let on_error = Closure::<dyn Fn(JsValue)>::new(|_| {
        // Its waiting requests are dropped; the next code asked for starts a
        // new worker (once the app is cached, or the network is back).
        CLIENT.with_borrow_mut(|client| {
            if let Some(client) = client.as_mut() {
                client.worker.terminate();
                client.failed = true;
                client.waiting.clear();
            }
        });
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Client {
        worker,
        ready: false,
        failed: false,
        waiting: Vec::new(),
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// `null` is the worker saying it listens; `[address, svg]` is a code.
fn on_message(data: &JsValue) {
    if data.is_null() {
        CLIENT.with_borrow_mut(|client| {
            let Some(client) = client.as_mut() else { return };
            client.ready = true;
            for (address, _) in &client.waiting {
                let _ = client.worker.post_message(&JsValue::from_str(address));
            }
        });
        return;
    }
    let Some(reply) = data.dyn_ref::<js_sys::Array>() else { return };
    let (Some(address), Some(svg)) = (reply.get(0).as_string(), reply.get(1).as_string()) else { return };
    // Taken out first and called after: a caller may ask for another code.
    let done: Vec<Done> = CLIENT.with_borrow_mut(|client| {
        let Some(client) = client.as_mut() else { return Vec::new() };
        let (this, others) = client.waiting.drain(..).partition(|(asked, _)| *asked == address);
        client.waiting = others;
        this.into_iter().map(|(_, done)| done).collect()
    });
    for done in done {
        done(svg.clone());
    }
}
