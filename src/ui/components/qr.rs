//! A QR code of a link into the app.

use leptos::prelude::*;

/// An SVG QR code; the markup comes from the `qrcode` crate, never from input.
#[component]
pub fn QrCode(#[prop(into)] url: Signal<String>, #[prop(into)] label: Signal<String>) -> impl IntoView {
    view! {
        <figure class="qr">
            <div class="qr-code" role="img" aria-label=move || label.get()
                inner_html=move || crate::qr::svg(&url.get(), 240).unwrap_or_default()></div>
            <figcaption>{move || label.get()}</figcaption>
        </figure>
    }
}
