//! Answers as given: only in memory, keyed by question, never a free text.

use crate::content::{indicators, Risk, Situation};

/// Every step of the checker's plan. Ids point into static content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    /// "Is the person alone with you?", the worker's first question: the
    /// answers of a person watched by a companion may not be free.
    Alone,
    /// A high-risk situation, asked before the indicators.
    Safety(&'static str),
    /// "Could the person be under 18?"
    Age,
    /// "Since you left home, have you already worked for someone?", asked
    /// when the worker does not know the person's situation: it decides
    /// which questions follow.
    Working,
    Indicator(&'static str),
    /// What the person reads before the first question put to them: who is
    /// asking, what is kept, that they may skip or stop. Read, not answered.
    Intro,
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
                    .any(|q| q.risk == *risk && self.get(Question::Safety(q.id)) == Some(Answer::Yes))
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

    const IDS: [&str; 4] = ["a", "b", "c", "d"];

    fn question() -> impl Strategy<Value = Question> {
        prop_oneof![
            (0..IDS.len()).prop_map(|i| Question::Safety(IDS[i])),
            Just(Question::Age),
            Just(Question::Working),
            (0..IDS.len()).prop_map(|i| Question::Indicator(IDS[i])),
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
