//! The catalogue: every word a visitor can see (the widget's, the self-check's, the finder's and
//! the quick exit's, which the loader carries too), in one value per language. Components take
//! it from Yew context (see `ui::use_words`), never from a string literal of their own, so a
//! host can re-word it and a language can be added as one file.
//!
//! The words are kept apart from how numbers, dates, times and plurals are put into them
//! ([`format`]): a text with a `{name}` in it is a template, filled there.
//!
//! To add a language: write `words/TAG.json` with every key of the template (`prerender
//! --template`, shipped as `dist/lang/en.json`; `cy.json` is Welsh) and list it in
//! [`keys::BUILT_IN`]. It is not compiled into the widget: the build checks it and packages it
//! as `lang/TAG.HASH.json`, which the loader fetches for a page in that language and hands over
//! as texts in [`walk`]'s order (see [`Words::with_texts`]).

pub mod english;
pub mod format;
pub mod walk;
// Every entry under a key, for translators and the test that each catalogue is complete; never
// in the download.
#[cfg(not(target_arch = "wasm32"))]
pub mod keys;

pub use english::ENGLISH;

use crate::data::{ChannelKind, Service, Tag, Topic};
use crate::parts::checker::assess::Four;
use crate::parts::checker::{Choice, NextStep, Pattern, QuestionId, Reason, Step, Urgency};
use crate::parts::finder::ChannelKindKey;

/// A catalogue made once and shared for the page's life, compared by where it lives (comparing
/// every word would cost time at each drawing, and bytes in the download).
#[derive(Debug, Clone, Copy)]
pub struct Shared(pub &'static Words);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Shared {}

/// Every language the widget speaks, the default first.
pub static LANGUAGES: [&Words; 1] = [&ENGLISH];

/// The words of the widget in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The language tag, for the widget's `lang` attribute.
    pub lang: &'static str,
    /// The direction its script runs: `ltr`, or `rtl` (Urdu, Arabic), for the widget's `dir`.
    pub dir: &'static str,
    /// The widget's own heading, introduction and emergency strip.
    pub widget: WidgetWords,
    /// The quick exit's words (carried by www/quick-exit.js too).
    pub exit: ExitWords,
    /// A service's card.
    pub card: CardWords,
    /// Days, months and the clock.
    pub time: TimeWords,
    /// The helpline finder.
    pub find: FindWords,
    /// Where the visitor lives.
    pub place: PlaceWords,
    /// The self-check.
    pub check: CheckWords,
    /// "Keep a record".
    pub record: RecordWords,
    /// The guidance part's heading.
    pub guide_title: &'static str,
    /// The static version's heading above the main helplines.
    pub fallback_heading: &'static str,
    /// Said at the top of the static version when it stands in for a widget that failed.
    pub fallback_failed: &'static str,
    /// The label of the language switch, where a host offers several.
    pub switch_label: &'static str,
    /// The dataset's words: services, guidance and labels.
    pub data: DataWords,
}

/// The dataset's words in one language: copies of the bundled services, guidance topics and
/// labels with their texts in that language (every fact, number and address unchanged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataWords {
    /// Needs, as the finder's filter names them.
    pub needs: &'static [Tag],
    /// Audiences.
    pub audiences: &'static [Tag],
    /// Areas: the nations and places.
    pub areas: &'static [Tag],
    /// The bundled services.
    pub services: &'static [Service],
    /// The guidance topics.
    pub topics: &'static [Topic],
}

impl DataWords {
    /// The dataset as bundled, in English.
    pub const BUNDLED: DataWords = DataWords {
        needs: crate::data::NEEDS,
        audiences: crate::data::AUDIENCES,
        areas: crate::data::AREAS,
        services: crate::data::SERVICES,
        topics: crate::data::GUIDANCE,
    };

