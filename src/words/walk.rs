//! Every entry of a catalogue, visited in one fixed order: the widget's words, then the words of
//! the dataset (service summaries and descriptions, guidance, the labels of needs, audiences and
//! areas).
//!
//! One walk serves two jobs. Natively it names each entry by a stable key ([`super::keys`]: the
//! template translators work from, and the checks of every catalogue). In the widget it fills a
//! catalogue from a list of texts in this same order, which the loader makes from a
//! language's file, so the `.wasm` carries no key names: a visitor's key closure is only called
//! by the visitor that wants it, and the widget's never does.

use super::{Clock, DataWords, Words};
use crate::data::{Block, Channel, Service, Tag, Topic};

/// What a walk does with each entry: `key` names it (called only when wanted), `slot` holds it.
pub trait Visit {
    /// One entry.
    fn text<K: FnOnce() -> String>(&mut self, key: K, slot: &mut &'static str);
}

/// `Behaviour(ThreatToKill)` → `behaviour.threat_to_kill`.
pub fn key_of(debug: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in debug.chars() {
        match c {
            '(' => {
                out.push('.');
                previous_lower = false;
            }
            ')' | ' ' => {}
            c if c.is_ascii_uppercase() => {
                if previous_lower {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
                previous_lower = false;
            }
            c => {
                out.push(c);
                previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            }
        }
    }
    out
}

/// A copy of a table that lives as long as the page (a catalogue is made once per widget).
fn leaked<T: Clone>(items: &[T]) -> &'static mut [T] {
    Box::leak(items.to_vec().into_boxed_slice())
}

/// Visits a table of `(key, text)` pairs, replacing it with a copy that holds the new texts.
fn table<K: Copy + std::fmt::Debug, V: Visit>(v: &mut V, prefix: &str, t: &mut &'static [(K, &'static str)]) {
    let copy = leaked(t);
    for (k, text) in copy.iter_mut() {
        v.text(|| format!("{prefix}.{}", key_of(&format!("{k:?}"))), text);
    }
    *t = copy;
}

