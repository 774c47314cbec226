//! The screening engine: the decision rule on worked examples, and its
//! promises as properties over any combination of answers.

#![cfg(not(target_arch = "wasm32"))]

use pocket_card::{
    checker::{
        assess, is_positive, length_of, referrals_for, Age, Answer, Answers, Assessment, Outcome, Path, Question,
        Referrals, Screening, Stage,
    },
    content::{contacts, indicators, Audience, ContactExt, Dimension, IndicatorExt, Kind, Risk, Situation, Strength},
};
use proptest::prelude::*;

/// The year the referral order is computed for: fixed, so no test depends
/// on the date it runs.
const YEAR: u16 = 2026;

fn referrals(result: &Assessment) -> Referrals {
    referrals_for(result, None, YEAR)
}

fn id(name: &str) -> Question {
    let indicator = indicators::find(name).unwrap_or_else(|| panic!("no indicator {name}"));
    Question::Indicator(indicator)
}

fn safety(name: &str) -> Question {
    let question = indicators::safety_questions().iter().find(|q| q.id == name).unwrap();
    Question::Safety(question)
}

fn yes(names: &[&str]) -> Answers {
    let mut answers = Answers::default();
    for name in names {
        answers.set(id(name), Answer::Yes);
    }
    answers
}

#[test]
fn dimension_thresholds_follow_the_ilo_rule() {
    use Strength::*;
    let cases: &[(&[Strength], bool)] = &[
        (&[Strong, Strong], true),
        (&[Strong, Medium], true),
        (&[Strong, Weak], true),
        (&[Medium, Medium, Medium], true),
        (&[Medium, Medium, Weak], true),
        (&[Strong], false),
        (&[Medium, Medium], false),
        (&[Medium, Weak, Weak], false),
        (&[Weak, Weak, Weak, Weak], false),
        (&[], false),
    ];
    for (strengths, expected) in cases {
        assert_eq!(is_positive(strengths.iter().copied()), *expected, "{strengths:?}");
    }
}

#[test]
fn recruitment_exploitation_and_coercion_together_are_strong_signs() {
    let answers = yes(&[
        "job_different_nature",
        "conditions_deceived",
        "excessive_hours",
        "low_or_no_pay",
        "documents_held",
        "locked_in",
    ]);
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::StrongSigns);
    assert!(!result.call_112);
    let positive: Vec<Dimension> = result.findings.iter().filter(|f| f.positive).map(|f| f.dimension).collect();
    assert_eq!(
        positive,
        [Dimension::DeceptiveRecruitment, Dimension::ExploitativeConditions, Dimension::CoercionDestination]
    );
    let referral = referrals(&result);
    assert_eq!(referral.contacts[0], "kcik");
    assert!(referral.contacts.contains(&"police_thb"), "strong signs add the police trafficking number");
}

#[test]
fn poor_pay_and_long_hours_without_coercion_are_a_labour_rights_problem() {
    let mut answers = yes(&["excessive_hours", "low_or_no_pay", "no_contract"]);
    for control in control_questions() {
        answers.set(id(control), Answer::No);
    }
    answers.set(Question::Age, Answer::No);
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::LabourRights);
    let referral = referrals(&result);
    assert!(referral.labour_inspectorate);
    // Even then, the result ends with the four mission contacts.
    assert!(referral.contacts.ends_with(&["emergency", "kcik", "lastrada", "police_helpline"]));
}

fn control_questions() -> Vec<&'static str> {
    indicators::all().iter().filter(|i| i.control).map(|i| i.id).collect()
}

#[test]
fn the_control_questions_are_the_briefs() {
    // Brief §3: documents, debt, threats, confinement, being able to leave,
    // dependence on the employer for stay or housing.
    let mut control = control_questions();
    control.sort();
    assert_eq!(
        control,
        [
            "cannot_leave_job",
            "debt_bondage",
            "dependent_on_employer",
            "documents_held",
            "locked_in",
            "threats_destination"
        ]
    );
}

#[test]
fn the_same_pay_problem_with_a_held_passport_is_not_just_labour_rights() {
    let answers = yes(&["excessive_hours", "low_or_no_pay", "documents_held"]);
    assert_eq!(assess(&answers).outcome, Outcome::SomeSigns);
}

