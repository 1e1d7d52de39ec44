//! The self-check's pages after its start, and its result: the questions, the staff path and
//! what the answers suggest. Most visitors never press Start, so in the release build these
//! arrive in a piece of the download of their own, fetched when a start button is pressed; the
//! start page and the danger panel (with 999) are drawn by `view.rs` from the first download and
//! never wait for this piece.

use yew::prelude::*;

use super::summary;
use super::words::CheckWords;
use crate::data::service;
use crate::kit::place::{choices, Jurisdiction};
use crate::parts::checker::{self, Action, Answers, Path, Question, Reason, State, Step, Urgency};
use crate::parts::{Part, PartProps};
use crate::view::browser::{by_id, focus_heading};
use crate::view::piece::Unloaded;
use crate::view::{heading, tick, GuidanceTopic, Kit, PlacePicker, PlaceWords, ServiceCard};
use crate::words::{format, DataWords};

/// What the pages are drawn from: the component's state and wiring, handed over by the view.
pub(super) struct Page<'a> {
    /// The answers so far and the step shown.
    pub(super) state: &'a State,
    /// The part's props.
    pub(super) props: &'a PartProps<CheckWords>,
    /// The step's heading, which takes focus when the step changes.
    pub(super) focus: &'a NodeRef,
    /// Sends an action to the self-check's reducer.
    pub(super) dispatch: &'a Callback<Action>,
    /// The view kit's words.
    pub(super) kit: &'a Kit,
}

/// Draws a step after the start.
pub(super) type Draw = for<'a> fn(&Page<'a>) -> Html;

/// The pages, in the widget from a piece of the download of their own.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(checker, fallible))]
pub(super) fn pages() -> Result<Draw, Unloaded> {
    Ok(draw)
}

/// A step after the start (the start itself is the view's).
fn draw(page: &Page) -> Html {
    let (state, props, focus, kit) = (page.state, page.props, page.focus, page.kit);
    let (data, place_words) = (kit.data, kit.place);
    let words = props.words.0;
    let h = props.level;
    let send = |action: Action| {
        let dispatch = page.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    let on_change = |action: Action| {
        let dispatch = page.dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(action.clone()))
    };
    match state.step {
        Step::Start => Html::default(),
        Step::Result => result(page, send(Action::StartAgain)),
        step => {
            let them = state.answers.for_someone_else();
            let pro = state.answers.path == Path::Professional;
            let ((title, hint), note) = if pro {
                let (t, h, n) = words.page_pro(step);
                ((t, h), n)
            } else {
                (words.page(step, them), "")
            };
            let next_label = match (step.is_last_page(state.answers.path), state.answers.path) {
                (false, _) => words.next,
                (true, Path::OwnBehaviour) => words.see_help,
                (true, _) => words.see_result,
            };
            html! {
                <>
                    <p class="progress">{ summary::progress(words, step, state.answers.path).unwrap_or_default() }</p>
                    { heading(h, title.into(), None, Some(focus)) }
                    <p class="quiet">{ hint }</p>
                    if !note.is_empty() {
                        <p class="note">{ note }</p>
                    }
                    { for Question::on(step).filter(|q| (q.shown)(&state.answers)).map(|q| question(words, q, &state.answers, &on_change)) }
                    if step.asks_place() {
                        { where_you_live(place_words, data, props) }
                    }
                    <div class="actions">
                        <button type="button" class="secondary" onclick={send(Action::Back)}>{ words.back }</button>
                        <button type="button" class="primary" onclick={send(Action::Next)}>{ next_label }</button>
                    </div>
                    <p class="quiet">{ words.skip_note }</p>
                </>
            }
        }
    }
}

