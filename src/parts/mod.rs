//! The parts of the widget, side by side: none imports another.

pub mod checker;
pub mod finder;
pub mod guidance;
pub mod record;
