//! A QR code of a link into the app.

use leptos::prelude::*;

use crate::ui::qr_worker;

/// An SVG QR code; the markup comes from the `qrcode` crate in the QR
/// worker, never from input. While a code is drawn the box is empty (the
/// stylesheet keeps its size), so a code never stands beside another
/// address's caption.
#[component]
pub fn QrCode(#[prop(into)] url: Signal<String>, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let svg = RwSignal::new(String::new());
    Effect::new(move |_| {
        let address = url.get();
        svg.set(String::new());
        qr_worker::svg(address.clone(), move |code| {
            // Only the code of the address shown now, on a screen still open.
            if url.try_get_untracked().as_deref() == Some(address.as_str()) {
                let _ = svg.try_set(code);
            }
        });
    });
    view! {
        <figure class="qr">
            <div class="qr-code" role="img" aria-label=move || label.get() inner_html=move || svg.get()></div>
            <figcaption>{move || label.get()}</figcaption>
        </figure>
    }
}
