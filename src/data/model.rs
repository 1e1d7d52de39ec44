//! The typed shape of the bundled dataset, as the widget reads it at run time.
//!
//! Every value here is `'static` and built by generated code (see [`crate::data`]), so reading the
//! data costs nothing at start-up and the `.wasm` carries no parser.

use super::record::CheckedService;
use super::validate::{ParsedHours, Ymd};

/// A word from the dataset's vocabulary: a need, an audience, a role or an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag {
    /// Stable identifier used by services, the checker and host configuration.
    pub id: &'static str,
    /// What a person reads.
    pub label: &'static str,
    /// Areas only: the bank holiday calendar services there follow (empty for other tags).
    pub calendar: &'static str,
    /// Areas only: the larger area this one is part of (empty at the top, and for other tags).
    pub within: &'static str,
}

/// One organisation, or one route to help such as 999.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    /// Stable identifier (lower-case words joined by `-`), used by hosts to hide or order services.
    pub id: &'static str,
    /// The name people know it by.
    pub name: &'static str,
    /// One plain sentence: what they do and for whom.
    pub summary: &'static str,
    /// A few plain sentences: what to expect when you get in touch.
    pub description: &'static str,
    /// Need ids from [`super::NEEDS`].
    pub needs: &'static [&'static str],
    /// Audience ids from [`super::AUDIENCES`].
    pub audiences: &'static [&'static str],
    /// Role ids from [`super::ROLES`]: what part it plays for the self-check and the finder's order
    /// (a nation's stalking specialist, its victims' service), so each nation's equivalent is
    /// found by what it does rather than by name.
    pub roles: &'static [&'static str],
    /// The youngest age it helps, where a source gives one (the Revenge Porn Helpline: 18).
    pub min_age: Option<u8>,
    /// The oldest age it helps, where a source gives one (Childline: 18).
    pub max_age: Option<u8>,
    /// Area id from [`super::AREAS`]: where the service can help.
    pub area: &'static str,
    /// The ways to get in touch, most direct first.
    pub channels: &'static [Channel],
    /// Public pages the facts were checked against. Not in the widget, which does not show
    /// them (the README and the tests do): it saves every visitor the download.
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
    /// When a person last checked these facts against the sources.
    pub checked: Ymd,
}

impl Service {
    /// A service checked at run time (a host's own) as the widget reads it. Its texts live as
    /// long as the page: a host's services are checked once per mount, so the memory given up
    /// is small and bounded.
    pub fn from_checked(s: CheckedService) -> &'static Service {
        let channels = s
            .channels
            .into_iter()
            .map(|c| {
                let hours = match c.hours {
                    ParsedHours::Always => Hours::Always,
                    ParsedHours::NotConfirmed => Hours::NotConfirmed,
                    ParsedHours::Weekly(slots) => Hours::Weekly {
                        slots: Box::leak(
                            slots
                                .into_iter()
                                .map(|s| Slot { days: s.days, open: s.open, close: s.close })
                                .collect::<Vec<_>>()
                                .into_boxed_slice(),
                        ),
                        closed_on_bank_holidays: c.closed_on_bank_holidays,
                    },
                };
                let kind = match c.kind {
                    "Phone" => ChannelKind::Phone,
                    "Text" => ChannelKind::Text,
                    "Textphone" => ChannelKind::Textphone,
                    "Email" => ChannelKind::Email,
                    "Form" => ChannelKind::Form,
                    "Chat" => ChannelKind::Chat,
                    _ => ChannelKind::Website,
                };
                Channel {
                    kind,
                    display: leak(c.display),
                    href: leak(c.href),
                    keyword: c.keyword.map(leak),
                    welsh: c.welsh.map(|(display, href)| (leak(display), leak(href))),
                    hours,
                    cost: c.cost.map(leak),
                    note: c.note.map(leak),
                }
            })
            .collect::<Vec<_>>();
        Box::leak(Box::new(Service {
            id: leak(s.id),
            name: leak(s.name),
            summary: leak(s.summary),
            description: leak(s.description),
            needs: leak_all(s.needs),
            audiences: leak_all(s.audiences),
            roles: leak_all(s.roles),
            min_age: s.min_age,
            max_age: s.max_age,
            area: leak(s.area),
            channels: Box::leak(channels.into_boxed_slice()),
            #[cfg(not(target_arch = "wasm32"))]
            sources: leak_all(s.sources),
            checked: s.checked,
        }))
    }
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn leak_all(list: Vec<String>) -> &'static [&'static str] {
    Box::leak(list.into_iter().map(leak).collect::<Vec<_>>().into_boxed_slice())
}

