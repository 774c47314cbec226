//! One training case: a scene and its choices, the feedback on a choice, and
//! at the end how it turned out with a debrief.

use leptos::prelude::*;

use super::role_title_id;
use crate::{
    content::{
        cards, indicators, law,
        scenarios::{Choice, Scene},
        Effect, EffectExt, Scenario, ScenarioExt,
    },
    i18n::msg,
    route::View,
    training::Playthrough,
    ui::{
        browser,
        components::{source_items, CompactContacts, SignList, SourceDetails, ViewLink},
        handlers::click,
        state::{I18n, TrainingState},
    },
};

/// Where the play-through is: a decision, the feedback on a choice, or an ending.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Decide(&'static Scene),
    Feedback(&'static Scene, &'static Choice),
    Ended(&'static Scene),
}

#[component]
pub fn CaseScreen(scenario: &'static Scenario) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    training.open(scenario);
    let stage = Memo::new(move |_| {
        training.with_play(|play| {
            let play = play?;
            Some(match (play.feedback(), play.is_finished()) {
                (_, true) => Stage::Ended(play.scene()),
                (Some(choice), _) => Stage::Feedback(play.scene(), choice),
                (None, false) => Stage::Decide(play.scene()),
            })
        })
    });
    let title = scenario.title_id();
    let intro = scenario.intro_id();
    let role = role_title_id(scenario.audience);
    let t = move |id: &'static str| i18n.tr(id);

    view! {
        <article class="screen case" data-case=scenario.id aria-labelledby="screen-title">
            <p class="case-back"><ViewLink view=View::Training class="button-link">{t(msg::TRAINING_BACK)}</ViewLink></p>
            <h1 id="screen-title" tabindex="-1">{i18n.tr_owned(title)}</h1>
            <p class="case-role">{i18n.tr_owned(role)}</p>
            <p class="tagline">{i18n.tr_owned(intro)}</p>
            {move || match stage.get() {
                Some(Stage::Decide(scene)) => view! { <Decision scenario=scenario scene=scene /> }.into_any(),
                Some(Stage::Feedback(scene, choice)) => {
                    view! { <Feedback scenario=scenario scene=scene choice=choice /> }.into_any()
                }
                Some(Stage::Ended(scene)) => view! { <Debrief scenario=scenario ending=scene /> }.into_any(),
                None => ().into_any(),
            }}
            <details class="sources">
                <summary>{t(msg::TRAINING_SOURCES)}</summary>
                <ul>{source_items(scenario.sources)}</ul>
            </details>
        </article>
    }
}

