//! The pages of the self-check and how a person moves between them: a pure reducer from what
//! they did ([`Action`]) to where they are and what they have answered ([`State`]).

use super::{Answers, Choice};

/// The pages of the self-check, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Step {
    Start,
    WhatHappened,
    HowOften,
    Who,
    Feelings,
    Safety,
    AboutYou,
    Result,
}

impl Step {
    /// The question pages, in order (not the start or the result). Which questions each asks
    /// is in [`super::QUESTIONS`].
    pub const PAGES: [Step; 6] =
        [Step::WhatHappened, Step::HowOften, Step::Who, Step::Feelings, Step::Safety, Step::AboutYou];

    /// The place of a question page, counting from 1 ("Step 2 of 6").
    pub fn number(self) -> Option<usize> {
        Step::PAGES.iter().position(|s| *s == self).map(|i| i + 1)
    }

    /// Whether this is the last question page (it also asks where the person lives, and its
    /// button leads to the result).
    pub fn is_last_page(self) -> bool {
        Step::PAGES.last() == Some(&self)
    }

    fn next(self) -> Step {
        match self {
            Step::Start => Step::PAGES[0],
            Step::Result => Step::Result,
            s => Step::PAGES.get(s.number().unwrap_or(0)).copied().unwrap_or(Step::Result),
        }
    }

    fn back(self) -> Step {
        match self {
            Step::Result => Step::PAGES[Step::PAGES.len() - 1],
            s => match s.number() {
                Some(n) if n >= 2 => Step::PAGES[n - 2],
                _ => Step::Start,
            },
        }
    }
}

/// Where the person is in the self-check, and what they have answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The step on screen.
    pub step: Step,
    /// The answers so far.
    pub answers: Answers,
    /// Whether the "I'm in danger now" panel is open.
    pub danger_open: bool,
}

impl Default for State {
    fn default() -> Self {
        State { step: Step::Start, answers: Answers::default(), danger_open: false }
    }
}

/// Something the person did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Action {
    /// Begin, for themselves or for someone else.
    Begin {
        for_someone_else: bool,
    },
    Next,
    Back,
    /// Skip a step without answering.
    Skip,
    /// Give (or, for a tick box, take back) an answer.
    Choose(Choice),
    OpenDanger,
    CloseDanger,
    /// Forget every answer and go back to the start.
    StartAgain,
}

/// Applies an action. Moving between steps never loses answers; only `StartAgain` does.
pub fn reduce(mut state: State, action: Action) -> State {
    match action {
        Action::Begin { for_someone_else } => {
            state.answers.for_someone_else = for_someone_else;
            state.step = Step::PAGES[0];
        }
        Action::Next | Action::Skip => state.step = state.step.next(),
        Action::Back => state.step = state.step.back(),
        Action::Choose(c) => state.answers.choose(c),
        Action::OpenDanger => state.danger_open = true,
        Action::CloseDanger => state.danger_open = false,
        Action::StartAgain => return State::default(),
    }
    state
}