/// How a contact route is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChannelKind {
    /// A voice call.
    Phone,
    /// A text message (SMS).
    Text,
    /// A textphone or Relay UK line.
    Textphone,
    /// An email address.
    Email,
    /// A website with information.
    Website,
    /// An online contact or reporting form.
    Form,
    /// Live web chat.
    Chat,
}

/// One way to contact a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Channel {
    /// What kind of contact this is.
    pub kind: ChannelKind,
    /// What a person reads: `0808 802 0300`, an email address, or a short web address.
    pub display: &'static str,
    /// The link target: `tel:+44…`, `sms:…`, `mailto:…` or an `https:` address.
    pub href: &'static str,
    /// For texts: the word to send, if the service asks for one.
    pub keyword: Option<&'static str>,
    /// The Welsh page or mailbox, as (what a person reads, link target): used instead of
    /// `display` and `href` when the widget speaks Welsh.
    pub welsh: Option<(&'static str, &'static str)>,
    /// When a person can expect an answer.
    pub hours: Hours,
    /// What it costs, only where a source says so (for example "Free").
    pub cost: Option<&'static str>,
    /// Something a person should know before using it.
    pub note: Option<&'static str>,
}

impl Channel {
    /// What a person reads and the link target, in the language the widget speaks: the Welsh
    /// page or mailbox for a Welsh reader where there is one.
    pub fn contact_in(&self, lang: &str) -> (&'static str, &'static str) {
        let welsh = lang == "cy" || lang.starts_with("cy-");
        match self.welsh {
            Some(pair) if welsh => pair,
            _ => (self.display, self.href),
        }
    }
}

/// Opening hours in UK local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hours {
    /// Open all day, every day, including bank holidays.
    Always,
    /// No current source confirms the hours; the widget says so instead of guessing.
    NotConfirmed,
    /// Open in weekly slots.
    Weekly {
        /// The slots; they never overlap.
        slots: &'static [Slot],
        /// Whether the service is closed on bank holidays.
        closed_on_bank_holidays: bool,
    },
}

/// One weekly opening slot in UK local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Days on which the slot starts: bit 0 = Monday … bit 6 = Sunday.
    pub days: u8,
    /// Opening time in minutes after local midnight.
    pub open: u16,
    /// Closing time in minutes after local midnight; below `open` when the slot runs past midnight.
    pub close: u16,
}

/// A piece of guidance in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic {
    /// Stable identifier.
    pub id: &'static str,
    /// The heading.
    pub title: &'static str,
    /// Area id the guidance is true for ("uk" when it holds everywhere).
    pub area: &'static str,
    /// Paragraphs and lists, in order.
    pub body: &'static [Block],
    /// Public pages the facts were checked against (not in the widget, as for a service).
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
    /// When a person last checked them.
    pub checked: Ymd,
}

/// Part of a guidance topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Para(&'static str),
    /// A bulleted list.
    List(&'static [&'static str]),
    /// A paragraph true only in one area (how to report in Scotland, the orders in Northern
    /// Ireland): shown to visitors there, and to visitors who have not said where they live,
    /// with the area named.
    Local {
        /// Area id the paragraph is true for.
        area: &'static str,
        /// The paragraph.
        text: &'static str,
    },
}