    /// A service in this language: the bundled one with the same id, or `s` itself (a host's own
    /// service, written in the host's words).
    pub fn service(&self, s: &'static Service) -> &'static Service {
        self.services.iter().find(|t| t.id == s.id).unwrap_or(s)
    }

    /// The guidance topic with this id.
    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// An area's name, falling back to its id.
    pub fn area(&self, id: &'static str) -> &'static str {
        crate::data::label(self.areas, id)
    }
}

/// The widget's frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetWords {
    /// The widget's heading.
    pub title: &'static str,
    /// The first words under the heading.
    pub intro: &'static str,
    /// The disclosure about what leaving quickly does and does not do.
    pub leaving_safely: &'static str,
    /// The link to the host's own online-safety page.
    pub host_safety_link: &'static str,
    /// The emergency strip's 999 link.
    pub strip_999: &'static str,
    /// The emergency strip's 101 link.
    pub strip_101: &'static str,
    /// The emergency strip's note for people who cannot speak.
    pub strip_silent: &'static str,
    /// A 999 call link.
    pub call_999: &'static str,
}

/// The quick exit's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitWords {
    /// The exit link's text (its accessible name must contain "Exit").
    pub label: &'static str,
    /// Under the link: the keyboard shortcut, and when it does not count.
    pub hint: &'static str,
    /// Announced after a counted Shift press when one more is needed.
    pub count_one: &'static str,
    /// Announced when `{n}` more are needed.
    pub count_other: &'static str,
    /// Announced on the last press, as the page is left.
    pub leaving: &'static str,
    /// The one neutral word on the cover shown while leaving.
    pub cover: &'static str,
    /// Instead of `hint` where the widget is inside a frame (the framed version): the shortcut
    /// works only while the frame has focus.
    pub hint_framed: &'static str,
    /// Shown on the cover when a frame was not allowed to leave the whole page (a sandbox
    /// without top navigation): what to do instead.
    pub blocked: &'static str,
}

/// "Keep a record", the private incident log. Templates: `{n}`, `{count}`, `{first}`, `{last}`,
/// `{date}`, `{reference}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct RecordWords {
    pub title: &'static str,
    pub intro: &'static str,
    /// Said before anything is written: nothing is kept, and how to keep a copy safely.
    pub privacy: &'static str,
    pub privacy_tips: &'static [&'static str],
    pub add: &'static str,
    pub form_title_new: &'static str,
    pub form_title_change: &'static str,
    pub change: &'static str,
    pub remove: &'static str,
    pub remove_confirm: &'static str,
    pub remove_yes: &'static str,
    pub remove_no: &'static str,
    pub save_entry: &'static str,
    pub cancel: &'static str,
    pub date: &'static str,
    pub time: &'static str,
    pub what: &'static str,
    pub place: &'static str,
    pub who: &'static str,
    pub witnesses: &'static str,
    pub feelings: &'static str,
    pub evidence: &'static str,
    pub evidence_hint: &'static str,
    pub reported: &'static str,
    pub reported_yes: &'static str,
    pub reported_ref: &'static str,
    pub reference: &'static str,
    pub crime_reference: &'static str,
    pub what_missing: &'static str,
    pub count_none: &'static str,
    pub count_one: &'static str,
    pub count_other: &'static str,
    pub between: &'static str,
    pub on: &'static str,
    pub no_date: &'static str,
    pub save: &'static str,
    pub open: &'static str,
    pub print: &'static str,
    pub file_name: &'static str,
    pub file_title: &'static str,
    pub keep_warning: &'static str,
    pub block_note: &'static str,
    pub opened_none: &'static str,
    pub opened_one: &'static str,
    pub opened_other: &'static str,
    /// Added to "Opened…" when the record filled up before every entry in the file was added.
    pub opened_full_one: &'static str,
    pub opened_full_other: &'static str,
    /// Said instead of saving a new entry when the record holds as many as it can.
    pub full: &'static str,
    pub saved_entry: &'static str,
    pub removed: &'static str,
    pub not_a_record: &'static str,
    pub newer: &'static str,
    pub cut_short: &'static str,
    pub changed: &'static str,
    pub too_large: &'static str,
    pub unreadable: &'static str,
    /// In the self-check's result: the offer to keep a record.
    pub offer: &'static str,
    pub offer_button: &'static str,
    /// Above a long record: show the one earlier entry not drawn yet.
    pub earlier_one: &'static str,
    /// Show the `{n}` earlier entries not drawn yet (a page of them at a time).
    pub earlier_other: &'static str,
}

