//! Which cases were played, kept in the browser's local storage. It holds
//! scenario ids and counts only: nothing about any person, nothing typed.

use std::fmt::Write as _;

use super::Tally;
use crate::content::scenarios;

/// The best play-through of one case, and how often it was finished.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub best_helped: u32,
    pub best_total: u32,
    pub plays: u32,
}

/// Stored as one line per case: `<case id> <best helped> <best total> <plays>`.
/// Plain text rather than JSON, and a `Vec` sorted by case id rather than a
/// map, for a handful of cases: neither a JSON codec nor a map's node code
/// in the wasm (tests/bench/SIZE-POLICY.md).
/// The ids are the content's own (`'static`), found when a record is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    played: Vec<(&'static str, Record)>,
}

impl Record {
    /// `<case id> <best helped> <best total> <plays>`, for a case that
    /// exists and with numbers that make sense.
    fn from_line(line: &str) -> Option<(&'static str, Record)> {
        let mut fields = line.split(' ');
        let scenario = scenarios::find(fields.next()?)?;
        let mut number = || fields.next()?.parse::<u32>().ok();
        let record = Record { best_helped: number()?, best_total: number()?, plays: number()? };
        let sound = fields.next().is_none() && record.best_helped <= record.best_total && record.plays > 0;
        sound.then_some((scenario.id, record))
    }
}

impl Progress {
    /// Reads what storage held. Any line that is unreadable (an old
    /// format, a hand-edited value, a case that no longer exists) is
    /// dropped rather than breaking the training screen.
    pub fn from_stored(text: Option<&str>) -> Progress {
        let mut progress = Progress::default();
        for line in text.unwrap_or_default().lines() {
            if let Some((id, record)) = Record::from_line(line) {
                let at = progress.place_of(id);
                progress.played[at].1 = record;
            }
        }
        progress
    }

    /// Where `id`'s record is, after adding an empty one if there was none.
    fn place_of(&mut self, id: &'static str) -> usize {
        match self.find(id) {
            Ok(at) => at,
            Err(at) => {
                self.played.insert(at, (id, Record::default()));
                at
            }
        }
    }

    pub fn to_stored(&self) -> String {
        let mut text = String::new();
        for (id, record) in &self.played {
            // Writing to a `String` cannot fail.
            let _ = writeln!(text, "{id} {} {} {}", record.best_helped, record.best_total, record.plays);
        }
        text
    }

    /// Where `id`'s record is, or would go to keep the order.
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.played.binary_search_by(|(known, _)| (*known).cmp(id))
    }

    pub fn get(&self, scenario_id: &str) -> Option<Record> {
        self.find(scenario_id).ok().map(|at| self.played[at].1)
    }

    /// Records a finished play-through, keeping the best share of helpful
    /// choices (ties: the longer walk, which met more decisions).
    pub fn record(&mut self, scenario_id: &'static str, tally: Tally) {
        let at = self.place_of(scenario_id);
        let record = &mut self.played[at].1;
        let better = record.plays == 0
            || u64::from(tally.helped) * u64::from(record.best_total.max(1))
                > u64::from(record.best_helped) * u64::from(tally.total.max(1))
            || (u64::from(tally.helped) * u64::from(record.best_total)
                == u64::from(record.best_helped) * u64::from(tally.total)
                && tally.total > record.best_total);
        if better {
            record.best_helped = tally.helped;
            record.best_total = tally.total;
        }
        record.plays = record.plays.saturating_add(1);
    }

    pub fn is_empty(&self) -> bool {
        self.played.is_empty()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_best_share_is_kept_and_plays_are_counted() {
        let mut progress = Progress::default();
        progress.record("farm", Tally { helped: 1, total: 3 });
        progress.record("farm", Tally { helped: 2, total: 2 });
        progress.record("farm", Tally { helped: 1, total: 2 });
        assert_eq!(progress.get("farm"), Some(Record { best_helped: 2, best_total: 2, plays: 3 }));
        assert_eq!(progress.get("van"), None);
    }

    #[test]
    fn stored_progress_round_trips() {
        let mut progress = Progress::default();
        progress.record("van", Tally { helped: 3, total: 4 });
        assert_eq!(Progress::from_stored(Some(&progress.to_stored())), progress);
    }

    #[test]
    fn the_stored_text_is_one_line_per_case() {
        let mut progress = Progress::default();
        progress.record("van", Tally { helped: 3, total: 4 });
        progress.record("farm", Tally { helped: 1, total: 2 });
        assert_eq!(progress.to_stored(), "farm 1 2 1\nvan 3 4 1\n");
    }

    #[test]
    fn unreadable_or_stale_storage_gives_empty_progress() {
        let old_json = r#"{"played": {"farm": {"best_helped": 1, "best_total": 1, "plays": 1}}}"#;
        for text in [
            None,
            Some(""),
            Some("not a record"),
            Some(old_json),
            Some("farm 1 2"),
            Some("farm 1 2 3 4"),
            Some("farm -1 2 1"),
        ] {
            assert!(Progress::from_stored(text).is_empty(), "{text:?}");
        }
        let stale = "gone 1 1 1\nfarm 9 1 1\nfarm 1 1 0\n";
        assert!(Progress::from_stored(Some(stale)).is_empty());
    }

    #[test]
    fn a_bad_line_does_not_cost_the_others() {
        let progress = Progress::from_stored(Some("farm 2 2 1\n{garbage\nvan x 1 1"));
        assert_eq!(progress.get("farm"), Some(Record { best_helped: 2, best_total: 2, plays: 1 }));
        assert_eq!(progress.get("van"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_progress_round_trips(plays in proptest::collection::vec((0usize..8, 0u32..50, 0u32..50), 0..20)) {
            let ids: Vec<&str> = scenarios::all().iter().map(|s| s.id).collect();
            let mut progress = Progress::default();
            for (which, helped, extra) in plays {
                progress.record(ids[which % ids.len()], Tally { helped, total: helped + extra });
            }
            proptest::prop_assert_eq!(Progress::from_stored(Some(&progress.to_stored())), progress);
        }
    }
}
