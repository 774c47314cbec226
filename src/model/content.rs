//! The content files' records: contacts, indicators and safety questions,
//! cards, legal points and training scenarios.

use serde::{Deserialize, Deserializer};

use crate::lang::Lang;
use crate::source::Source;

/// Reads a JSON array into a slice that lives as long as the process.
/// Only the build script and native tests read JSON, each file once.
fn leak<'de, D, T>(deserializer: D) -> Result<&'static [T], D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Vec::deserialize(deserializer).map(|items| &*items.leak())
}

// ---------------------------------------------------------------- contacts

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: &'static str,
    /// One of the four contacts the mission names (112, KCIK, La Strada, the
    /// police helpline): every result and card ends with these, and
    /// `index.html` carries them as plain HTML for when the app cannot start.
    #[serde(default)]
    pub mission: bool,
    #[serde(deserialize_with = "leak")]
    pub numbers: &'static [PhoneNumber],
    #[serde(default)]
    pub email: Option<&'static str>,
    /// Languages the line is known to answer in, among the app's languages.
    #[serde(deserialize_with = "leak")]
    pub languages: &'static [Lang],
    /// Message id qualifying `languages` (e.g. "others by arrangement").
    #[serde(default)]
    pub languages_note: Option<&'static str>,
    /// Only reachable from a Ukrainian SIM card: shown apart, never as a
    /// number to dial from a Polish phone.
    #[serde(default)]
    pub ukrainian_networks_only: bool,
    #[serde(default)]
    pub for_children: bool,
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct PhoneNumber {
    /// What the phone dials: E.164 (`+48…`) or a national short number (`112`).
    pub dial: &'static str,
    /// The same digits grouped for reading aloud.
    pub display: &'static str,
    /// Message id of what this number is for, where a contact has several.
    #[serde(default)]
    pub label: Option<&'static str>,
    /// Message id of the opening hours.
    pub hours: &'static str,
    pub status: Status,
    /// The most recent year a source listed this number.
    pub last_confirmed: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Listed by a recent official or operator source.
    Confirmed,
    /// Known only from an older source; the app says when it was last seen.
    Unconfirmed,
}

// -------------------------------------------------------------- indicators

/// Where in a person's path a worker can notice the sign (Barrier model,
/// plus health, where health workers notice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    Recruitment,
    Identity,
    Housing,
    Work,
    Money,
    Health,
    Control,
}

impl Domain {
    pub const ALL: [Domain; 7] = [
        Domain::Recruitment,
        Domain::Identity,
        Domain::Housing,
        Domain::Work,
        Domain::Money,
        Domain::Health,
        Domain::Control,
    ];
}

/// The six dimensions of the ILO/EC operational indicators (2009).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    VulnerabilityRecruitment,
    ExploitativeConditions,
    CoercionDestination,
    VulnerabilityDestination,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::VulnerabilityRecruitment,
        Dimension::ExploitativeConditions,
        Dimension::CoercionDestination,
        Dimension::VulnerabilityDestination,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Weak,
    Medium,
    Strong,
}

/// Whether the worker puts the question to the person or notes what they see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Ask,
    Observe,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Labour,
    Sexual,
    BeggingCrime,
}

/// The worker roles an indicator suits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Health,
    Police,
    Volunteer,
    Inspector,
}

impl Audience {
    pub const ALL: [Audience; 4] = [Audience::Health, Audience::Police, Audience::Volunteer, Audience::Inspector];
}

/// Where the person is in their story: it decides which questions make
/// sense to them. Someone still travelling or looking for work cannot say
/// whether their pay is lower than promised; someone working can.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// Travelling, at a border or reception point, or looking for work.
    OnTheWay,
    /// Working, or back from work.
    AtWork,
}

impl Situation {
    pub const ALL: [Situation; 2] = [Situation::OnTheWay, Situation::AtWork];
}