/// A service's card. Templates: `{area}`, `{date}`, `{time}`, `{day}`, `{min}`, `{max}`,
/// `{contact}`, `{word}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardWords {
    /// Said once above a list of services, before anyone calls, texts or opens a link: what each
    /// leaves behind on the device, and how to clear it.
    pub traces: &'static str,
    /// Marks a service the host page added.
    pub local_badge: &'static str,
    /// Where a service helps: "For people in {area}".
    pub for_people_in: &'static str,
    /// When the details were last checked: "Details checked {date}".
    pub checked: &'static str,
    /// When no current source confirms a line's opening hours.
    pub hours_not_confirmed: &'static str,
    /// The same, where a card says whether a line is open now.
    pub open_not_confirmed: &'static str,
    /// A line that is always answered.
    pub hours_always: &'static str,
    /// Open-now state of a line that is always answered.
    pub open_always: &'static str,
    /// After weekly hours.
    pub closed_on_bank_holidays: &'static str,
    /// "Open now · closes {time}".
    pub open_until: &'static str,
    /// "… closes {time} tomorrow".
    pub open_until_tomorrow: &'static str,
    /// "Closed now · opens today at {time}".
    pub opens_today: &'static str,
    /// "… opens tomorrow at {time}".
    pub opens_tomorrow: &'static str,
    /// "… opens {day} at {time}".
    pub opens_on: &'static str,
    /// Closed, with no opening ahead in the week.
    pub closed_now: &'static str,
    /// Age limits: "{min} to {max}", "{min} and over", "{max} and under".
    pub ages_between: &'static str,
    /// See `ages_between`.
    pub ages_from: &'static str,
    /// See `ages_between`.
    pub ages_up_to: &'static str,
    /// The words on a contact link, by kind: "Call {contact}".
    pub contact: [(ChannelKind, &'static str); 7],
    /// A text with a word to send: "Text ‘{word}’ to {contact}".
    pub text_word: &'static str,
}

/// How times of day are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// 9:30am, 4pm, midday, midnight.
    TwelveHour,
    /// 09:30, 16:00.
    TwentyFourHour,
}

/// Days, months and times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeWords {
    /// Short weekday names, Monday first, for opening hours.
    pub weekdays_short: [&'static str; 7],
    /// Weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// A date: "{day} {month} {year}".
    pub date: &'static str,
    /// How times are written.
    pub clock: Clock,
    /// After a morning time (12-hour clock).
    pub am: &'static str,
    /// After an afternoon time.
    pub pm: &'static str,
    /// 12:00 at night.
    pub midnight: &'static str,
    /// 12:00 in the day.
    pub midday: &'static str,
}

/// The helpline finder. Templates: `{n}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindWords {
    /// Heading.
    pub title: &'static str,
    /// Search box label.
    pub search_label: &'static str,
    /// Under the label.
    pub search_hint: &'static str,
    /// Filter.
    pub open_now: &'static str,
    /// Filter group.
    pub need: &'static str,
    /// Filter group.
    pub audience: &'static str,
    /// Filter group.
    pub channel: &'static str,
    /// Button.
    pub reset: &'static str,
    /// When nothing matches.
    pub empty: &'static str,
    /// The filters disclosure, with none chosen.
    pub filters: &'static str,
    /// With one chosen.
    pub filters_one: &'static str,
    /// With `{n}` chosen.
    pub filters_other: &'static str,
    /// The results count: none.
    pub count_none: &'static str,
    /// One.
    pub count_one: &'static str,
    /// `{n}`.
    pub count_other: &'static str,
    /// "Show more" with one left.
    pub more_one: &'static str,
    /// With `{n}` left, all of which will show.
    pub more_other: &'static str,
    /// With more left than one press shows: `{page}` and `{n}`.
    pub more_page: &'static str,
    /// A contact kind in the filter.
    pub channel_kinds: [(ChannelKindKey, &'static str); 7],
    /// Words that mean the same to someone searching, a group per entry, separated by commas:
    /// a query with any of them finds a service that mentions any other.
    pub synonyms: &'static [&'static str],
}

