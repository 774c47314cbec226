//! Answers as given: only in memory, keyed by question, never a free text.

use std::{cmp::Ordering, fmt, hash};

use crate::content::{indicators, Indicator, Risk, SafetyQuestion, Situation};

/// Every step of the checker's plan, holding the content it asks about.
///
/// Questions are equal, ordered and hashed by kind (in the order below),
/// then by the content's id, not its address: the same indicator read from
/// JSON (native tests) is the same question, and the answers keep the
/// order, and the saved screening its lines, that they had when a step
/// held only the id.
#[derive(Clone, Copy)]
pub enum Question {
    /// "Is the person alone with you?", the worker's first question: the
    /// answers of a person watched by a companion may not be free.
    Alone,
    /// A high-risk situation, asked before the indicators.
    Safety(&'static SafetyQuestion),
    /// "Could the person be under 18?"
    Age,
    /// "Since you left home, have you already worked for someone?", asked
    /// when the worker does not know the person's situation: it decides
    /// which questions follow.
    Working,
    Indicator(&'static Indicator),
    /// What the person reads before the first question put to them: who is
    /// asking, what is kept, that they may skip or stop. Read, not answered.
    Intro,
}

impl Question {
    /// The step's kind, in the order declared.
    fn rank(self) -> u8 {
        match self {
            Question::Alone => 0,
            Question::Safety(_) => 1,
            Question::Age => 2,
            Question::Working => 3,
            Question::Indicator(_) => 4,
            Question::Intro => 5,
        }
    }

    /// The id of the content the step asks about; empty for the others.
    fn content_id(self) -> &'static str {
        match self {
            Question::Safety(question) => question.id,
            Question::Indicator(indicator) => indicator.id,
            Question::Alone | Question::Age | Question::Working | Question::Intro => "",
        }
    }
}

// As derived on the kind and the id (see the type).

impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Question::Safety(a), Question::Safety(b)) => a.id == b.id,
            (Question::Indicator(a), Question::Indicator(b)) => a.id == b.id,
            _ => self.rank() == other.rank(),
        }
    }
}

impl Eq for Question {}

impl PartialOrd for Question {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Question {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Question::Safety(a), Question::Safety(b)) => a.id.cmp(b.id),
            (Question::Indicator(a), Question::Indicator(b)) => a.id.cmp(b.id),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

impl hash::Hash for Question {
    fn hash<H: hash::Hasher>(&self, state: &mut H) {
        self.rank().hash(state);
        self.content_id().hash(state);
    }
}

/// As the derived form would print it, but an indicator by its id alone.
impl fmt::Debug for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Question::Alone => f.write_str("Alone"),
            Question::Safety(question) => f.debug_tuple("Safety").field(&question.id).finish(),
            Question::Age => f.write_str("Age"),
            Question::Working => f.write_str("Working"),
            Question::Indicator(indicator) => f.debug_tuple("Indicator").field(&indicator.id).finish(),
            Question::Intro => f.write_str("Intro"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    NotSure,
    PreferNotToSay,
}

/// What is known of the person's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    Adult,
    /// Under 18, or possibly so: the child rule applies (EU Directive
    /// 2011/36 art. 13(2): when in doubt, treat as a child).
    Child,
    /// Not asked or not answered; the adult rule applies, and the result
    /// says the age is unknown.
    Unknown,
}

/// Kept sorted by question, like a `BTreeMap`, but in a `Vec`: a screening
/// has at most a few dozen answers, not worth a map's node code in the wasm
/// (tests/bench/SIZE-POLICY.md).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(Question, Answer)>);

impl Answers {
    fn find(&self, question: Question) -> Result<usize, usize> {
        self.0.binary_search_by(|(q, _)| q.cmp(&question))
    }

    pub fn get(&self, question: Question) -> Option<Answer> {
        self.find(question).ok().map(|at| self.0[at].1)
    }

    pub fn set(&mut self, question: Question, answer: Answer) {
        match self.find(question) {
            Ok(at) => self.0[at].1 = answer,
            Err(at) => self.0.insert(at, (question, answer)),
        }
    }

