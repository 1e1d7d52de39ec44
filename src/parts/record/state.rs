//! The record part's state, its actions and its reducer: pure, with no Yew and no browser, so
//! every change to the record is tested natively. The view turns events into [`Action`]s and
//! words what [`State::said`] reports.

use std::rc::Rc;

use super::file::{self, Entry, ReadError, Record};

crate::kit::listed! {
    /// A field of the entry being written.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[allow(missing_docs)]
    pub enum Field {
        Date,
        Time,
        What,
        Place,
        Who,
        Witnesses,
        Feelings,
        Evidence,
        Reference,
    }
}

/// What the person is doing in the record part.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Start a new entry, dated now.
    Add {
        /// Today, as the date input writes it.
        date: String,
        /// Now, as the time input writes it.
        time: String,
    },
    /// Change entry `i`.
    Change(usize),
    /// Close the form without saving.
    Cancel,
    /// A field's new text.
    Set(Field, String),
    /// Whether it was reported to the police.
    SetReported(bool),
    /// Save the entry being written.
    Save,
    /// Ask before removing entry `i`.
    AskRemove(usize),
    /// Remove entry `i`.
    Remove(usize),
    /// Do not remove it after all.
    KeepIt,
    /// The record's crime reference number.
    CrimeReference(String),
    /// A file was read: its record, or why not.
    Opened(Result<Record, ReadError>),
    /// A file could not be read at all.
    Unreadable,
    /// Show the next page of earlier entries.
    ShowEarlier,
    /// Show every entry, then print the record.
    Print,
}

/// How many entries are drawn at first, the latest ones, and added by "Show earlier entries":
/// a long record stays quick to draw and small in memory. Printing draws them all.
pub const PAGE: usize = 20;

/// The entry being written, as its inputs hold it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    /// `None` for a new entry, or the entry being changed.
    pub index: Option<usize>,
    /// Each field's text, in [`Field::ALL`]'s order.
    pub values: [String; 9],
    /// Reported to the police.
    pub reported: bool,
}

/// What the last thing done came to, for the view to say: a status, or an error that changed
/// nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// An entry was saved.
    Saved,
    /// An entry was removed.
    Removed,
    /// A file was opened: `added` entries new to this record, `left_out` more that did not fit.
    #[allow(missing_docs)]
    Opened { added: usize, left_out: usize },
    /// The record is full, so the entry was not saved (the form stays open with it).
    Full,
    /// A file was read but not opened, and why.
    NotOpened(ReadError),
    /// A file could not be read at all.
    Unreadable,
}

/// The record part's state.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Shared between states, so an action that leaves the record alone (a keystroke in the
    /// form) does not copy it.
    pub record: Rc<Record>,
    /// How many of the latest entries are drawn.
    pub shown: usize,
    /// Counts print requests, so printing starts once everything is drawn.
    pub printing: u32,
    /// The entry being written, if the form is open.
    pub draft: Option<Draft>,
    /// Saving was tried with nothing written in "What happened".
    pub what_missing: bool,
    /// The entry the person was asked about removing.
    pub removing: Option<usize>,
    /// What the last thing done came to.
    pub said: Option<Said>,
    /// Counts saves and removals, so focus moves once after each.
    pub moved: u32,
}

impl Default for State {
    fn default() -> State {
        State {
            record: Rc::default(),
            shown: PAGE,
            printing: 0,
            draft: None,
            what_missing: false,
            removing: None,
            said: None,
            moved: 0,
        }
    }
}

/// Where a field's text is in [`Draft::values`].
pub fn slot(f: Field) -> usize {
    Field::ALL.iter().position(|x| *x == f).unwrap_or(0)
}

impl Draft {
    /// The form, filled from entry `index` to change it.
    pub fn from_entry(index: usize, e: &Entry) -> Draft {
        let mut values: [String; 9] = Default::default();
        values[slot(Field::Date)] = e.date.map(|d| d.to_string()).unwrap_or_default();
        values[slot(Field::Time)] = e.time.map(|t| format!("{:02}:{:02}", t / 60, t % 60)).unwrap_or_default();
        for (f, v) in [
            (Field::What, &e.what),
            (Field::Place, &e.place),
            (Field::Who, &e.who),
            (Field::Witnesses, &e.witnesses),
            (Field::Feelings, &e.feelings),
            (Field::Evidence, &e.evidence),
            (Field::Reference, &e.reference),
        ] {
            values[slot(f)] = v.clone();
        }
        Draft { index: Some(index), values, reported: e.reported }
    }