/// A question or observation the checker offers, and the ILO/EC indicator
/// it evidences. Several questions may evidence the same ILO indicator (the
/// nature of the job and the place or employer; locked in, watched and a
/// minder): a "yes" to any of them fires that indicator once (brief §3).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: &'static str,
    pub domain: Domain,
    /// The ILO/EC indicator this sign evidences, which decides its dimension
    /// and strength. `None` for a sign ILO does not grade and no ILO
    /// indicator fits: it is shown, but never counted.
    #[serde(default)]
    pub ilo: Option<Ilo>,
    /// One of the questions on control (documents, debt, threats,
    /// confinement, being free to leave, dependence for housing or papers)
    /// that must all be asked and answered "no" before the result may say
    /// "a labour-rights problem" (brief §3).
    #[serde(default)]
    pub control: bool,
    pub kind: Kind,
    #[serde(deserialize_with = "leak")]
    pub forms: &'static [Form],
    #[serde(deserialize_with = "leak")]
    pub audiences: &'static [Audience],
    /// The situations in which the question makes sense to the person.
    #[serde(deserialize_with = "leak")]
    pub situations: &'static [Situation],
    /// The situations whose short path asks it: one of the most telling
    /// signs there. Always among `situations` (checked by the build).
    #[serde(deserialize_with = "leak")]
    pub short_path: &'static [Situation],
    /// Only meaningful for a child (e.g. "no access to parents").
    #[serde(default)]
    pub children_only: bool,
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
}

/// The ILO/EC operational indicators (2009) the app's questions evidence,
/// as the brief (§3) lists them. Their dimension and strength are in the
/// app's `src/content/ilo.rs`, in code, so no two questions can give one
/// indicator two grades.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Ilo {
    // Deceptive recruitment
    DeceivedJobPlaceEmployer,
    DeceivedConditions,
    DeceivedContract,
    DeceivedWages,
    DeceivedHousing,
    DeceivedDocumentsStatus,
    DeceivedTravel,
    PromiseMarriageAdoption,
    DeceivedEducation,
    // Coercive recruitment
    RecruitViolence,
    Abduction,
    ForcedMarriage,
    Sold,
    RecruitDocumentsConfiscated,
    RecruitDebtBondage,
    RecruitIsolation,
    RecruitThreatViolence,
    RecruitThreatDenunciation,
    RecruitThreatFamily,
    ViolenceAgainstFamily,
    RecruitMoneyWithheld,
    // Abuse of vulnerability at recruitment
    FamilySituation,
    IrregularStatus,
    NoLanguageInformation,
    EconomicNeed,
    EmotionalDependency,
    FearOfAuthorities,
    // Exploitative conditions
    ExcessiveHours,
    BadLivingConditions,
    HazardousWork,
    LowOrNoPay,
    NoLabourLaw,
    NoSocialProtection,
    WageManipulation,
    // Coercion at destination
    DocumentsConfiscated,
    DebtBondage,
    Isolation,
    Violence,
    ForcedCrime,
    ForcedTasks,
    ForcedToLie,
    Threats,
    WagesWithheld,
    ThreatInformFamily,
    UnderStrongInfluence,
    // Abuse of vulnerability at destination
    DependentOnExploiters,
    UnknownPlace,
    EconomicNeedDestination,
    FamilySituationDestination,
    LegalStatus,
}

