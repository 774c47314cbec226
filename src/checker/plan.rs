//! The order of questions and the worker's place in it.
//!
//! The worker's own observations come first (high-risk signs they can see,
//! the person's age, what they notice), then the person's first screen, then
//! every question put to the person: the phone changes hands once.

use super::{
    answers::{Age, Answer, Answers, Question},
    rules::{assess, Assessment},
};
use crate::content::{indicators, Audience, Domain, Indicator, Kind, Risk, Situation};

/// The most telling signs, or every sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Path {
    #[default]
    Short,
    Full,
}

/// What the checker shows now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// A step of the plan: a question, or the person's first screen.
    Ask(Question),
    /// Very little time: the numbers to keep, how to be reached, the end.
    Handover,
    Result,
}

/// A fair time for one question read in two languages, with the phone
/// passed between worker and person: used to say how long a path takes.
pub const SECONDS_PER_QUESTION: usize = 15;

/// One screening in progress. Lives in memory only; `clear` forgets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screening {
    pub path: Path,
    /// The worker's role, narrowing the questions to those that suit it and
    /// saying on the person's first screen who is asking.
    pub audience: Option<Audience>,
    /// Where the person is in their story, deciding which questions make
    /// sense to them; `None` (not known) asks those of every situation.
    pub situation: Option<Situation>,
    pub(super) answers: Answers,
    pub(super) position: usize,
    pub(super) finished: bool,
    pub(super) handover: bool,
}

impl Screening {
    pub fn new(path: Path, audience: Option<Audience>) -> Screening {
        Screening {
            path,
            audience,
            situation: None,
            answers: Answers::default(),
            position: 0,
            finished: false,
            handover: false,
        }
    }

    /// The same screening for a person in this situation.
    pub fn in_situation(self, situation: Option<Situation>) -> Screening {
        Screening { situation, ..self }
    }

    /// Whether the person is alone with the worker, the worker's observations
    /// (high-risk signs, age, what they see), the
    /// person's first screen, then the person's questions: high-risk first,
    /// then the indicators grouped by domain. The child-only signs join the
    /// plan once the person may be a child.
    ///
    /// When the worker does not know the person's situation, the person is
    /// asked (`Question::Working`) after the high-risk questions, and their
    /// answer narrows the signs that follow.
    pub fn plan(&self) -> Vec<Question> {
        // The worker's observations come before the person is asked, so they
        // follow what the worker knew: a later answer must not reorder the
        // steps already taken.
        let told = self.situation.or_else(|| self.answers.situation());
        plan_of(self.path, self.audience, self.situation, told, self.answers.age() == Age::Child)
    }

    pub fn current(&self) -> Option<Question> {
        if self.finished {
            return None;
        }
        self.plan().get(self.position).copied()
    }

    pub fn stage(&self) -> Stage {
        if self.handover {
            return Stage::Handover;
        }
        match self.current() {
            Some(question) => Stage::Ask(question),
            None => Stage::Result,
        }
    }

    /// 1-based position among the questions (the person's first screen is
    /// not one) and their number.
    pub fn progress(&self) -> (usize, usize) {
        let plan = self.plan();
        let is_question = |q: &&Question| **q != Question::Intro;
        let total = plan.iter().filter(is_question).count();
        let before = plan.iter().take(self.position).filter(is_question).count();
        ((before + 1).min(total), total)
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn answer(&mut self, answer: Answer) {
        match self.current() {
            Some(Question::Intro) => self.advance(),
            Some(question) => {
                self.answers.set(question, answer);
                if answer == Answer::Yes && risk_of(question) == Some(Risk::LittleTime) {
                    self.handover = true;
                }
                self.advance();
            }
            None => {}
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
        self.handover = false;
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

    /// Very little time: shows the quick handover, from any step.
    pub fn hand_over(&mut self) {
        self.handover = true;
    }

    /// There is more time after all: back to the questions where they were.
    pub fn resume(&mut self) {
        self.handover = false;
    }

    pub fn is_finished(&self) -> bool {
        self.finished || self.position >= self.plan().len()
    }

    /// Back to the first question, keeping the answers to change them.
    pub fn review(&mut self) {
        self.handover = false;
        self.finished = false;
        self.position = 0;
    }

    pub fn assessment(&self) -> Assessment {
        Assessment { audience: self.audience, ..assess(&self.answers) }
    }

    fn advance(&mut self) {
        self.position += 1;
        if self.position >= self.plan().len() {
            self.finished = true;
        }
    }
}

fn risk_of(question: Question) -> Option<Risk> {
    match question {
        Question::Safety(question) => Some(question.risk),
        _ => None,
    }
}

/// The plan for a path, role and situation, before any answer (`child`:
/// once the person may be a child). A situation not known is asked of the
/// person, and until they answer, the signs of both situations are planned.
pub fn plan_for(path: Path, audience: Option<Audience>, situation: Option<Situation>, child: bool) -> Vec<Question> {
    plan_of(path, audience, situation, situation, child)
}

/// The plan with the worker's observations chosen for `observed` (what the
/// worker knew) and the person's questions for `asked` (what is known once
/// the person has said where they are). When the worker did not know
/// (`observed` is `None`), the person is asked after the high-risk questions.
fn plan_of(
    path: Path,
    audience: Option<Audience>,
    observed: Option<Situation>,
    asked: Option<Situation>,
    child: bool,
) -> Vec<Question> {
    let wanted = |indicator: &Indicator| {
        let situation = if indicator.kind == Kind::Observe { observed } else { asked };
        let fits = situation.is_none_or(|s| indicator.situations.contains(&s));
        let on_path = match path {
            Path::Full => true,
            Path::Short => {
                indicator.children_only
                    || situation.map_or(!indicator.short_path.is_empty(), |s| indicator.short_path.contains(&s))
            }
        };
        let for_role = audience.is_none_or(|role| indicator.audiences.contains(&role));
        fits && on_path && for_role && (child || !indicator.children_only)
    };
    let safety =
        |kind: Kind| indicators::safety_questions().iter().filter(move |q| q.kind == kind).map(Question::Safety);
    let signs = |kind: Kind| {
        Domain::ALL.into_iter().flat_map(move |domain| {
            indicators::all()
                .iter()
                .filter(move |i| i.domain == domain && i.kind == kind && wanted(i))
                .map(Question::Indicator)
        })
    };
    std::iter::once(Question::Alone)
        .chain(safety(Kind::Observe))
        .chain(std::iter::once(Question::Age))
        .chain(signs(Kind::Observe))
        .chain(std::iter::once(Question::Intro))
        .chain(safety(Kind::Ask))
        .chain(observed.is_none().then_some(Question::Working))
        .chain(signs(Kind::Ask))
        .collect()
}

/// How many questions a path asks an adult in this role and situation, and
/// about how many minutes that takes: what the set-up screen promises. A
/// situation not known costs the question that asks it, and the promise is
/// for the longer of the two paths it may lead to.
pub fn length_of(path: Path, audience: Option<Audience>, situation: Option<Situation>) -> (usize, usize) {
    let count = |working: Option<Answer>| {
        let mut screening = Screening::new(path, audience).in_situation(situation);
        if let Some(answer) = working {
            screening.answers.set(Question::Working, answer);
        }
        screening.plan().iter().filter(|q| **q != Question::Intro).count()
    };
    let questions = match situation {
        Some(_) => count(None),
        None => count(Some(Answer::Yes)).max(count(Some(Answer::No))),
    };
    (questions, (questions * SECONDS_PER_QUESTION).div_ceil(60))
}