/// Where the visitor lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceWords {
    /// The question, wherever it is asked.
    pub question: &'static str,
    /// Under the question at the top of the widget.
    pub hint: &'static str,
    /// The choice for not saying.
    pub unsaid: &'static str,
}

/// A question page's heading and hint, for the person and for someone helping them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageWords {
    /// The page.
    pub step: Step,
    /// Heading, for the person.
    pub title: &'static str,
    /// Hint, for the person.
    pub hint: &'static str,
    /// Heading, for someone helping them.
    pub title_them: &'static str,
    /// Hint, for someone helping them.
    pub hint_them: &'static str,
    /// Heading, for someone helping as part of their job.
    pub title_pro: &'static str,
    /// How to ask, for someone helping as part of their job.
    pub hint_pro: &'static str,
    /// What the answers mean, for someone helping as part of their job ("" for none).
    pub note_pro: &'static str,
}

/// The self-check. Templates: `{n}`, `{total}`, `{answer}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckWords {
    /// The heading that opens it.
    pub title: &'static str,
    /// What it is, and is not.
    pub intro: &'static str,
    /// Said before the start buttons.
    pub not_saved: &'static str,
    /// Start for yourself.
    pub start_me: &'static str,
    /// Start for someone else.
    pub start_other: &'static str,
    /// Start for someone worried about their own behaviour.
    pub start_own: &'static str,
    /// Start for someone helping as part of their job.
    pub start_pro: &'static str,
    /// The heading where only the path for staff is offered.
    pub pro_title: &'static str,
    /// What the path for staff is, where only it is offered.
    pub pro_intro: &'static str,
    /// For staff: the urgency box's words, by urgency.
    pub urgencies_pro: &'static [(Urgency, &'static str)],
    /// For staff: above the warning signs present.
    pub pro_signs_heading: &'static str,
    /// For staff: when no warning sign was recorded.
    pub pro_no_signs: &'static str,
    /// For staff: the honest limits, in place of `not_a_risk_assessment`.
    pub pro_note: &'static str,
    /// For staff: the saved copy's title.
    pub pro_summary_title: &'static str,
    /// Step button.
    pub next: &'static str,
    /// Step button.
    pub back: &'static str,
    /// The last page's button.
    pub see_result: &'static str,
    /// Under the step buttons.
    pub skip_note: &'static str,
    /// The danger control on every step.
    pub danger_button: &'static str,
    /// The danger panel's heading.
    pub danger_title: &'static str,
    /// The danger panel's words.
    pub danger_text: &'static str,
    /// The danger control, for someone helping: "They are in danger now".
    pub danger_button_them: &'static str,
    /// The danger panel's words, for someone helping.
    pub danger_text_them: &'static str,
    /// Closes the danger panel.
    pub danger_close: &'static str,
    /// "Step {n} of {total}".
    pub progress: &'static str,
    /// Each question page's heading and hint.
    pub pages: &'static [PageWords],
    /// Each question's label.
    pub questions: &'static [(QuestionId, &'static str)],
    /// Each option's label.
    pub choices: &'static [(Choice, &'static str)],
    /// The questions worded for someone helping, where that differs.
    pub questions_them: &'static [(QuestionId, &'static str)],
    /// The options worded for someone helping, where that differs.
    pub choices_them: &'static [(Choice, &'static str)],
    /// What each behaviour group holds, under its name on the first page.
    pub groups: &'static [(QuestionId, &'static str)],
    /// A group's count of ticked options: "{n} ticked".
    pub ticked: &'static str,
    /// The result's FOUR section: its heading.
    pub four_heading: &'static str,
    /// Above the marks the answers show.
    pub four_intro: &'static str,
    /// Each mark, explained.
    pub four: &'static [(Four, &'static str)],
    /// Why the marks matter.
    pub four_why: &'static str,
    /// About one's own behaviour: the words of the call-999 box when someone is in danger.
    pub own_danger: &'static str,
    /// About one's own behaviour: the last page's button (nothing is labelled).
    pub see_help: &'static str,
    /// About one's own behaviour: the honest limits, in place of `not_a_risk_assessment`.
    pub own_note: &'static str,
    /// The result headline and explanation for each pattern.
    pub patterns: &'static [(Pattern, &'static str, &'static str)],
    /// Shown when part of it is online.
    pub online: &'static str,
    /// The urgency panel's heading, and its words for the person and for someone helping.
    pub urgencies: &'static [(Urgency, &'static str, &'static str, &'static str)],
    /// Above the reasons list.
    pub because: &'static str,
    /// Reasons that are not an answer quoted back.
    pub reasons: &'static [(Reason, &'static str)],
    /// An answer quoted back as a reason: "\"{answer}\"".
    pub said: &'static str,
    /// "you are in danger now", for someone helping.
    pub in_danger_them: &'static str,
    /// "{n} warning signs are there together".
    pub several_risks: &'static str,
    /// The honest limits, always shown with the result.
    pub not_a_risk_assessment: &'static str,
    /// Result heading.
    pub next_steps_heading: &'static str,
    /// Result heading.
    pub read_more: &'static str,
    /// Result heading.
    pub services_heading: &'static str,
    /// Each next step.
    pub next_steps: &'static [(NextStep, &'static str)],
    /// The next steps worded for someone helping, where that differs.
    pub next_steps_them: &'static [(NextStep, &'static str)],
    /// The save-and-print section's heading.
    pub keep_title: &'static str,
    /// Its warning.
    pub keep_warning: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Print button.
    pub print: &'static str,
    /// Start again.
    pub start_again: &'static str,
    /// Under "start again".
    pub start_again_note: &'static str,
    /// The saved file's name: neutral, so it does not stand out.
    pub file_name: &'static str,
    /// In the saved copy, above the answers.
    pub summary_answers: &'static str,
    /// In the saved copy, the record-keeping form's heading.
    pub record_heading: &'static str,
    /// In the saved copy, one empty entry of the form.
    pub record_entry: &'static str,
}