/// A radio button with its label.
fn radio(name: String, id: String, label: &'static str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <div class="choice">
            <input type="radio" {name} id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// One question from the table: tick boxes for a tick-any question, radio buttons named after
/// the question for a choose-one one, in a fieldset with the question as its legend. The
/// behaviour groups of the first page fold away under their names (with a few words on what
/// each holds, and how many are ticked), so the page stays short on a phone.
fn question(w: &CheckWords, q: &'static Question, a: &Answers, on_change: &impl Fn(Action) -> Callback<Event>) -> Html {
    // Named by its place in the table: an enum's name would bring its Debug code into the .wasm.
    let name = format!("q{}", checker::QUESTIONS.iter().position(|x| x.id == q.id).unwrap_or(0));
    let them = a.for_someone_else();
    let label = w.question_for(q.id, them);
    let grouped = q.step == Step::WhatHappened;
    let fieldset = html! {
        <fieldset>
            <legend class={grouped.then_some("visually-hidden")}>{ label }</legend>
            { for q.choices().enumerate().map(|(i, c)| {
                let id = format!("{name}-{i}");
                let change = on_change(Action::Choose(c));
                if q.many {
                    tick(id, w.choice_for(c, them), a.has(c), change)
                } else {
                    radio(name.clone(), id, w.choice_for(c, them), a.has(c), change)
                }
            }) }
        </fieldset>
    };
    if !grouped {
        return fieldset;
    }
    let ticked = Question::chosen(q, a).count();
    html! {
        <details class="topic group">
            <summary>
                { label }
                <span class="group-holds">{ w.group(q.id) }</span>
                if ticked > 0 {
                    <span class="group-ticked">{ format::fill(w.ticked, &[("n", &ticked.to_string())]) }</span>
                }
            </summary>
            <div class="topic-body">{ fieldset }</div>
        </details>
    }
}

/// "Where do you live?" on the last question step: the widget's one place, so answering here
/// changes the finder and the guidance too.
fn where_you_live(w: &PlaceWords, data: &DataWords, props: &PartProps<CheckWords>) -> Html {
    let choose = |place: Option<&'static str>| {
        let on_place = props.on_place.clone();
        Callback::from(move |_: Event| on_place.emit(place))
    };
    html! {
        <fieldset>
            <legend>{ w.question }</legend>
            { for choices(props.host_region).into_iter().map(|id| radio(
                "nation".into(), format!("n-{id}"), data.area(id), props.place == Some(id), choose(Some(id)),
            )) }
            { radio("nation".into(), "n-none".into(), w.unsaid, props.place.is_none(), choose(None)) }
        </fieldset>
    }
}

