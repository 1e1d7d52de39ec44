//! The "Am I being stalked?" self-check: its questions as data, the answers a person gives, the
//! steps between them, and the assessment those answers lead to.
//!
//! Pure: no browser, no Yew. The UI turns clicks into [`Action`]s and shows [`State`]; the
//! assessment is a plain function of the answers, so every rule is tested natively. It is not a
//! risk assessment and the result says so; it helps a person see a pattern and find help.
//! Answers live only in memory and are dropped by [`Action::StartAgain`] or the quick exit.
//!
//! What lives here:
//! - [`questions`]: every question and option, as data, and the answers given;
//! - [`steps`]: the pages, the state and the reducer that moves between them;
//! - [`assess`](mod@assess): what the answers suggest; [`result`] its vocabulary; `rank.rs`
//!   which services fit;
//! - [`words`]: every sentence it shows, with the English (the long tables in `tables.rs`);
//!   [`summary`]: the reasons and the saved copy, put into words;
//! - `view.rs`: the part drawn (wiring, the start page and the danger panel); `pages.rs`, the
//!   steps after the start and the result, fetched when a start button is pressed; `style.css`: its look; `tests.rs`: its rules told
//!   as the situations the source texts describe.

pub mod assess;
mod options;
pub mod questions;
mod rank;
pub mod result;
pub mod steps;
pub mod summary;
mod tables;
pub mod words;

pub use assess::{assess, Assessment, NextStep, Pattern, Reason, Urgency};
pub use options::{AboutMe, Behaviour, Duration, Feeling, Frequency, Mark, Path, Risk, Role, Towards, Who, YesNo};
pub use questions::{Answers, Choice, Question, QuestionId, QUESTIONS};
pub use steps::{reduce, Action, State, Step};

#[cfg(test)]
mod tests;

mod pages;
mod view;
pub use view::Checker;
pub use words::{CheckWords, PageWords};
