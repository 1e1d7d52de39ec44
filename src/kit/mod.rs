//! Small pure helpers the parts share: UK time and "open now" ([`clock`]), where the visitor
//! lives and what follows from it ([`place`]), and the small ordered set answers and filters are
//! kept in ([`set`]). No browser, no Yew.

pub mod clock;
pub mod place;
pub mod set;

/// Declares an enum of plain variants together with `ALL`, every variant in the order written,
/// so the list is never kept by hand beside the enum (and no name strings reach the download).
macro_rules! listed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$variant_meta])* $variant, )*
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
        }
    };
}

pub(crate) use listed;
