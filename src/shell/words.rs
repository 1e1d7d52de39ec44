//! The words of the widget's frame: its heading and introduction, the emergency strip, the
//! static version's and the language switch's.

use crate::words::words;

words! {
    /// The widget's frame.
    pub struct WidgetWords in "widget" {
        /// The widget's heading.
        title: &'static str = "Help with stalking and harassment",
        /// The first words under the heading.
        intro: &'static str = "If someone keeps contacting, following or watching you, and it makes you feel scared or upset, \
            you don't have to deal with it alone. It is not your fault. You can talk to someone even if you \
            are not sure what is happening.",
        /// The disclosure about what leaving quickly does and does not do.
        leaving_safely: &'static str = "Leaving quickly and staying private",
        /// The link to the host's own online-safety page.
        host_safety_link: &'static str = "More about staying safe online",
        /// The emergency strip's 999 link.
        strip_999: &'static str = "In danger now? Call 999",
        /// The emergency strip's 101 link.
        strip_101: &'static str = "Not an emergency? Call 101",
        /// The emergency strip's note for people who cannot speak.
        strip_silent: &'static str = "Can't speak? Call 999. On a mobile, press 55 when asked.",
        /// The static version's heading above the main helplines.
        fallback_heading as "fallback_heading": &'static str = "Who can help",
        /// Said at the top of the static version when it stands in for a widget that failed.
        fallback_failed as "fallback_failed": &'static str = "Something went wrong, so this is a simpler version of this help. Exit this page, 999 and the \
        helplines below all still work.",
        /// The label of the language switch, where a host offers several.
        switch_label as "switch_label": &'static str = "Language",
    }
}
