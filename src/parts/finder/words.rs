//! The finder's words.

use crate::data::ChannelKind;
use crate::words::format::{count, fill};
use crate::words::words;

words! {
    /// The helpline finder. Templates: `{n}`.
    pub struct FindWords in "find" {
        /// Heading.
        title: &'static str = "Find a helpline",
        /// Search box label.
        search_label: &'static str = "Search by name or what you need help with",
        /// Under the label.
        search_hint: &'static str = "For example: stalking, online, work, legal advice.",
        /// Filter.
        open_now: &'static str = "Open now",
        /// Filter group.
        need: &'static str = "What you need help with",
        /// Filter group.
        audience: &'static str = "Who it is for",
        /// Filter group.
        channel: &'static str = "How you want to get in touch",
        /// Button.
        reset: &'static str = "Clear search and filters",
        /// When nothing matches.
        empty: &'static str = "Nothing matches all of that. Try fewer filters. These lines are open 24 hours:",
        /// The filters disclosure, with none chosen.
        filters: &'static str = "More filters",
        /// With one chosen.
        filters_one: &'static str = "More filters (1 chosen)",
        /// With `{n}` chosen.
        filters_other: &'static str = "More filters ({n} chosen)",
        /// The results count: none.
        count_none: &'static str = "No services found",
        /// One.
        count_one: &'static str = "1 service found",
        /// `{n}`.
        count_other: &'static str = "{n} services found",
        /// "Show more" with one left.
        more_one: &'static str = "Show 1 more service",
        /// With `{n}` left, all of which will show.
        more_other: &'static str = "Show {n} more services",
        /// With more left than one press shows: `{page}` and `{n}`.
        more_page: &'static str = "Show {page} more services ({n} not shown yet)",
        /// A contact kind in the filter.
        channel_kinds as "find.channel_kind": [(ChannelKind, &'static str); 7] = [
            (ChannelKind::Phone, "Phone"),
            (ChannelKind::Text, "Text message"),
            (ChannelKind::Email, "Email"),
            (ChannelKind::Chat, "Web chat"),
            (ChannelKind::Form, "Online form"),
            (ChannelKind::Textphone, "Textphone or Relay UK"),
            (ChannelKind::Website, "Website"),
        ],
        /// Words that mean the same to someone searching, a group per entry, separated by commas:
        /// a query with any of them finds a service that mentions any other.
        // Everyday words for the same thing: "revenge porn" finds "intimate images".
        synonyms: &'static [&'static str] = &[
        "revenge porn, intimate image, intimate images, private photos, private photo, nudes, sexual images, sexual pictures",
        "cyber, online, internet, digital, phone, social media, app",
        "work, workplace, job, colleague, employer, office",
        "harass, harassment, harassed, harassing",
        "stalk, stalking, stalker, stalked, following, followed",
        "domestic, partner, ex, husband, wife, boyfriend, girlfriend",
        "police, report, reporting, crime",
        "anonymous, anonymously, without giving my name, no name",
        "talk, listen, someone to talk to, emotional, support, counselling",
        "legal, law, lawyer, solicitor, rights",
        "young, teenager, teen, student, under 25, young people",
        "muslim, islam, faith",
        "man, men, male",
        "woman, women, female",
        "text, sms",
        "chat, webchat",
        "deaf, textphone, relay, hard of hearing",
        "free, freephone",
        ],
    }
}

impl FindWords {
    /// A contact kind in the filter.
    pub fn channel_kind(&self, k: ChannelKind) -> &'static str {
        self.channel_kinds.iter().find(|(c, _)| *c == k).map_or("", |(_, t)| t)
    }

    /// The finder's filters disclosure.
    pub fn filters_summary(&self, chosen: usize) -> String {
        count(chosen, self.filters, self.filters_one, self.filters_other)
    }

    /// The finder's results count.
    pub fn results(&self, n: usize) -> String {
        count(n, self.count_none, self.count_one, self.count_other)
    }

    /// The finder's "show more" button, which shows up to `page` more at a time.
    pub fn more(&self, hidden: usize, page: usize) -> String {
        if hidden > page {
            fill(self.more_page, &[("page", &page.to_string()), ("n", &hidden.to_string())])
        } else {
            count(hidden, self.more_other, self.more_one, self.more_other)
        }
    }
}
