//! "Keep a record": a private incident log. It lives only in the page's memory and in a file the
//! person chooses to save; nothing is stored in the browser or sent anywhere.
//!
//! The saved file is plain text that reads and prints well on its own (a summary, then the
//! entries in date order), followed by a block that lets the widget open it again: one line per
//! field, ending with a checksum, so a file that is cut short or changed by hand is recognised
//! and refused with a plain message instead of being half read. Pure: tested natively both ways.

use super::words::RecordWords;
use crate::data::validate::Ymd;
use crate::words::{format, TimeWords};

/// The most entries a record holds (far more than a person would write; a file claiming more is
/// refused as too large).
pub const MAX_ENTRIES: usize = 1000;
/// The most characters in one field.
pub const MAX_FIELD: usize = 5000;
/// The largest file the widget opens, in bytes: a full record is far smaller.
pub const MAX_FILE_BYTES: u64 = 4_000_000;

/// The first line of the block the widget reads back, with the format's version.
const HEADER: &str = "===== stalking-help-record 1 =====";
const HEADER_START: &str = "===== stalking-help-record ";

/// One incident, as the person wrote it. Every field is optional but `what`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The day it happened.
    pub date: Option<Ymd>,
    /// The time, in minutes after midnight.
    pub time: Option<u16>,
    /// What happened.
    pub what: String,
    /// Where.
    pub place: String,
    /// Who did it, if known.
    pub who: String,
    /// Anyone who saw it.
    pub witnesses: String,
    /// How it made them feel.
    pub feelings: String,
    /// Evidence kept (described, never uploaded).
    pub evidence: String,
    /// Whether it was reported to the police.
    pub reported: bool,
    /// The police reference for it, if any.
    pub reference: String,
}

/// The whole record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// The entries, in the order they were added (shown and saved in date order).
    pub entries: Vec<Entry>,
    /// A crime reference number for the whole matter, if they have one.
    pub crime_reference: String,
}

/// What opening a file into a record did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Entries added.
    pub added: usize,
    /// New entries left out because the record was full.
    pub left_out: usize,
}

/// Why a file could not be opened. Whatever is on screen stays as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Not a record saved by this widget.
    NotARecord,
    /// Saved by a newer version of the widget.
    Newer,
    /// The file stops before its end: part of it is missing.
    CutShort,
    /// The file was changed after it was saved.
    Changed,
    /// More than a record can hold.
    TooLarge,
}

impl Entry {
    /// The order entries are shown and saved in: by date, then time; undated ones last.
    fn key(&self) -> (bool, Option<Ymd>, Option<u16>) {
        (self.date.is_none(), self.date, self.time)
    }
}

impl Record {
    /// The entries in date order.
    pub fn in_order(&self) -> Vec<(usize, &Entry)> {
        let mut all: Vec<(usize, &Entry)> = self.entries.iter().enumerate().collect();
        // Each entry's place breaks ties, so an unstable sort (less code than a stable one)
        // gives the same order every time.
        all.sort_unstable_by_key(|(i, e)| (e.key(), *i));
        all
    }

    /// The first and last dates in the record.
    pub fn span(&self) -> Option<(Ymd, Ymd)> {
        let mut dates = self.entries.iter().filter_map(|e| e.date);
        let first = dates.next()?;
        Some(dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d))))
    }

    /// Whether the record holds as many entries as it can: a new one cannot be added.
    pub fn is_full(&self) -> bool {
        self.entries.len() >= MAX_ENTRIES
    }

    /// Adds the entries of `other` that are not already here, and its crime reference if this
    /// record has none. Returns how many entries were added, and how many new ones were left
    /// out because the record filled up (so the person can be told, never left to guess).
    pub fn merge(&mut self, other: Record) -> Merged {
        let mut merged = Merged::default();
        for e in other.entries {
            if self.entries.contains(&e) {
                continue;
            }
            if self.is_full() {
                merged.left_out += 1;
            } else {
                self.entries.push(e);
                merged.added += 1;
            }
        }
        if self.crime_reference.is_empty() {
            self.crime_reference = other.crime_reference;
        }
        merged
    }
}

