//! The guidance part's words (its topics' words are the dataset's).

use crate::words::words;

words! {
    /// The guidance part.
    pub struct GuideWords in "guide" {
        /// The part's heading.
        title as "guide_title": &'static str = "Understanding stalking and harassment",
    }
}
