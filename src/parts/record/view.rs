use std::rc::Rc;

use yew::prelude::*;

use crate::parts::record::file::{self, Entry, ReadError, Record};
use crate::view::browser::{now, print_from, save_text};
use crate::view::{heading, use_words};
use crate::words::{format, Words};

/// A field of the entry being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
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

/// What the person is doing in the record part.
#[derive(Debug, Clone, PartialEq)]
enum Action {
    /// Start a new entry, dated now.
    Add {
        date: String,
        time: String,
    },
    /// Change entry `i`.
    Change(usize),
    Cancel,
    Set(Field, String),
    SetReported(bool),
    Save,
    AskRemove(usize),
    Remove(usize),
    KeepIt,
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
const PAGE: usize = 20;

/// The entry being written, as its inputs hold it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Draft {
    /// `None` for a new entry, or the entry being changed.
    index: Option<usize>,
    values: [String; 9],
    reported: bool,
}

/// A message about the last thing done: a status, or an error that changed nothing.
#[derive(Debug, Clone, PartialEq)]
enum Said {
    Status(String),
    Error(&'static str),
}

#[derive(Debug, Clone)]
struct State {
    /// Shared between states, so an action that leaves the record alone (a keystroke in the
    /// form) does not copy it.
    record: Rc<Record>,
    /// How many of the latest entries are drawn.
    shown: usize,
    /// Counts print requests, so printing starts once everything is drawn.
    printing: u32,
    draft: Option<Draft>,
    what_missing: bool,
    removing: Option<usize>,
    said: Option<Said>,
    /// Counts saves and removals, so focus moves once after each.
    moved: u32,
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

/// The state with its catalogue, so messages are worded as they happen.
struct Model(State, &'static Words);

const FIELDS: [Field; 9] = [
    Field::Date,
    Field::Time,
    Field::What,
    Field::Place,
    Field::Who,
    Field::Witnesses,
    Field::Feelings,
    Field::Evidence,
    Field::Reference,
];

fn slot(f: Field) -> usize {
    FIELDS.iter().position(|x| *x == f).unwrap_or(0)
}

impl Draft {
    fn from_entry(index: usize, e: &Entry) -> Draft {
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

    fn entry(&self) -> Entry {
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

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let w = self.1;
        let mut s = self.0.clone();
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
                        s.said = Some(Said::Error(w.record.full));
                    } else {
                        match changing {
                            Some(i) => Rc::make_mut(&mut s.record).entries[i] = entry,
                            None => Rc::make_mut(&mut s.record).entries.push(entry),
                        }
                        s.draft = None;
                        s.what_missing = false;
                        s.said = Some(Said::Status(w.record.saved_entry.into()));
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
                s.said = Some(Said::Status(w.record.removed.into()));
                s.moved += 1;
            }
            Action::CrimeReference(text) => {
                Rc::make_mut(&mut s.record).crime_reference = text.chars().take(file::MAX_FIELD).collect();
            }
            Action::Opened(Ok(record)) => {
                let merged = Rc::make_mut(&mut s.record).merge(record);
                let r = &w.record;
                let mut said = format::count(merged.added, r.opened_none, r.opened_one, r.opened_other);
                if merged.left_out > 0 {
                    said = format!(
                        "{said} {}",
                        format::count(merged.left_out, "", r.opened_full_one, r.opened_full_other)
                    );
                }
                s.said = Some(Said::Status(said));
            }
            Action::Opened(Err(why)) => {
                let r = &w.record;
                s.said = Some(Said::Error(match why {
                    ReadError::NotARecord => r.not_a_record,
                    ReadError::Newer => r.newer,
                    ReadError::CutShort => r.cut_short,
                    ReadError::Changed => r.changed,
                    ReadError::TooLarge => r.too_large,
                }));
            }
            Action::Unreadable => s.said = Some(Said::Error(w.record.unreadable)),
            Action::ShowEarlier => s.shown += PAGE,
            Action::Print => {
                s.shown = usize::MAX;
                s.printing += 1;
            }
        }
        Rc::new(Model(s, w))
    }
}

/// Props for [`RecordPart`].
#[derive(Properties, PartialEq, Clone)]
pub struct RecordProps {
    /// The level of this part's heading.
    #[prop_or(3)]
    pub level: u8,
}

/// "Keep a record": a private incident log that lives only in this component's memory (gone on
/// leaving, or with the quick exit, which never asks first), saved only as a file the person
/// chooses, and opened from such a file to add to. Text from a file is only ever shown as text.
///
/// Its text fields have spell-checking off: browsers' cloud spell-checkers ("enhanced" spell check,
/// writing extensions such as Grammarly, which `data-gramm` turns off) send what is typed to
/// their servers, and this is the most private text in the widget. A record for the police needs
/// no perfect spelling.
#[function_component]
pub fn RecordPart(props: &RecordProps) -> Html {
    let words = use_words();
    let r = &words.record;
    let model = use_reducer(|| Model(State::default(), words));
    let state = &model.0;
    let (h, h_sub) = (props.level, props.level + 1);
    let form_heading = use_node_ref();
    let add_button = use_node_ref();
    // The file being read: kept until it has been, or reading stops.
    let reading = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    {
        let form_heading = form_heading.clone();
        use_effect_with(state.draft.as_ref().map(|d| d.index), move |_| {
            if let Some(el) = form_heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    {
        let add_button = add_button.clone();
        use_effect_with(state.moved, move |moved| {
            if *moved > 0 {
                if let Some(el) = add_button.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let send = |action: Action| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(action.clone()))
    };
    let add = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| {
            let t = now();
            model.dispatch(Action::Add {
                date: t.date.to_string(),
                time: format!("{:02}:{:02}", t.minute / 60, t.minute % 60),
            })
        })
    };
    let save_file = {
        // The record is read when the button is pressed, not copied at every drawing.
        let model = model.clone();
        Callback::from(move |_: MouseEvent| save_text(&file::write(words, &model.0.record), words.record.file_name))
    };
    let section = use_node_ref();
    {
        // Printed once every entry is drawn.
        let section = section.clone();
        use_effect_with(state.printing, move |printing| {
            if *printing > 0 {
                if let Some(el) = section.cast::<web_sys::Element>() {
                    print_from(&el, "record");
                }
            }
        });
    }
    let print = send(Action::Print);
    let open = {
        let model = model.clone();
        let reading = reading.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            // Chosen again later, the same file is read again.
            input.set_value("");
            let file = gloo::file::File::from(file);
            if file.size() > file::MAX_FILE_BYTES {
                model.dispatch(Action::Opened(Err(ReadError::TooLarge)));
                return;
            }
            let model = model.clone();
            let done = reading.clone();
            *reading.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&file, move |result| {
                model.dispatch(match result {
                    Ok(text) => Action::Opened(file::read(&text)),
                    Err(_) => Action::Unreadable,
                });
                done.borrow_mut().take();
            }));
        })
    };
    let crime_reference = {
        let model = model.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                model.dispatch(Action::CrimeReference(input.value()));
            }
        })
    };

    let entries = state.record.in_order();
    // The latest entries, in date order; the earlier ones wait behind a button.
    let earlier = entries.len().saturating_sub(state.shown);
    let entries = &entries[earlier..];
    html! {
        <section class="record" aria-labelledby="record-title" ref={section}>
            { heading(h, r.title.into(), Some("record-title"), None) }
            <p>{ r.intro }</p>
            <div class="note">
                <p>{ r.privacy }</p>
                <ul class="bullets">{ for r.privacy_tips.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
            </div>
            <p class="record-summary">{ file::summary(words, &state.record) }</p>
            <div role="status" class="record-status">
                if let Some(Said::Status(text)) = &state.said {
                    { text.clone() }
                }
            </div>
            if let Some(Said::Error(text)) = &state.said {
                <p role="alert" class="record-error">{ *text }</p>
            }
            if let Some(draft) = &state.draft {
                { form(words, draft, state.what_missing, h_sub, &form_heading, &model) }
            } else {
                <div class="actions">
                    <button type="button" class="primary" ref={add_button} onclick={add}>{ r.add }</button>
                    <input type="file" id="record-open" class="file-input visually-hidden" accept=".txt,text/plain" onchange={open} />
                    <label for="record-open" class="file-button">{ r.open }</label>
                </div>
            }
            <div class="field">
                <label for="record-crime-reference">{ r.crime_reference }</label>
                <input type="text" spellcheck="false" data-gramm="false" id="record-crime-reference" autocomplete="off" value={state.record.crime_reference.clone()} oninput={crime_reference} />
            </div>
            if earlier > 0 {
                <div class="actions">
                    <button type="button" class="secondary" onclick={send(Action::ShowEarlier)}>
                        { format::count(earlier, "", r.earlier_one, r.earlier_other) }
                    </button>
                </div>
            }
            <ol class="record-entries">
                { for entries.iter().map(|(i, e)| {
                    let when = file::when(words, e);
                    html! {
                        <li key={*i}>
                            { heading(h_sub, when.clone().into(), None, None) }
                            <dl>
                                { for file::fields(words, e).into_iter().map(|(label, value)| html! {
                                    <><dt>{ label }</dt><dd>{ value }</dd></>
                                }) }
                            </dl>
                            if state.removing == Some(*i) {
                                <p>{ r.remove_confirm }</p>
                                <div class="actions">
                                    <button type="button" class="secondary" onclick={send(Action::Remove(*i))}>{ r.remove_yes }</button>
                                    <button type="button" class="secondary" onclick={send(Action::KeepIt)}>{ r.remove_no }</button>
                                </div>
                            } else {
                                <div class="actions">
                                    <button type="button" class="secondary" aria-label={format!("{}: {when}", r.change)} onclick={send(Action::Change(*i))}>{ r.change }</button>
                                    <button type="button" class="secondary" aria-label={format!("{}: {when}", r.remove)} onclick={send(Action::AskRemove(*i))}>{ r.remove }</button>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ol>
            if !state.record.entries.is_empty() {
                <div class="actions">
                    <button type="button" class="secondary" onclick={save_file}>{ r.save }</button>
                    <button type="button" class="secondary" onclick={print}>{ r.print }</button>
                </div>
            }
        </section>
    }
}

/// The form for a new or changed entry.
fn form(
    w: &'static Words,
    draft: &Draft,
    what_missing: bool,
    level: u8,
    focus: &NodeRef,
    model: &UseReducerHandle<Model>,
) -> Html {
    let r = &w.record;
    let input = |f: Field| {
        let model = model.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|t| t.value()));
            if let Some(value) = value {
                model.dispatch(Action::Set(f, value));
            }
        })
    };
    let value = |f: Field| draft.values[slot(f)].clone();
    let text = |f: Field, id: &'static str, label: &'static str, long: bool| {
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                if long {
                    <textarea spellcheck="false" data-gramm="false" {id} rows="3" value={value(f)} oninput={input(f)} />
                } else {
                    <input type="text" spellcheck="false" data-gramm="false" {id} autocomplete="off" value={value(f)} oninput={input(f)} />
                }
            </div>
        }
    };
    let reported = {
        let model = model.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                model.dispatch(Action::SetReported(i.checked()));
            }
        })
    };
    let submit = {
        let model = model.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            model.dispatch(Action::Save);
        })
    };
    let cancel = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::Cancel))
    };
    let title = if draft.index.is_some() { r.form_title_change } else { r.form_title_new };
    html! {
        <form class="record-form" onsubmit={submit} novalidate={true}>
            { heading(level, title.into(), None, Some(focus)) }
            <div class="field-row">
                <div class="field">
                    <label for="record-date">{ r.date }</label>
                    <input type="date" id="record-date" value={value(Field::Date)} oninput={input(Field::Date)} />
                </div>
                <div class="field">
                    <label for="record-time">{ r.time }</label>
                    <input type="time" id="record-time" value={value(Field::Time)} oninput={input(Field::Time)} />
                </div>
            </div>
            <div class="field">
                <label for="record-what">{ r.what }</label>
                if what_missing {
                    <p class="record-error" id="record-what-error">{ r.what_missing }</p>
                }
                <textarea spellcheck="false" data-gramm="false" id="record-what" rows="4" value={value(Field::What)} oninput={input(Field::What)}
                    aria-invalid={what_missing.then_some("true")} aria-describedby={what_missing.then_some("record-what-error")} />
            </div>
            { text(Field::Place, "record-where", r.place, false) }
            { text(Field::Who, "record-who", r.who, false) }
            { text(Field::Witnesses, "record-saw", r.witnesses, false) }
            { text(Field::Feelings, "record-felt", r.feelings, true) }
            <div class="field">
                <label for="record-evidence">{ r.evidence }</label>
                <p class="quiet" id="record-evidence-hint">{ r.evidence_hint }</p>
                <textarea spellcheck="false" data-gramm="false" id="record-evidence" rows="2" aria-describedby="record-evidence-hint" value={value(Field::Evidence)} oninput={input(Field::Evidence)} />
            </div>
            <div class="choice">
                <input type="checkbox" id="record-reported" checked={draft.reported} onchange={reported} />
                <label for="record-reported">{ r.reported }</label>
            </div>
            if draft.reported {
                { text(Field::Reference, "record-reference", r.reference, false) }
            }
            <div class="actions">
                <button type="submit" class="primary">{ r.save_entry }</button>
                <button type="button" class="secondary" onclick={cancel}>{ r.cancel }</button>
            </div>
        </form>
    }
}