#[test]
fn no_answers_means_no_signs_yet_and_every_dimension_is_unasked() {
    let result = assess(&Answers::default());
    assert_eq!(result.outcome, Outcome::NoSigns);
    assert_eq!(result.not_asked().count(), 6);
    assert_eq!(result.age, Age::Unknown);
}

#[test]
fn a_child_needs_no_means_and_is_always_referred() {
    let mut answers = yes(&["job_different_nature", "wages_deceived", "excessive_hours", "low_or_no_pay"]);
    answers.set(Question::Age, Answer::NotSure);
    let result = assess(&answers);
    assert_eq!(result.age, Age::Child, "possibly under 18 is treated as a child");
    assert_eq!(result.outcome, Outcome::StrongSigns, "no coercion needed for a child");

    let mut one_sign = yes(&["low_or_no_pay"]);
    one_sign.set(Question::Age, Answer::Yes);
    let result = assess(&one_sign);
    assert_eq!(result.outcome, Outcome::SomeSigns);
    assert!(referrals(&result).contacts.contains(&"child_helpline"));
}

#[test]
fn a_child_alone_is_danger_and_a_child() {
    let mut answers = Answers::default();
    answers.set(safety("child_alone"), Answer::Yes);
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::ImmediateDanger);
    assert!(result.child());
    let referral = referrals(&result);
    assert_eq!(referral.contacts[0], "emergency");
    assert!(referral.contacts.contains(&"missing_children"));
}

#[test]
fn the_plan_asks_the_worker_first_then_the_person_high_risk_first() {
    let plan = Screening::new(Path::Short, None).plan();
    let kind = |q: &Question| match q {
        Question::Safety(question) => question.kind,
        Question::Indicator(indicator) => indicator.kind,
        Question::Age | Question::Alone => Kind::Observe,
        Question::Working => Kind::Ask,
        Question::Intro => panic!("the intro has no kind"),
    };
    let intro = plan.iter().position(|q| *q == Question::Intro).expect("the person's first screen");
    assert!(plan[..intro].iter().all(|q| kind(q) == Kind::Observe), "the worker's observations first");
    assert!(plan[intro + 1..].iter().all(|q| kind(q) == Kind::Ask), "then only the person's questions");
    // The phone changes hands once.
    assert_eq!(plan.iter().filter(|q| **q == Question::Intro).count(), 1);
    // High-risk questions open each part.
    let asked_safety = indicators::safety_questions().iter().filter(|q| q.kind == Kind::Ask).count();
    assert!(plan[intro + 1..=intro + asked_safety].iter().all(|q| matches!(q, Question::Safety(_))));
    assert_eq!(plan[0], Question::Alone, "first: is the person alone with you?");
    assert!(matches!(plan[1], Question::Safety(_)));
    // The situation, when the worker did not know it, right after.
    assert_eq!(plan[intro + 1 + asked_safety], Question::Working);
    let domains: Vec<_> = plan[intro + 2 + asked_safety..]
        .iter()
        .map(|q| match q {
            Question::Indicator(indicator) => indicator.domain,
            other => panic!("{other:?} among the signs"),
        })
        .collect();
    assert!(domains.windows(2).all(|w| w[0] <= w[1]), "grouped by domain");
    assert!(Screening::new(Path::Full, None).plan().len() > plan.len());
}

#[test]
fn the_short_path_is_as_long_as_the_set_up_says() {
    // Measured from the plan itself, so the promise cannot drift from it.
    for audience in std::iter::once(None).chain(Audience::ALL.map(Some)) {
        for situation in [None, Some(Situation::OnTheWay), Some(Situation::AtWork)] {
            let (questions, minutes) = length_of(Path::Short, audience, situation);
            // Walked to the end: the person's answer to "have you worked?"
            // (when asked) decides the rest, and the promise covers either.
            let walked = |working: Answer| {
                let mut screening = Screening::new(Path::Short, audience).in_situation(situation);
                while let Some(question) = screening.current() {
                    screening.answer(if question == Question::Working { working } else { Answer::No });
                }
                screening.plan().len() - 1
            };
            let longest = walked(Answer::Yes).max(walked(Answer::No));
            assert_eq!(questions, longest, "{audience:?} {situation:?}: every step but the intro");
            assert!(questions <= 30, "{audience:?} {situation:?}: {questions} questions is not short");
            assert_eq!(minutes, (questions * 15).div_ceil(60));
        }
    }
}