/// "12 incidents between 3 March and 2 May 2026", or "1 incident on 3 March 2026".
pub fn summary(r_words: &RecordWords, t: &TimeWords, r: &Record) -> String {
    let count = format::count(r.entries.len(), r_words.count_none, r_words.count_one, r_words.count_other);
    match r.span() {
        Some((first, last)) if first != last => format::fill(
            r_words.between,
            &[("count", &count), ("first", &format::date(t, first)), ("last", &format::date(t, last))],
        ),
        Some((day, _)) => format::fill(r_words.on, &[("count", &count), ("date", &format::date(t, day))]),
        None => count,
    }
}

/// When an entry happened, as people write it: "Tuesday 3 March 2026, 2:30pm".
pub fn when(w: &RecordWords, t: &TimeWords, e: &Entry) -> String {
    let day = e.date.map(|d| format!("{} {}", t.weekdays[usize::from(d.weekday())], format::date(t, d)));
    match (day, e.time) {
        (Some(day), Some(minutes)) => format!("{day}, {}", format::time(t, minutes)),
        (Some(day), None) => day,
        (None, Some(minutes)) => format::time(t, minutes),
        (None, None) => w.no_date.to_string(),
    }
}

/// The labelled fields of an entry that have something in them, in order, for the screen and
/// the file.
pub fn fields(r: &RecordWords, e: &Entry) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = [
        (r.what, &e.what),
        (r.place, &e.place),
        (r.who, &e.who),
        (r.witnesses, &e.witnesses),
        (r.feelings, &e.feelings),
        (r.evidence, &e.evidence),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(label, v)| (label, v.to_string()))
    .collect();
    if e.reported {
        let said = if e.reference.trim().is_empty() {
            r.reported_yes.to_string()
        } else {
            format::fill(r.reported_ref, &[("reference", e.reference.trim())])
        };
        out.push((r.reported, said));
    }
    out
}

/// The file to save: readable on its own, then the block that lets the widget open it again.
pub fn write(words: &RecordWords, t: &TimeWords, r: &Record) -> String {
    use std::fmt::Write as _;
    let mut out = format!("{}\n\n{}\n\n{}\n", words.file_title, words.keep_warning, summary(words, t, r));
    if !r.crime_reference.trim().is_empty() {
        let _ = writeln!(out, "{}: {}", words.crime_reference, r.crime_reference.trim());
    }
    for (n, (_, e)) in r.in_order().into_iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}", n + 1, when(words, t, e));
        for (label, value) in fields(words, e) {
            let _ = writeln!(out, "{label}: {value}");
        }
    }
    let _ = writeln!(out, "\n\n{}", words.block_note);
    out.push_str(&block(r));
    out
}

