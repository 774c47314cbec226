//! The indicator checker's logic, with no web dependency: which questions to
//! ask in which order, the answers given, the decision rule and whom to
//! refer to. The UI only renders a `Screening` and forwards taps to it.

mod answers;
mod next_step;
mod plan;
mod referral;
mod rules;
pub mod session;
mod shown;
mod summary;

pub use answers::{Age, Answer, Answers, Question};
pub use next_step::{next_step, NextStep, When};
pub use plan::{length_of, plan_for, Path, Screening, Stage, SECONDS_PER_QUESTION};
pub use referral::{referrals_for, Referrals};
pub use rules::{assess, is_positive, Assessment, DimensionFinding, Outcome};
pub use shown::{verdict_text_id, Shown};
pub use summary::summary;