#[test]
fn child_only_signs_join_the_plan_once_the_person_may_be_a_child() {
    let mut screening = Screening::new(Path::Short, None);
    let before = screening.plan().len();
    while screening.current() != Some(Question::Age) {
        screening.answer(Answer::No);
    }
    screening.answer(Answer::NotSure);
    let children_only = indicators::all().iter().filter(|i| i.children_only).count();
    assert_eq!(screening.plan().len(), before + children_only);
}

#[test]
fn very_little_time_opens_the_quick_handover() {
    // Brief §4: hand over 112 and a 24/7 line, agree how to reach them, stop.
    let mut screening = Screening::new(Path::Short, None);
    // One tap from any question, the first included.
    screening.hand_over();
    assert_eq!(screening.stage(), Stage::Handover);
    screening.resume();
    assert_eq!(screening.stage(), Stage::Ask(screening.plan()[0]));
    // Or the person's own answer.
    while screening.current() != Some(safety("little_time")) {
        screening.answer(Answer::No);
    }
    screening.answer(Answer::Yes);
    assert_eq!(screening.stage(), Stage::Handover);
    assert!(screening.assessment().risks.contains(&Risk::LittleTime));
    // Back returns to the question, to change the answer.
    screening.back();
    assert_eq!(screening.stage(), Stage::Ask(safety("little_time")));
}

#[test]
fn the_intro_is_read_not_answered() {
    let mut screening = Screening::new(Path::Short, None);
    while screening.current() != Some(Question::Intro) {
        screening.answer(Answer::No);
    }
    let answered = screening.answers().len();
    let (position, total) = screening.progress();
    screening.answer(Answer::Yes);
    assert_eq!(screening.answers().len(), answered, "nothing is stored for the intro");
    assert_eq!(screening.progress(), (position, total), "the intro is not counted as a question");
}

#[test]
fn a_role_narrows_the_questions_to_those_that_suit_it() {
    let all = Screening::new(Path::Full, None).plan().len();
    let inspector = Screening::new(Path::Full, Some(Audience::Inspector)).plan();
    assert!(inspector.len() < all);
    for question in inspector {
        if let Question::Indicator(indicator) = question {
            assert!(indicator.audiences.contains(&Audience::Inspector));
        }
    }
}

#[test]
fn back_skip_and_finish_move_through_the_plan() {
    let mut screening = Screening::new(Path::Short, None);
    assert!(!screening.can_go_back());
    screening.answer(Answer::Yes);
    assert_eq!(screening.progress().0, 2);
    screening.back();
    assert_eq!(screening.progress().0, 1);
    screening.skip();
    assert!(screening.answers().is_empty(), "skipping withdraws the answer");
    screening.finish();
    assert!(screening.is_finished());
    assert_eq!(screening.current(), None);
    screening.review();
    assert_eq!(screening.progress().0, 1);
}

// Properties over any answers to any questions.

fn every_question() -> Vec<Question> {
    Screening::new(Path::Full, None)
        .plan()
        .into_iter()
        .filter(|q| *q != Question::Intro)
        .chain(indicators::all().iter().filter(|i| i.children_only).map(Question::Indicator))
        .collect()
}

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::NotSure), Just(Answer::PreferNotToSay)]
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let questions = every_question();
    proptest::collection::vec(proptest::option::weighted(0.4, any_answer()), questions.len()).prop_map(move |choices| {
        let mut answers = Answers::default();
        for (question, answer) in questions.iter().zip(choices) {
            if let Some(answer) = answer {
                answers.set(*question, answer);
            }
        }
        answers
    })
}

