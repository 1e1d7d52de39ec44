//! The record's words.

use crate::words::words;

words! {
    /// "Keep a record", the private incident log. Templates: `{n}`, `{count}`, `{first}`, `{last}`,
    /// `{date}`, `{reference}`.
    #[allow(missing_docs)]
    pub struct RecordWords in "record" {
        title: &'static str = "Keep a record",
        intro: &'static str = "Writing down what happens, with the date and time, helps the police and the courts see the whole \
            pattern.",
        /// Opens the record (its code arrives when it is first opened).
        open_part: &'static str = "Open the record",
        /// Said before anything is written: nothing is kept, and how to keep a copy safely.
        privacy: &'static str = "Nothing you write here is kept by this page. It is gone when you close the page or press Exit this \
            page. To keep it, save it as a file.",
        privacy_tips as "record.privacy_tip": &'static [&'static str] = &[
            "A saved file can be found by anyone who uses this device. Give it a plain name, like notes.txt.",
            "If you can, save it on a device that is safer, or send a copy to someone you trust.",
            "You can open the file here again later to add to it.",
            "Your browser also keeps a list of the files it has saved, even after you move or delete one. Remove \
            the file from its downloads list too.",
            "The file cannot prove when you wrote each entry, or that nobody changed it. To show when you wrote \
            things, email a copy to yourself or to someone you trust from time to time.",
        ],
        add: &'static str = "Add an entry",
        form_title_new: &'static str = "New entry",
        form_title_change: &'static str = "Change this entry",
        change: &'static str = "Change",
        remove: &'static str = "Remove",
        remove_confirm: &'static str = "Remove this entry?",
        remove_yes: &'static str = "Yes, remove it",
        remove_no: &'static str = "Keep it",
        save_entry: &'static str = "Save entry",
        cancel: &'static str = "Cancel",
        date: &'static str = "Date",
        time: &'static str = "Time",
        what: &'static str = "What happened",
        place: &'static str = "Where",
        who: &'static str = "Who did it, if you know",
        witnesses: &'static str = "Who saw it",
        feelings: &'static str = "How it made me feel",
        evidence: &'static str = "Evidence kept",
        evidence_hint: &'static str = "Describe it, for example: screenshots on my phone. Nothing is uploaded.",
        reported: &'static str = "Reported to the police",
        reported_yes: &'static str = "Yes",
        reported_ref: &'static str = "Yes, reference {reference}",
        reference: &'static str = "Police reference number, if you have one",
        crime_reference: &'static str = "Crime reference number",
        what_missing: &'static str = "Write what happened, even in a few words.",
        count_none: &'static str = "No incidents yet",
        count_one: &'static str = "1 incident",
        count_other: &'static str = "{n} incidents",
        between: &'static str = "{count} between {first} and {last}",
        on: &'static str = "{count} on {date}",
        no_date: &'static str = "Date not given",
        save: &'static str = "Save as a file",
        open: &'static str = "Open a saved record",
        print: &'static str = "Print",
        file_name: &'static str = "notes.txt",
        file_title: &'static str = "My record",
        keep_warning: &'static str = "Anyone who uses this device could open this file. Keep it somewhere safe.",
        block_note: &'static str = "The lines below let the help page open this record again. Please do not change them.",
        opened_none: &'static str = "Opened. Every entry in it was already here.",
        opened_one: &'static str = "Opened. 1 entry added.",
        opened_other: &'static str = "Opened. {n} entries added.",
        /// Added to "Opened…" when the record filled up before every entry in the file was added.
        opened_full_one: &'static str = "1 entry in the file was not added, because this record is full (1,000 entries). Save this \
            record, then open the file in a new page for the rest.",
        opened_full_other: &'static str = "{n} entries in the file were not added, because this record is full (1,000 entries). Save \
            this record, then open the file in a new page for the rest.",
        /// Said instead of saving a new entry when the record holds as many as it can.
        full: &'static str = "This record is full: 1,000 entries is the most it can hold, so this entry was not saved. Save the record \
            as a file, then start a new one in a new page. What you wrote is still in the form.",
        saved_entry: &'static str = "Entry saved.",
        removed: &'static str = "Entry removed.",
        not_a_record: &'static str = "This file is not a record saved from this page, so it was not opened. Nothing here has changed.",
        newer: &'static str = "This record was saved by a newer version of this page, so it could not be opened here. Nothing here \
            has changed.",
        cut_short: &'static str = "Part of this file is missing, so it was not opened. Nothing here has changed. If you have another \
            copy, try that.",
        changed: &'static str = "This file is damaged, or was edited after it was saved, so it was not opened. Nothing here has \
            changed. This check finds damage and most edits, but it cannot prove that a file that opens was never \
            changed.",
        too_large: &'static str = "This file is too large to be a record, so it was not opened. Nothing here has changed.",
        unreadable: &'static str = "This file could not be read, so it was not opened. Nothing here has changed.",
        /// Above a long record: show the one earlier entry not drawn yet.
        earlier_one: &'static str = "Show 1 earlier entry",
        /// Show the `{n}` earlier entries not drawn yet (a page of them at a time).
        earlier_other: &'static str = "Show earlier entries ({n} more)",
    }
}
