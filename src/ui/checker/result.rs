//! The result: what to do first, why (the signs by dimension), what was not
//! asked, and whom to call.

use leptos::prelude::*;

use super::{CheckState, ClearButton};
use crate::ui::handlers::click;
use crate::{
    checker::{referrals_for, summary, Outcome},
    content::contacts,
    i18n::msg,
    ui::{contacts::ContactCard, state::I18n},
};

#[component]
pub fn ResultView() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let assessment = Memo::new(move |_| check.screening.with(|s| s.as_ref().map(|s| s.assessment())));

    view! {
        {move || {
            assessment
                .get()
                .map(|result| {
                    let outcome = result.outcome;
                    let person = check.person.with(|c| c.as_ref().map(|c| c.lang()));
                    let referral = referrals_for(&result, person);
                    let summary_text = i18n.with_catalog(|catalog| summary(&result, catalog, person));
                    let child = result.child();
                    let outcome_class = format!("outcome outcome-{}", outcome.message_id().trim_start_matches("result-"));
                    let signs_found: Vec<_> = result.findings.iter().filter(|f| !f.fired.is_empty()).cloned().collect();
                    let unclear: Vec<_> = result.findings.iter().flat_map(|f| f.unclear.clone()).collect();
                    let not_asked: Vec<_> = result.not_asked().collect();
                    view! {
                        {result
                            .call_112
                            .then(|| {
                                view! {
                                    <p class="result-112">
                                        <a class="call call-emergency" href="tel:112">{i18n.t(msg::RESULT_CALL_112)}</a>
                                    </p>
                                }
                            })}
                        <div class=outcome_class data-outcome=format!("{outcome:?}")>
                            <h2 id="result-outcome">{i18n.t(outcome.message_id())}</h2>
                            <p>{i18n.t(&format!("{}-text", outcome.message_id()))}</p>
                            {(outcome == Outcome::ImmediateDanger && result.signs != Outcome::NoSigns)
                                .then(|| view! { <p class="outcome-also">{i18n.t(result.signs.message_id())}</p> })}
                        </div>
                        {result.child().then(|| view! { <p class="child-note">{i18n.t(msg::RESULT_CHILD)}</p> })}
                        <p class="disclaimer">{i18n.t(msg::CHECK_SCREENING_NOT_IDENTIFICATION)}</p>
                        <p class="answered">{i18n.t_args(msg::RESULT_ANSWERED, &[("count", result.answered.into())])}</p>

                        <h2>{i18n.t(msg::RESULT_SIGNS_FOUND)}</h2>
                        {signs_found
                            .into_iter()
                            .map(|finding| {
                                view! {
                                    <section class="finding" class:finding-positive=finding.positive>
                                        <h3>{i18n.t(&finding.dimension.message_id())}</h3>
                                        {finding
                                            .positive
                                            .then(|| view! { <p class="badge-positive">{i18n.t(msg::RESULT_DIMENSION_POSITIVE)}</p> })}
                                        <ul>
                                            {finding
                                                .fired
                                                .iter()
                                                .map(|indicator| view! { <li>{i18n.t(&indicator.sign_id())}</li> })
                                                .collect_view()}
                                        </ul>
                                    </section>
                                }
                            })
                            .collect_view()}
                        {(!unclear.is_empty())
                            .then(|| {
                                view! {
                                    <h3>{i18n.t(msg::RESULT_SIGNS_UNCLEAR)}</h3>
                                    <ul class="unclear">
                                        {unclear
                                            .iter()
                                            .map(|indicator| view! { <li>{i18n.t(&indicator.sign_id())}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                            })}

                        <h2>{i18n.t(msg::RESULT_NOT_ASKED)}</h2>
                        {if not_asked.is_empty() {
                            view! { <p>{i18n.t(msg::RESULT_NOT_ASKED_NONE)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="not-asked">
                                    {not_asked
                                        .iter()
                                        .map(|dimension| view! { <li>{i18n.t(&dimension.message_id())}</li> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}

                        <h2>{i18n.t(msg::RESULT_NEXT_STEPS)}</h2>
                        <ul class="next-steps">
                            <li>{i18n.t(msg::STEP_PRIVACY)}</li>
                            <li>{if child { i18n.t(msg::STEP_CHILD) } else { i18n.t(msg::STEP_CONSENT) }}</li>
                            <li>{i18n.t(msg::STEP_NO_CONFRONT)}</li>
                        </ul>

                        <ReferralSummary text=summary_text />

                        <h2>{i18n.t(msg::RESULT_WHOM_TO_CALL)}</h2>
                        {referral.labour_inspectorate.then(|| view! { <p class="pip">{i18n.t(msg::RESULT_PIP)}</p> })}
                        <ul class="contact-list">
                            {referral
                                .contacts
                                .iter()
                                .filter_map(|id| contacts::find(id))
                                .map(|contact| view! { <ContactCard contact=contact /> })
                                .collect_view()}
                        </ul>
                    }
                })
        }}
        <div class="check-nav">
            <button type="button" on:click=click(move |_| {
                check.update(|s| s.review());
                crate::ui::browser::focus_by_id("question-text");
            })>{i18n.tr(msg::CHECK_REVIEW)}</button>
        </div>
        <ClearButton />
    }
}

/// The anonymous summary, with copy and print.
#[component]
fn ReferralSummary(text: String) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let status = RwSignal::new(None::<&'static str>);
    let copy_text = text.clone();
    let copy = move |_| {
        let text = copy_text.clone();
        leptos::task::spawn_local(async move {
            let copied = crate::ui::browser::copy_to_clipboard(&text).await;
            status.set(Some(if copied { msg::SUMMARY_COPIED } else { msg::SUMMARY_COPY_FAILED }));
        });
    };
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{i18n.tr(msg::SUMMARY_TITLE)}</h2>
            <p>{i18n.tr(msg::SUMMARY_INTRO)}</p>
            <pre class="summary-text" tabindex="0">{text}</pre>
            <div class="check-nav no-print">
                <button type="button" on:click=click(copy)>{i18n.tr(msg::SUMMARY_COPY)}</button>
                <button type="button" on:click=click(move |_| crate::ui::browser::print())>{i18n.tr(msg::SUMMARY_PRINT)}</button>
            </div>
            <p class="summary-status" role="status">{move || status.get().map(|id| i18n.t(id))}</p>
        </section>
    }
}
