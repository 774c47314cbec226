//! The order of questions and the worker's place in it.

use super::{
    answers::{Age, Answer, Answers, Question},
    rules::{assess, Assessment},
};
use crate::content::{indicators, Audience, Domain, Indicator};

/// Two minutes with the most telling signs, or every sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Path {
    #[default]
    Short,
    Full,
}

/// One screening in progress. Lives in memory only; `clear` forgets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screening {
    pub path: Path,
    /// The worker's role, narrowing the questions to those that suit it.
    pub audience: Option<Audience>,
    answers: Answers,
    position: usize,
    finished: bool,
}

impl Screening {
    pub fn new(path: Path, audience: Option<Audience>) -> Screening {
        Screening { path, audience, answers: Answers::default(), position: 0, finished: false }
    }

    /// Safety questions, then age, then indicators grouped by domain. The
    /// child-only signs join the plan once the person may be a child.
    pub fn plan(&self) -> Vec<Question> {
        let child = self.answers.age() == Age::Child;
        let safety = indicators::safety_questions().iter().map(|q| Question::Safety(q.id));
        let wanted = |indicator: &Indicator| {
            let on_path = match self.path {
                Path::Full => true,
                Path::Short => indicator.short_path || indicator.children_only,
            };
            let for_role = self.audience.is_none_or(|role| indicator.audiences.contains(&role));
            on_path && for_role && (child || !indicator.children_only)
        };
        let signs = Domain::ALL.into_iter().flat_map(move |domain| {
            indicators::all()
                .iter()
                .filter(move |i| i.domain == domain)
                .filter(move |i| wanted(i))
                .map(|i| Question::Indicator(i.id))
        });
        safety.chain(std::iter::once(Question::Age)).chain(signs).collect()
    }

    pub fn current(&self) -> Option<Question> {
        if self.finished {
            return None;
        }
        self.plan().get(self.position).copied()
    }

    /// 1-based position and the number of questions on the plan.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.plan().len();
        ((self.position + 1).min(total), total)
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn answer(&mut self, answer: Answer) {
        if let Some(question) = self.current() {
            self.answers.set(question, answer);
            self.advance();
        }
    }

    /// Moves on without an answer; an earlier answer to this question is
    /// withdrawn, since skipping means "leave it out".
    pub fn skip(&mut self) {
        if let Some(question) = self.current() {
            self.answers.remove(question);
            self.advance();
        }
    }

    pub fn back(&mut self) {
        self.finished = false;
        self.position = self.position.saturating_sub(1);
    }

    pub fn can_go_back(&self) -> bool {
        self.position > 0 || self.finished
    }

    /// Ends the questions now; the result shows what was not asked.
    pub fn finish(&mut self) {
        self.finished = true;
    }

    pub fn is_finished(&self) -> bool {
        self.finished || self.position >= self.plan().len()
    }

    /// Back to the first question, keeping the answers to change them.
    pub fn review(&mut self) {
        self.finished = false;
        self.position = 0;
    }

    pub fn assessment(&self) -> Assessment {
        assess(&self.answers)
    }

    fn advance(&mut self) {
        self.position += 1;
        if self.position >= self.plan().len() {
            self.finished = true;
        }
    }
}
