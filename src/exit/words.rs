//! The quick exit's words. The quick exit's script (quick-exit.js) carries them too, filled in
//! when the widget is packaged, so the loader, the static version and the widget all say the
//! same; a host re-words each with `data-i18n.KEY`.

use crate::words::words;

words! {
    /// The quick exit's words.
    pub struct ExitWords in "exit" {
        /// The exit link's text (its accessible name must contain "Exit").
        label: &'static str = "Exit this page",
        /// Under the link: the keyboard shortcut, and when it does not count.
        hint: &'static str = "Or press either Shift key 3 times, when you are not typing in a box.",
        /// Announced after a counted Shift press when one more is needed.
        count_one: &'static str = "Shift, press 1 more time to exit",
        /// Announced when `{n}` more are needed.
        count_other: &'static str = "Shift, press {n} more times to exit",
        /// Announced on the last press, as the page is left.
        leaving: &'static str = "Exiting page",
        /// The one neutral word on the cover shown while leaving.
        cover: &'static str = "Loading",
        /// Instead of `hint` where the widget is inside a frame (the framed version): the shortcut
        /// works only while the frame has focus.
        hint_framed: &'static str = "Or press either Shift key 3 times, after you tap or click in this box and when you are not typing.",
        /// Shown on the cover when a frame was not allowed to leave the whole page (a sandbox
        /// without top navigation): what to do instead.
        blocked: &'static str = "This box could not close the page around it. To leave, close this tab or window now.",
    }
}

impl ExitWords {
    /// Each text by the key a host re-words it with (`data-i18n.KEY`), as the quick exit's
    /// script names them.
    pub fn by_key(&self) -> [(&'static str, &'static str); 8] {
        [
            ("exit-label", self.label),
            ("exit-hint", self.hint),
            ("exit-count-one", self.count_one),
            ("exit-count-other", self.count_other),
            ("exit-leaving", self.leaving),
            ("exit-cover", self.cover),
            ("exit-hint-framed", self.hint_framed),
            ("exit-blocked", self.blocked),
        ]
    }

    /// The text a host re-words with `data-i18n.KEY`.
    pub fn by_key_mut(&mut self, key: &str) -> Option<&mut &'static str> {
        Some(match key {
            "exit-label" => &mut self.label,
            "exit-hint" => &mut self.hint,
            "exit-count-one" => &mut self.count_one,
            "exit-count-other" => &mut self.count_other,
            "exit-leaving" => &mut self.leaving,
            "exit-cover" => &mut self.cover,
            "exit-hint-framed" => &mut self.hint_framed,
            "exit-blocked" => &mut self.blocked,
            _ => return None,
        })
    }
}