#[component]
fn Decision(scenario: &'static Scenario, scene: &'static Scene) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    let text = scenario.scene_text_id(scene);
    view! {
        <section class="scene" data-scene=scene.id>
            <p class="scene-text" id="scene-text" tabindex="-1">{i18n.tr_owned(text)}</p>
            <h2 id="choices-title">{i18n.tr(msg::TRAINING_CHOOSE)}</h2>
            <div class="case-choices" role="group" aria-labelledby="choices-title">
                {scene
                    .choices
                    .iter()
                    .map(|choice| {
                        let label = scenario.choice_label_id(scene, choice);
                        let choose = move |_| {
                            training.choose(choice.id);
                            browser::focus_by_id("feedback-title");
                        };
                        view! {
                            <button type="button" class="case-choice" data-choice=choice.id on:click=click(choose)>
                                {i18n.tr_owned(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

#[component]
fn Feedback(scenario: &'static Scenario, scene: &'static Scene, choice: &'static Choice) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    let text = scenario.scene_text_id(scene);
    let label = scenario.choice_label_id(scene, choice);
    let why = scenario.choice_why_id(scene, choice);
    let point = choice.card;
    let card = cards::citing(point, scenario.audience);
    let proceed = move |_| {
        if training.proceed().is_some() {
            browser::focus_by_id("ending-title");
        } else {
            browser::focus_by_id("scene-text");
        }
    };
    view! {
        <section class="scene" data-scene=scene.id>
            <p class="scene-text">{i18n.tr_owned(text)}</p>
            <div class="feedback" data-effect=choice.effect.as_str()>
                <h2 id="feedback-title" tabindex="-1">
                    <EffectBadge effect=choice.effect />
                    " "
                    <span class="feedback-choice">{i18n.tr_owned(label)}</span>
                </h2>
                <p class="feedback-why">{i18n.tr_owned(why)}</p>
                <TitledSigns ids=choice.signs title=msg::TRAINING_RELATED_SIGNS />
                <div class="card-says">
                    <h3>{i18n.tr(msg::TRAINING_CARD_SAYS)}</h3>
                    <blockquote>{i18n.tr(point)}</blockquote>
                    // A legal point keeps its sources here too.
                    <SourceDetails sources=law::sources_of(point) />
                    {card.map(|card| view! {
                        <ViewLink view=View::Card(card) class="button-link">{i18n.tr(msg::TRAINING_OPEN_CARD)}</ViewLink>
                    })}
                </div>
                <button type="button" class="button-primary" data-action="continue" on:click=click(proceed)>
                    {i18n.tr(msg::TRAINING_CONTINUE)}
                </button>
            </div>
        </section>
    }
}

#[component]
fn Debrief(scenario: &'static Scenario, ending: &'static Scene) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let training = expect_context::<TrainingState>();
    let text = scenario.scene_text_id(ending);
    let lesson = scenario.lesson_id();
    let referral = scenario.referral_id();
    let effect = ending.ending.unwrap_or(Effect::Mixed);
    let steps = training.with_play_untracked(|play| play.map(|p| p.steps().to_vec()).unwrap_or_default());
    let tally = training.with_play_untracked(|play| play.map(Playthrough::tally).unwrap_or_default());
    let again = move |_| {
        training.restart(scenario);
        browser::focus_by_id("scene-text");
    };
    view! {
        <section class="ending" data-ending=ending.id data-effect=effect.as_str()>
            <h2 id="ending-title" tabindex="-1">{i18n.tr(msg::TRAINING_ENDING)}</h2>
            <p class="ending-text">{i18n.tr_owned(text)}</p>
        </section>
        <section class="debrief">
            <h2>{i18n.tr(msg::TRAINING_DEBRIEF)}</h2>
            <p class="debrief-lesson">{i18n.tr_owned(lesson)}</p>
            <TitledSigns ids=scenario.signs title=msg::TRAINING_DEBRIEF_SIGNS />
            <h3>{i18n.tr(msg::TRAINING_DEBRIEF_REFERRAL)}</h3>
            <p>{i18n.tr_owned(referral)}</p>
            <CompactContacts ids=scenario.contacts />
            <h3>{i18n.tr(msg::TRAINING_DEBRIEF_CHOICES)}</h3>
            <p class="debrief-score">
                {move || i18n.t_args(msg::TRAINING_SCORE, &[("good", tally.helped.into()), ("total", tally.total.into())])}
            </p>
            <ol class="debrief-choices">
                {steps
                    .into_iter()
                    .map(|step| {
                        let label = scenario.choice_label_id(step.scene, step.choice);
                        let why = scenario.choice_why_id(step.scene, step.choice);
                        view! {
                            <li data-effect=step.choice.effect.as_str()>
                                <EffectBadge effect=step.choice.effect />
                                " "
                                <span class="feedback-choice">{i18n.tr_owned(label)}</span>
                                <p>{i18n.tr_owned(why)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="check-nav">
                <button type="button" class="button-primary" on:click=click(again)>{i18n.tr(msg::TRAINING_AGAIN)}</button>
                <ViewLink view=View::Training class="button-link">{i18n.tr(msg::TRAINING_BACK)}</ViewLink>
            </p>
        </section>
    }
}

/// "This helps" / "Partly right" / "This could harm": words, with a symbol
/// and colour only as extras, so the meaning never rests on colour.
#[component]
fn EffectBadge(effect: Effect) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let symbol = match effect {
        Effect::Helps => "✓",
        Effect::Mixed => "~",
        Effect::Harms => "✗",
    };
    view! {
        <span class="effect-badge" data-effect=effect.as_str()>
            <span aria-hidden="true">{symbol}" "</span>
            {i18n.tr(effect.message_id())}
        </span>
    }
}

/// A titled list of indicator signs; nothing when there are none.
#[component]
fn TitledSigns(ids: &'static [&'static str], title: &'static str) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    (!ids.is_empty()).then(|| {
        view! {
            <h3>{i18n.tr(title)}</h3>
            <SignList signs=indicators::all_of(ids) />
        }
    })
}