/// Every entry of `w`'s own words (not the dataset's), in the catalogue's order.
pub fn walk_words<V: Visit>(w: &mut Words, v: &mut V) {
    macro_rules! fields {
        ($prefix:literal, $s:expr, [$($f:ident),* $(,)?]) => {
            $(v.text(|| concat!($prefix, ".", stringify!($f)).to_string(), &mut $s.$f);)*
        };
    }
    let x = &mut w.widget;
    fields!(
        "widget",
        x,
        [title, intro, leaving_safely, host_safety_link, strip_999, strip_101, strip_silent, call_999]
    );
    let x = &mut w.exit;
    fields!("exit", x, [label, hint, count_one, count_other, leaving, cover, hint_framed, blocked]);
    let x = &mut w.card;
    fields!(
        "card",
        x,
        [
            traces,
            local_badge,
            for_people_in,
            checked,
            hours_not_confirmed,
            open_not_confirmed,
            hours_always,
            open_always,
            closed_on_bank_holidays,
            open_until,
            open_until_tomorrow,
            opens_today,
            opens_tomorrow,
            opens_on,
            closed_now,
            ages_between,
            ages_from,
            ages_up_to,
            text_word,
        ]
    );
    for (k, text) in x.contact.iter_mut() {
        v.text(|| format!("card.contact.{}", key_of(&format!("{k:?}"))), text);
    }
    let t = &mut w.time;
    for (i, d) in t.weekdays.iter_mut().enumerate() {
        v.text(|| format!("time.weekday.{}", i + 1), d);
    }
    for (i, d) in t.weekdays_short.iter_mut().enumerate() {
        v.text(|| format!("time.weekday_short.{}", i + 1), d);
    }
    for (i, m) in t.months.iter_mut().enumerate() {
        v.text(|| format!("time.month.{}", i + 1), m);
    }
    let mut clock = if t.clock == Clock::TwelveHour { "12-hour" } else { "24-hour" };
    v.text(|| "time.clock".into(), &mut clock);
    t.clock = if clock == "24-hour" { Clock::TwentyFourHour } else { Clock::TwelveHour };
    fields!("time", t, [date, am, pm, midnight, midday]);
    let x = &mut w.find;
    fields!(
        "find",
        x,
        [
            title,
            search_label,
            search_hint,
            open_now,
            need,
            audience,
            channel,
            reset,
            empty,
            filters,
            filters_one,
            filters_other,
            count_none,
            count_one,
            count_other,
            more_one,
            more_other,
            more_page,
        ]
    );
    for (k, text) in x.channel_kinds.iter_mut() {
        v.text(|| format!("find.channel_kind.{}", key_of(&format!("{k:?}"))), text);
    }
    let synonyms = leaked(x.synonyms);
    for (i, group) in synonyms.iter_mut().enumerate() {
        v.text(|| format!("find.synonyms.{}", i + 1), group);
    }
    x.synonyms = synonyms;
    let x = &mut w.place;
    fields!("place", x, [question, hint, unsaid]);
    let c = &mut w.check;
    fields!(
        "check",
        c,
        [
            title,
            intro,
            not_saved,
            start_me,
            start_other,
            start_own,
            start_pro,
            pro_title,
            pro_intro,
            pro_signs_heading,
            pro_no_signs,
            pro_note,
            pro_summary_title,
            next,
            back,
            see_result,
            skip_note,
            danger_button,
            danger_title,
            danger_text,
            danger_button_them,
            danger_text_them,
            danger_close,
            progress,
            ticked,
            four_heading,
            four_intro,
            four_why,
            own_danger,
            see_help,
            own_note,
            online,
            because,
            said,
            in_danger_them,
            several_risks,
            not_a_risk_assessment,
            next_steps_heading,
            read_more,
            services_heading,
            keep_title,
            keep_warning,
            save,
            print,
            start_again,
            start_again_note,
            file_name,
            summary_answers,
            record_heading,
            record_entry,
        ]
    );
    let pages = leaked(c.pages);
    for p in pages.iter_mut() {
        let step = p.step;
        let step = || key_of(&format!("{step:?}"));
        v.text(|| format!("check.page.{}.title", step()), &mut p.title);
        v.text(|| format!("check.page.{}.hint", step()), &mut p.hint);
        v.text(|| format!("check.page.{}.title_them", step()), &mut p.title_them);
        v.text(|| format!("check.page.{}.hint_them", step()), &mut p.hint_them);
        v.text(|| format!("check.page.{}.title_pro", step()), &mut p.title_pro);
        v.text(|| format!("check.page.{}.hint_pro", step()), &mut p.hint_pro);
        v.text(|| format!("check.page.{}.note_pro", step()), &mut p.note_pro);
    }
    c.pages = pages;
    table(v, "check.question", &mut c.questions);
    table(v, "check.question_them", &mut c.questions_them);
    table(v, "check.choice", &mut c.choices);
    table(v, "check.choice_them", &mut c.choices_them);
    table(v, "check.group", &mut c.groups);
    table(v, "check.four", &mut c.four);
    table(v, "check.reason", &mut c.reasons);
    table(v, "check.next_step", &mut c.next_steps);
    table(v, "check.next_step_them", &mut c.next_steps_them);
    table(v, "check.urgency_pro", &mut c.urgencies_pro);
    let patterns = leaked(c.patterns);
    for (p, title, text) in patterns.iter_mut() {
        let p = *p;
        v.text(|| format!("check.pattern.{}.title", key_of(&format!("{p:?}"))), title);
        v.text(|| format!("check.pattern.{}.text", key_of(&format!("{p:?}"))), text);
    }
    c.patterns = patterns;
    let urgencies = leaked(c.urgencies);
    for (u, title, me, them) in urgencies.iter_mut() {
        let u = *u;
        v.text(|| format!("check.urgency.{}.title", key_of(&format!("{u:?}"))), title);
        v.text(|| format!("check.urgency.{}.text", key_of(&format!("{u:?}"))), me);
        v.text(|| format!("check.urgency.{}.text_them", key_of(&format!("{u:?}"))), them);
    }
    c.urgencies = urgencies;
    let r = &mut w.record;
    fields!(
        "record",
        r,
        [
            title,
            intro,
            privacy,
            add,
            form_title_new,
            form_title_change,
            change,
            remove,
            remove_confirm,
            remove_yes,
            remove_no,
            save_entry,
            cancel,
            date,
            time,
            what,
            place,
            who,
            witnesses,
            feelings,
            evidence,
            evidence_hint,
            reported,
            reported_yes,
            reported_ref,
            reference,
            crime_reference,
            what_missing,
            count_none,
            count_one,
            count_other,
            between,
            on,
            no_date,
            save,
            open,
            print,
            file_name,
            file_title,
            keep_warning,
            block_note,
            opened_none,
            opened_one,
            opened_other,
            opened_full_one,
            opened_full_other,
            full,
            saved_entry,
            removed,
            not_a_record,
            newer,
            cut_short,
            changed,
            too_large,
            unreadable,
            offer,
            offer_button,
            earlier_one,
            earlier_other,
        ]
    );
    let tips = leaked(r.privacy_tips);
    for (i, tip) in tips.iter_mut().enumerate() {
        v.text(|| format!("record.privacy_tip.{}", i + 1), tip);
    }
    r.privacy_tips = tips;
    v.text(|| "guide_title".into(), &mut w.guide_title);
    v.text(|| "fallback_heading".into(), &mut w.fallback_heading);
    v.text(|| "fallback_failed".into(), &mut w.fallback_failed);
    v.text(|| "switch_label".into(), &mut w.switch_label);
}

