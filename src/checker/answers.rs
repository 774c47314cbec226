//! Answers as given: only in memory, keyed by question, never a free text.

use std::collections::BTreeMap;

use crate::content::indicators;

/// Every question the checker can ask. Ids point into static content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    /// Immediate danger, asked first.
    Safety(&'static str),
    /// "Could the person be under 18?"
    Age,
    Indicator(&'static str),
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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<Question, Answer>);

impl Answers {
    pub fn get(&self, question: Question) -> Option<Answer> {
        self.0.get(&question).copied()
    }

    pub fn set(&mut self, question: Question, answer: Answer) {
        self.0.insert(question, answer);
    }

    pub fn remove(&mut self, question: Question) {
        self.0.remove(&question);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Question, Answer)> + '_ {
        self.0.iter().map(|(q, a)| (*q, *a))
    }

    /// Any "yes" to a safety question.
    pub fn danger(&self) -> bool {
        self.iter().any(|(q, a)| matches!(q, Question::Safety(_)) && a == Answer::Yes)
    }

    pub fn age(&self) -> Age {
        let child_alone = indicators::safety_questions()
            .iter()
            .filter(|q| q.marks_child)
            .any(|q| self.get(Question::Safety(q.id)) == Some(Answer::Yes));
        match self.get(Question::Age) {
            _ if child_alone => Age::Child,
            Some(Answer::Yes | Answer::NotSure) => Age::Child,
            Some(Answer::No) => Age::Adult,
            Some(Answer::PreferNotToSay) | None => Age::Unknown,
        }
    }
}
