use std::rc::Rc;

use yew::prelude::*;

use crate::checker::{
    self, AboutMe, Action, Answers, BehaviourGroup, Duration, Feeling, Frequency, State, Step, Who, YesNo,
};
use crate::data::{label, service, topic, topic_id, AREAS};
use crate::place::{choices, Jurisdiction};
use crate::strings::{check as words, place as place_words};
use crate::ui::browser::save_text;
use crate::ui::{heading, tick, GuidanceTopic, PlacePicker, ServiceCard};

/// The self-check's state inside Yew: the pure reducer from [`crate::checker`], wrapped.
#[derive(Debug, Default, PartialEq)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(checker::reduce(self.0.clone(), action)))
    }
}

/// Props for [`Checker`].
#[derive(Properties, PartialEq, Clone)]
pub struct CheckerProps {
    /// Bundled services the host has hidden: never suggested.
    #[prop_or_default]
    pub hidden: Rc<Vec<&'static str>>,
    /// The level of this part's headings.
    #[prop_or(3)]
    pub level: u8,
    /// Where the visitor lives (an area id), if known: it decides the services, the reporting
    /// route, the orders and the law in the result.
    #[prop_or_default]
    pub place: Option<&'static str>,
    /// The host's region, offered first among the places when it is not a nation.
    #[prop_or_default]
    pub host_region: Option<&'static str>,
    /// Called when the visitor says where they live (shared with the rest of the widget).
    #[prop_or_default]
    pub on_place: Callback<Option<&'static str>>,
}

/// "Am I being stalked?": one question step at a time, then the result.
///
/// Answers live only in this component's memory. Focus moves to each new step's heading so
/// screen-reader and keyboard users know where they are; it is never moved on first render.
#[function_component]
pub fn Checker(props: &CheckerProps) -> Html {
    let model = use_reducer(Model::default);
    let focus = use_node_ref();
    let danger_heading = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let state = &model.0;
    let (h, h_sub) = (props.level, props.level + 1);

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

    let danger = html! {
        <div class="danger-zone">
            if state.danger_open {
                <div class="danger-panel" role="region" aria-labelledby="danger-title">
                    { heading(h_sub, words::DANGER_TITLE.into(), Some("danger-title"), Some(&danger_heading)) }
                    <p>{ words::DANGER_TEXT }</p>
                    <p><a class="contact call-999" href="tel:999">{ "Call 999" }</a></p>
                    if let Some(t) = topic(topic_id::SILENT_999) {
                        <GuidanceTopic topic={t} open={true} />
                    }
                    <button type="button" class="secondary" onclick={send(Action::CloseDanger)}>{ words::DANGER_CLOSE }</button>
                </div>
            } else {
                <button type="button" class="danger-button" onclick={send(Action::OpenDanger)}>{ words::DANGER_BUTTON }</button>
            }
        </div>
    };

    let body = match state.step {
        Step::Start => html! {
            <>
                { heading(h, words::TITLE.into(), None, Some(&focus)) }
                <p>{ words::INTRO }</p>
                <p class="quiet">{ words::NOT_SAVED }</p>
                <div class="actions">
                    <button type="button" class="primary" onclick={send(Action::Begin { for_someone_else: false })}>{ words::START_ME }</button>
                    <button type="button" class="secondary" onclick={send(Action::Begin { for_someone_else: true })}>{ words::START_OTHER }</button>
                </div>
            </>
        },
        Step::Result => result(&state.answers, props, &focus, send(Action::StartAgain)),
        step => {
            let (title, hint) = words::question(step, state.answers.for_someone_else);
            let next_label = if step == Step::AboutYou { words::SEE_RESULT } else { words::NEXT };
            html! {
                <>
                    <p class="progress">{ words::progress(step).unwrap_or_default() }</p>
                    { heading(h, title.into(), None, Some(&focus)) }
                    <p class="quiet">{ hint }</p>
                    { questions(step, &state.answers, &on_change) }
                    if step == Step::AboutYou {
                        { where_you_live(props) }
                    }
                    <div class="actions">
                        <button type="button" class="secondary" onclick={send(Action::Back)}>{ words::BACK }</button>
                        <button type="button" class="primary" onclick={send(Action::Next)}>{ next_label }</button>
                    </div>
                    <p class="quiet">{ words::SKIP_NOTE }</p>
                </>
            }
        }
    };

    html! {
        <section class="check" aria-label={words::TITLE}>
            // First on every step, so help in an emergency is never a long scroll away.
            if state.step != Step::Start {
                { danger }
            }
            { body }
        </section>
    }
}

