//! The screening engine: the decision rule on worked examples, and its
//! promises as properties over any combination of answers.

#![cfg(not(target_arch = "wasm32"))]

use pocket_card::{
    checker::{assess, is_positive, referrals, Age, Answer, Answers, Outcome, Path, Question, Screening},
    content::{contacts, indicators, Audience, Dimension, Strength},
};
use proptest::prelude::*;

fn id(name: &str) -> Question {
    let indicator = indicators::find(name).unwrap_or_else(|| panic!("no indicator {name}"));
    Question::Indicator(indicator.id)
}

fn safety(name: &str) -> Question {
    let question = indicators::safety_questions().iter().find(|q| q.id == name).unwrap();
    Question::Safety(question.id)
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
    assert!(referrals(&result).contacts.starts_with(&["kcik", "lastrada", "police_helpline"]));
}

#[test]
fn poor_pay_and_long_hours_without_coercion_are_a_labour_rights_problem() {
    let mut answers = yes(&["excessive_hours", "low_or_no_pay", "no_contract"]);
    answers.set(id("documents_held"), Answer::No);
    answers.set(id("cannot_leave_job"), Answer::No);
    answers.set(Question::Age, Answer::No);
    let result = assess(&answers);
    assert_eq!(result.outcome, Outcome::LabourRights);
    let referral = referrals(&result);
    assert!(referral.labour_inspectorate);
    // Even then, the result ends with the four mission contacts.
    assert!(referral.contacts.ends_with(&["emergency", "kcik", "lastrada", "police_helpline"]));
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
    let mut answers = yes(&["job_different_nature", "place_or_employer_different", "excessive_hours", "low_or_no_pay"]);
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
fn the_plan_asks_safety_first_then_age_then_signs_by_domain() {
    let screening = Screening::new(Path::Short, None);
    let plan = screening.plan();
    let safety_count = indicators::safety_questions().len();
    assert!(plan[..safety_count].iter().all(|q| matches!(q, Question::Safety(_))));
    assert_eq!(plan[safety_count], Question::Age);
    let domains: Vec<_> = plan[safety_count + 1..]
        .iter()
        .map(|q| match q {
            Question::Indicator(id) => indicators::find(id).unwrap().domain,
            other => panic!("{other:?} after the age question"),
        })
        .collect();
    assert!(domains.windows(2).all(|w| w[0] <= w[1]), "grouped by domain");
    let short = plan.len();
    assert!((12..=24).contains(&short), "the short path has {short} questions");
    assert!(Screening::new(Path::Full, None).plan().len() > short);
}

#[test]
fn child_only_signs_join_the_plan_once_the_person_may_be_a_child() {
    let mut screening = Screening::new(Path::Short, None);
    let before = screening.plan().len();
    for _ in 0..indicators::safety_questions().len() {
        screening.answer(Answer::No);
    }
    assert_eq!(screening.current(), Some(Question::Age));
    screening.answer(Answer::NotSure);
    let children_only = indicators::all().iter().filter(|i| i.children_only).count();
    assert_eq!(screening.plan().len(), before + children_only);
}

#[test]
fn a_role_narrows_the_questions_to_those_that_suit_it() {
    let all = Screening::new(Path::Full, None).plan().len();
    let inspector = Screening::new(Path::Full, Some(Audience::Inspector)).plan();
    assert!(inspector.len() < all);
    for question in inspector {
        if let Question::Indicator(id) = question {
            assert!(indicators::find(id).unwrap().audiences.contains(&Audience::Inspector));
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
        .chain(indicators::all().iter().filter(|i| i.children_only).map(|i| Question::Indicator(i.id)))
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
    fn any_danger_answer_puts_112_first(mut answers in any_answers(), which in 0usize..3) {
        let question = indicators::safety_questions().iter().filter(|q| !q.marks_child).nth(which).unwrap();
        answers.set(Question::Safety(question.id), Answer::Yes);
        let result = assess(&answers);
        prop_assert_eq!(result.outcome, Outcome::ImmediateDanger);
        prop_assert!(result.call_112);
        prop_assert_eq!(referrals(&result).contacts[0], "emergency");
    }

    #[test]
    fn a_child_with_any_sign_of_exploitation_is_always_referred(mut answers in any_answers(), which in 0usize..11) {
        answers.set(Question::Age, Answer::Yes);
        let exploitation: Vec<_> = indicators::all().iter().filter(|i| i.dimension == Dimension::ExploitativeConditions).collect();
        let sign = exploitation[which % exploitation.len()];
        answers.set(Question::Indicator(sign.id), Answer::Yes);
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
    for no in ["documents_held", "cannot_leave_job", "debt_bondage", "threats_destination", "locked_in"] {
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
        &["job_different_nature", "conditions_deceived", "excessive_hours", "low_or_no_pay", "documents_held", "debt_bondage"],
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
    // recruitment is positive and debt is a coercion sign, but exploitation is
    // not yet proven: some signs, ask KCIK.
    let result = case(&["returned_no_money", "debt_bondage", "agency_fee_paid", "job_different_nature"], Some(Answer::No), &[]);
    assert_eq!(result.outcome, Outcome::SomeSigns);
    assert!(result.findings.iter().any(|f| f.dimension == Dimension::DeceptiveRecruitment && f.positive));
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
    let result = case(&["taken_or_sold", "recruit_threats", "excessive_hours", "no_basic_needs"], Some(Answer::Yes), &[]);
    assert_eq!(result.outcome, Outcome::StrongSigns);
    let coercion_at_destination = result.findings.iter().find(|f| f.dimension == Dimension::CoercionDestination).unwrap();
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
    assert_eq!(result.signs, Outcome::LabourRights);
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
fn lines_speaking_the_persons_language_come_first() {
    let result = case(&["documents_held", "debt_bondage", "job_different_nature"], Some(Answer::No), &[]);
    let referral = pocket_card::checker::referrals_for(&result, Some(pocket_card::i18n::Lang::Uk));
    assert_eq!(referral.contacts[0], "police_helpline", "the only mission line that speaks Ukrainian");
    let danger = case(&[], None, &["threatened_now"]);
    assert_eq!(pocket_card::checker::referrals_for(&danger, Some(pocket_card::i18n::Lang::Uk)).contacts[0], "emergency");
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
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains(&catalog.text(result.outcome.message_id())));
    assert!(lines[1].contains("Someone else keeps their passport or ID"));
    assert_eq!(lines[2], catalog.text("summary-child-yes"));
    assert!(lines[3].ends_with("Ukrainian"));
    assert!(!text.contains("ind-") && !text.contains("summary-"), "no message id leaks: {text}");
}