    /// The entry the form holds, each field trimmed and kept to the longest a field may be.
    pub fn entry(&self) -> Entry {
        let v = |f: Field| self.values[slot(f)].trim().chars().take(file::MAX_FIELD).collect::<String>();
        Entry {
            date: crate::data::record::plain_date(&v(Field::Date)).ok(),
            time: file::parse_time(&v(Field::Time)),
            what: v(Field::What),
            place: v(Field::Place),
            who: v(Field::Who),
            witnesses: v(Field::Witnesses),
            feelings: v(Field::Feelings),
            evidence: v(Field::Evidence),
            reported: self.reported,
            reference: if self.reported { v(Field::Reference) } else { String::new() },
        }
    }
}

/// The state after `action`.
pub fn reduce(state: State, action: Action) -> State {
    let mut s = state;
    match action {
        Action::Add { date, time } => {
            let mut draft = Draft::default();
            draft.values[slot(Field::Date)] = date;
            draft.values[slot(Field::Time)] = time;
            s.draft = Some(draft);
            s.what_missing = false;
            s.said = None;
        }
        Action::Change(i) => {
            s.draft = s.record.entries.get(i).map(|e| Draft::from_entry(i, e));
            s.what_missing = false;
            s.said = None;
        }
        Action::Cancel => {
            s.draft = None;
            s.moved += 1;
        }
        Action::Set(f, value) => {
            if let Some(d) = s.draft.as_mut() {
                d.values[slot(f)] = value;
            }
        }
        Action::SetReported(on) => {
            if let Some(d) = s.draft.as_mut() {
                d.reported = on;
            }
        }
        Action::Save => {
            if let Some(d) = s.draft.clone() {
                let entry = d.entry();
                let changing = d.index.filter(|i| *i < s.record.entries.len());
                if entry.what.is_empty() {
                    s.what_missing = true;
                } else if changing.is_none() && s.record.is_full() {
                    // Never "Entry saved." for an entry that was not: the form stays open,
                    // with what was written in it, and says why.
                    s.what_missing = false;
                    s.said = Some(Said::Full);
                } else {
                    match changing {
                        Some(i) => Rc::make_mut(&mut s.record).entries[i] = entry,
                        None => Rc::make_mut(&mut s.record).entries.push(entry),
                    }
                    s.draft = None;
                    s.what_missing = false;
                    s.said = Some(Said::Saved);
                    s.moved += 1;
                }
            }
        }
        Action::AskRemove(i) => s.removing = Some(i),
        Action::KeepIt => s.removing = None,
        Action::Remove(i) => {
            if i < s.record.entries.len() {
                Rc::make_mut(&mut s.record).entries.remove(i);
            }
            s.removing = None;
            s.draft = None;
            s.said = Some(Said::Removed);
            s.moved += 1;
        }
        Action::CrimeReference(text) => {
            Rc::make_mut(&mut s.record).crime_reference = text.chars().take(file::MAX_FIELD).collect();
        }
        Action::Opened(Ok(record)) => {
            let merged = Rc::make_mut(&mut s.record).merge(record);
            s.said = Some(Said::Opened { added: merged.added, left_out: merged.left_out });
        }
        Action::Opened(Err(why)) => s.said = Some(Said::NotOpened(why)),
        Action::Unreadable => s.said = Some(Said::Unreadable),
        Action::ShowEarlier => s.shown += PAGE,
        Action::Print => {
            s.shown = usize::MAX;
            s.printing += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(s: State, what: &str) -> State {
        let s = reduce(s, Action::Add { date: "2026-12-01".into(), time: "09:30".into() });
        let s = reduce(s, Action::Set(Field::What, what.into()));
        reduce(s, Action::Save)
    }

    #[test]
    fn an_entry_is_written_saved_and_said() {
        let s = add(State::default(), "  Waited outside work  ");
        assert_eq!(s.record.entries.len(), 1);
        let e = &s.record.entries[0];
        assert_eq!(e.what, "Waited outside work", "trimmed");
        assert_eq!(e.time, Some(570));
        assert_eq!(s.draft, None);
        assert_eq!(s.said, Some(Said::Saved));
        assert_eq!(s.moved, 1, "focus moves once after a save");
    }

    #[test]
    fn an_entry_with_nothing_written_is_not_saved_and_keeps_the_form() {
        let s = reduce(State::default(), Action::Add { date: String::new(), time: String::new() });
        let s = reduce(s, Action::Set(Field::Place, "Car park".into()));
        let s = reduce(s, Action::Save);
        assert!(s.record.entries.is_empty());
        assert!(s.what_missing);
        assert_eq!(s.draft.as_ref().map(|d| d.values[slot(Field::Place)].as_str()), Some("Car park"));
    }

    #[test]
    fn a_full_record_refuses_a_new_entry_and_keeps_what_was_written() {
        let mut s = State::default();
        Rc::make_mut(&mut s.record).entries = vec![Entry { what: "x".into(), ..Entry::default() }; file::MAX_ENTRIES];
        let s = reduce(s, Action::Add { date: String::new(), time: String::new() });
        let s = reduce(s, Action::Set(Field::What, "One more".into()));
        let s = reduce(s, Action::Save);
        assert_eq!(s.said, Some(Said::Full), "never 'saved' for an entry that was not");
        assert_eq!(s.record.entries.len(), file::MAX_ENTRIES);
        assert!(s.draft.is_some());
    }

    #[test]
    fn an_entry_is_changed_in_place_and_the_reference_kept_only_when_reported() {
        let s = add(State::default(), "First");
        let s = reduce(s, Action::Change(0));
        let s = reduce(s, Action::Set(Field::What, "First, with more".into()));
        let s = reduce(s, Action::Set(Field::Reference, "CR-1".into()));
        let s = reduce(s, Action::Save);
        assert_eq!(s.record.entries.len(), 1);
        assert_eq!(s.record.entries[0].what, "First, with more");
        assert_eq!(s.record.entries[0].reference, "", "not reported, so no reference");
        let s = reduce(s, Action::Change(0));
        let s = reduce(s, Action::SetReported(true));
        let s = reduce(s, Action::Set(Field::Reference, "CR-1".into()));
        let s = reduce(s, Action::Save);
        assert_eq!(s.record.entries[0].reference, "CR-1");
    }

    #[test]
    fn removing_asks_first_and_can_be_kept() {
        let s = add(State::default(), "One");
        let s = reduce(s, Action::AskRemove(0));
        assert_eq!(s.removing, Some(0));
        let kept = reduce(s.clone(), Action::KeepIt);
        assert_eq!((kept.removing, kept.record.entries.len()), (None, 1));
        let gone = reduce(s, Action::Remove(0));
        assert_eq!((gone.record.entries.len(), gone.said), (0, Some(Said::Removed)));
        assert_eq!(reduce(gone, Action::Remove(5)).record.entries.len(), 0, "a stale index changes nothing");
    }

    #[test]
    fn a_file_that_cannot_be_opened_changes_nothing_on_screen() {
        let s = add(State::default(), "Kept");
        let s = reduce(s, Action::Change(0));
        let before = s.clone();
        for (action, said) in [
            (Action::Opened(Err(ReadError::Changed)), Said::NotOpened(ReadError::Changed)),
            (Action::Unreadable, Said::Unreadable),
        ] {
            let after = reduce(before.clone(), action);
            assert_eq!(after.said, Some(said));
            assert_eq!((after.record, after.draft), (before.record.clone(), before.draft.clone()));
        }
    }

    #[test]
    fn an_opened_file_is_merged_and_counted() {
        let s = add(State::default(), "Mine");
        let theirs = Record {
            entries: vec![s.record.entries[0].clone(), Entry { what: "From the file".into(), ..Entry::default() }],
            crime_reference: String::new(),
        };
        let s = reduce(s, Action::Opened(Ok(theirs)));
        assert_eq!(s.record.entries.len(), 2);
        assert_eq!(s.said, Some(Said::Opened { added: 1, left_out: 0 }));
    }

    #[test]
    fn a_long_record_draws_a_page_at_a_time_and_all_to_print() {
        let s = State::default();
        assert_eq!(s.shown, PAGE);
        assert_eq!(reduce(s.clone(), Action::ShowEarlier).shown, 2 * PAGE);
        let printing = reduce(s, Action::Print);
        assert_eq!((printing.shown, printing.printing), (usize::MAX, 1));
    }

    #[test]
    fn the_crime_reference_is_kept_to_the_longest_field() {
        let s = reduce(State::default(), Action::CrimeReference("x".repeat(file::MAX_FIELD + 5)));
        assert_eq!(s.record.crime_reference.chars().count(), file::MAX_FIELD);
    }
}
