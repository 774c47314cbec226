//! The screening in progress as a line of text, for the browser tab's own
//! `sessionStorage`: a call made from the result (the phone's dialer may
//! discard the tab) or a reload does not lose it. Tab-scoped, gone when the
//! tab closes, cleared by one tap, and refused once older than
//! `KEEP_FOR_SECS`. It holds the question ids and answers, the person's
//! language and the place in the plan — never a name or any free text.
//!
//! Format, one field a line: `pc-screening 1`, the time saved (seconds
//! since 1970), `path role situation person position finished handover`, then one
//! `question answer` line per answer. Anything malformed, unknown or
//! expired reads as no screening.

use super::answers::{Answer, Answers, Question};
use super::plan::{Path, Screening};
use crate::content::{Audience, Situation};
use crate::i18n::Lang;

/// Four hours: a long shift's conversation and the calls after it, not the
/// next person's.
pub const KEEP_FOR_SECS: u64 = 4 * 60 * 60;

// Version 2 added the situation; a version 1 line reads as no screening.
const HEADER: &str = "pc-screening 2";

/// A screening and the language the person reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub screening: Screening,
    pub person: Option<Lang>,
}

pub fn encode(saved: &Saved, now_secs: u64) -> String {
    let s = &saved.screening;
    let mut text = format!(
        "{HEADER}\n{now_secs}\n{} {} {} {} {} {} {}\n",
        match s.path {
            Path::Short => "short",
            Path::Full => "full",
        },
        s.audience.map_or("-", audience_name),
        s.situation.map_or("-", situation_name),
        saved.person.map_or("-", Lang::code),
        s.position,
        u8::from(s.finished),
        u8::from(s.handover),
    );
    for (question, answer) in s.answers.iter() {
        let Some(key) = question.key() else { continue };
        let answer = match answer {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
            Answer::PreferNotToSay => "prefer-not",
        };
        text.push_str(&format!("{key} {answer}\n"));
    }
    text
}

pub fn decode(text: &str, now_secs: u64) -> Option<Saved> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let saved_at: u64 = lines.next()?.parse().ok()?;
    // A clock set back, or a screening older than the limit: forget it.
    if saved_at > now_secs || now_secs - saved_at > KEEP_FOR_SECS {
        return None;
    }
    let mut fields = lines.next()?.split(' ');
    let path = match fields.next()? {
        "short" => Path::Short,
        "full" => Path::Full,
        _ => return None,
    };
    let audience = match fields.next()? {
        "-" => None,
        name => Some(Audience::ALL.into_iter().find(|a| audience_name(*a) == name)?),
    };
    let situation = match fields.next()? {
        "-" => None,
        name => Some(Situation::ALL.into_iter().find(|s| situation_name(*s) == name)?),
    };
    let person = match fields.next()? {
        "-" => None,
        code => Some(Lang::ALL.into_iter().find(|l| l.code() == code)?),
    };
    let position: usize = fields.next()?.parse().ok()?;
    let finished = flag(fields.next()?)?;
    let handover = flag(fields.next()?)?;
    let mut answers = Answers::default();
    for line in lines {
        let (key, answer) = line.split_once(' ')?;
        let question = Question::from_key(key)?;
        let answer = match answer {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            "not-sure" => Answer::NotSure,
            "prefer-not" => Answer::PreferNotToSay,
            _ => return None,
        };
        answers.set(question, answer);
    }
    let mut screening = Screening::new(path, audience).in_situation(situation);
    screening.answers = answers;
    // A plan that changed in an update may be shorter: stay within it.
    screening.position = position.min(screening.plan().len());
    screening.finished = finished || screening.position >= screening.plan().len();
    screening.handover = handover;
    Some(Saved { screening, person })
}

const fn situation_name(situation: Situation) -> &'static str {
    match situation {
        Situation::OnTheWay => "on-the-way",
        Situation::AtWork => "at-work",
    }
}

fn flag(text: &str) -> Option<bool> {
    match text {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    }
}

