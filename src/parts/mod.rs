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

use yew::{function_component, html, use_state, BaseComponent, Callback, Html, Properties};

use crate::data::Service;
use crate::view::{fallback_services, use_kit, ServiceCard};
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

/// A piece of the download that could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unloaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Unloaded {
        Unloaded
    }
}

/// What a part fetched when drawn: its drawing, once it has arrived.
type Drawer<W> = fn(PartProps<W>) -> Html;

/// Fetches a part's piece (once; a failure is not kept, so the next call tries again).
type Loader<W> = fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Drawer<W>, Unloaded>>>>;

/// Props of [`Piece`].
#[derive(Properties, Clone)]
pub struct PieceProps<W: PartialEq + 'static> {
    /// The part's props.
    pub part: PartProps<W>,
    /// Fetches the part's piece, once, and gives its drawing.
    pub load: Loader<W>,
}

/// A part's loader never changes: only its props are compared.
impl<W: PartialEq> PartialEq for PieceProps<W> {
    fn eq(&self, other: &Self) -> bool {
        self.part == other.part
    }
}

/// Where a piece stands.
enum Stage<W: PartialEq + 'static> {
    Loading(u8),
    Ready(Drawer<W>),
    Failed,
}

impl<W: PartialEq> Clone for Stage<W> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<W: PartialEq> Copy for Stage<W> {}

/// A part whose code arrives when it is first drawn.
#[function_component]
fn Piece<W: PartialEq + Clone + 'static>(props: &PieceProps<W>) -> Html {
    let stage = use_state(|| Stage::<W>::Loading(0));
    {
        let stage = stage.clone();
        let load = props.load;
        let attempt = match *stage {
            Stage::Loading(n) => Some(n),
            _ => None,
        };
        yew::use_effect_with(attempt, move |attempt| {
            if let Some(n) = *attempt {
                yew::platform::spawn_local(async move {
                    match load().await {
                        Ok(draw) => stage.set(Stage::Ready(draw)),
                        Err(_) if n == 0 => stage.set(Stage::Loading(1)),
                        Err(_) => stage.set(Stage::Failed),
                    }
                });
            }
        });
    }
    let kit = use_kit();
    match *stage {
        Stage::Ready(draw) => draw(props.part.clone()),
        Stage::Loading(_) => html! { <p class="quiet piece-opening" role="status">{ kit.load.opening }</p> },
        // Never a spinner for ever, never an empty box: a plain sentence, the main helplines, and
        // a way to try again (a failure is not kept, so the next try fetches afresh).
        Stage::Failed => {
            let again = {
                let stage = stage.clone();
                Callback::from(move |_: yew::MouseEvent| stage.set(Stage::Loading(0)))
            };
            html! {
                <div class="piece-failed">
                    <p role="alert">{ kit.load.failed }</p>
                    <ul class="services" role="list">
                        { for fallback_services(kit.lang).into_iter().filter_map(crate::data::service).map(|s| html! {
                            <li><ServiceCard service={s} level={props.part.level + 1} /></li>
                        }) }
                    </ul>
                    <button type="button" class="secondary" onclick={again}>{ kit.load.again }</button>
                </div>
            }
        }
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
        $variant:ident: $field:ident $name:literal, $words:ty, $view:ty $(, piece $drawer:path)?;
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

            /// The part, drawn, in the language of `words`.
            pub fn draw(self, common: &Common, words: &'static PartWords) -> Html {
                match self {
                    $( Part::$variant => registry!(@draw common, &words.$field, $words, $view $(, $drawer)?), )*
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
    (@draw $common:expr, $words:expr, $w:ty, $view:ty) => { draw::<$w, $view>($common, $words) };
    (@draw $common:expr, $words:expr, $w:ty, $view:ty, $drawer:path) => {{
        let part = PartProps { words: Given($words), common: $common.clone() };
        fn load() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Drawer<$w>, Unloaded>>>> {
            #[cfg(feature = "split")]
            return Box::pin(async { $drawer().await });
            #[cfg(not(feature = "split"))]
            return Box::pin(async { $drawer() });
        }
        let load: Loader<$w> = load;
        html! { <Piece<$w> {part} {load} /> }
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
    Record: record "record", record::RecordWords, record::RecordPart, piece record::drawer;
    /// Guidance: what stalking and harassment are, what to do, the law.
    Guidance: guide "guidance", guidance::GuideWords, guidance::Guidance;
}
