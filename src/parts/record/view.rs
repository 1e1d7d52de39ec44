use std::rc::Rc;

use yew::prelude::*;

use super::file::{self, ReadError};
use super::state::{reduce, slot, Action, Draft, Field, Said, State};
use super::words::RecordWords;
use crate::parts::{Part, PartProps};
use crate::view::browser::now;
use crate::view::{heading, use_kit};
use crate::words::format;

/// The record's state inside Yew: the pure reducer from [`super::state`], wrapped.
#[derive(Debug, Default, PartialEq)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(reduce(self.0.clone(), action)))
    }
}

/// A message about the last thing done, in words.
fn said(r: &RecordWords, said: &Said) -> (bool, String) {
    match *said {
        Said::Saved => (false, r.saved_entry.into()),
        Said::Removed => (false, r.removed.into()),
        Said::Opened { added, left_out } => {
            let mut text = format::count(added, r.opened_none, r.opened_one, r.opened_other);
            if left_out > 0 {
                text = format!("{text} {}", format::count(left_out, "", r.opened_full_one, r.opened_full_other));
            }
            (false, text)
        }
        Said::Full => (true, r.full.into()),
        Said::NotOpened(why) => (
            true,
            match why {
                ReadError::NotARecord => r.not_a_record,
                ReadError::Newer => r.newer,
                ReadError::CutShort => r.cut_short,
                ReadError::Changed => r.changed,
                ReadError::TooLarge => r.too_large,
            }
            .into(),
        ),
        Said::Unreadable => (true, r.unreadable.into()),
    }
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
pub fn RecordPart(props: &PartProps<RecordWords>) -> Html {
    let kit = use_kit();
    let (r, time, browser) = (props.words.0, kit.time, kit.browser);
    let model = use_reducer(Model::default);
    let state = &model.0;
    let message = state.said.as_ref().map(|s| said(r, s));
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
        Callback::from(move |_: MouseEvent| (browser.save)(&file::write(r, time, &model.0.record), r.file_name))
    };
    let section = use_node_ref();
    {
        // Printed once every entry is drawn.
        let section = section.clone();
        use_effect_with(state.printing, move |printing| {
            if *printing > 0 {
                if let Some(el) = section.cast::<web_sys::Element>() {
                    (browser.print)(&el, "record");
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
        <section class="record" aria-labelledby={Part::Record.title_id()} ref={section}>
            { heading(h, r.title.into(), Some(Part::Record.title_id()), None) }
            <p>{ r.intro }</p>
            <div class="note">
                <p>{ r.privacy }</p>
                <ul class="bullets">{ for r.privacy_tips.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
            </div>
            <p class="record-summary">{ file::summary(r, time, &state.record) }</p>
            <div role="status" class="record-status">
                if let Some((false, text)) = &message {
                    { text.clone() }
                }
            </div>
            if let Some((true, text)) = &message {
                <p role="alert" class="record-error">{ text.clone() }</p>
            }
            if let Some(draft) = &state.draft {
                { form(r, draft, state.what_missing, h_sub, &form_heading, &model) }
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
                    let when = file::when(r, time, e);
                    html! {
                        <li key={*i}>
                            { heading(h_sub, when.clone().into(), None, None) }
                            <dl>
                                { for file::fields(r, e).into_iter().map(|(label, value)| html! {
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
    r: &'static RecordWords,
    draft: &Draft,
    what_missing: bool,
    level: u8,
    focus: &NodeRef,
    model: &UseReducerHandle<Model>,
) -> Html {
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