proptest! {
    #[test]
    fn any_high_risk_answer_puts_112_first(mut answers in any_answers(), which in any::<prop::sample::Index>(), person in any::<prop::sample::Index>()) {
        let question = which.get(indicators::safety_questions());
        answers.set(Question::Safety(question), Answer::Yes);
        let result = assess(&answers);
        prop_assert_eq!(result.outcome, Outcome::ImmediateDanger);
        prop_assert!(result.call_112);
        let person = *person.get(&pocket_card::i18n::Lang::ALL);
        let referral = referrals_for(&result, Some(person), YEAR);
        prop_assert_eq!(referral.contacts[0], "emergency");
        if question.risk == Risk::SelfHarm {
            prop_assert_eq!(referral.contacts[1], "crisis_adults", "112, then 116 123");
        }
    }

    /// Brief §3: each ILO indicator counts at most once.
    #[test]
    fn a_second_yes_in_the_same_ilo_group_changes_no_dimension(answers in any_answers(), pick in any::<prop::sample::Index>()) {
        let grouped: Vec<_> = indicators::all()
            .iter()
            .filter(|i| i.ilo.is_some() && indicators::all().iter().filter(|j| j.ilo == i.ilo).count() > 1)
            .collect();
        let first = *pick.get(&grouped);
        let second = indicators::all().iter().find(|j| j.ilo == first.ilo && j.id != first.id).unwrap();
        let mut one = answers.clone();
        one.set(Question::Indicator(first), Answer::Yes);
        let mut both = one.clone();
        both.set(Question::Indicator(second), Answer::Yes);
        let (one, both) = (assess(&one), assess(&both));
        for (a, b) in one.findings.iter().zip(&both.findings) {
            prop_assert_eq!(a.positive, b.positive, "{:?}", a.dimension);
            prop_assert_eq!(&a.counted, &b.counted, "{:?}", a.dimension);
        }
        prop_assert_eq!(one.outcome, both.outcome);
    }

    /// Brief §3: "labour rights" only when every control question was asked
    /// and answered "no".
    #[test]
    fn labour_rights_only_when_control_was_asked_and_denied(answers in any_answers()) {
        let result = assess(&answers);
        if result.signs == Outcome::LabourRights {
            for control in control_questions() {
                prop_assert_eq!(answers.get(id(control)), Some(Answer::No), "{}", control);
            }
        }
    }

    /// Brief §1: a line not confirmed in the last two years never ranks
    /// above a confirmed one.
    #[test]
    fn an_older_line_never_ranks_above_a_confirmed_one(answers in any_answers(), person in any::<prop::sample::Index>()) {
        let result = assess(&answers);
        let person = *person.get(&pocket_card::i18n::Lang::ALL);
        let referral = referrals_for(&result, Some(person), YEAR);
        let current: Vec<bool> = referral.contacts.iter().map(|id| contacts::find(id).unwrap().is_current(YEAR)).collect();
        prop_assert!(current.windows(2).all(|w| w[0] || !w[1]), "{:?}", referral.contacts);
    }

    #[test]
    fn a_child_with_any_sign_of_exploitation_is_always_referred(mut answers in any_answers(), which in 0usize..11) {
        answers.set(Question::Age, Answer::Yes);
        let exploitation: Vec<_> = indicators::all().iter().filter(|i| i.dimension() == Some(Dimension::ExploitativeConditions)).collect();
        let sign = exploitation[which % exploitation.len()];
        answers.set(Question::Indicator(sign), Answer::Yes);
        let result = assess(&answers);
        prop_assert!(result.outcome.refers(), "{:?}", result.outcome);
        let referral = referrals(&result);
        prop_assert!(referral.contacts.contains(&"child_helpline"));
        prop_assert!(referral.contacts.contains(&"kcik"));
    }

    #[test]
    fn adding_a_no_never_raises_the_outcome(answers in any_answers(), pick in any::<prop::sample::Index>()) {
        let unanswered: Vec<Question> = every_question().into_iter().filter(|q| answers.get(*q).is_none()).collect();
        prop_assume!(!unanswered.is_empty());
        let mut more = answers.clone();
        more.set(*pick.get(&unanswered), Answer::No);
        prop_assert!(assess(&more).outcome <= assess(&answers).outcome);
    }

    #[test]
    fn turning_an_answer_into_yes_never_lowers_the_outcome(answers in any_answers(), pick in any::<prop::sample::Index>()) {
        let questions = every_question();
        let mut more = answers.clone();
        more.set(*pick.get(&questions), Answer::Yes);
        prop_assert!(assess(&more).outcome >= assess(&answers).outcome);
    }

    #[test]
    fn the_outcome_is_deterministic_and_referrals_end_with_the_mission_four(answers in any_answers()) {
        let first = assess(&answers);
        prop_assert_eq!(&first, &assess(&answers));
        let referral = referrals(&first);
        let mission: Vec<&str> = contacts::mission().map(|c| c.id).collect();
        for id in &mission {
            prop_assert!(referral.contacts.contains(id));
        }
        let mut unique = referral.contacts.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), referral.contacts.len());
        for id in &referral.contacts {
            prop_assert!(contacts::all().iter().any(|c| c.id == *id), "unknown contact {}", id);
        }
    }

    #[test]
    fn an_adult_is_strong_only_when_all_three_elements_are_positive(answers in any_answers()) {
        let result = assess(&answers);
        if result.signs == Outcome::StrongSigns && !result.child() {
            let positive = |d: Dimension| result.findings.iter().any(|f| f.dimension == d && f.positive);
            prop_assert!(positive(Dimension::DeceptiveRecruitment) || positive(Dimension::CoerciveRecruitment) || positive(Dimension::VulnerabilityRecruitment));
            prop_assert!(positive(Dimension::ExploitativeConditions));
            prop_assert!(positive(Dimension::CoercionDestination) || positive(Dimension::VulnerabilityDestination));
        }
    }
}

