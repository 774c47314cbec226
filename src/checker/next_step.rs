//! The result's first block: the next step for the worker's role (brief
//! §4b), with one primary line to call, chosen for the time of day.
//!
//! Police and Border Guard officers are themselves the emergency service:
//! their step is their own procedure and the police trafficking number, 112
//! only for an ambulance or backup. Others call 112 after a high-risk answer;
//! otherwise KCIK while its consultants work (Monday to Friday, seeds/000)
//! or La Strada's 24-hour line at other times.

use super::rules::{Assessment, Outcome};
use crate::content::Audience;

/// When the worker is looking at the result, as far as the choice of line
/// goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Monday to Friday, daytime: KCIK's consultants can be expected.
    WeekdayDaytime,
    /// Nights and weekends: only the 24-hour lines.
    OffHours,
}

impl When {
    /// `weekday`: 0 = Sunday … 6 = Saturday (as JavaScript's `getDay`);
    /// `hour`: 0–23, local. Seeds/000 gives KCIK's consultants' days, not
    /// their hours, so only 8:00–18:00 counts as daytime: outside it the
    /// 24-hour line comes first rather than a line that may not answer.
    pub fn at(weekday: u8, hour: u8) -> When {
        if (1..=5).contains(&weekday) && (8..18).contains(&hour) {
            When::WeekdayDaytime
        } else {
            When::OffHours
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// Message id of what to do.
    pub text: &'static str,
    /// The contact to call first.
    pub primary: &'static str,
    /// A second line, where one fits.
    pub also: Option<&'static str>,
    /// The 24-hour line came first because of the hour (said on screen).
    pub off_hours: bool,
}

/// The next step, or `None` when the result asks for no referral.
pub fn next_step(assessment: &Assessment, when: When) -> Option<NextStep> {
    let advice = || match when {
        When::WeekdayDaytime => ("kcik", Some("lastrada"), false),
        When::OffHours => ("lastrada", Some("kcik"), true),
    };
    let step = |text, (primary, also, off_hours): (&'static str, Option<&'static str>, bool)| NextStep {
        text,
        primary,
        also,
        off_hours,
    };
    if assessment.audience == Some(Audience::Police) {
        // An ambulance may be what a high-risk answer needs: 112 beside it.
        let also = if assessment.call_112 { "emergency" } else { "police_thb_unit" };
        return (assessment.call_112 || assessment.outcome.refers())
            .then(|| step("next-police", ("police_thb", Some(also), false)));
    }
    if assessment.call_112 {
        let also = if assessment.needs_crisis_line() { Some("crisis_adults") } else { Some("lastrada") };
        return Some(step("next-danger", ("emergency", also, false)));
    }
    if !assessment.outcome.refers() {
        return None;
    }
    if assessment.child() {
        return Some(step("next-child", ("emergency", Some("kcik"), false)));
    }
    Some(match assessment.audience {
        Some(Audience::Health) => step("next-health", advice()),
        Some(Audience::Volunteer) => step("next-volunteer", ("lastrada", Some("kcik"), false)),
        Some(Audience::Inspector) => step("next-inspector", advice()),
        Some(Audience::Police) | None if assessment.outcome == Outcome::ControlUnknown => {
            step("next-control", advice())
        }
        Some(Audience::Police) | None => step("next-other", advice()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::{Answer, Answers, Path, Question, Screening};

    fn result(audience: Option<Audience>, yes: &[&str], danger: &[&str], age: Answer) -> Assessment {
        let mut answers = Answers::default();
        answers.set(Question::Age, age);
        for id in yes {
            answers.set(Question::Indicator(crate::content::indicators::find(id).unwrap()), Answer::Yes);
        }
        for id in danger {
            answers.set(Question::Safety(crate::content::indicators::find_safety(id).unwrap()), Answer::Yes);
        }
        let mut assessment = crate::checker::assess(&answers);
        assessment.audience = audience;
        assessment
    }

    const SIGNS: &[&str] = &["documents_held", "debt_bondage"];

    #[test]
    fn daytime_is_monday_to_friday_eight_to_six() {
        assert_eq!(When::at(1, 8), When::WeekdayDaytime);
        assert_eq!(When::at(5, 17), When::WeekdayDaytime);
        assert_eq!(When::at(5, 18), When::OffHours);
        assert_eq!(When::at(3, 2), When::OffHours);
        assert_eq!(When::at(0, 12), When::OffHours);
        assert_eq!(When::at(6, 12), When::OffHours);
    }

    #[test]
    fn police_follow_their_procedure_and_call_the_police_trafficking_number() {
        for danger in [&[][..], &["threatened_now"][..]] {
            let step = next_step(&result(Some(Audience::Police), SIGNS, danger, Answer::No), When::OffHours).unwrap();
            assert_eq!((step.text, step.primary), ("next-police", "police_thb"));
        }
    }

    #[test]
    fn a_health_worker_asks_kcik_by_day_and_la_strada_at_night() {
        let day = next_step(&result(Some(Audience::Health), SIGNS, &[], Answer::No), When::WeekdayDaytime).unwrap();
        assert_eq!((day.primary, day.also, day.off_hours), ("kcik", Some("lastrada"), false));
        let night = next_step(&result(Some(Audience::Health), SIGNS, &[], Answer::No), When::OffHours).unwrap();
        assert_eq!((night.primary, night.also, night.off_hours), ("lastrada", Some("kcik"), true));
    }

    #[test]
    fn a_weekday_line_is_never_the_primary_action_off_hours() {
        for audience in [None, Some(Audience::Health), Some(Audience::Volunteer), Some(Audience::Inspector)] {
            for yes in [SIGNS, &["excessive_hours"][..]] {
                if let Some(step) = next_step(&result(audience, yes, &[], Answer::No), When::OffHours) {
                    assert_ne!(step.primary, "kcik", "{audience:?}");
                }
            }
        }
    }

    #[test]
    fn high_risk_puts_112_first_for_everyone_but_officers() {
        let step = next_step(&result(Some(Audience::Volunteer), &[], &["self_harm"], Answer::No), When::WeekdayDaytime)
            .unwrap();
        assert_eq!((step.primary, step.also), ("emergency", Some("crisis_adults")));
    }

    #[test]
    fn a_child_goes_to_the_police_first() {
        let step =
            next_step(&result(Some(Audience::Health), &["low_or_no_pay"], &[], Answer::Yes), When::WeekdayDaytime)
                .unwrap();
        assert_eq!((step.text, step.primary), ("next-child", "emergency"));
    }

    #[test]
    fn no_referral_no_next_step() {
        assert_eq!(next_step(&result(Some(Audience::Health), &[], &[], Answer::No), When::WeekdayDaytime), None);
    }

    #[test]
    fn the_screening_carries_its_role_into_the_assessment() {
        assert_eq!(
            Screening::new(Path::Short, Some(Audience::Inspector)).assessment().audience,
            Some(Audience::Inspector)
        );
    }
}