/// The result: what the answers suggest, what to do, and who can help.
fn result(page: &Page, start_again: Callback<MouseEvent>) -> Html {
    let (props, focus, kit) = (page.props, page.focus, page.kit);
    let (w, card, data, browser, a) = (props.words.0, kit.card, kit.data, kit.browser, &page.state.answers);
    let words = w;
    let (level, place) = (props.level, props.place);
    let (h, h_sub) = (level, level + 1);
    let mut r = checker::assess(a, place);
    r.services.retain(|id| !props.hidden.contains(id));
    let own = a.path == Path::OwnBehaviour;
    let pro = a.path == Path::Professional;
    let them = a.for_someone_else();
    let place_unknown = !own && place.and_then(Jurisdiction::of).is_none();
    let (urgency_title, mut urgency_text) = w.urgency_for(r.urgency, a.path);
    if own {
        urgency_text = words.own_danger;
    }
    let signs: Vec<String> = if pro {
        a.signs().iter().map(|(_, said)| summary::reason(w, Reason::Said(*said), true)).collect()
    } else {
        Vec::new()
    };
    let (headline, explanation) = w.pattern(r.pattern);
    let text = summary::summary(w, a, &r);
    let save_text = browser.save;
    let save = Callback::from(move |_: MouseEvent| save_text(&text, w.file_name));
    // Moves to the record part: opens it if it is closed (its heading takes focus once it is
    // drawn), or moves focus to its heading, as a link within the page would.
    let go_to_record = Callback::from(|e: MouseEvent| {
        use wasm_bindgen::JsCast;
        let root = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).map(|n| n.get_root_node());
        let Some(root) = root else { return };
        if let Some(open) = by_id(&root, Part::Record.open_id()) {
            open.click();
        } else if let Some(heading) = by_id(&root, Part::Record.title_id()) {
            focus_heading(&heading);
        }
    });
    let print_from = browser.print;
    let print = Callback::from(move |e: MouseEvent| {
        if let Some(el) = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
            print_from(&el, "check");
        }
    });
    html! {
        <div class="result">
            { heading(h, headline.into(), None, Some(focus)) }
            <p>{ explanation }</p>
            if r.online {
                <p>{ words.online }</p>
            }
            // About one's own behaviour, the box is there only when someone is in danger.
            if !own || r.urgency == Urgency::Emergency {
                <div class={r.urgency.class()}>
                    { heading(h_sub, urgency_title.into(), None, None) }
                    <p>{ urgency_text }</p>
                    // At high risk, and in danger now, 999 is a button to press, not only words.
                    if r.urgency >= Urgency::High {
                        <p><a class="contact call-999" href="tel:999">{ w.call_999 }</a></p>
                    }
                </div>
            }
            if pro {
                <div class="signs">
                    { heading(h_sub, words.pro_signs_heading.into(), None, None) }
                    if signs.is_empty() {
                        <p>{ words.pro_no_signs }</p>
                    } else {
                        <ul class="bullets">{ for signs.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                    }
                </div>
            }
            if !r.reasons.is_empty() {
                <p class="because">{ words.because }</p>
                <ul class="bullets">{ for r.reasons.iter().map(|x| html! { <li>{ summary::reason(w, *x, them) }</li> }) }</ul>
            }
            if !r.four.is_empty() {
                <div class="four">
                    { heading(h_sub, words.four_heading.into(), None, None) }
                    <p>{ words.four_intro }</p>
                    <ul class="bullets">{ for r.four.iter().map(|f| html! { <li>{ w.four(*f) }</li> }) }</ul>
                    <p>{ words.four_why }</p>
                </div>
            }
            <p class="note">{ match a.path { Path::OwnBehaviour => words.own_note, Path::Professional => words.pro_note, _ => words.not_a_risk_assessment } }</p>

            { heading(h_sub, words.next_steps_heading.into(), None, None) }
            <ol class="steps">{ for r.next_steps.iter().map(|s| html! { <li>{ w.next_step(*s, them) }</li> }) }</ol>
            if place_unknown {
                <PlacePicker id="result-place" {place} host_region={props.host_region} on_change={props.on_place.clone()} />
            }

            { heading(h_sub, words.services_heading.into(), None, None) }
            <p class="quiet traces">{ card.traces }</p>
            <ul class="services" role="list">
                { for r.services.iter().filter_map(|id| service(id)).map(|s| html! { <ServiceCard key={s.id} service={s} level={level + 2} /> }) }
            </ul>

            if !r.topics.is_empty() {
                { heading(h_sub, words.read_more.into(), None, None) }
                { for r.topics.iter().filter_map(|id| data.topic(id)).map(|t| html! { <GuidanceTopic topic={t} {place} /> }) }
            }

            if props.shown.contains(&Part::Record) && matches!(a.path, Path::Me | Path::SomeoneElse) {
                <div class="keep">
                    <p>{ w.record_offer }</p>
                    <div class="actions">
                        <button type="button" class="secondary" onclick={go_to_record}>{ w.record_offer_button }</button>
                    </div>
                </div>
            }
            if !own {
            <div class="keep">
                { heading(h_sub, words.keep_title.into(), None, None) }
                <p class="note">{ words.keep_warning }</p>
                <div class="actions">
                    <button type="button" class="secondary" onclick={save}>{ words.save }</button>
                    <button type="button" class="secondary" onclick={print}>{ words.print }</button>
                </div>
            </div>
            }
            <div class="actions">
                <button type="button" class="secondary" onclick={start_again}>{ words.start_again }</button>
            </div>
            <p class="quiet">{ words.start_again_note }</p>
        </div>
    }
}