// Worked cases from the seed documents and the content brief. Each states
// the situation, the expected outcome and why.

fn case(yes_to: &[&str], age: Option<Answer>, danger: &[&str]) -> pocket_card::checker::Assessment {
    let mut answers = yes(yes_to);
    if let Some(age) = age {
        answers.set(Question::Age, age);
    }
    for id in danger {
        answers.set(safety(id), Answer::Yes);
    }
    assess(&answers)
}

#[test]
fn worked_case_01_farm_low_pay_but_free_to_leave() {
    // seeds/002: low pay and long days, but documents kept and free to leave.
    // Poor conditions without coercion are a labour-rights matter (PIP).
    let mut answers = yes(&["low_or_no_pay", "excessive_hours", "bad_housing"]);
    for no in [
        "documents_held",
        "cannot_leave_job",
        "debt_bondage",
        "threats_destination",
        "locked_in",
        "dependent_on_employer",
    ] {
        answers.set(id(no), Answer::No);
    }
    answers.set(Question::Age, Answer::No);
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::LabourRights);
    assert!(referrals(&result).labour_inspectorate);
}

#[test]
fn worked_case_02_van_of_workers_passports_held_by_the_driver() {
    // Brief §3 / seeds/002: deceived about the job, long unpaid days, passports
    // held and a debt for the journey: recruitment + exploitation + coercion.
    let result = case(
        &[
            "job_different_nature",
            "conditions_deceived",
            "excessive_hours",
            "low_or_no_pay",
            "documents_held",
            "debt_bondage",
        ],
        Some(Answer::No),
        &[],
    );
    assert_eq!(result.outcome, Outcome::StrongSigns);
}

#[test]
fn worked_case_03_stranger_offers_free_transport_at_a_reception_point() {
    // Brief §3 (OSCE 2022, police advice 2022): a too-good offer, pressure to
    // leave at once and someone collecting passports "to help". Not yet
    // exploitation, but deceit and coercion signs: get advice.
    let result = case(&["offer_too_good", "pressure_to_leave_now", "passports_collected"], Some(Answer::No), &[]);
    assert_eq!(result.outcome, Outcome::SomeSigns);
}

#[test]
fn worked_case_04_the_same_offer_to_a_teenager_travelling_alone() {
    // Brief §2: a person who may be under 18 is treated as a child, and a child
    // is always referred; child helplines join the referral.
    let result = case(&["offer_too_good", "pressure_to_leave_now"], Some(Answer::NotSure), &[]);
    assert!(result.child());
    assert_eq!(result.outcome, Outcome::SomeSigns);
    let referral = referrals(&result);
    assert!(referral.contacts.contains(&"child_helpline") && referral.contacts.contains(&"missing_children"));
}

#[test]
fn worked_case_05_man_back_from_work_abroad_with_no_money_and_a_debt() {
    // Brief §3 (La Strada/KCIK signs): came back unpaid, paid an agency, the
    // work was not what was agreed, and owes the recruiter. Deceptive
    // recruitment has one strong ILO indicator (the agency fee is a sign ILO
    // does not grade), debt is a coercion sign, and exploitation is not yet
    // proven: some signs, ask KCIK.
    let result =
        case(&["returned_no_money", "debt_bondage", "agency_fee_paid", "job_different_nature"], Some(Answer::No), &[]);
    assert_eq!(result.outcome, Outcome::SomeSigns);
    assert!(!result.positive(Dimension::DeceptiveRecruitment));
    assert_eq!(result.uncounted.iter().map(|i| i.id).collect::<Vec<_>>(), ["agency_fee_paid"]);
}

