//! The result: after a high-risk answer, 112 and a safety plan first; then
//! one verdict and what to do, the duty to report beside the option of
//! asking KCIK, why (the signs by dimension), what was not asked, and whom
//! to call.

use leptos::prelude::*;

use super::ClearButton;
use crate::{
    checker::{next_step, referrals_for, summary, verdict_text_id, Assessment, Outcome, Screening, When},
    content::{contacts, DimensionExt, Indicator, RiskExt},
    i18n::msg,
    ui::{
        browser,
        components::{call_112, ContactCard, SignList},
        handlers::click,
        state::{CheckState, I18n},
    },
};

#[component]
pub fn ResultView() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let check = expect_context::<CheckState>();
    let assessment = Memo::new(move |_| check.with(|s| s.map(Screening::assessment)));

    view! {
        {move || {
            assessment
                .get()
                .map(|result| {
                    let person = check.person_lang();
                    let referral = referrals_for(&result, person, browser::current_year());
                    let summary_text = i18n.with_catalog(|catalog| summary(&result, catalog, person));
                    view! {
                        {result.call_112.then(|| view! { <HighRisk result=result.clone() /> })}
                        <NextStepView result=result.clone() />
                        <Verdict result=result.clone() />
                        {(result.outcome.refers() || result.signs.refers()).then(|| view! { <Duty child=result.child() /> })}
                        <p class="disclaimer">{i18n.t(msg::CHECK_SCREENING_NOT_IDENTIFICATION)}</p>
                        // Why, in detail: collapsed, so the verdict, the next step
                        // and the calls stay within reach of one hand.
                        <details class="result-why">
                            <summary>{i18n.t(msg::RESULT_SIGNS_FOUND)}</summary>
                            <Findings result=result.clone() />
                        </details>

                        <h2>{i18n.t(msg::RESULT_NEXT_STEPS)}</h2>
                        <ul class="next-steps">
                            <li>{i18n.t(msg::STEP_PRIVACY)}</li>
                            <li>{if result.child() { i18n.t(msg::STEP_CHILD) } else { i18n.t(msg::STEP_CONSENT) }}</li>
                            <li>{i18n.t(msg::STEP_NO_CONFRONT)}</li>
                        </ul>

                        <ReferralSummary text=summary_text />

                        // Every line for this result, with hours and sources: the
                        // first call is already at the top, so the list waits
                        // one tap away instead of making the page screens long.
                        {referral.labour_inspectorate.then(|| view! { <p class="pip">{i18n.t(msg::RESULT_PIP)}</p> })}
                        // For a child the list stays open: the child helpline and
                        // the missing-children line belong beside the police.
                        <details class="whom-to-call" open=result.child()>
                            <summary><h2>{i18n.t(msg::RESULT_WHOM_TO_CALL)}</h2></summary>
                            <ul class="contact-list referral-list">
                                {referral
                                    .contacts
                                    .iter()
                                    .filter_map(|id| contacts::find(id))
                                    .map(|contact| view! { <ContactCard contact=contact /> })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })
        }}
        <div class="check-nav">
            <button type="button" on:click=click(move |_| {
                check.update(|s| s.review());
                browser::focus_by_id("question-text");
            })>{i18n.tr(msg::CHECK_REVIEW)}</button>
        </div>
        <ClearButton />
    }
}

/// 112 first, what each high-risk answer means, and a short safety plan:
/// where to go now, whom to call, how to be reached again (brief §4).
#[component]
fn HighRisk(result: Assessment) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        {call_112()}
        <section class="high-risk" aria-labelledby="risks-title">
            <h2 id="risks-title">{i18n.t(msg::RESULT_RISKS)}</h2>
            <ul>
                {result
                    .risks
                    .iter()
                    .map(|risk| view! { <li data-risk=risk.name()>{i18n.t(&risk.result_id())}</li> })
                    .collect_view()}
            </ul>
            // The crisis line one tap away, right after 112, where it is needed.
            {result
                .needs_crisis_line()
                .then(|| contacts::find("crisis_adults"))
                .flatten()
                .map(|contact| view! { <ul class="contact-list"><ContactCard contact=contact /></ul> })}
        </section>
        <section class="safety-plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{i18n.t(msg::PLAN_TITLE)}</h2>
            <p>{i18n.t(msg::PLAN_INTRO)}</p>
            <ul>
                <li>{i18n.t(msg::PLAN_WHERE)}</li>
                <li>{i18n.t(msg::PLAN_WHOM)}</li>
                <li>{i18n.t(msg::PLAN_REACH)}</li>
            </ul>
        </section>
    }
}

/// The worker's next step for their role, with one line to call first
/// (brief §4b); the other line where one fits.
#[component]
fn NextStepView(result: Assessment) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let (weekday, hour) = browser::weekday_and_hour();
    next_step(&result, When::at(weekday, hour)).map(|step| {
        view! {
            <section class="next-step" aria-labelledby="next-step-title" data-next=step.text>
                <h2 id="next-step-title">{i18n.t(msg::RESULT_NEXT_STEP)}</h2>
                <p>{i18n.t(step.text)}</p>
                {step.off_hours.then(|| view! { <p class="off-hours">{i18n.t(msg::NEXT_OFF_HOURS)}</p> })}
                <ul class="contact-list primary-call">
                    {contacts::find(step.primary).map(|contact| view! { <ContactCard contact=contact /> })}
                </ul>
                {step
                    .also
                    .and_then(contacts::find)
                    .map(|contact| {
                        view! {
                            <details class="also-call">
                                <summary>{i18n.t(msg::NEXT_ALSO)}</summary>
                                <ul class="contact-list">
                                    <ContactCard contact=contact />
                                </ul>
                            </details>
                        }
                    })}
            </section>
        }
    })
}

