//! Small pure helpers the parts share: UK time and "open now" ([`clock`]), where the visitor
//! lives and what follows from it ([`place`]), and the small ordered set answers and filters are
//! kept in ([`set`]). No browser, no Yew.

pub mod clock;
pub mod place;
pub mod set;