#[test]
fn worked_case_06_patient_whose_cousin_insists_on_translating() {
    // Brief §3-4 (UNODC, IOM health guidance): someone speaks for them, they
    // seem afraid, and injuries suggest restraint. Coercion at destination is
    // positive on what the health worker sees alone: refer for advice.
    let result = case(&["speaks_for_them", "fearful_submissive", "injuries_restraint"], None, &[]);
    assert_eq!(result.outcome, Outcome::SomeSigns);
    assert_eq!(result.age, Age::Unknown);
}

#[test]
fn worked_case_07_promised_marriage_then_forced_into_prostitution() {
    // Brief §3 (ILO: promises of marriage, "lover boy"): deceived about the
    // work and a promised marriage; long hours without medical care; forced to
    // have sex and locked in. All three elements: strong signs.
    let result = case(
        &["marriage_promise", "job_different_nature", "excessive_hours", "no_medical_care", "forced_sex", "locked_in"],
        Some(Answer::No),
        &[],
    );
    assert_eq!(result.outcome, Outcome::StrongSigns);
}

#[test]
fn worked_case_08_unaccompanied_sixteen_year_old_at_a_railway_station() {
    // Brief §3 (La Strada International 2022): unaccompanied children are at
    // highest risk. A child alone is a safety answer: 112 first, and a child.
    let result = case(&[], None, &["child_alone"]);
    assert_eq!(result.outcome, Outcome::ImmediateDanger);
    assert!(result.child());
}

#[test]
fn worked_case_09_child_sold_and_made_to_beg_long_hours() {
    // Brief §2-3: for a child, the act and exploitation are enough, no means
    // needed; threats and sale count as strong for children.
    let result =
        case(&["recruit_sold", "recruit_threats", "excessive_hours", "no_basic_needs"], Some(Answer::Yes), &[]);
    assert_eq!(result.outcome, Outcome::StrongSigns);
    let coercion_at_destination =
        result.findings.iter().find(|f| f.dimension == Dimension::CoercionDestination).unwrap();
    assert!(!coercion_at_destination.positive, "no coercion at destination was needed");
}

#[test]
fn worked_case_10_vulnerable_but_no_sign_of_a_crime() {
    // Brief §3: economic need, no language, fear of officials make a person
    // vulnerable; alone they are not a sign of trafficking. The result lists
    // them and says nothing was found so far.
    let result = case(&["economic_need", "no_language_info", "fear_authorities"], Some(Answer::No), &[]);
    assert_eq!(result.outcome, Outcome::NoSigns);
    assert_eq!(result.fired().count(), 3);
}

#[test]
fn worked_case_11_someone_is_threatened_right_now() {
    // Brief §4: first safety. A "yes" to danger puts 112 first whatever else.
    let result = case(&["low_or_no_pay"], Some(Answer::No), &["threatened_now"]);
    assert_eq!(result.outcome, Outcome::ImmediateDanger);
    assert_eq!(result.signs, Outcome::ControlUnknown, "control was never asked");
    assert_eq!(referrals(&result).contacts[0], "emergency");
}

#[test]
fn worked_case_12_the_person_prefers_not_to_answer() {
    // Brief §4: do not push. "Prefer not to say" counts as asked but never as
    // a sign.
    let mut answers = Answers::default();
    for question in every_question() {
        answers.set(question, Answer::PreferNotToSay);
    }
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::NoSigns);
    assert_eq!(result.not_asked().count(), 0);
}

#[test]
fn lines_speaking_the_persons_language_come_first_among_equally_confirmed_lines() {
    let result = case(&["documents_held", "debt_bondage", "job_different_nature"], Some(Answer::No), &[]);
    let referral = referrals_for(&result, Some(pocket_card::i18n::Lang::Uk), YEAR);
    // The police helpline speaks Ukrainian but was last confirmed in 2022:
    // it leads the older lines, never the confirmed ones (audit finding 8).
    let at = |id: &str| referral.contacts.iter().position(|c| *c == id).unwrap();
    assert!(at("police_helpline") > at("kcik"));
    assert!(at("police_helpline") > at("emergency"));
    let danger = case(&[], None, &["threatened_now"]);
    assert_eq!(referrals_for(&danger, Some(pocket_card::i18n::Lang::Uk), YEAR).contacts[0], "emergency");
}

// Worked cases for the high-risk triage and the counting rule (brief §3-4,
// seeds/003; issue #18).

