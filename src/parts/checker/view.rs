use std::rc::Rc;

use yew::prelude::*;

use super::summary;
use super::words::CheckWords;
use crate::data::{service, topic_id};
use crate::kit::place::{choices, Jurisdiction};
use crate::parts::checker::{self, Action, Answers, Choice, Path, Question, Reason, State, Step, Urgency};
use crate::parts::{Part, PartProps};
use crate::view::browser::save_text;
use crate::view::{heading, tick, use_kit, CardWords, GuidanceTopic, PlacePicker, PlaceWords, ServiceCard};
use crate::words::{format, DataWords};

/// The self-check's state inside Yew: the pure reducer from [`crate::parts::checker`], wrapped.
#[derive(Debug, Default, PartialEq)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(checker::reduce(self.0.clone(), action)))
    }
}

/// "Am I being stalked?": one question step at a time, then the result.
///
/// Answers live only in this component's memory. Focus moves to each new step's heading so
/// screen-reader and keyboard users know where they are; it is never moved on first render.
#[function_component]
pub fn Checker(props: &PartProps<CheckWords>) -> Html {
    let model = use_reducer(Model::default);
    let focus = use_node_ref();
    let danger_heading = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let state = &model.0;
    let (h, h_sub) = (props.level, props.level + 1);
    let words = props.words.0;
    let kit = use_kit();
    let (data, card, place_words) = (kit.data, kit.card, kit.place);

    {
        let focus = focus.clone();
        let first_render = first_render.clone();
        use_effect_with(state.step, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                if let Some(el) = focus.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        let danger_heading = danger_heading.clone();
        use_effect_with(state.danger_open, move |open| {
            if *open {
                if let Some(el) = danger_heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let send = |action: Action| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(action.clone()))
    };
    let on_change = |action: Action| {
        let model = model.clone();
        Callback::from(move |_: Event| model.dispatch(action.clone()))
    };

    let helping = state.answers.for_someone_else();
    let danger = html! {
        <div class="danger-zone">
            if state.danger_open {
                <div class="danger-panel" role="region" aria-labelledby="danger-title">
                    { heading(h_sub, words.danger_title.into(), Some("danger-title"), Some(&danger_heading)) }
                    <p>{ if helping { words.danger_text_them } else { words.danger_text } }</p>
                    <p><a class="contact call-999" href="tel:999">{ words.call_999 }</a></p>
                    if let Some(t) = data.topic(topic_id::SILENT_999) {
                        <GuidanceTopic topic={t} open={true} />
                    }
                    <button type="button" class="secondary" onclick={send(Action::CloseDanger)}>{ words.danger_close }</button>
                </div>
            } else {
                <button type="button" class="danger-button" onclick={send(Action::OpenDanger)}>{ if helping { words.danger_button_them } else { words.danger_button } }</button>
            }
        </div>
    };

    let body = match state.step {
        Step::Start => {
            let begin_pro = {
                let model = model.clone();
                let role = props.responder;
                Callback::from(move |_: MouseEvent| {
                    model.dispatch(Action::Begin(Path::Professional));
                    if let Some(role) = role {
                        model.dispatch(Action::Choose(Choice::Role(role)));
                    }
                })
            };
            let staff_first = props.responder.is_some() || props.responder_only;
            let pro_button = html! {
                <button type="button" class={if staff_first { "primary" } else { "secondary" }} onclick={begin_pro}>{ words.start_pro }</button>
            };
            let (title, intro) =
                if props.responder_only { (words.pro_title, words.pro_intro) } else { (words.title, words.intro) };
            html! {
                <>
                    { heading(h, title.into(), None, Some(&focus)) }
                    <p>{ intro }</p>
                    <p class="quiet">{ words.not_saved }</p>
                    <div class="actions">
                        if staff_first {
                            { pro_button.clone() }
                        }
                        if !props.responder_only {
                            <button type="button" class={if staff_first { "secondary" } else { "primary" }} onclick={send(Action::Begin(Path::Me))}>{ words.start_me }</button>
                            <button type="button" class="secondary" onclick={send(Action::Begin(Path::SomeoneElse))}>{ words.start_other }</button>
                            <button type="button" class="secondary" onclick={send(Action::Begin(Path::OwnBehaviour))}>{ words.start_own }</button>
                        }
                        if !staff_first {
                            { pro_button }
                        }
                    </div>
                </>
            }
        }
        Step::Result => result(words, card, data, &state.answers, props, &focus, send(Action::StartAgain)),
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
                    { heading(h, title.into(), None, Some(&focus)) }
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
    };

    html! {
        <section class="check" aria-label={words.title}>
            // First on every step, so help in an emergency is never a long scroll away.
            if state.step != Step::Start {
                { danger }
            }
            { body }
        </section>
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

#[inline(never)]
fn result(
    w: &'static CheckWords,
    card: &CardWords,
    data: &'static DataWords,
    a: &Answers,
    props: &PartProps<CheckWords>,
    focus: &NodeRef,
    start_again: Callback<MouseEvent>,
) -> Html {
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
    let save = Callback::from(move |_: MouseEvent| save_text(&text, w.file_name));
    // Moves to the record part: its heading takes focus, as a link within the page would.
    let go_to_record = Callback::from(|e: MouseEvent| {
        use wasm_bindgen::JsCast;
        let root = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).map(|n| n.get_root_node());
        let heading = root
            .and_then(|r| r.dyn_into::<web_sys::ShadowRoot>().ok())
            .and_then(|r| r.get_element_by_id("record-title"))
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            h.set_tab_index(-1);
            let _ = h.focus();
        }
    });
    let print = Callback::from(|e: MouseEvent| crate::view::browser::print_only(&e, "check"));
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