    pub fn remove(&mut self, question: Question) {
        if let Ok(at) = self.find(question) {
            self.0.remove(at);
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Question, Answer)> + '_ {
        self.0.iter().copied()
    }

    /// Any "yes" to a safety question.
    pub fn danger(&self) -> bool {
        self.iter().any(|(q, a)| matches!(q, Question::Safety(_)) && a == Answer::Yes)
    }

    /// The high-risk situations answered "yes", each once, in `Risk::ALL` order.
    pub fn risks(&self) -> Vec<Risk> {
        Risk::ALL
            .into_iter()
            .filter(|risk| {
                indicators::safety_questions()
                    .iter()
                    .any(|q| q.risk == *risk && self.get(Question::Safety(q)) == Some(Answer::Yes))
            })
            .collect()
    }

    pub fn age(&self) -> Age {
        let child_alone = self.risks().contains(&Risk::ChildAlone);
        match self.get(Question::Age) {
            _ if child_alone => Age::Child,
            Some(Answer::Yes | Answer::NotSure) => Age::Child,
            Some(Answer::No) => Age::Adult,
            Some(Answer::PreferNotToSay) | None => Age::Unknown,
        }
    }

    /// The person's situation as they told it: having worked since leaving
    /// home means at work (or back from it), not yet means on the way.
    /// Anything else leaves it open.
    pub fn situation(&self) -> Option<Situation> {
        match self.get(Question::Working) {
            Some(Answer::Yes) => Some(Situation::AtWork),
            Some(Answer::No) => Some(Situation::OnTheWay),
            _ => None,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::disallowed_types)] // the `BTreeMap` is the model the `Vec` is checked against
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    /// The same indicator at another address, as a JSON reader would give it.
    fn copy_of(indicator: &Indicator) -> &'static Indicator {
        Box::leak(Box::new(indicator.clone()))
    }

    #[test]
    fn a_question_is_its_kind_and_id() {
        let [first, second] = [&indicators::all()[0], &indicators::all()[1]];
        assert_eq!(Question::Indicator(copy_of(first)), Question::Indicator(first));
        let danger = &indicators::safety_questions()[0];
        assert_eq!(Question::Safety(Box::leak(Box::new(danger.clone()))), Question::Safety(danger));
        assert_eq!(Question::Indicator(first).cmp(&Question::Indicator(second)), first.id.cmp(second.id));
        assert!(Question::Working < Question::Indicator(first) && Question::Indicator(first) < Question::Intro);
        assert_eq!(format!("{:?}", Question::Indicator(first)), format!("Indicator({:?})", first.id));
    }

    fn question() -> impl Strategy<Value = Question> {
        prop_oneof![
            (0..4usize).prop_map(|i| Question::Safety(&indicators::safety_questions()[i])),
            Just(Question::Age),
            Just(Question::Working),
            (0..4usize).prop_map(|i| Question::Indicator(&indicators::all()[i])),
            (0..4usize).prop_map(|i| Question::Indicator(copy_of(&indicators::all()[i]))),
            Just(Question::Intro),
            Just(Question::Alone),
        ]
    }

    fn answer() -> impl Strategy<Value = Answer> {
        prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::NotSure), Just(Answer::PreferNotToSay)]
    }

    proptest! {
        /// The sorted `Vec` behaves as the `BTreeMap` it replaced.
        #[test]
        fn behaves_as_an_ordered_map(steps in proptest::collection::vec((question(), proptest::option::of(answer())), 0..40)) {
            let mut answers = Answers::default();
            let mut model = BTreeMap::new();
            for (question, answer) in steps {
                match answer {
                    Some(answer) => {
                        answers.set(question, answer);
                        model.insert(question, answer);
                    }
                    None => {
                        answers.remove(question);
                        model.remove(&question);
                    }
                }
                prop_assert_eq!(answers.get(question), model.get(&question).copied());
            }
            prop_assert_eq!(answers.len(), model.len());
            prop_assert_eq!(answers.iter().collect::<Vec<_>>(), model.into_iter().collect::<Vec<_>>());
        }
    }
}