#[test]
fn worked_case_13_risk_of_suicide_puts_112_then_116_123_first() {
    let result = case(&[], None, &["self_harm"]);
    assert_eq!(result.outcome, Outcome::ImmediateDanger);
    assert_eq!(result.risks, [Risk::SelfHarm]);
    assert_eq!(referrals(&result).contacts[..2], ["emergency", "crisis_adults"]);
}

#[test]
fn worked_case_14_escaped_from_forced_prostitution_alone_and_afraid() {
    // The audit's case: escaped, afraid they will find her, speaks of ending
    // her life. It used to read "some signs"; now 112 and the crisis line lead.
    let result = case(&["forced_sex"], Some(Answer::No), &["escaped_searched", "self_harm"]);
    assert_eq!(result.outcome, Outcome::ImmediateDanger);
    assert_eq!(result.risks, [Risk::SelfHarm, Risk::Escaped]);
    assert_eq!(referrals(&result).contacts[..2], ["emergency", "crisis_adults"]);
    let escaped = case(&[], None, &["escaped_searched"]);
    assert_eq!(referrals(&escaped).contacts[0], "emergency");
}

#[test]
fn worked_case_15_danger_to_the_family_and_a_psychiatric_crisis_are_high_risk() {
    assert_eq!(case(&[], None, &["family_danger"]).outcome, Outcome::ImmediateDanger);
    let crisis = case(&[], None, &["psychiatric_crisis"]);
    assert_eq!(crisis.outcome, Outcome::ImmediateDanger);
    assert_eq!(referrals(&crisis).contacts[..2], ["emergency", "crisis_adults"]);
}

#[test]
fn worked_case_16_one_ilo_indicator_asked_twice_is_counted_once() {
    // Audit finding 22: job + place alone made deceptive recruitment
    // positive; watched + supervised calls alone made coercion positive.
    let job = case(&["job_different_nature", "place_or_employer_different"], Some(Answer::No), &[]);
    assert!(!job.positive(Dimension::DeceptiveRecruitment));
    assert_eq!(job.finding(Dimension::DeceptiveRecruitment).unwrap().counted.len(), 1);
    let watched = case(&["watched", "family_contact_supervised", "minder_present"], Some(Answer::No), &[]);
    assert!(!watched.positive(Dimension::CoercionDestination));
    let violence = case(&["violence_destination", "injuries_restraint"], Some(Answer::No), &[]);
    assert!(!violence.positive(Dimension::CoercionDestination));
    let pay = case(&["low_or_no_pay", "returned_no_money"], Some(Answer::No), &[]);
    assert_eq!(pay.finding(Dimension::ExploitativeConditions).unwrap().counted.len(), 1);
}

#[test]
fn worked_case_17_threats_split_by_kind_count_separately() {
    // Audit finding 24: threats of violence, of denunciation and to tell the
    // family are three ILO indicators: three "yes" make the dimension positive.
    let result = case(&["recruit_threats", "recruit_threat_report", "recruit_threat_tell"], Some(Answer::No), &[]);
    assert!(result.positive(Dimension::CoerciveRecruitment));
}

#[test]
fn worked_case_18_unsure_or_unasked_control_never_gives_labour_rights() {
    // Audit finding 27 (a): documents, locked in and debt "not sure".
    let mut answers = yes(&["excessive_hours", "low_or_no_pay"]);
    for unsure in ["documents_held", "locked_in", "debt_bondage"] {
        answers.set(id(unsure), Answer::NotSure);
    }
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::ControlUnknown);
    assert!(result.control_open.iter().any(|i| i.id == "documents_held"));
    assert!(referrals(&result).contacts.starts_with(&["kcik"]), "KCIK for advice");
    // (b) "finish now" before control was asked.
    assert_eq!(case(&["excessive_hours", "low_or_no_pay"], Some(Answer::No), &[]).outcome, Outcome::ControlUnknown);
}

#[test]
fn worked_case_19_fear_for_the_right_to_stay_is_at_least_some_signs() {
    // Audit finding 27 (c): dependence for the right to stay or for housing
    // counts as control.
    for dependence in ["legal_status_dependent", "dependent_on_employer", "living_at_work"] {
        let mut answers = yes(&["excessive_hours", "low_or_no_pay", dependence]);
        for control in control_questions() {
            if control != dependence {
                answers.set(id(control), Answer::No);
            }
        }
        assert!(assess(&answers).outcome >= Outcome::SomeSigns, "{dependence}");
    }
}

