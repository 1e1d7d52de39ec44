//! Days, months and the clock, in a language: the words every part writes a time or a date with
//! (see [`super::format`]).

use super::{words, Entry, Key, Visit};

/// How times of day are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// 9:30am, 4pm, midday, midnight.
    TwelveHour,
    /// 09:30, 16:00.
    TwentyFourHour,
}

/// A language's file says `12-hour` or `24-hour`.
impl Entry for Clock {
    fn visit<V: Visit, N: Key>(&mut self, key: N, v: &mut V) {
        let mut clock = if *self == Clock::TwelveHour { "12-hour" } else { "24-hour" };
        v.text(|| key().to_string(), &mut clock);
        *self = if clock == "24-hour" { Clock::TwentyFourHour } else { Clock::TwelveHour };
    }
}

words! {
    /// Days, months and times.
    pub struct TimeWords in "time" {
        /// Short weekday names, Monday first, for opening hours.
        weekdays_short as "time.weekday_short": [&'static str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        /// Weekday names, Monday first.
        weekdays as "time.weekday": [&'static str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        /// Month names, January first.
        months as "time.month": [&'static str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        /// A date: "{day} {month} {year}".
        date: &'static str = "{day} {month} {year}",
        /// How times are written.
        clock: Clock = Clock::TwelveHour,
        /// After a morning time (12-hour clock).
        am: &'static str = "am",
        /// After an afternoon time.
        pm: &'static str = "pm",
        /// 12:00 at night.
        midnight: &'static str = "midnight",
        /// 12:00 in the day.
        midday: &'static str = "midday",
    }
}
