//! A list of indicator signs, as the result, the cards and training show it.

use leptos::prelude::*;

use super::SourceDetails;
use crate::{
    content::{Indicator, IndicatorExt},
    ui::state::I18n,
};

/// Signs, each with its dated sources collapsed beneath it.
#[component]
pub fn SignList(signs: Vec<&'static Indicator>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <ul class="signs">
            {signs
                .into_iter()
                .map(|indicator| {
                    view! {
                        <li data-sign=indicator.id>
                            {i18n.tr_owned(indicator.sign_id())}
                            <SourceDetails sources=indicator.sources />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