#[test]
fn worked_case_20_a_child_with_act_and_exploitation_needs_no_means() {
    // Brief §2: for a child no means are needed; the child is referred, the
    // police (112) first, never a helpline instead.
    let result =
        case(&["job_different_nature", "wages_deceived", "excessive_hours", "low_or_no_pay"], Some(Answer::Yes), &[]);
    assert_eq!(result.outcome, Outcome::StrongSigns);
    assert!(!result.positive(Dimension::CoercionDestination));
    assert!(!result.positive(Dimension::VulnerabilityDestination));
    let referral = referrals(&result);
    assert_eq!(referral.contacts[0], "emergency");
    assert!(referral.contacts.contains(&"kcik"));
}

#[test]
fn worked_case_21_the_lines_validated_tools_share() {
    // Anchors (c): sex for a place to stay; afraid to leave; threats of
    // deportation; permission to eat or sleep; living at work.
    assert_eq!(case(&["sex_exchange"], Some(Answer::No), &[]).outcome, Outcome::SomeSigns);
    for control in ["afraid_to_leave", "threat_deportation", "permission_basic_needs", "living_at_work"] {
        let result = case(&["excessive_hours", control], Some(Answer::No), &[]);
        assert!(result.outcome >= Outcome::SomeSigns, "{control}");
    }
    // "Ever", on the journey or in an earlier job, fires the same ILO
    // indicator as forced work now.
    let ever = indicators::find("ever_forced").unwrap();
    assert_eq!(ever.ilo, indicators::find("forced_work").unwrap().ilo);
}

#[test]
fn the_summary_names_no_one_and_lists_the_facts() {
    use pocket_card::i18n::{Catalog, Lang, FTL_FILES};
    let sources: Vec<String> = FTL_FILES
        .iter()
        .map(|f| std::fs::read_to_string(format!("{}/locales/en/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap())
        .collect();
    let (catalog, _) = Catalog::parse(Lang::En, &sources);
    let result = case(&["documents_held", "locked_in"], Some(Answer::Yes), &[]);
    let text = pocket_card::checker::summary(&result, &catalog, Some(Lang::Uk));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5, "{text}");
    assert!(lines[0].contains(&catalog.text(result.outcome.message_id())));
    assert!(lines[1].contains("Someone else keeps their passport or ID"));
    // Why: documents held and locked in are two strong ILO indicators.
    assert!(lines[2].contains(&catalog.text("dimension-coercion_destination")), "{text}");
    assert_eq!(lines[3], catalog.text("summary-child-yes"));
    assert!(lines[4].ends_with("Ukrainian"));
    assert!(!text.contains("ind-") && !text.contains("summary-"), "no message id leaks: {text}");
}

proptest! {
    /// Whatever the role, a high-risk answer puts 112 first in the list.
    #[test]
    fn any_high_risk_answer_puts_112_first_for_every_role(mut answers in any_answers(), which in any::<prop::sample::Index>(), role in 0usize..5) {
        let question = which.get(indicators::safety_questions());
        answers.set(Question::Safety(question), Answer::Yes);
        let result = Assessment { audience: Audience::ALL.get(role).copied(), ..assess(&answers) };
        prop_assert_eq!(referrals(&result).contacts[0], "emergency");
    }
}

#[test]
fn the_persons_answer_on_work_never_reorders_the_steps_already_taken() {
    // A "yes" or "no" to "have you worked?" changes what follows, never what
    // came before: otherwise the next question would be skipped.
    for audience in std::iter::once(None).chain(Audience::ALL.map(Some)) {
        for path in [Path::Short, Path::Full] {
            let before = Screening::new(path, audience).plan();
            let at = before.iter().position(|q| *q == Question::Working).expect("asked when not known");
            for answer in [Answer::Yes, Answer::No, Answer::NotSure, Answer::PreferNotToSay] {
                let mut screening = Screening::new(path, audience);
                while screening.current() != Some(Question::Working) {
                    screening.answer(Answer::No);
                }
                screening.answer(answer);
                assert_eq!(screening.plan()[..=at], before[..=at], "{audience:?} {path:?} {answer:?}");
                // `at` steps before, one of them the intro: the next question is number `at + 1`.
                assert_eq!(
                    screening.progress().0,
                    at + 1,
                    "{audience:?} {path:?} {answer:?}: the next step follows on"
                );
            }
        }
    }
}
