//! A piece of the download: code a part needs only once the visitor opens it, fetched then
//! (in the release build it is cut into a `.wasm` of its own; elsewhere it is already there).
//!
//! [`use_piece`] fetches it when wanted, tries once more if that fails or takes longer than
//! [`DEADLINE_MS`], and keeps a failure only until the visitor asks again; [`waiting`] draws
//! what stands in its place meanwhile: a plain sentence while it arrives, and if it cannot, a
//! plain sentence, the main helplines and a way to try again. Never a spinner for ever, never
//! an empty box.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::{hook, html, use_effect_with, use_state, Callback, Html, MouseEvent, NodeRef, UseStateHandle};

use super::{fallback_services, Kit, ServiceCard};
use crate::data::service;

/// A piece of the download that could not be fetched (a network error, a 404, a wrong
/// integrity hash, a Content Security Policy that refuses it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unloaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unloaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Unloaded {
        Unloaded
    }
}

/// What fetching a piece gives.
pub type Fetching<T> = Pin<Box<dyn Future<Output = Result<T, Unloaded>>>>;

/// Fetches a piece (once: after it has arrived, at once; a failure is not kept, so the next
/// call fetches afresh) and gives what it holds, a drawing function.
pub type Loader<T> = fn() -> Fetching<T>;

/// Where a piece stands.
#[derive(Debug, Clone, Copy)]
pub enum Stage<T> {
    /// Not wanted yet.
    Closed,
    /// Being fetched: the first attempt (0) or the second (1).
    Loading(u8),
    /// Arrived.
    Ready(T),
    /// Not arrived, twice.
    Failed,
}

/// A piece's stage, and a way to want it (again, after a failure).
pub struct Piece<T: 'static> {
    /// Where it stands.
    pub stage: Stage<T>,
    handle: UseStateHandle<Stage<T>>,
}

impl<T: Copy + 'static> Piece<T> {
    /// A callback that fetches it.
    pub fn wanting<E>(&self) -> Callback<E> {
        let handle = self.handle.clone();
        Callback::from(move |_: E| {
            if matches!(*handle, Stage::Closed | Stage::Failed) {
                handle.set(Stage::Loading(0));
            }
        })
    }

    /// What it holds, once it has arrived.
    pub fn ready(&self) -> Option<T> {
        match self.stage {
            Stage::Ready(t) => Some(t),
            _ => None,
        }
    }
}

/// A piece fetched by `load` as soon as it is `wanted` (or [`Piece::wanting`]'s callback is called).
#[hook]
pub fn use_piece<T: Copy + 'static>(load: Loader<T>, wanted: bool) -> Piece<T> {
    let handle = use_state(|| if wanted { Stage::Loading(0) } else { Stage::Closed });
    {
        let handle = handle.clone();
        use_effect_with(wanted, move |wanted| {
            if *wanted && matches!(*handle, Stage::Closed) {
                handle.set(Stage::Loading(0));
            }
        });
    }
    let attempt = match *handle {
        Stage::Loading(n) => Some(n),
        _ => None,
    };
    {
        let handle = handle.clone();
        use_effect_with(attempt, move |attempt| {
            // Whichever comes first, the piece or the deadline, settles this attempt.
            let settled = Rc::new(Cell::new(false));
            let after_failure = |n: u8| if n == 0 { Stage::Loading(1) } else { Stage::Failed };
            let deadline = attempt.map(|n| {
                let (handle, settled) = (handle.clone(), settled.clone());
                let (fetched, settled_by_it) = (handle.clone(), settled.clone());
                yew::platform::spawn_local(async move {
                    let got = load().await;
                    if !settled_by_it.replace(true) {
                        fetched.set(match got {
                            Ok(got) => Stage::Ready(got),
                            Err(Unloaded) => after_failure(n),
                        });
                    }
                });
                deadline(move || {
                    if !settled.replace(true) {
                        handle.set(after_failure(n));
                    }
                })
            });
            // A deadline not yet met goes with its attempt.
            move || drop(deadline)
        });
    }
    Piece { stage: *handle, handle }
}

/// How long one attempt may take before it counts as failed: a connection that stalls (or a
/// host's script that wraps `fetch` and never answers) must not leave "Opening…" on screen for
/// ever. A piece is 18 to 22 KB gzip: on a 50 kbps link with long round trips that is under ten
/// seconds. If it arrives later, the next attempt (which reuses that fetch) takes it at once.
pub const DEADLINE_MS: u32 = 20_000;

/// Calls `then` once [`DEADLINE_MS`] has passed, unless what it gives is dropped first.
#[cfg(target_arch = "wasm32")]
fn deadline(then: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(DEADLINE_MS, then)
}

/// Natively nothing waits: effects never run there.
#[cfg(not(target_arch = "wasm32"))]
fn deadline(then: impl FnOnce() + 'static) -> impl Sized {
    then
}

/// What stands in a piece's place until it has arrived: a plain line while it is fetched; if it
/// could not be, a plain sentence, the main helplines (as the static version lists them, cards
/// at `level`) and a way to try again, which leaves focus on `heading` (the part's, drawn above
/// this) rather than on a button that goes. Nothing while it is not wanted.
pub fn waiting<T: Copy + 'static>(piece: &Piece<T>, kit: &Kit, level: u8, heading: &NodeRef) -> Html {
    match piece.stage {
        Stage::Closed | Stage::Ready(_) => Html::default(),
        Stage::Loading(_) => html! { <p class="quiet piece-opening" role="status">{ kit.load.opening }</p> },
        Stage::Failed => html! {
            <div class="piece-failed">
                <p role="alert">{ kit.load.failed }</p>
                <ul class="services" role="list">
                    { for fallback_services(kit.lang).into_iter().filter_map(service).map(|s| html! {
                        <li><ServiceCard service={s} {level} /></li>
                    }) }
                </ul>
                <button type="button" class="secondary" onclick={again(piece, heading)}>{ kit.load.again }</button>
            </div>
        },
    }
}

/// Fetches the piece again, focus first moved to `heading`.
fn again<T: Copy + 'static>(piece: &Piece<T>, heading: &NodeRef) -> Callback<MouseEvent> {
    let (want, heading) = (piece.wanting::<MouseEvent>(), heading.clone());
    Callback::from(move |e: MouseEvent| {
        if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
        want.emit(e);
    })
}