fn find<K: PartialEq, V: Copy>(table: &[(K, V)], key: K, missing: V) -> V {
    table.iter().find(|(k, _)| *k == key).map_or(missing, |(_, v)| *v)
}

impl Words {
    /// An option's label.
    pub fn choice(&self, c: Choice) -> &'static str {
        find(self.check.choices, c, "")
    }

    /// A question's label.
    pub fn question(&self, id: QuestionId) -> &'static str {
        find(self.check.questions, id, "")
    }

    /// An option's label, for the person (`them` false) or someone helping them.
    pub fn choice_for(&self, c: Choice, them: bool) -> &'static str {
        let own = if them { find(self.check.choices_them, c, "") } else { "" };
        if own.is_empty() {
            self.choice(c)
        } else {
            own
        }
    }

    /// A question's label, for the person or someone helping them.
    pub fn question_for(&self, id: QuestionId, them: bool) -> &'static str {
        let own = if them { find(self.check.questions_them, id, "") } else { "" };
        if own.is_empty() {
            self.question(id)
        } else {
            own
        }
    }

    /// What a behaviour group holds, in a few words.
    pub fn group(&self, id: QuestionId) -> &'static str {
        find(self.check.groups, id, "")
    }

    /// A mark of stalking, explained.
    pub fn four(&self, f: Four) -> &'static str {
        find(self.check.four, f, "")
    }

    /// A question page's heading, how to ask and what the answers mean, for someone helping as
    /// part of their job.
    pub fn page_pro(&self, step: Step) -> (&'static str, &'static str, &'static str) {
        match self.check.pages.iter().find(|p| p.step == step) {
            Some(p) => (p.title_pro, p.hint_pro, p.note_pro),
            None => ("", "", ""),
        }
    }

    /// A question page's heading and hint, for the person or for someone helping them.
    pub fn page(&self, step: Step, for_someone_else: bool) -> (&'static str, &'static str) {
        match self.check.pages.iter().find(|p| p.step == step) {
            Some(p) if for_someone_else => (p.title_them, p.hint_them),
            Some(p) => (p.title, p.hint),
            None => ("", ""),
        }
    }

    /// A result's headline and explanation.
    pub fn pattern(&self, p: Pattern) -> (&'static str, &'static str) {
        self.check.patterns.iter().find(|(k, _, _)| *k == p).map_or(("", ""), |(_, h, e)| (*h, *e))
    }

    /// An urgency's heading and words for someone on a path (staff have words of their own).
    pub fn urgency_for(&self, u: Urgency, path: crate::parts::checker::Path) -> (&'static str, &'static str) {
        let Some((_, title, me, them)) = self.check.urgencies.iter().find(|(k, ..)| *k == u) else {
            return ("", "");
        };
        match path {
            crate::parts::checker::Path::Me => (title, me),
            crate::parts::checker::Path::Professional => (title, find(self.check.urgencies_pro, u, them)),
            _ => (title, them),
        }
    }

    /// A next step, for the person or someone helping them.
    pub fn next_step(&self, s: NextStep, them: bool) -> &'static str {
        let own = if them { find(self.check.next_steps_them, s, "") } else { "" };
        if own.is_empty() {
            find(self.check.next_steps, s, "")
        } else {
            own
        }
    }

    /// A contact kind in the finder's filter.
    pub fn channel_kind(&self, k: ChannelKindKey) -> &'static str {
        find(&self.find.channel_kinds, k, "")
    }

    /// The quick exit's words, by the key a host re-words each with (`data-i18n.KEY`). The quick
    /// exit's script (www/quick-exit.js) carries these, filled in when the widget is packaged, so
    /// the loader, the static version and the widget all say the same.
    pub fn quick_exit_words(&self) -> [(&'static str, &'static str); 8] {
        let e = &self.exit;
        [
            ("exit-label", e.label),
            ("exit-hint", e.hint),
            ("exit-count-one", e.count_one),
            ("exit-count-other", e.count_other),
            ("exit-leaving", e.leaving),
            ("exit-cover", e.cover),
            ("exit-hint-framed", e.hint_framed),
            ("exit-blocked", e.blocked),
        ]
    }

    /// This catalogue with each of the quick exit's texts that breaks [`text_problem`] put back
    /// to `fallback`'s: a language's label can never leave the exit blank.
    pub fn with_usable_exit(mut self, fallback: &Words) -> Words {
        let mut broken = Vec::new();
        for (key, text) in self.quick_exit_words() {
            if text_problem(key, crate::data::plain::host_trim(text), true).is_some() {
                broken.push(key);
            }
        }
        let mut fallback = fallback.clone();
        for key in broken {
            if let (Some(slot), Some(good)) = (self.host_text(key), fallback.host_text(key)) {
                *slot = *good;
            }
        }
        self
    }

    /// The entry a host re-words with `data-i18n.KEY` (the keys are in `config::TEXT_KEYS`).
    pub fn host_text(&mut self, key: &str) -> Option<&mut &'static str> {
        let (w, e) = (&mut self.widget, &mut self.exit);
        Some(match key {
            "title" => &mut w.title,
            "intro" => &mut w.intro,
            "leaving-safely" => &mut w.leaving_safely,
            "strip-999" => &mut w.strip_999,
            "strip-101" => &mut w.strip_101,
            "strip-silent" => &mut w.strip_silent,
            "exit-label" => &mut e.label,
            "exit-hint" => &mut e.hint,
            "exit-count-one" => &mut e.count_one,
            "exit-count-other" => &mut e.count_other,
            "exit-leaving" => &mut e.leaving,
            "exit-cover" => &mut e.cover,
            "exit-hint-framed" => &mut e.hint_framed,
            "exit-blocked" => &mut e.blocked,
            _ => return None,
        })
    }

    /// Every sentence a visitor can read in this catalogue (for the reading-ease report), the
    /// tables included.
    pub fn sentences(&self) -> Vec<&'static str> {
        let (w, c, f) = (&self.widget, &self.check, &self.find);
        let mut out = vec![
            w.title,
            w.intro,
            w.strip_silent,
            self.exit.hint,
            self.exit.hint_framed,
            self.exit.blocked,
            f.search_hint,
            f.empty,
            self.place.hint,
        ];
        out.extend([
            c.intro,
            c.not_saved,
            c.danger_text,
            c.danger_text_them,
            c.not_a_risk_assessment,
            c.keep_warning,
            c.online,
        ]);
        out.extend(
            c.pages
                .iter()
                .flat_map(|p| [p.title, p.hint, p.title_them, p.hint_them, p.title_pro, p.hint_pro, p.note_pro]),
        );
        out.extend([c.pro_intro, c.pro_no_signs, c.pro_note]);
        out.extend(c.urgencies_pro.iter().map(|(_, t)| *t));
        out.extend([c.four_intro, c.four_why, c.own_danger, c.own_note]);
        let r = &self.record;
        out.extend([r.intro, r.privacy, r.evidence_hint, r.what_missing, r.keep_warning, r.block_note, r.offer]);
        out.extend(r.privacy_tips);
        out.extend([r.not_a_record, r.newer, r.cut_short, r.changed, r.too_large, r.unreadable]);
        out.extend(c.questions.iter().chain(c.questions_them).map(|(_, q)| *q));
        out.extend(c.choices.iter().chain(c.choices_them).map(|(_, q)| *q));
        out.extend(c.four.iter().map(|(_, q)| *q));
        out.extend(c.patterns.iter().flat_map(|(_, h, e)| [*h, *e]));
        out.extend(c.urgencies.iter().flat_map(|(_, h, t, u)| [*h, *t, *u]));
        out.extend(c.reasons.iter().map(|(_, r)| *r));
        out.extend(c.next_steps.iter().chain(c.next_steps_them).map(|(_, s)| *s));
        out
    }
}