/// The machine-readable block: one `key=value` line per field, with backslash and line breaks
/// escaped, then `end` and a checksum of every line before it.
fn block(r: &Record) -> String {
    let mut lines = vec![HEADER.to_string(), format!("reference={}", escape(&r.crime_reference))];
    for (_, e) in r.in_order() {
        lines.push("entry".into());
        if let Some(d) = e.date {
            lines.push(format!("date={d}"));
        }
        if let Some(t) = e.time {
            lines.push(format!("time={:02}:{:02}", t / 60, t % 60));
        }
        for (key, value) in [
            ("what", &e.what),
            ("where", &e.place),
            ("who", &e.who),
            ("saw", &e.witnesses),
            ("felt", &e.feelings),
            ("evidence", &e.evidence),
            ("police-reference", &e.reference),
        ] {
            if !value.is_empty() {
                lines.push(format!("{key}={}", escape(value)));
            }
        }
        if e.reported {
            lines.push("reported=yes".into());
        }
    }
    lines.push(format!("end {}", hex(checksum(&lines))));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// Reads a saved file back. A file that is not a record, is cut short, was changed by hand or
/// holds more than a record can is refused with the reason.
pub fn read(text: &str) -> Result<Record, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let all: Vec<&str> = text.lines().map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    // The block's header is the last line that looks like one: the readable part above it may
    // quote a header (an entry can hold any text, even part of an earlier saved file), while no
    // line inside the block can (each is `key=value`, `entry`, or `end`).
    let at = all.iter().rposition(|l| l.starts_with(HEADER_START)).ok_or(ReadError::NotARecord)?;
    let header = all[at];
    let lines = all[at + 1..].iter().copied();
    if header != HEADER {
        return Err(if header.ends_with(" =====") { ReadError::Newer } else { ReadError::NotARecord });
    }
    let mut block = vec![header.to_string()];
    let mut end = None;
    for line in lines {
        if let Some(sum) = line.strip_prefix("end ") {
            end = Some(sum.to_string());
            break;
        }
        block.push(line.to_string());
        if block.len() > (MAX_ENTRIES + 1) * 12 {
            return Err(ReadError::TooLarge);
        }
    }
    let end = end.ok_or(ReadError::CutShort)?;
    if end.trim() != hex(checksum(&block)) {
        return Err(ReadError::Changed);
    }
    let mut record = Record::default();
    for line in &block[1..] {
        if line == "entry" {
            if record.entries.len() == MAX_ENTRIES {
                return Err(ReadError::TooLarge);
            }
            record.entries.push(Entry::default());
            continue;
        }
        let (key, raw) = line.split_once('=').ok_or(ReadError::Changed)?;
        let value = unescape(raw).ok_or(ReadError::Changed)?;
        if value.chars().count() > MAX_FIELD {
            return Err(ReadError::TooLarge);
        }
        if key == "reference" {
            record.crime_reference = value;
            continue;
        }
        let entry = record.entries.last_mut().ok_or(ReadError::Changed)?;
        match key {
            "date" => entry.date = Some(crate::data::record::plain_date(&value).map_err(|_| ReadError::Changed)?),
            "time" => entry.time = Some(parse_time(&value).ok_or(ReadError::Changed)?),
            "what" => entry.what = value,
            "where" => entry.place = value,
            "who" => entry.who = value,
            "saw" => entry.witnesses = value,
            "felt" => entry.feelings = value,
            "evidence" => entry.evidence = value,
            "police-reference" => entry.reference = value,
            "reported" if value == "yes" => entry.reported = true,
            _ => return Err(ReadError::Changed),
        }
    }
    Ok(record)
}

