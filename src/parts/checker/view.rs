use std::rc::Rc;

use yew::prelude::*;

use super::pages::{self, Page};
use super::words::CheckWords;
use crate::data::topic_id;
use crate::parts::checker::{self, Action, Choice, Path, State, Step};
use crate::parts::PartProps;
use crate::view::piece::{self, use_piece, Fetching, Loader};
use crate::view::{heading, use_kit, GuidanceTopic};

/// The self-check's state inside Yew: the pure reducer from [`crate::parts::checker`], wrapped.
#[derive(Debug, Default, PartialEq)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(checker::reduce(self.0.clone(), action)))
    }
}

/// Fetches the pages after the start (once).
fn load_pages() -> Fetching<pages::Draw> {
    #[cfg(feature = "split")]
    return Box::pin(async { pages::pages().await });
    #[cfg(not(feature = "split"))]
    return Box::pin(async { pages::pages() });
}

/// "Am I being stalked?": one question step at a time, then the result.
///
/// Answers live only in this component's memory. Focus moves to each new step's heading so
/// screen-reader and keyboard users know where they are; it is never moved on first render.
/// The steps after the start are drawn by `pages.rs`, fetched when a start button is pressed;
/// while they arrive (or if they cannot) the danger panel with 999 is already there above.
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
    let data = kit.data;
    let load: Loader<pages::Draw> = load_pages;
    let pages = use_piece(load, state.step != Step::Start || props.preload);

    {
        let focus = focus.clone();
        let first_render = first_render.clone();
        // Again when the pages arrive: the step's heading is drawn only then.
        use_effect_with((state.step, pages.ready().is_some()), move |_| {
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
        _ => match pages.ready() {
            Some(draw) => {
                let dispatch = model.dispatcher();
                let dispatch = Callback::from(move |action: Action| dispatch.dispatch(action));
                draw(&Page { state, props, focus: &focus, dispatch: &dispatch, kit: &kit })
            }
            // The part's heading takes focus meanwhile, as a step's would.
            None => html! {
                <>
                    { heading(h, (if props.responder_only { words.pro_title } else { words.title }).into(), None, Some(&focus)) }
                    { piece::waiting(&pages, &kit, h + 1, &focus) }
                </>
            },
        },
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
