//! The "Am I being stalked?" self-check: its questions as data, the answers a person gives, the
//! steps between them, and the assessment those answers lead to.
//!
//! Pure: no browser, no Yew. The UI turns clicks into [`Action`]s and shows [`State`]; the
//! assessment is a plain function of the answers, so every rule is tested natively. It is not a
//! risk assessment and the result says so; it helps a person see a pattern and find help.
//! Answers live only in memory and are dropped by [`Action::StartAgain`] or the quick exit.
//!
//! - [`questions`]: every question and option, as data, and the answers given;
//! - [`steps`]: the pages and moving between them;
//! - [`assess`](mod@assess): what the answers suggest.

pub mod assess;
pub mod questions;
mod rank;
pub mod result;
pub mod steps;
pub mod summary;
mod tables;
pub mod words;

pub use assess::{assess, Assessment, NextStep, Pattern, Reason, Urgency};
pub use questions::{
    AboutMe, Answers, Behaviour, Choice, Duration, Feeling, Frequency, Mark, Path, Question, QuestionId, Risk, Role,
    Towards, Who, YesNo, QUESTIONS,
};
pub use steps::{reduce, Action, State, Step};

#[cfg(test)]
mod tests;

mod view;
pub use view::Checker;
pub use words::{CheckWords, PageWords};