impl Ilo {
    pub const ALL: [Ilo; 50] = [
        Ilo::DeceivedJobPlaceEmployer,
        Ilo::DeceivedConditions,
        Ilo::DeceivedContract,
        Ilo::DeceivedWages,
        Ilo::DeceivedHousing,
        Ilo::DeceivedDocumentsStatus,
        Ilo::DeceivedTravel,
        Ilo::PromiseMarriageAdoption,
        Ilo::DeceivedEducation,
        Ilo::RecruitViolence,
        Ilo::Abduction,
        Ilo::ForcedMarriage,
        Ilo::Sold,
        Ilo::RecruitDocumentsConfiscated,
        Ilo::RecruitDebtBondage,
        Ilo::RecruitIsolation,
        Ilo::RecruitThreatViolence,
        Ilo::RecruitThreatDenunciation,
        Ilo::RecruitThreatFamily,
        Ilo::ViolenceAgainstFamily,
        Ilo::RecruitMoneyWithheld,
        Ilo::FamilySituation,
        Ilo::IrregularStatus,
        Ilo::NoLanguageInformation,
        Ilo::EconomicNeed,
        Ilo::EmotionalDependency,
        Ilo::FearOfAuthorities,
        Ilo::ExcessiveHours,
        Ilo::BadLivingConditions,
        Ilo::HazardousWork,
        Ilo::LowOrNoPay,
        Ilo::NoLabourLaw,
        Ilo::NoSocialProtection,
        Ilo::WageManipulation,
        Ilo::DocumentsConfiscated,
        Ilo::DebtBondage,
        Ilo::Isolation,
        Ilo::Violence,
        Ilo::ForcedCrime,
        Ilo::ForcedTasks,
        Ilo::ForcedToLie,
        Ilo::Threats,
        Ilo::WagesWithheld,
        Ilo::ThreatInformFamily,
        Ilo::UnderStrongInfluence,
        Ilo::DependentOnExploiters,
        Ilo::UnknownPlace,
        Ilo::EconomicNeedDestination,
        Ilo::FamilySituationDestination,
        Ilo::LegalStatus,
    ];
}

/// The high-risk situations of the hotline standards (seeds/003, brief §4),
/// asked before any indicator. Any of them puts 112 first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// Threatened, hurt, held or injured right now.
    Danger,
    /// A child with no parent or guardian: also makes the person a child.
    ChildAlone,
    /// Risk of suicide or self-harm: 112, then the crisis line 116 123.
    SelfHarm,
    /// Escaped, and at risk of being found.
    Escaped,
    /// Danger to the person's family now.
    FamilyDanger,
    /// Very little time to talk: the quick handover.
    LittleTime,
    /// A person in psychiatric crisis (observed).
    PsychiatricCrisis,
}

impl Risk {
    pub const ALL: [Risk; 7] = [
        Risk::Danger,
        Risk::ChildAlone,
        Risk::SelfHarm,
        Risk::Escaped,
        Risk::FamilyDanger,
        Risk::LittleTime,
        Risk::PsychiatricCrisis,
    ];
}

/// A question on a high-risk situation, asked before any indicator.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct SafetyQuestion {
    pub id: &'static str,
    pub kind: Kind,
    pub risk: Risk,
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
}

// ------------------------------------------------------------------- cards

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: &'static str,
    /// The worker role; `None` for the card addressed to the person.
    #[serde(default)]
    pub audience: Option<Audience>,
    /// Indicator ids, most telling first.
    #[serde(deserialize_with = "leak")]
    pub signs: &'static [&'static str],
    /// Message ids of the steps, in order (for the person: safety advice).
    #[serde(deserialize_with = "leak")]
    pub steps: &'static [&'static str],
    /// Message ids on how to talk with the person.
    #[serde(deserialize_with = "leak")]
    pub talk: &'static [&'static str],
    /// Message ids of the legal points (for the person: their rights).
    #[serde(deserialize_with = "leak")]
    pub law: &'static [&'static str],
    /// Contact ids, in the order to show them.
    #[serde(deserialize_with = "leak")]
    pub contacts: &'static [&'static str],
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
}

// -------------------------------------------------------------------- law

/// A legal point (or, on the person's card, a right): its text is the
/// Fluent message with this id; the sources say where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct LegalPoint {
    /// Message id of the point, as listed in a card's `law`.
    pub id: &'static str,
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
}

// --------------------------------------------------------------- scenarios

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: &'static str,
    pub audience: Audience,
    /// Id of the first scene.
    pub start: &'static str,
    /// Indicator ids present in the story, shown in the debrief.
    #[serde(deserialize_with = "leak")]
    pub signs: &'static [&'static str],
    /// What the indicator checker says when exactly these signs are
    /// answered "yes": keeps the story's lesson and the checker's rules in
    /// step (`tests/training.rs`).
    pub expected: Expected,
    /// Whether the person is (possibly) a child, for the checker's rules.
    pub child: bool,
    /// The right referral: contact ids, in the order to show them.
    #[serde(deserialize_with = "leak")]
    pub contacts: &'static [&'static str],
    #[serde(deserialize_with = "leak")]
    pub scenes: &'static [Scene],
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
}

