//! The parts of the widget, side by side: none imports another. Each has a folder of its own:
//! its pure state and rules, its view, its words (declared once, with the English beside them)
//! and its style.
//!
//! The registry below lists every part once. From it come [`Part`] and its order, the names a
//! host writes in `data-parts` (and the README's words for them), the parts' words in the
//! catalogue ([`PartWords`], walked in this order), and the app's dispatch ([`Part::draw`]),
//! which hands each part its own words. A
//! new part is a new folder, one line here, and its words in each language's file.

pub mod checker;
pub mod finder;
pub mod guidance;
pub mod record;

use std::rc::Rc;

use yew::{
    function_component, html, use_effect_with, use_mut_ref, use_node_ref, use_state, BaseComponent, Callback, Html,
    MouseEvent, Properties,
};

use crate::data::Service;
use crate::view::browser::{by_id, focus_heading};
use crate::view::piece::{self, use_piece, Fetching, Loader, Stage};
use crate::view::{heading, use_kit};
use crate::words::{Given, Section, Visit};

/// What the app hands every part alike; each takes what it needs.
#[derive(PartialEq, Clone, Default)]
pub struct Common {
    /// The level of the part's heading.
    pub level: u8,
    /// Where the visitor lives (an area id), if known.
    pub place: Option<&'static str>,
    /// The area the host serves, if it named one.
    pub host_region: Option<&'static str>,
    /// Called when the visitor says where they live inside a part.
    pub on_place: Callback<Option<&'static str>>,
    /// The services to offer, each with whether the host added it.
    pub services: Rc<Vec<(&'static Service, bool)>>,
    /// Bundled services the host does not want shown.
    pub hidden: Rc<Vec<&'static str>>,
    /// A school, workplace or police host: the self-check offers the staff path first.
    pub responder: Option<checker::Role>,
    /// Only the staff path is offered.
    pub responder_only: bool,
    /// The parts on the page, so one can point to another that is there.
    pub shown: Rc<Vec<Part>>,
    /// Fetch every part's piece now, not when it is opened (the host asked).
    pub preload: bool,
}

/// A part's props: its own words (only its own: a part never sees another's), and what every
/// part is given (read through them, as `props.place`).
#[derive(Properties, PartialEq, Clone)]
pub struct PartProps<W: PartialEq + 'static> {
    /// The part's words, in the visitor's language.
    pub words: Given<W>,
    /// What every part is given.
    pub common: Common,
}

impl<W: PartialEq> std::ops::Deref for PartProps<W> {
    type Target = Common;

    fn deref(&self) -> &Common {
        &self.common
    }
}

/// A part's drawing, once its piece has arrived.
type Drawer<W> = fn(PartProps<W>) -> Html;

/// The few words a part opened on request shows while closed.
pub trait Closed {
    /// Its heading, its one line on what it is for, and the button that opens it.
    fn closed(&self) -> (&'static str, &'static str, &'static str);
}

/// Props of [`Opened`].
#[derive(Properties, Clone)]
pub struct OpenedProps<W: PartialEq + 'static> {
    /// The part's props.
    pub part: PartProps<W>,
    /// Its name, its heading's id (`NAME-title`) and its button's (`open-NAME`).
    pub ids: [&'static str; 3],
    /// Fetches the part's piece, once, and gives its drawing.
    pub load: Loader<Drawer<W>>,
}

/// A part's loader never changes: only its props are compared.
impl<W: PartialEq> PartialEq for OpenedProps<W> {
    fn eq(&self, other: &Self) -> bool {
        self.part == other.part
    }
}

/// A part most visitors never open on their first visit: closed, it is its heading, one line
/// and a button; its code is fetched when the button is pressed (or when the host asked for
/// every piece at once), and when it has been drawn its heading (id `NAME-title`) takes focus,
/// as a link within the page would. Closed, it is as tall as a short paragraph, so nothing
/// below it moves until the visitor asks.
#[function_component]
fn Opened<W: PartialEq + Clone + Closed + 'static>(props: &OpenedProps<W>) -> Html {
    let pressed = use_state(|| false);
    let piece = use_piece(props.load, *pressed || props.part.preload);
    let holder = use_node_ref();
    let title = use_node_ref();
    // Where the part is drawn (the widget's shadow root), noted when the button is pressed.
    let root = use_mut_ref(|| None::<web_sys::Node>);
    let kit = use_kit();
    let [name, title_id, open_id] = props.ids;
    let drawn = piece.ready().is_some() && *pressed;
    {
        let root = root.clone();
        use_effect_with(drawn, move |drawn| {
            if let Some(heading) = root.borrow().as_ref().filter(|_| *drawn).and_then(|r| by_id(r, title_id)) {
                focus_heading(&heading);
            }
        });
    }
    let part = &props.part;
    if let (Some(draw), true) = (piece.ready(), *pressed) {
        return draw(part.clone());
    }
    let (heading_text, line, open) = part.words.0.closed();
    let press = {
        let pressed = pressed.clone();
        let (root, holder, title) = (root.clone(), holder.clone(), title.clone());
        let want = piece.wanting::<MouseEvent>();
        Callback::from(move |e: MouseEvent| {
            *root.borrow_mut() = holder.get().map(|n| n.get_root_node());
            // Focus stays with the part while the button gives way to its piece.
            if let Some(h) = title.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            pressed.set(true);
            want.emit(e);
        })
    };
    // Fetched ahead of time at the host's wish, it still opens only when asked.
    let waiting = *pressed && !matches!(piece.stage, Stage::Closed);
    html! {
        <section class="closed" data-part={name} aria-labelledby={title_id} ref={holder}>
            { heading(part.level, heading_text.into(), Some(title_id), Some(&title)) }
            <p>{ line }</p>
            if waiting {
                { piece::waiting(&piece, &kit, part.level + 1, &title) }
            } else {
                <button type="button" class="secondary" id={open_id} aria-expanded="false" onclick={press}>{ open }</button>
            }
        </section>
    }
}