/// One verdict and what to do; what the signs alone show stays a line
/// beneath it when a high-risk answer leads.
#[component]
fn Verdict(result: Assessment) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let outcome = result.outcome;
    let text_id = verdict_text_id(&result);
    let control_open: Vec<&'static Indicator> =
        if result.signs == Outcome::ControlUnknown { result.control_open.clone() } else { Vec::new() };
    view! {
        <div class=format!("outcome outcome-{}", outcome.name()) data-outcome=outcome.name()>
            <h2 id="result-outcome">{i18n.t(outcome.message_id())}</h2>
            <p>{i18n.t(&text_id)}</p>
            {(outcome == Outcome::ImmediateDanger && result.signs != Outcome::NoSigns)
                .then(|| view! { <p class="outcome-also">{i18n.t(result.signs.message_id())}</p> })}
        </div>
        {(!control_open.is_empty())
            .then(|| {
                view! {
                    <section class="control-open" aria-labelledby="control-open-title">
                        <h3 id="control-open-title">{i18n.t(msg::RESULT_CONTROL_OPEN)}</h3>
                        <SignList signs=control_open />
                    </section>
                }
            })}
        {result.not_alone.then(|| view! { <p class="age-note not-alone">{i18n.t(msg::RESULT_NOT_ALONE)}</p> })}
        {result.child().then(|| view! { <p class="child-note">{i18n.t(msg::RESULT_CHILD)}</p> })}
        {(result.age == crate::checker::Age::Unknown).then(|| view! { <p class="age-note">{i18n.t(msg::RESULT_AGE_UNKNOWN)}</p> })}
    }
}

/// The duty to report and the option of asking KCIK first, side by side
/// and neutral (brief §2); for a child, no consent step.
#[component]
fn Duty(child: bool) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <section class="duty" aria-labelledby="duty-title">
            <h2 id="duty-title">{i18n.t(msg::RESULT_DUTY_TITLE)}</h2>
            <div class="duty-options">
                <p class="duty-law">{i18n.t(msg::RESULT_DUTY_LAW)}</p>
                <p class="duty-kcik">{i18n.t(if child { msg::RESULT_DUTY_CHILD } else { msg::RESULT_DUTY_KCIK })}</p>
            </div>
        </section>
    }
}

/// Why: the signs by dimension, those shown but not counted, those worth
/// checking, and what was not asked.
#[component]
fn Findings(result: Assessment) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let signs_found: Vec<_> = result.findings.iter().filter(|f| !f.fired.is_empty()).cloned().collect();
    let not_asked: Vec<_> = result.not_asked().collect();
    let uncounted = result.uncounted.clone();
    let unclear = result.unclear.clone();
    view! {
        <p class="answered">{i18n.t_args(msg::RESULT_ANSWERED, &[("count", result.answered.into())])}</p>
        {signs_found
            .into_iter()
            .map(|finding| {
                view! {
                    <section class="finding" class:finding-positive=finding.positive>
                        <h3>{i18n.t(&finding.dimension.message_id())}</h3>
                        {finding.positive.then(|| view! { <p class="badge-positive">{i18n.t(msg::RESULT_DIMENSION_POSITIVE)}</p> })}
                        <SignList signs=finding.fired />
                    </section>
                }
            })
            .collect_view()}
        {(!uncounted.is_empty())
            .then(|| {
                view! {
                    <section class="finding finding-uncounted">
                        <h3>{i18n.t(msg::RESULT_UNCOUNTED)}</h3>
                        <SignList signs=uncounted />
                    </section>
                }
            })}
        {(!unclear.is_empty())
            .then(|| {
                view! {
                    <h3>{i18n.t(msg::RESULT_SIGNS_UNCLEAR)}</h3>
                    <SignList signs=unclear />
                }
            })}
        <p class="provisional">{i18n.t(msg::RESULT_PROVISIONAL)}</p>

        <h3>{i18n.t(msg::RESULT_NOT_ASKED)}</h3>
        {if not_asked.is_empty() {
            view! { <p>{i18n.t(msg::RESULT_NOT_ASKED_NONE)}</p> }.into_any()
        } else {
            view! {
                <ul class="not-asked">
                    {not_asked.iter().map(|dimension| view! { <li>{i18n.t(&dimension.message_id())}</li> }).collect_view()}
                </ul>
            }
                .into_any()
        }}
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
            let copied = browser::copy_to_clipboard(&text).await;
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
                <button type="button" on:click=click(move |_| browser::print())>{i18n.tr(msg::SUMMARY_PRINT)}</button>
            </div>
            <p class="summary-status" role="status">{move || status.get().map(|id| i18n.t(id))}</p>
        </section>
    }
}