fn tags<V: Visit>(v: &mut V, prefix: &'static str, list: &mut &'static [Tag]) {
    let copy = leaked(list);
    for t in copy.iter_mut() {
        let id = t.id;
        v.text(|| format!("data.{prefix}.{id}"), &mut t.label);
    }
    *list = copy;
}

fn service<V: Visit>(v: &mut V, s: &mut Service) {
    let id = s.id;
    v.text(|| format!("data.service.{id}.name"), &mut s.name);
    v.text(|| format!("data.service.{id}.summary"), &mut s.summary);
    v.text(|| format!("data.service.{id}.description"), &mut s.description);
    let channels: &'static mut [Channel] = leaked(s.channels);
    for (i, c) in channels.iter_mut().enumerate() {
        if let Some(cost) = c.cost.as_mut() {
            v.text(|| format!("data.service.{id}.channel.{}.cost", i + 1), cost);
        }
        if let Some(note) = c.note.as_mut() {
            v.text(|| format!("data.service.{id}.channel.{}.note", i + 1), note);
        }
    }
    s.channels = channels;
}

fn topic<V: Visit>(v: &mut V, t: &mut Topic) {
    let id = t.id;
    v.text(|| format!("data.topic.{id}.title"), &mut t.title);
    let body = leaked(t.body);
    for (i, block) in body.iter_mut().enumerate() {
        match block {
            Block::Para(text) | Block::Local { text, .. } => v.text(|| format!("data.topic.{id}.{}", i + 1), text),
            Block::List(items) => {
                let copy = leaked(items);
                for (j, item) in copy.iter_mut().enumerate() {
                    v.text(|| format!("data.topic.{id}.{}.{}", i + 1, j + 1), item);
                }
                *items = copy;
            }
        }
    }
    t.body = body;
}

/// Every entry of the dataset's words, after [`walk_words`]'s.
pub fn walk_data<V: Visit>(d: &mut DataWords, v: &mut V) {
    tags(v, "need", &mut d.needs);
    tags(v, "audience", &mut d.audiences);
    tags(v, "area", &mut d.areas);
    let services = leaked(d.services);
    for s in services.iter_mut() {
        service(v, s);
    }
    d.services = services;
    let topics = leaked(d.topics);
    for t in topics.iter_mut() {
        topic(v, t);
    }
    d.topics = topics;
}

/// Every entry of a catalogue, its words then its dataset's.
pub fn walk<V: Visit>(w: &mut Words, v: &mut V) {
    walk_words(w, v);
    walk_data(&mut w.data, v);
}

/// Fills a catalogue from texts in the walk's order; `None` keeps the entry as it was.
struct Fill<I> {
    texts: I,
    count: usize,
}

impl<I: Iterator<Item = Option<String>>> Visit for Fill<I> {
    fn text<K: FnOnce() -> String>(&mut self, _key: K, slot: &mut &'static str) {
        self.count += 1;
        if let Some(Some(text)) = self.texts.next() {
            *slot = Box::leak(text.into_boxed_str());
        }
    }
}

impl Words {
    /// This catalogue with `texts` in place of its own, in the walk's order (the form the loader
    /// hands a language's file over in). `None` for a text keeps this catalogue's. A list of the
    /// wrong length is refused whole, as it was made for another version of the widget: the
    /// error is the length expected.
    pub fn with_texts(
        &self,
        lang: &'static str,
        dir: &'static str,
        texts: Vec<Option<String>>,
    ) -> Result<Words, usize> {
        let given = texts.len();
        let mut out = self.clone();
        out.lang = lang;
        out.dir = dir;
        let mut fill = Fill { texts: texts.into_iter(), count: 0 };
        walk(&mut out, &mut fill);
        if fill.count == given {
            Ok(out.with_usable_exit(self))
        } else {
            Err(fill.count)
        }
    }
}