/// Draws a part's component with its words.
fn draw<W: PartialEq + Clone + 'static, C: BaseComponent<Properties = PartProps<W>>>(
    common: &Common,
    words: &'static W,
) -> Html {
    let props = PartProps { words: Given(words), common: common.clone() };
    html! { <C ..props /> }
}

macro_rules! registry {
    ($(
        $(#[$doc:meta])*
        $variant:ident: $field:ident $name:literal, $words:ty, $view:ty $(, opened $drawer:path)?;
    )*) => {
        /// The parts of the widget a host can show.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Part {
            $( $(#[$doc])* $variant, )*
        }

        impl Part {
            /// Every part, in the default order.
            pub const ALL: &'static [Part] = &[$(Part::$variant),*];

            /// The names a host writes in `data-parts`, for the README: "`checker`, `finder`, …".
            pub const CODES: &'static str = registry!(@codes $($name),*);

            /// The same, as a plain list: "checker, finder, …".
            pub const NAMES: &'static str = registry!(@names $($name),*);

            /// The default `data-parts`, for the README.
            pub const DEFAULT: &'static str = registry!(@default $($name),*);

            /// The name a host writes for it in `data-parts`.
            pub fn name(self) -> &'static str {
                match self {
                    $( Part::$variant => $name, )*
                }
            }

            /// The id of the part's heading, open or closed.
            pub fn title_id(self) -> &'static str {
                match self {
                    $( Part::$variant => concat!($name, "-title"), )*
                }
            }

            /// The id of the button that opens a part opened on request.
            pub fn open_id(self) -> &'static str {
                match self {
                    $( Part::$variant => concat!("open-", $name), )*
                }
            }

            /// The part, drawn, in the language of `words`.
            pub fn draw(self, common: &Common, words: &'static PartWords) -> Html {
                match self {
                    $( Part::$variant => registry!(@draw common, &words.$field, $words, $view, $variant, $name $(, $drawer)?), )*
                }
            }
        }

        /// Every part's words in one language.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct PartWords {
            $( #[allow(missing_docs)] pub $field: $words, )*
        }

        /// Every part's words in English, for the page's life.
        pub static ENGLISH: PartWords = PartWords::ENGLISH;

        impl PartWords {
            /// The English.
            pub const ENGLISH: PartWords = PartWords { $( $field: <$words>::ENGLISH, )* };

            /// Every entry of every part, part by part in the registry's order.
            pub fn walk<V: Visit>(&mut self, v: &mut V) {
                $( Section::walk(&mut self.$field, v); )*
            }

        }
    };
    (@draw $common:expr, $words:expr, $w:ty, $view:ty, $variant:ident, $name:literal) => { draw::<$w, $view>($common, $words) };
    (@draw $common:expr, $words:expr, $w:ty, $view:ty, $variant:ident, $name:literal, $drawer:path) => {{
        let part = PartProps { words: Given($words), common: $common.clone() };
        fn load() -> Fetching<Drawer<$w>> {
            #[cfg(feature = "split")]
            return Box::pin(async { $drawer().await });
            #[cfg(not(feature = "split"))]
            return Box::pin(async { $drawer() });
        }
        let load: Loader<Drawer<$w>> = load;
        let ids = [$name, Part::$variant.title_id(), Part::$variant.open_id()];
        html! { <Opened<$w> {part} {ids} {load} /> }
    }};
    (@codes $first:literal $(, $rest:literal)*) => { concat!("`", $first, "`" $(, ", `", $rest, "`")*) };
    (@names $first:literal $(, $rest:literal)*) => { concat!($first $(, ", ", $rest)*) };
    (@default $first:literal $(, $rest:literal)*) => { concat!("`", $first $(, " ", $rest)*, "`") };
}

registry! {
    /// "Am I being stalked?"
    Checker: check "checker", checker::CheckWords, checker::Checker;
    /// The helpline finder.
    Finder: find "finder", finder::FindWords, finder::Finder;
    /// "Keep a record": a private incident log, saved only as a file.
    Record: record "record", record::RecordWords, record::RecordPart, opened record::drawer;
    /// Guidance: what stalking and harassment are, what to do, the law.
    Guidance: guide "guidance", guidance::GuideWords, guidance::Guidance;
}
