//! The ILO/EC operational indicators (Delphi survey, 2009) as the content
//! brief (§3) grades them: each one's dimension, and its strength for an
//! adult and for a child. The grades come from a transcription of ILO
//! document WCMS_105023 and are provisional; the result says so.
//!
//! A question evidences one of these (`Indicator::ilo`). However many of its
//! questions are answered "yes", an ILO indicator counts once.

pub use pocket_card_model::content::Ilo;

use super::{Dimension, Strength};

use Strength::{Medium, Strong, Weak};

/// How an ILO indicator is graded: its dimension, and its strength for an
/// adult and for a child.
pub trait IloExt {
    fn dimension(self) -> Dimension;
    /// The strength for an adult; `None` where the brief grades the
    /// indicator for children only ("under strong influence").
    fn adult_strength(self) -> Option<Strength>;
    /// The strength for a child (brief §3): no weak tier; threats,
    /// abduction or sale, debt bondage, deception about education, forced
    /// crime, forced tasks and being under strong influence are strong.
    fn child_strength(self) -> Strength;
    /// The strength that counts: a child's, or an adult's.
    fn strength(self, child: bool) -> Option<Strength>;
}

impl IloExt for Ilo {
    fn dimension(self) -> Dimension {
        use Dimension::*;
        match self {
            Ilo::DeceivedJobPlaceEmployer
            | Ilo::DeceivedConditions
            | Ilo::DeceivedContract
            | Ilo::DeceivedWages
            | Ilo::DeceivedHousing
            | Ilo::DeceivedDocumentsStatus
            | Ilo::DeceivedTravel
            | Ilo::PromiseMarriageAdoption
            | Ilo::DeceivedEducation => DeceptiveRecruitment,
            Ilo::RecruitViolence
            | Ilo::Abduction
            | Ilo::ForcedMarriage
            | Ilo::Sold
            | Ilo::RecruitDocumentsConfiscated
            | Ilo::RecruitDebtBondage
            | Ilo::RecruitIsolation
            | Ilo::RecruitThreatViolence
            | Ilo::RecruitThreatDenunciation
            | Ilo::RecruitThreatFamily
            | Ilo::ViolenceAgainstFamily
            | Ilo::RecruitMoneyWithheld => CoerciveRecruitment,
            Ilo::FamilySituation
            | Ilo::IrregularStatus
            | Ilo::NoLanguageInformation
            | Ilo::EconomicNeed
            | Ilo::EmotionalDependency
            | Ilo::FearOfAuthorities => VulnerabilityRecruitment,
            Ilo::ExcessiveHours
            | Ilo::BadLivingConditions
            | Ilo::HazardousWork
            | Ilo::LowOrNoPay
            | Ilo::NoLabourLaw
            | Ilo::NoSocialProtection
            | Ilo::WageManipulation => ExploitativeConditions,
            Ilo::DocumentsConfiscated
            | Ilo::DebtBondage
            | Ilo::Isolation
            | Ilo::Violence
            | Ilo::ForcedCrime
            | Ilo::ForcedTasks
            | Ilo::ForcedToLie
            | Ilo::Threats
            | Ilo::WagesWithheld
            | Ilo::ThreatInformFamily
            | Ilo::UnderStrongInfluence => CoercionDestination,
            Ilo::DependentOnExploiters
            | Ilo::UnknownPlace
            | Ilo::EconomicNeedDestination
            | Ilo::FamilySituationDestination
            | Ilo::LegalStatus => VulnerabilityDestination,
        }
    }

    fn adult_strength(self) -> Option<Strength> {
        Some(match self {
            Ilo::DeceivedJobPlaceEmployer
            | Ilo::RecruitViolence
            | Ilo::ExcessiveHours
            | Ilo::DocumentsConfiscated
            | Ilo::DebtBondage
            | Ilo::Isolation
            | Ilo::Violence => Strong,
            Ilo::DeceivedEducation | Ilo::ThreatInformFamily => Weak,
            Ilo::UnderStrongInfluence => return None,
            _ => Medium,
        })
    }

    fn child_strength(self) -> Strength {
        match self {
            Ilo::RecruitThreatViolence
            | Ilo::RecruitThreatDenunciation
            | Ilo::RecruitThreatFamily
            | Ilo::Threats
            | Ilo::ThreatInformFamily
            | Ilo::Abduction
            | Ilo::ForcedMarriage
            | Ilo::Sold
            | Ilo::RecruitDebtBondage
            | Ilo::DebtBondage
            | Ilo::DeceivedEducation
            | Ilo::ForcedCrime
            | Ilo::ForcedTasks
            | Ilo::UnderStrongInfluence => Strong,
            other => match other.adult_strength() {
                Some(Strong) => Strong,
                _ => Medium,
            },
        }
    }

    fn strength(self, child: bool) -> Option<Strength> {
        if child {
            Some(self.child_strength())
        } else {
            self.adult_strength()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brief §3: a child's grade is never below an adult's and never weak.
    #[test]
    fn a_childs_grade_is_never_weak_nor_below_an_adults() {
        for ilo in Ilo::ALL {
            assert_ne!(ilo.child_strength(), Weak, "{ilo:?}");
            if let Some(adult) = ilo.adult_strength() {
                assert!(ilo.child_strength() >= adult, "{ilo:?}");
            }
        }
    }

    /// The brief's strong indicators for adults, and nothing else.
    #[test]
    fn adult_strong_indicators_are_the_briefs() {
        let strong: Vec<Ilo> = Ilo::ALL.into_iter().filter(|i| i.adult_strength() == Some(Strong)).collect();
        assert_eq!(
            strong,
            [
                Ilo::DeceivedJobPlaceEmployer,
                Ilo::RecruitViolence,
                Ilo::ExcessiveHours,
                Ilo::DocumentsConfiscated,
                Ilo::DebtBondage,
                Ilo::Isolation,
                Ilo::Violence
            ]
        );
    }
}
