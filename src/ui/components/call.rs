//! The 112 call-out the checker shows once a high-risk answer is given.

use leptos::prelude::*;

use crate::{i18n::msg, ui::state::I18n};

/// 112 as one large button. A function, not a component: it has no props or
/// state, and a component costs wasm (tests/bench/SIZE-POLICY.md).
pub fn call_112() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <p class="result-112">
            <a class="call call-emergency" href="tel:112">{i18n.tr(msg::RESULT_CALL_112)}</a>
        </p>
    }
}