/// "14:30" → 870.
pub fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let ok = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || !ok(m) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn unescape(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Eight lower-case hex digits.
fn hex(n: u32) -> String {
    (0..8).rev().map(|i| char::from(b"0123456789abcdef"[(n >> (i * 4)) as usize & 15])).collect()
}

/// FNV-1a over the lines, each followed by a line break: enough to notice a change by hand.
fn checksum(lines: &[String]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for line in lines {
        for byte in line.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::ENGLISH;

    fn day(y: u16, m: u8, d: u8) -> Option<Ymd> {
        Some(Ymd::new(y, m, d).unwrap())
    }

    fn sample() -> Record {
        Record {
            entries: vec![
                Entry {
                    date: day(2026, 5, 2),
                    time: Some(21 * 60 + 5),
                    what: "Messages all evening.\nTwelve of them, one said \"you can't hide\".".into(),
                    evidence: "Screenshots on my phone \\ saved to email".into(),
                    ..Entry::default()
                },
                Entry {
                    date: day(2026, 3, 3),
                    time: Some(14 * 60 + 30),
                    what: "Waiting outside work when I left.".into(),
                    place: "Outside the office, King Street".into(),
                    who: "My ex-partner".into(),
                    witnesses: "Sam from reception".into(),
                    feelings: "Scared to go home".into(),
                    reported: true,
                    reference: "CR/1234/26".into(),
                    ..Entry::default()
                },
                Entry { what: "A note through the door; I don't know the day.".into(), ..Entry::default() },
            ],
            crime_reference: "12345/26".into(),
        }
    }

    #[test]
    fn a_record_saved_and_opened_again_is_the_same_record() {
        let record = sample();
        let text = write(&ENGLISH.parts.record, &ENGLISH.time, &record);
        let back = read(&text).unwrap();
        assert_eq!(back.crime_reference, record.crime_reference);
        // Saved in date order, undated last.
        let ordered: Vec<Entry> = record.in_order().into_iter().map(|(_, e)| e.clone()).collect();
        assert_eq!(back.entries, ordered);
        // And again, byte for byte.
        assert_eq!(write(&ENGLISH.parts.record, &ENGLISH.time, &back), text);
        // Empty, too.
        assert_eq!(read(&write(&ENGLISH.parts.record, &ENGLISH.time, &Record::default())).unwrap(), Record::default());
    }

    #[test]
    fn the_file_reads_well_on_its_own() {
        let text = write(&ENGLISH.parts.record, &ENGLISH.time, &sample());
        assert!(text.starts_with(ENGLISH.parts.record.file_title));
        assert!(text.contains(ENGLISH.parts.record.keep_warning));
        assert!(text.contains("3 incidents between 3 March 2026 and 2 May 2026"), "{text}");
        assert!(text.contains("Crime reference number: 12345/26"), "{text}");
        let first = text.find("1. Tuesday 3 March 2026, 2:30pm").expect(&text);
        let second = text.find("2. Saturday 2 May 2026, 9:05pm").expect(&text);
        let third = text.find("3. Date not given").expect(&text);
        assert!(first < second && second < third, "date order");
        assert!(text.contains("Reported to the police: Yes, reference CR/1234/26"), "{text}");
        assert!(text.contains("Who saw it: Sam from reception"));
        assert!(text.contains("Twelve of them, one said \"you can't hide\"."), "line breaks kept for reading");
    }

    #[test]
    fn a_file_that_is_not_a_record_is_cut_short_or_changed_is_refused_with_its_reason() {
        let text = write(&ENGLISH.parts.record, &ENGLISH.time, &sample());
        assert_eq!(read("Shopping list\nmilk\neggs\n"), Err(ReadError::NotARecord));
        assert_eq!(read(""), Err(ReadError::NotARecord));
        assert_eq!(read("\u{0}\u{1}PNG binary"), Err(ReadError::NotARecord));
        let cut = &text[..text.len() * 9 / 10];
        assert_eq!(read(cut), Err(ReadError::CutShort));
        let changed = text.replace("what=Waiting outside work", "what=Waiting outside home");
        assert_eq!(read(&changed), Err(ReadError::Changed));
        let injected = text.replace("\nend ", "\nwho=someone else\nend ");
        assert_eq!(read(&injected), Err(ReadError::Changed));
        let newer = text.replace(HEADER, "===== stalking-help-record 2 =====");
        assert_eq!(read(&newer), Err(ReadError::Newer));
        // The readable part above the block may be changed: only the block is read.
        let noted = text.replace(ENGLISH.parts.record.file_title, "My notes, printed for the police");
        assert_eq!(read(&noted).unwrap().entries.len(), 3);
    }

    #[test]
    fn windows_line_endings_and_a_byte_order_mark_still_open() {
        let text = write(&ENGLISH.parts.record, &ENGLISH.time, &sample());
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        assert_eq!(read(&windows).unwrap().entries.len(), 3);
    }

    #[test]
    fn more_than_a_record_can_hold_is_refused() {
        let many = Record {
            entries: (0..=MAX_ENTRIES).map(|i| Entry { what: format!("{i}"), ..Entry::default() }).collect(),
            crime_reference: String::new(),
        };
        assert_eq!(read(&block(&many)), Err(ReadError::TooLarge));
        let long = Record {
            entries: vec![Entry { what: "x".repeat(MAX_FIELD + 1), ..Entry::default() }],
            crime_reference: String::new(),
        };
        assert_eq!(read(&block(&long)), Err(ReadError::TooLarge));
    }

    #[test]
    fn text_is_kept_exactly_as_written() {
        for odd in
            ["<img src=x onerror=alert(1)>", "back\\slash\\n not a break", "line\nbreak", "=== = end 00000000", "entry"]
        {
            let r =
                Record { entries: vec![Entry { what: odd.into(), ..Entry::default() }], crime_reference: odd.into() };
            let back = read(&write(&ENGLISH.parts.record, &ENGLISH.time, &r)).unwrap();
            assert_eq!(back.entries[0].what, odd);
            assert_eq!(back.crime_reference, odd);
        }
    }

    #[test]
    fn opening_a_file_adds_what_is_not_already_there() {
        let mut here = Record { entries: vec![sample().entries[0].clone()], crime_reference: String::new() };
        assert_eq!(here.merge(sample()), Merged { added: 2, left_out: 0 });
        assert_eq!(here.entries.len(), 3);
        assert_eq!(here.crime_reference, "12345/26");
        assert_eq!(here.merge(sample()), Merged::default(), "nothing twice");
    }

    fn numbered(range: std::ops::Range<usize>) -> Record {
        Record {
            entries: range.map(|i| Entry { what: format!("{i}"), ..Entry::default() }).collect(),
            ..Record::default()
        }
    }

    #[test]
    fn opening_a_file_into_a_nearly_full_record_says_how_many_were_left_out() {
        let mut here = numbered(0..MAX_ENTRIES - 10);
        assert!(!here.is_full());
        // 50 in the file: 5 already here, 10 fit, 35 do not.
        let merged = here.merge(numbered(MAX_ENTRIES - 15..MAX_ENTRIES + 35));
        assert_eq!(merged, Merged { added: 10, left_out: 35 });
        assert_eq!(here.entries.len(), MAX_ENTRIES);
        assert!(here.is_full());
        // Entries already here are never counted as left out.
        assert_eq!(here.merge(numbered(0..20)), Merged::default());
    }

    #[test]
    fn an_entry_holding_the_blocks_header_line_still_opens() {
        for quoted in [HEADER, "===== stalking-help-record 2 =====", "===== stalking-help-record 1 =====\nend 00000000"]
        {
            let r = Record {
                entries: vec![Entry { what: format!("Pasted from my old file:\n{quoted}\nentry"), ..Entry::default() }],
                crime_reference: quoted.into(),
            };
            let text = write(&ENGLISH.parts.record, &ENGLISH.time, &r);
            assert!(text.lines().filter(|l| l.starts_with(HEADER_START)).count() >= 2, "the readable part quotes it");
            assert_eq!(read(&text), Ok(r.clone()), "{quoted:?}");
        }
        // Text after the block (a note added below it) does not stop it opening either.
        let text = format!("{}\nPrinted for my solicitor.\n", write(&ENGLISH.parts.record, &ENGLISH.time, &sample()));
        assert_eq!(read(&text).unwrap().entries.len(), 3);
    }

    #[test]
    fn the_summary_counts_and_spans() {
        let w = &ENGLISH;
        assert_eq!(summary(&w.parts.record, &w.time, &Record::default()), "No incidents yet");
        let one = Record { entries: vec![sample().entries[1].clone()], crime_reference: String::new() };
        assert_eq!(summary(&w.parts.record, &w.time, &one), "1 incident on 3 March 2026");
        assert_eq!(summary(&w.parts.record, &w.time, &sample()), "3 incidents between 3 March 2026 and 2 May 2026");
        assert_eq!(parse_time("09:05"), Some(545));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("9:05"), None);
    }
}
