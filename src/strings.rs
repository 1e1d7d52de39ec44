//! Every sentence a visitor reads that does not come from the dataset.
//!
//! Components take their words from here, never from string literals of their own, so the
//! wording can be reviewed in one place and a host can re-word it or add a language later.
//! Plain, warm and blame-free: short sentences, everyday words, no jargon.

use crate::data::validate::Ymd;
use crate::data::{ChannelKind, Hours};

/// The words of the widget in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strings {
    /// The widget's heading.
    pub title: &'static str,
    /// The first words under the heading.
    pub intro: &'static str,
    /// The line that points to 999.
    pub in_danger: &'static str,
    /// The quick-exit link's text (its accessible name must contain "Exit").
    pub exit_label: &'static str,
    /// Under the exit link: the keyboard shortcut.
    pub exit_hint: &'static str,
    /// The disclosure about what leaving quickly does and does not do.
    pub leaving_safely: &'static str,
    /// The link to the host's own online-safety page.
    pub host_safety_link: &'static str,
    /// The heading above the list of services.
    pub services_heading: &'static str,
    /// Shown when no current source confirms a line's opening hours.
    pub hours_not_confirmed: &'static str,
    /// Shown for lines that are always open.
    pub hours_always: &'static str,
    /// Before the date the facts were last checked.
    pub checked_prefix: &'static str,
    /// Short names of the weekdays, Monday first.
    pub weekdays: [&'static str; 7],
    /// Month names, January first.
    pub months: [&'static str; 12],
}

/// British English, the default.
pub const ENGLISH: Strings = Strings {
    title: "Help with stalking and harassment",
    intro: "If someone keeps contacting, following or watching you, and it makes you feel scared or upset, \
            you don't have to deal with it alone. It is not your fault. You can talk to someone even if you \
            are not sure what is happening.",
    in_danger: "If you are in danger now, call 999.",
    exit_label: "Exit this page",
    exit_hint: "Or press the Shift key 3 times.",
    leaving_safely: "Leaving quickly and staying private",
    host_safety_link: "More about staying safe online",
    services_heading: "Who can help",
    hours_not_confirmed: "Check their website for current opening times",
    hours_always: "Open 24 hours, every day",
    checked_prefix: "Details checked",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};

impl Default for Strings {
    fn default() -> Self {
        ENGLISH
    }
}

impl Strings {
    /// The words on a contact link, e.g. "Call 0808 802 0300" or "Text THEMIX to 85258".
    pub fn channel_action(&self, kind: ChannelKind, display: &str, keyword: Option<&str>) -> String {
        if let (ChannelKind::Text, Some(word)) = (kind, keyword) {
            return format!("Text {word} to {display}");
        }
        let verb = match kind {
            ChannelKind::Phone => "Call",
            ChannelKind::Text => "Text",
            ChannelKind::Textphone => "Textphone",
            ChannelKind::Email => "Email",
            ChannelKind::Website => "Website:",
            ChannelKind::Form => "Online form:",
            ChannelKind::Chat => "Web chat:",
        };
        format!("{verb} {display}")
    }

    /// When a line is answered, in words, e.g. "Mon–Fri 9:30am–4pm". `None` for a website or
    /// mailbox that is simply always there.
    pub fn hours(&self, kind: ChannelKind, hours: &Hours) -> Option<String> {
        let answered_by_people =
            matches!(kind, ChannelKind::Phone | ChannelKind::Text | ChannelKind::Textphone | ChannelKind::Chat);
        match hours {
            Hours::Always if answered_by_people => Some(self.hours_always.to_string()),
            Hours::Always => None,
            Hours::NotConfirmed => Some(self.hours_not_confirmed.to_string()),
            Hours::Weekly { slots, closed_on_bank_holidays } => {
                let mut parts: Vec<String> = slots
                    .iter()
                    .map(|s| format!("{} {}–{}", self.day_runs(s.days), clock(s.open), clock(s.close)))
                    .collect();
                if *closed_on_bank_holidays {
                    parts.push("closed on bank holidays".to_string());
                }
                Some(parts.join("; "))
            }
        }
    }

    /// A date as people write it, e.g. "21 November 2026".
    pub fn date(&self, d: Ymd) -> String {
        format!("{} {} {}", d.day, self.months[usize::from(d.month.clamp(1, 12)) - 1], d.year)
    }

    /// Days as runs, e.g. bits for Mon, Tue, Wed, Fri → "Mon–Wed, Fri".
    fn day_runs(&self, days: u8) -> String {
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
                0 => self.weekdays[start].to_string(),
                1 => format!("{}, {}", self.weekdays[start], self.weekdays[d]),
                _ => format!("{}–{}", self.weekdays[start], self.weekdays[d]),
            });
            d += 1;
        }
        runs.join(", ")
    }
}

/// Minutes after midnight as a 12-hour time, e.g. 570 → "9:30am", 960 → "4pm", 0 → "midnight".
fn clock(minutes: u16) -> String {
    let (h, m) = (minutes / 60 % 24, minutes % 60);
    match (h, m) {
        (0, 0) => "midnight".into(),
        (12, 0) => "midday".into(),
        _ => {
            let suffix = if h < 12 { "am" } else { "pm" };
            let h12 = if h % 12 == 0 { 12 } else { h % 12 };
            if m == 0 {
                format!("{h12}{suffix}")
            } else {
                format!("{h12}:{m:02}{suffix}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Slot;

    #[test]
    fn times_read_naturally() {
        assert_eq!(clock(570), "9:30am");
        assert_eq!(clock(960), "4pm");
        assert_eq!(clock(0), "midnight");
        assert_eq!(clock(720), "midday");
        assert_eq!(clock(45), "12:45am");
    }

    #[test]
    fn weekly_hours_are_summarised() {
        static SLOTS: [Slot; 2] =
            [Slot { days: 0b11011, open: 570, close: 960 }, Slot { days: 0b100, open: 780, close: 960 }];
        let text = ENGLISH.hours(ChannelKind::Phone, &Hours::Weekly { slots: &SLOTS, closed_on_bank_holidays: true });
        assert_eq!(text.unwrap(), "Mon, Tue, Thu, Fri 9:30am–4pm; Wed 1pm–4pm; closed on bank holidays");
        static WEEKDAYS: [Slot; 1] = [Slot { days: 0b11111, open: 600, close: 0 }];
        let text =
            ENGLISH.hours(ChannelKind::Phone, &Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: false });
        assert_eq!(text.unwrap(), "Mon–Fri 10am–midnight");
    }

    #[test]
    fn unconfirmed_hours_never_guess() {
        assert_eq!(ENGLISH.hours(ChannelKind::Phone, &Hours::NotConfirmed).unwrap(), ENGLISH.hours_not_confirmed);
        assert_eq!(ENGLISH.hours(ChannelKind::Website, &Hours::Always), None);
        assert_eq!(ENGLISH.hours(ChannelKind::Phone, &Hours::Always).unwrap(), ENGLISH.hours_always);
    }

    #[test]
    fn actions_and_dates_read_naturally() {
        assert_eq!(ENGLISH.channel_action(ChannelKind::Phone, "999", None), "Call 999");
        assert_eq!(ENGLISH.channel_action(ChannelKind::Text, "85258", Some("THEMIX")), "Text THEMIX to 85258");
        assert_eq!(ENGLISH.date(Ymd { year: 2026, month: 11, day: 21 }), "21 November 2026");
    }
}