impl Scenario {
    /// The problems of the story's graph, in words a content editor can act
    /// on: scene and choice ids unique, the start scene there, 2–4 choices
    /// per decision and none on an ending, every choice leading to a scene,
    /// every scene reachable and no cycle, so every path ends. The build
    /// refuses a scenario with any, so the app can follow choices blindly.
    pub fn graph_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let scene = |id: &str| self.scenes.iter().find(|s| s.id == id);
        for (at, s) in self.scenes.iter().enumerate() {
            if self.scenes[..at].iter().any(|earlier| earlier.id == s.id) {
                problems.push(format!("two scenes share the id {:?}", s.id));
            }
            match (s.ending.is_some(), s.choices.len()) {
                (true, 0) | (false, 2..=4) => {}
                (true, _) => problems.push(format!("ending {:?} has choices", s.id)),
                (false, n) => problems.push(format!("scene {:?} has {n} choices; a decision needs 2 to 4", s.id)),
            }
            for (at, choice) in s.choices.iter().enumerate() {
                if s.choices[..at].iter().any(|earlier| earlier.id == choice.id) {
                    problems.push(format!("scene {:?} has two choices {:?}", s.id, choice.id));
                }
                if scene(choice.next).is_none() {
                    problems.push(format!("{}/{} leads to missing scene {:?}", s.id, choice.id, choice.next));
                }
            }
        }
        if scene(self.start).is_none() {
            problems.push(format!("start scene {:?} does not exist", self.start));
        }
        if !problems.is_empty() {
            return problems;
        }
        // Depth-first from the start: a scene met again while its own path
        // is still open is a cycle; one never met cannot be reached.
        let (mut open, mut done): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
        fn visit<'a>(
            s: &'a Scenario,
            id: &'a str,
            open: &mut Vec<&'a str>,
            done: &mut Vec<&'a str>,
            problems: &mut Vec<String>,
        ) {
            if done.contains(&id) {
                return;
            }
            if open.contains(&id) {
                problems.push(format!("cycle through scene {id:?}: a path could never end"));
                return;
            }
            open.push(id);
            for choice in s.scenes.iter().filter(|scene| scene.id == id).flat_map(|scene| scene.choices) {
                visit(s, choice.next, open, done, problems);
            }
            open.pop();
            done.push(id);
        }
        visit(self, self.start, &mut open, &mut done, &mut problems);
        for s in self.scenes.iter().filter(|s| !done.contains(&s.id)) {
            problems.push(format!("scene {:?} cannot be reached from the start", s.id));
        }
        problems
    }
}

/// The checker outcome the story's signs lead to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    LabourRights,
    SomeSigns,
    StrongSigns,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct Scene {
    pub id: &'static str,
    #[serde(default, deserialize_with = "leak")]
    pub choices: &'static [Choice],
    /// Set on endings: how the story turned out for the person.
    #[serde(default)]
    pub ending: Option<Effect>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: &'static str,
    pub next: &'static str,
    pub effect: Effect,
    /// Indicator ids the user should notice at this moment.
    #[serde(deserialize_with = "leak")]
    pub signs: &'static [&'static str],
    /// Message id of the pocket-card point this choice follows or breaks.
    pub card: &'static str,
}

/// What a choice (or an ending) means for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::content))]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Helps,
    Mixed,
    Harms,
}

impl Effect {
    pub const ALL: [Effect; 3] = [Effect::Helps, Effect::Mixed, Effect::Harms];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ilo_list_is_in_declaration_order_without_repeats() {
        for pair in Ilo::ALL.windows(2) {
            assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
        }
    }
}
