//! How each step of the plan is named and shown: its stable key (the same in
//! the page, for tests, and in the tab's saved screening) and the messages
//! the question screen reads. Kept here, beside the plan, so a new kind of
//! step cannot be added without its key and texts.

use super::{answers::Question, rules::Assessment, Outcome};
use crate::content::{indicators, DomainExt, IndicatorExt, Kind, SafetyQuestionExt};
use crate::i18n::msg;

/// What the question screen shows for a step: its group label and text
/// (message ids), and whether the worker observes it or the person is asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub group: String,
    pub text_id: String,
    pub kind: Kind,
    pub key: String,
}

impl Question {
    /// `alone`, `age`, `working`, `safety:<id>` or `indicator:<id>`; `None`
    /// for the person's first screen, which is read, not answered.
    pub fn key(self) -> Option<String> {
        Some(match self {
            Question::Alone => "alone".to_owned(),
            Question::Age => "age".to_owned(),
            Question::Working => "working".to_owned(),
            Question::Safety(question) => format!("safety:{}", question.id),
            Question::Indicator(indicator) => format!("indicator:{}", indicator.id),
            Question::Intro => return None,
        })
    }

    /// The step a key names, if the content still has it.
    pub fn from_key(key: &str) -> Option<Question> {
        match key.split_once(':') {
            Some(("safety", id)) => Some(Question::Safety(indicators::find_safety(id)?)),
            Some(("indicator", id)) => Some(Question::Indicator(indicators::find(id)?)),
            None if key == "alone" => Some(Question::Alone),
            None if key == "age" => Some(Question::Age),
            None if key == "working" => Some(Question::Working),
            _ => None,
        }
    }

    /// `None` for the person's first screen, a component of its own.
    pub fn shown(self) -> Option<Shown> {
        let (group, text_id, kind) = match self {
            Question::Safety(q) => (msg::CHECK_GROUP_TRIAGE.to_owned(), q.question_id(), q.kind),
            Question::Age => (msg::CHECK_GROUP_AGE.to_owned(), msg::AGE_UNDER_18_OBSERVE.to_owned(), Kind::Observe),
            Question::Working => {
                (msg::CHECK_SITUATION_LABEL.to_owned(), msg::SITUATION_WORKING_ASK.to_owned(), Kind::Ask)
            }
            Question::Alone => (msg::CHECK_GROUP_ALONE.to_owned(), msg::ALONE_OBSERVE.to_owned(), Kind::Observe),
            Question::Indicator(i) => (i.domain.message_id(), i.question_id(), i.kind),
            Question::Intro => return None,
        };
        Some(Shown { group, text_id, kind, key: self.key()? })
    }
}

/// The verdict's explanation: for a child with strong signs, the text that
/// names act and exploitation; otherwise the outcome's own.
pub fn verdict_text_id(assessment: &Assessment) -> String {
    if assessment.outcome == Outcome::StrongSigns && assessment.child() {
        msg::RESULT_STRONG_SIGNS_CHILD_TEXT.to_owned()
    } else {
        format!("{}-text", assessment.outcome.message_id())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::checker::{plan_for, Path};

    #[test]
    fn every_step_has_texts_and_a_key_that_names_it_again() {
        let steps = plan_for(Path::Full, None, None, true);
        assert!(steps.contains(&Question::Working));
        for question in steps {
            let Some(key) = question.key() else {
                assert_eq!(question, Question::Intro);
                continue;
            };
            assert_eq!(Question::from_key(&key), Some(question), "{key}");
            let shown = question.shown().expect("texts for every step but the intro");
            assert_eq!(shown.key, key);
            assert!(!shown.text_id.is_empty() && !shown.group.is_empty(), "{key}");
        }
        assert_eq!(Question::from_key("indicator:nope"), None);
        assert_eq!(Question::from_key("intro"), None);
    }
}