const fn audience_name(audience: Audience) -> &'static str {
    match audience {
        Audience::Health => "health",
        Audience::Police => "police",
        Audience::Volunteer => "volunteer",
        Audience::Inspector => "inspector",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::checker::Path;

    const NOW: u64 = 1_796_000_000;

    fn walked(steps: &[u8], path: Path, audience: Option<Audience>) -> Screening {
        walked_in(steps, path, audience, None)
    }

    fn walked_in(steps: &[u8], path: Path, audience: Option<Audience>, situation: Option<Situation>) -> Screening {
        let mut screening = Screening::new(path, audience).in_situation(situation);
        for step in steps {
            match step % 7 {
                0 => screening.answer(Answer::Yes),
                1 => screening.answer(Answer::No),
                2 => screening.answer(Answer::NotSure),
                3 => screening.answer(Answer::PreferNotToSay),
                4 => screening.skip(),
                5 => screening.back(),
                _ => screening.hand_over(),
            }
        }
        screening
    }

    proptest! {
        /// Whatever was answered, a reload gives back the same screening.
        #[test]
        fn a_screening_survives_a_reload(
            steps in proptest::collection::vec(any::<u8>(), 0..60),
            full in any::<bool>(),
            role in 0usize..5,
            person in proptest::option::of(0usize..16),
            situation in 0usize..3,
        ) {
            let audience = Audience::ALL.get(role).copied();
            let situation = Situation::ALL.get(situation).copied();
            let screening = walked_in(&steps, if full { Path::Full } else { Path::Short }, audience, situation);
            let saved = Saved { screening, person: person.map(|i| Lang::ALL[i]) };
            let text = encode(&saved, NOW);
            prop_assert_eq!(decode(&text, NOW + 60), Some(saved));
        }

        /// Damaged text never panics and never gives a screening that was
        /// not saved.
        #[test]
        fn damaged_text_reads_as_nothing_or_a_valid_screening(text in ".{0,200}") {
            let _ = decode(&text, NOW);
        }
    }

    #[test]
    fn an_old_screening_is_forgotten() {
        let saved = Saved { screening: walked(&[1, 1, 0], Path::Short, None), person: None };
        let text = encode(&saved, NOW);
        assert!(decode(&text, NOW + KEEP_FOR_SECS).is_some());
        assert_eq!(decode(&text, NOW + KEEP_FOR_SECS + 1), None);
        assert_eq!(decode(&text, NOW - 1), None, "saved in the future: a clock was changed");
    }

    #[test]
    fn unknown_ids_or_values_read_as_nothing() {
        let saved = Saved { screening: walked(&[1, 0], Path::Short, Some(Audience::Health)), person: Some(Lang::Uk) };
        let text = encode(&saved, NOW);
        assert_eq!(decode(&text.replace("safety:psychiatric_crisis", "safety:nope"), NOW), None);
        assert_eq!(decode(&text.replace(" uk ", " xx "), NOW), None);
        assert_eq!(decode(&text.replace("pc-screening 2", "pc-screening 3"), NOW), None);
        assert_eq!(decode(&text.replace("pc-screening 2", "pc-screening 1"), NOW), None, "an older format");
        assert_eq!(decode("", NOW), None);
    }

    /// The format, byte for byte: a saved screening must read back after
    /// an update. Answers come in the order of `Question`, indicators by id
    /// (not their order in the content).
    #[test]
    fn the_written_text_is_the_format() {
        let mut screening = Screening::new(Path::Full, Some(Audience::Health));
        let sign = |id| Question::Indicator(crate::content::indicators::find(id).unwrap());
        for (question, answer) in [
            (sign("wages_deceived"), Answer::Yes),
            (sign("job_different_nature"), Answer::NotSure),
            (sign("conditions_deceived"), Answer::No),
            (Question::Age, Answer::PreferNotToSay),
            (Question::Safety(crate::content::indicators::find_safety("psychiatric_crisis").unwrap()), Answer::No),
            (Question::Alone, Answer::Yes),
        ] {
            screening.answers.set(question, answer);
        }
        let saved = Saved { screening, person: Some(Lang::Uk) };
        assert_eq!(
            encode(&saved, NOW),
            "pc-screening 2\n1796000000\nfull health - uk 0 0 0\n\
             alone yes\nsafety:psychiatric_crisis no\nage prefer-not\n\
             indicator:conditions_deceived no\nindicator:job_different_nature not-sure\n\
             indicator:wages_deceived yes\n"
        );
    }

    #[test]
    fn nothing_but_ids_and_answers_is_kept() {
        let saved = Saved {
            screening: walked(&[0, 1, 2, 3, 1, 1, 1], Path::Short, Some(Audience::Police)),
            person: Some(Lang::Ar),
        };
        let text = encode(&saved, NOW);
        for line in text.lines().skip(3) {
            let (key, answer) = line.split_once(' ').unwrap();
            assert!(
                ["age", "alone", "working"].contains(&key)
                    || key.starts_with("safety:")
                    || key.starts_with("indicator:"),
                "{line}"
            );
            assert!(["yes", "no", "not-sure", "prefer-not"].contains(&answer), "{line}");
        }
    }
}