/// Whether a character can be read on its own: not a space, a control, ASCII or Latin-1
/// punctuation or symbol, general punctuation (dashes, ellipses, zero-width and direction
/// marks), a combining mark, a variation selector or a blank filler. Plain ranges, the same as
/// the quick exit's `READABLE` in www/quick-exit.js, so both judge every text alike (and the
/// widget carries no Unicode tables for it).
fn readable(c: char) -> bool {
    !(crate::data::plain::is_host_space(c)
        || matches!(c,
            '\0'..='/' | ':'..='@' | '['..='`' | '{'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{300}'..='\u{36f}'
            | '\u{115f}' | '\u{1160}' | '\u{180e}' | '\u{2000}'..='\u{206f}' | '\u{2800}' | '\u{3000}'..='\u{303f}'
            | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'))
}

/// The longest text a host may put in place of one of the widget's own.
pub const MAX_TEXT: usize = 300;

/// Why a host's text for `key` (a `data-i18n` re-wording, or one of the quick exit's texts in a
/// language's catalogue) cannot be used, or `None`. `text` is already trimmed. The quick exit's
/// script holds the same rule (`checkText` in www/quick-exit.js), and both read the cases in
/// tests/fixtures/host-texts.json. `any_language`: from a catalogue, whose exit label need not
/// hold the English "Exit".
pub fn text_problem(key: &str, text: &str, any_language: bool) -> Option<String> {
    Some(if text.is_empty() {
        "it is empty".to_string()
    } else if !text.chars().any(readable) {
        "it has nothing to read (no letter, digit or other visible character), so it would look blank".to_string()
    } else if text.chars().count() > MAX_TEXT {
        format!("it is longer than {MAX_TEXT} characters")
    } else if key == "exit-label" && !any_language && !text.to_ascii_lowercase().contains("exit") {
        "the quick exit's label must contain the word \"Exit\", so it can always be found".to_string()
    } else if key == "exit-count-other" && !text.contains("{n}") {
        "it must contain {n}, where the number of presses goes".to_string()
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_readable_rule_is_the_shared_one_for_every_character() {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Fixture {
            not_readable: Vec<String>,
        }
        let fixture: Fixture = serde_json::from_str(include_str!("../../tests/fixtures/host-texts.json")).unwrap();
        let mut ranges = Vec::new();
        let mut start = None;
        for n in 0..=0x1_0000u32 {
            let unreadable = n < 0x1_0000 && char::from_u32(n).is_some_and(|c| !super::readable(c));
            let surrogate = (0xd800..=0xdfff).contains(&n);
            match (unreadable, start) {
                (true, None) => start = Some(n),
                (false, Some(s)) if !surrogate => {
                    ranges.push(if s == n - 1 { format!("{s:x}") } else { format!("{s:x}-{:x}", n - 1) });
                    start = None;
                }
                _ => {}
            }
        }
        assert_eq!(ranges, fixture.not_readable);
    }

    use super::*;
    use crate::parts::checker::{Path, QUESTIONS};

    #[test]
    fn every_language_has_words_for_every_question_option_page_and_result() {
        for w in LANGUAGES {
            for q in &QUESTIONS {
                assert!(!w.question(q.id).is_empty(), "{}: question {:?}", w.lang, q.id);
                for c in q.choices {
                    assert!(!w.choice(*c).is_empty(), "{}: option {c:?}", w.lang);
                }
            }
            for step in Step::PAGES.iter().chain(&Step::OWN_PAGES).copied() {
                for them in [false, true] {
                    assert!(!w.page(step, them).0.is_empty(), "{}: page {step:?}", w.lang);
                }
            }
            for step in Step::PRO_PAGES {
                let (title, hint, _) = w.page_pro(step);
                assert!(!title.is_empty() && !hint.is_empty(), "{}: page {step:?} for staff", w.lang);
            }
            for p in [
                Pattern::Unclear,
                Pattern::SingleIncident,
                Pattern::Harassment,
                Pattern::Stalking,
                Pattern::OwnBehaviour,
            ] {
                assert!(!w.pattern(p).0.is_empty(), "{}: {p:?}", w.lang);
            }
            for u in [Urgency::Standard, Urgency::High, Urgency::Emergency] {
                for path in [Path::Me, Path::SomeoneElse, Path::Professional] {
                    assert!(!w.urgency_for(u, path).1.is_empty(), "{}: {u:?}", w.lang);
                }
            }
            for s in NextStep::ALL {
                assert!(!w.next_step(s, false).is_empty(), "{}: {s:?}", w.lang);
            }
            for f in crate::parts::checker::assess::Four::ALL {
                assert!(!w.four(f).is_empty(), "{}: {f:?}", w.lang);
            }
            for q in QUESTIONS.iter().filter(|q| q.step == Step::WhatHappened) {
                assert!(!w.group(q.id).is_empty(), "{}: group {:?}", w.lang, q.id);
            }
            for k in ChannelKindKey::ALL {
                assert!(!w.channel_kind(k).is_empty(), "{}: {k:?}", w.lang);
            }
            for r in Reason::WORDED {
                assert!(w.check.reasons.iter().any(|(k, _)| *k == r), "{}: {r:?}", w.lang);
            }
            for (c, _) in w.check.choices.iter().chain(w.check.choices_them) {
                assert!(QUESTIONS.iter().any(|q| q.choices.contains(c)), "{}: {c:?} is no option", w.lang);
            }
            assert!(w.exit.label.contains("Exit"), "the quick exit can always be found by its name");
        }
    }

    #[test]
    fn a_host_can_re_word_each_of_its_keys() {
        for key in crate::config::TEXT_KEYS {
            let mut w = ENGLISH.clone();
            *w.host_text(key).expect(key) = "Changed";
            assert_ne!(w, ENGLISH, "{key}");
        }
        assert!(ENGLISH.clone().host_text("nothing").is_none());
    }
}
