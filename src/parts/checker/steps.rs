//! The pages of the self-check and how a person moves between them: a pure reducer from what
//! they did ([`Action`]) to where they are and what they have answered ([`State`]).

use super::{Answers, Choice, Path};

/// The pages of the self-check, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Step {
    Start,
    /// Helping as part of a job: where they work.
    Role,
    WhatHappened,
    HowOften,
    WhatItIsLike,
    Who,
    Feelings,
    Safety,
    AboutYou,
    /// The one page for someone worried about their own behaviour.
    OwnBehaviour,
    Result,
}

impl Step {
    /// The question pages for someone it is happening to, or someone helping them, in order (not
    /// the start or the result). Which questions each asks is in [`super::QUESTIONS`].
    pub const PAGES: [Step; 7] = [
        Step::WhatHappened,
        Step::HowOften,
        Step::WhatItIsLike,
        Step::Who,
        Step::Feelings,
        Step::Safety,
        Step::AboutYou,
    ];

    /// The question pages for someone worried about their own behaviour: short on purpose.
    pub const OWN_PAGES: [Step; 1] = [Step::OwnBehaviour];

    /// The question pages for someone helping as part of their job: their role, then the same
    /// questions as everyone else's, with how to ask each and what the answers mean.
    pub const PRO_PAGES: [Step; 8] = {
        let mut pages = [Step::Role; 8];
        let mut i = 0;
        while i < Step::PAGES.len() {
            pages[i + 1] = Step::PAGES[i];
            i += 1;
        }
        pages
    };

    /// The question pages of a path.
    pub fn pages(path: Path) -> &'static [Step] {
        match path {
            Path::OwnBehaviour => &Step::OWN_PAGES,
            Path::Professional => &Step::PRO_PAGES,
            Path::Me | Path::SomeoneElse => &Step::PAGES,
        }
    }

    /// The place of a question page on a path, counting from 1, and how many pages the path
    /// has ("Step 2 of 7").
    pub fn number(self, path: Path) -> Option<(usize, usize)> {
        let pages = Step::pages(path);
        pages.iter().position(|s| *s == self).map(|i| (i + 1, pages.len()))
    }

    /// Whether this is the last question page of a path (its button leads to the result).
    pub fn is_last_page(self, path: Path) -> bool {
        self.number(path).is_some_and(|(n, total)| n == total)
    }

    /// Whether this page also asks where the person lives (the last page of the longer paths).
    pub fn asks_place(self) -> bool {
        Step::PAGES.last() == Some(&self)
    }

    fn next(self, path: Path) -> Step {
        let pages = Step::pages(path);
        match (self, self.number(path)) {
            (Step::Start, _) => pages[0],
            (_, Some((n, _))) => pages.get(n).copied().unwrap_or(Step::Result),
            _ => Step::Result,
        }
    }

    fn back(self, path: Path) -> Step {
        let pages = Step::pages(path);
        match (self, self.number(path)) {
            (Step::Result, _) => pages[pages.len() - 1],
            (_, Some((n, _))) if n >= 2 => pages[n - 2],
            _ => Step::Start,
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
    /// Begin: for themselves, for someone else, about their own behaviour, or as part of a job.
    Begin(Path),
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
        Action::Begin(path) => {
            state.answers.path = path;
            state.step = Step::pages(path)[0];
        }
        Action::Next | Action::Skip => state.step = state.step.next(state.answers.path),
        Action::Back => state.step = state.step.back(state.answers.path),
        Action::Choose(c) => state.answers.choose(c),
        Action::OpenDanger => state.danger_open = true,
        Action::CloseDanger => state.danger_open = false,
        Action::StartAgain => return State::default(),
    }
    state
}