/// A radio button with its label.
fn radio(name: &'static str, id: String, label: &'static str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <div class="choice">
            <input type="radio" {name} id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// A question with one answer: its radio buttons in a fieldset, named `name`, with the ids
/// `{prefix}-{option:?}`.
fn one_of<T: Copy + PartialEq + std::fmt::Debug>(
    legend: &'static str,
    name: &'static str,
    prefix: &str,
    options: &[T],
    label: fn(T) -> &'static str,
    chosen: Option<T>,
    choose: impl Fn(T) -> Callback<Event>,
) -> Html {
    html! {
        <fieldset>
            <legend>{ legend }</legend>
            { for options.iter().map(|&o| radio(name, format!("{prefix}-{o:?}"), label(o), chosen == Some(o), choose(o))) }
        </fieldset>
    }
}

#[inline(never)]
fn questions(step: Step, a: &Answers, on_change: &impl Fn(Action) -> Callback<Event>) -> Html {
    match step {
        Step::WhatHappened => html! {
            { for BehaviourGroup::ALL.iter().map(|g| html! {
                <fieldset>
                    <legend>{ words::group(*g) }</legend>
                    { for g.behaviours().iter().map(|b| tick(
                        format!("b-{b:?}"), words::behaviour(*b), a.behaviours.contains(b), on_change(Action::ToggleBehaviour(*b)),
                    )) }
                </fieldset>
            }) }
        },
        Step::HowOften => html! {
            <>
                { one_of(words::HOW_OFTEN, "frequency", "f",
                    &[Frequency::Once, Frequency::TwoOrMore, Frequency::Many, Frequency::NotSure],
                    words::frequency, a.frequency, |f| on_change(Action::SetFrequency(f))) }
                { one_of(words::HOW_LONG, "duration", "d",
                    &[Duration::Days, Duration::Weeks, Duration::Months, Duration::Years, Duration::NotSure],
                    words::duration, a.duration, |d| on_change(Action::SetDuration(d))) }
                { one_of(words::GETTING_WORSE, "worse", "w", &[YesNo::Yes, YesNo::No, YesNo::NotSure],
                    words::yes_no, a.getting_worse, |y| on_change(Action::SetGettingWorse(y))) }
            </>
        },
        Step::Who => html! {
            <>
                { one_of(words::WHO, "who", "who",
                    &[Who::Partner, Who::ExPartner, Who::Family, Who::WorkOrSchool, Who::Neighbour, Who::KnowALittle, Who::Stranger, Who::DontKnow],
                    words::who, a.who, |w| on_change(Action::SetWho(w))) }
                if a.who == Some(Who::ExPartner) {
                    { one_of(words::RECENT_SEPARATION, "separation", "s", &[YesNo::Yes, YesNo::No, YesNo::NotSure],
                        words::yes_no, a.recent_separation, |y| on_change(Action::SetRecentSeparation(y))) }
                }
            </>
        },
        Step::Feelings => html! {
            <fieldset>
                <legend>{ words::FEELINGS }</legend>
                { for [Feeling::Scared, Feeling::Upset, Feeling::Anxious, Feeling::ChangedRoutine, Feeling::NotSleeping, Feeling::NotSure]
                    .iter().map(|f| tick(format!("feel-{f:?}"), words::feeling(*f), a.feelings.contains(f), on_change(Action::ToggleFeeling(*f)))) }
            </fieldset>
        },
        Step::Safety => html! {
            <>
                { one_of(words::IN_DANGER_NOW, "danger", "now", &[YesNo::Yes, YesNo::No],
                    words::yes_no, a.in_danger_now, |y| on_change(Action::SetInDangerNow(y))) }
                <fieldset>
                    <legend>{ words::RISKS }</legend>
                    { for words::RISKS_SHOWN.iter().map(|r| tick(
                        format!("risk-{r:?}"), words::risk(*r), a.risks.contains(r), on_change(Action::ToggleRisk(*r)),
                    )) }
                </fieldset>
            </>
        },
        Step::AboutYou => html! {
            <>
                <fieldset>
                    <legend>{ words::ABOUT }</legend>
                    { for AboutMe::ALL.iter().map(|x| tick(
                        format!("about-{x:?}"), words::about(*x), a.about.contains(x), on_change(Action::ToggleAbout(*x)),
                    )) }
                </fieldset>
            </>
        },
        Step::Start | Step::Result => Html::default(),
    }
}

/// "Where do you live?" on the last question step: the widget's one place, so answering here
/// changes the finder and the guidance too.
fn where_you_live(props: &CheckerProps) -> Html {
    let choose = |place: Option<&'static str>| {
        let on_place = props.on_place.clone();
        Callback::from(move |_: Event| on_place.emit(place))
    };
    html! {
        <fieldset>
            <legend>{ place_words::QUESTION }</legend>
            { for choices(props.host_region).into_iter().map(|id| radio(
                "nation", format!("n-{id}"), label(AREAS, id), props.place == Some(id), choose(Some(id)),
            )) }
            { radio("nation", "n-none".into(), place_words::UNSAID, props.place.is_none(), choose(None)) }
        </fieldset>
    }
}

