//! The words of the view kit the parts share: a service's card, and where the visitor lives.

use crate::data::{ChannelKind, Hours};
use crate::kit::clock::OpenState;
use crate::words::format::{fill, time};
use crate::words::{words, TimeWords};

words! {
    /// A service's card. Templates: `{area}`, `{date}`, `{time}`, `{day}`, `{min}`, `{max}`,
    /// `{contact}`, `{word}`.
    pub struct CardWords in "card" {
        /// Said once above a list of services, before anyone calls, texts or opens a link: what each
        /// leaves behind on the device, and how to clear it.
        traces: &'static str = "A call stays in your phone's call list, a text in your messages, and a website in your \
            browser's history. If someone else might look, delete them afterwards.",
        /// Marks a service the host page added.
        local_badge: &'static str = "Local service",
        /// Where a service helps: "For people in {area}".
        for_people_in: &'static str = "For people in {area}",
        /// When the details were last checked: "Details checked {date}".
        checked: &'static str = "Details checked {date}",
        /// When no current source confirms a line's opening hours.
        hours_not_confirmed: &'static str = "Check their website for current opening times",
        /// The same, where a card says whether a line is open now.
        open_not_confirmed: &'static str = "Hours not confirmed – check their website for current opening times",
        /// A line that is always answered.
        hours_always: &'static str = "Open 24 hours, every day",
        /// Open-now state of a line that is always answered.
        open_always: &'static str = "Open 24 hours",
        /// After weekly hours.
        closed_on_bank_holidays: &'static str = "closed on bank holidays",
        /// "Open now · closes {time}".
        open_until: &'static str = "Open now · closes {time}",
        /// "… closes {time} tomorrow".
        open_until_tomorrow: &'static str = "Open now · closes {time} tomorrow",
        /// "Closed now · opens today at {time}".
        opens_today: &'static str = "Closed now · opens today at {time}",
        /// "… opens tomorrow at {time}".
        opens_tomorrow: &'static str = "Closed now · opens tomorrow at {time}",
        /// "… opens {day} at {time}".
        opens_on: &'static str = "Closed now · opens {day} at {time}",
        /// Closed, with no opening ahead in the week.
        closed_now: &'static str = "Closed now",
        /// Age limits: "{min} to {max}", "{min} and over", "{max} and under".
        ages_between: &'static str = "For people aged {min} to {max}",
        /// See `ages_between`.
        ages_from: &'static str = "For people aged {min} and over",
        /// See `ages_between`.
        ages_up_to: &'static str = "For people aged {max} and under",
        /// The words on a contact link, by kind: "Call {contact}".
        contact: [(ChannelKind, &'static str); 7] = [
            (ChannelKind::Phone, "Call {contact}"),
            (ChannelKind::Text, "Text {contact}"),
            (ChannelKind::Textphone, "Textphone {contact}"),
            (ChannelKind::Email, "Email {contact}"),
            (ChannelKind::Website, "Website: {contact}"),
            (ChannelKind::Form, "Online form: {contact}"),
            (ChannelKind::Chat, "Web chat: {contact}"),
        ],
        /// A text with a word to send: "Text ‘{word}’ to {contact}".
        // The word to send is quoted, so "Text ‘support’ to …" reads as an instruction.
        text_word: &'static str = "Text \u{2018}{word}\u{2019} to {contact}",
    }
}

words! {
    /// Where the visitor lives.
    pub struct PlaceWords in "place" {
        /// The question, wherever it is asked.
        question: &'static str = "Where do you live?",
        /// Under the question at the top of the widget.
        hint: &'static str = "Help, the police and the law are different in each part of the UK. Choosing only changes what \
            you see here. It is not saved or sent anywhere.",
        /// The choice for not saying.
        unsaid: &'static str = "I'd rather not say",
    }
}

/// Days as runs, e.g. bits for Mon, Tue, Wed, Fri → "Mon–Wed, Fri".
fn day_runs(t: &TimeWords, days: u8) -> String {
    let names = &t.weekdays_short;
    let mut runs: Vec<String> = Vec::new();
    let mut d = 0;
    while d < 7 {
        if days & (1 << d) == 0 {
            d += 1;
            continue;
        }
        let start = d;
        while d + 1 < 7 && days & (1 << (d + 1)) != 0 {
            d += 1;
        }
        runs.push(match d - start {
            0 => names[start].to_string(),
            1 => format!("{}, {}", names[start], names[d]),
            _ => format!("{}–{}", names[start], names[d]),
        });
        d += 1;
    }
    runs.join(", ")
}

impl CardWords {
    /// When a line is answered, in words, e.g. "Mon–Fri 9:30am–4pm". `None` for a website or
    /// mailbox that is simply always there.
    pub fn hours(&self, t: &TimeWords, kind: ChannelKind, hours: &Hours) -> Option<String> {
        let answered_by_people =
            matches!(kind, ChannelKind::Phone | ChannelKind::Text | ChannelKind::Textphone | ChannelKind::Chat);
        match hours {
            Hours::Always if answered_by_people => Some(self.hours_always.to_string()),
            Hours::Always => None,
            Hours::NotConfirmed => Some(self.hours_not_confirmed.to_string()),
            Hours::Weekly { slots, closed_on_bank_holidays } => {
                let mut parts: Vec<String> = slots
                    .iter()
                    .map(|s| format!("{} {}–{}", day_runs(t, s.days), time(t, s.open), time(t, s.close)))
                    .collect();
                if *closed_on_bank_holidays {
                    parts.push(self.closed_on_bank_holidays.to_string());
                }
                Some(parts.join("; "))
            }
        }
    }

    /// Whether a line is open, in words: "Open now · closes 4pm", "Closed now · opens tomorrow at
    /// 9:30am".
    pub fn open_state(&self, t: &TimeWords, state: OpenState) -> String {
        let c = self;
        let at = |template: &str, minutes: u16| fill(template, &[("time", &time(t, minutes))]);
        match state {
            OpenState::Always => c.open_always.into(),
            OpenState::NotConfirmed => c.open_not_confirmed.into(),
            OpenState::OpenUntil { closes, days_ahead: 0 } => at(c.open_until, closes),
            OpenState::OpenUntil { closes, .. } => at(c.open_until_tomorrow, closes),
            OpenState::OpensAt { opens, days_ahead: 0, .. } => at(c.opens_today, opens),
            OpenState::OpensAt { opens, days_ahead: 1, .. } => at(c.opens_tomorrow, opens),
            OpenState::OpensAt { weekday, opens, .. } => {
                fill(c.opens_on, &[("day", t.weekdays[usize::from(weekday % 7)]), ("time", &time(t, opens))])
            }
            OpenState::Closed => c.closed_now.into(),
        }
    }

    /// Who a service helps by age, where a source gives a limit: "For people aged 18 and over".
    pub fn ages(&self, min: Option<u8>, max: Option<u8>) -> Option<String> {
        let (lo, hi) = (min.map(|m| m.to_string()), max.map(|m| m.to_string()));
        let template = match (min, max) {
            (Some(_), Some(_)) => self.ages_between,
            (Some(_), None) => self.ages_from,
            (None, Some(_)) => self.ages_up_to,
            (None, None) => return None,
        };
        Some(fill(template, &[("min", lo.as_deref().unwrap_or("")), ("max", hi.as_deref().unwrap_or(""))]))
    }

    /// The words on a contact link, e.g. "Call 0808 802 0300" or "Text ‘THEMIX’ to 85258".
    pub fn contact(&self, kind: ChannelKind, display: &str, keyword: Option<&str>) -> String {
        if let (ChannelKind::Text, Some(word)) = (kind, keyword) {
            return fill(self.text_word, &[("word", word), ("contact", display)]);
        }
        let template = self.contact.iter().find(|(k, _)| *k == kind).map_or("{contact}", |(_, t)| t);
        fill(template, &[("contact", display)])
    }
}

words! {
    /// Said while a part of the widget is fetched (the parts a visitor may never open arrive
    /// when first drawn), and if it cannot be.
    pub struct LoadWords in "load" {
        /// While it is fetched.
        opening: &'static str = "Opening\u{2026}",
        /// When it could not be fetched, even a second time.
        failed: &'static str = "This part of the help could not be opened. Exit this page, 999 and the helplines below still \
            work.",
        /// Try to fetch it again.
        again: &'static str = "Try again",
    }
}