#[inline(never)]
fn result(a: &Answers, props: &CheckerProps, focus: &NodeRef, start_again: Callback<MouseEvent>) -> Html {
    let (level, place) = (props.level, props.place);
    let (h, h_sub) = (level, level + 1);
    let mut r = checker::assess(a, place);
    r.services.retain(|id| !props.hidden.contains(id));
    let place_unknown = place.and_then(Jurisdiction::of).is_none();
    let (urgency_title, urgency_text) = words::urgency(r.urgency);
    let text = words::summary_text(a, &r);
    let save = Callback::from(move |_: MouseEvent| save_text(&text, words::FILE_NAME));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="result">
            { heading(h, words::headline(r.pattern, a.for_someone_else).into(), None, Some(focus)) }
            <p>{ words::explanation(r.pattern) }</p>
            if r.online {
                <p>{ words::ONLINE }</p>
            }
            <div class={r.urgency.class()}>
                { heading(h_sub, urgency_title.into(), None, None) }
                <p>{ urgency_text }</p>
                if r.urgency == checker::Urgency::Emergency {
                    <p><a class="contact call-999" href="tel:999">{ "Call 999" }</a></p>
                }
            </div>
            if !r.reasons.is_empty() {
                <p class="because">{ words::BECAUSE }</p>
                <ul class="bullets">{ for r.reasons.iter().map(|x| html! { <li>{ words::reason(*x) }</li> }) }</ul>
            }
            <p class="note">{ words::NOT_A_RISK_ASSESSMENT }</p>

            { heading(h_sub, words::NEXT_STEPS.into(), None, None) }
            <ol class="steps">{ for r.next_steps.iter().map(|s| html! { <li>{ words::next_step(*s) }</li> }) }</ol>
            if place_unknown {
                <PlacePicker id="result-place" {place} host_region={props.host_region} on_change={props.on_place.clone()} />
            }

            { heading(h_sub, words::SERVICES.into(), None, None) }
            <ul class="services" role="list">
                { for r.services.iter().filter_map(|id| service(id)).map(|s| html! { <ServiceCard key={s.id} service={s} level={level + 2} /> }) }
            </ul>

            { heading(h_sub, words::READ_MORE.into(), None, None) }
            { for r.topics.iter().filter_map(|id| topic(id)).map(|t| html! { <GuidanceTopic topic={t} {place} /> }) }

            <div class="keep">
                { heading(h_sub, words::KEEP_TITLE.into(), None, None) }
                <p class="note">{ words::KEEP_WARNING }</p>
                <div class="actions">
                    <button type="button" class="secondary" onclick={save}>{ words::SAVE }</button>
                    <button type="button" class="secondary" onclick={print}>{ words::PRINT }</button>
                </div>
            </div>
            <div class="actions">
                <button type="button" class="secondary" onclick={start_again}>{ words::START_AGAIN }</button>
            </div>
            <p class="quiet">{ words::START_AGAIN_NOTE }</p>
        </div>
    }
}
