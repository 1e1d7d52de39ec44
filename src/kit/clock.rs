//! UK local time from a UTC instant, and whether a line is open at that moment.
//!
//! Opening hours in the dataset are UK local times. The device clock gives a UTC instant (and a
//! visitor's device may not be set to UK time at all), so this module converts it itself:
//! GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
//! Sunday of October. Pure: the caller passes the instant in; nothing here reads a clock.

use crate::data::validate::Ymd;
use crate::data::Hours;

/// A moment as a UK wall clock shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UkTime {
    /// The local date.
    pub date: Ymd,
    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Minutes after local midnight.
    pub minute: u16,
    /// Whether British Summer Time is in force.
    pub bst: bool,
}

/// What a line's hours mean at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Always open.
    Always,
    /// No current source confirms the hours: the visitor is told to check the website.
    NotConfirmed,
    /// Open now, closing at `closes` (local minutes after midnight) on the day `days_ahead` from today.
    OpenUntil {
        /// Closing time, local minutes after midnight.
        closes: u16,
        /// 0 when it closes today, 1 when it closes after midnight.
        days_ahead: u8,
    },
    /// Closed now; opens on `weekday` (0 = Monday) at `opens`, `days_ahead` days from today.
    OpensAt {
        /// Day of the week it opens.
        weekday: u8,
        /// Opening time, local minutes after midnight.
        opens: u16,
        /// 0 = later today, 1 = tomorrow, …
        days_ahead: u8,
    },
    /// Closed, and no opening found in the next fortnight (for example a long holiday closure).
    Closed,
}

impl Ymd {
    /// Days since 1970-01-01 (the inverse of [`Ymd::from_unix_days`]).
    pub fn to_unix_days(self) -> i64 {
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.to_unix_days() + 3).rem_euclid(7) as u8
    }

    /// The date `n` days later.
    pub fn plus_days(self, n: i64) -> Ymd {
        Ymd::from_unix_days(self.to_unix_days() + n)
    }
}

/// The last Sunday of a month, as days since the epoch.
fn last_sunday(year: u16, month: u8) -> i64 {
    let last = match month {
        3 | 10 => 31,
        _ => unreachable!("only used for March and October"),
    };
    let day = Ymd { year, month, day: last };
    day.to_unix_days() - i64::from((day.weekday() + 1) % 7)
}

/// Whether BST is in force at this UTC instant (seconds since the epoch).
pub fn is_bst(unix_seconds: i64) -> bool {
    let year = Ymd::from_unix_days(unix_seconds.div_euclid(86_400)).year;
    let starts = last_sunday(year, 3) * 86_400 + 3_600;
    let ends = last_sunday(year, 10) * 86_400 + 3_600;
    (starts..ends).contains(&unix_seconds)
}

/// The UK wall-clock time at a UTC instant (seconds since the epoch).
pub fn uk_time(unix_seconds: i64) -> UkTime {
    let bst = is_bst(unix_seconds);
    let local = unix_seconds + if bst { 3_600 } else { 0 };
    let date = Ymd::from_unix_days(local.div_euclid(86_400));
    UkTime { date, weekday: date.weekday(), minute: (local.rem_euclid(86_400) / 60) as u16, bst }
}

/// Whether a line with these hours is open at `now`, and if not, when it next opens.
/// `holidays` are the bank holidays of the calendar the service follows, in date order.
///
/// For a line that closes on bank holidays, a day in a year the calendar does not list is never
/// guessed at: the answer is [`OpenState::NotConfirmed`] (check their website), not "open".
pub fn open_state(hours: &Hours, holidays: &[Ymd], now: UkTime) -> OpenState {
    let (slots, closed_on_holidays) = match hours {
        Hours::Always => return OpenState::Always,
        Hours::NotConfirmed => return OpenState::NotConfirmed,
        Hours::Weekly { slots, closed_on_bank_holidays } => (*slots, *closed_on_bank_holidays),
    };
    let listed_until = holidays.last().map_or(0, |d| d.year);
    let known = |date: Ymd| !closed_on_holidays || date.year <= listed_until;
    if !known(now.date) {
        return OpenState::NotConfirmed;
    }
    let runs_on = |date: Ymd| !(closed_on_holidays && holidays.contains(&date));

    // A slot that started yesterday and runs past midnight.
    let yesterday = now.date.plus_days(-1);
    for s in slots {
        let crosses = s.close <= s.open;
        if crosses && s.days & (1 << yesterday.weekday()) != 0 && runs_on(yesterday) && now.minute < s.close {
            return OpenState::OpenUntil { closes: s.close, days_ahead: 0 };
        }
    }
    // A slot that started today.
    if runs_on(now.date) {
        for s in slots.iter().filter(|s| s.days & (1 << now.weekday) != 0) {
            let crosses = s.close <= s.open;
            if now.minute >= s.open && (crosses || now.minute < s.close) {
                return OpenState::OpenUntil { closes: s.close, days_ahead: u8::from(crosses) };
            }
        }
    }
    // The next opening within a fortnight.
    for ahead in 0..=14u8 {
        let date = now.date.plus_days(i64::from(ahead));
        if !known(date) {
            return OpenState::NotConfirmed;
        }
        if !runs_on(date) {
            continue;
        }
        let weekday = date.weekday();
        let next = slots
            .iter()
            .filter(|s| s.days & (1 << weekday) != 0 && (ahead > 0 || s.open > now.minute))
            .map(|s| s.open)
            .min();
        if let Some(opens) = next {
            return OpenState::OpensAt { weekday, opens, days_ahead: ahead };
        }
    }
    OpenState::Closed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Slot;

    fn utc(y: u16, mo: u8, d: u8, h: i64, mi: i64) -> i64 {
        Ymd::new(y, mo, d).unwrap().to_unix_days() * 86_400 + h * 3_600 + mi * 60
    }

    fn ymd(y: u16, m: u8, d: u8) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        for days in [-1, 0, 59, 11_016, 20_413, 20_778, 40_000] {
            assert_eq!(Ymd::from_unix_days(days).to_unix_days(), days);
        }
        assert_eq!(ymd(2026, 11, 21).weekday(), 5, "a Saturday");
        assert_eq!(ymd(2026, 1, 1).weekday(), 3, "a Thursday");
        assert_eq!(ymd(2028, 2, 29).plus_days(1), ymd(2028, 3, 1));
    }

    #[test]
    fn bst_starts_at_one_utc_on_the_last_sunday_of_march() {
        // 2026: last Sunday of March is the 29th.
        assert!(!is_bst(utc(2026, 3, 29, 0, 59)));
        assert!(is_bst(utc(2026, 3, 29, 1, 0)));
        let before = uk_time(utc(2026, 3, 29, 0, 59));
        let after = uk_time(utc(2026, 3, 29, 1, 0));
        assert_eq!((before.minute, before.bst), (59, false), "00:59 GMT");
        assert_eq!((after.minute, after.bst), (120, true), "the clocks jump to 02:00 BST");
    }

    #[test]
    fn bst_ends_at_one_utc_on_the_last_sunday_of_october() {
        // 2026: last Sunday of October is the 25th.
        let before = uk_time(utc(2026, 10, 25, 0, 59));
        let after = uk_time(utc(2026, 10, 25, 1, 0));
        assert_eq!((before.minute, before.bst), (119, true), "01:59 BST");
        assert_eq!((after.minute, after.bst), (60, false), "back to 01:00 GMT");
        assert!(is_bst(utc(2027, 7, 1, 12, 0)) && !is_bst(utc(2027, 12, 1, 12, 0)));
        assert!(!is_bst(utc(2027, 10, 31, 1, 0)) && is_bst(utc(2027, 10, 31, 0, 59)));
    }

    #[test]
    fn local_time_crosses_midnight_in_summer() {
        let t = uk_time(utc(2026, 6, 30, 23, 30));
        assert_eq!(t.date, ymd(2026, 7, 1));
        assert_eq!(t.minute, 30);
        assert_eq!(t.weekday, 2, "a Wednesday");
    }

    static WEEKDAYS: [Slot; 1] = [Slot { days: 0b0011111, open: 600, close: 960 }];
    /// A calendar that lists 2026 (and so covers the test dates) with no holiday near them.
    const LISTED_2026: &[Ymd] = &[Ymd { year: 2026, month: 1, day: 1 }];
    const OFFICE: Hours = Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: true };

    fn at(y: u16, mo: u8, d: u8, h: i64, mi: i64) -> UkTime {
        // Winter dates: UK time equals UTC.
        uk_time(utc(y, mo, d, h, mi))
    }

    #[test]
    fn open_now_and_closing_time() {
        assert_eq!(
            open_state(&OFFICE, LISTED_2026, at(2026, 11, 19, 11, 0)),
            OpenState::OpenUntil { closes: 960, days_ahead: 0 }
        );
        assert_eq!(
            open_state(&OFFICE, LISTED_2026, at(2026, 11, 19, 16, 0)),
            OpenState::OpensAt { weekday: 4, opens: 600, days_ahead: 1 },
            "closes at 16:00 sharp"
        );
        assert_eq!(
            open_state(&OFFICE, LISTED_2026, at(2026, 11, 19, 9, 59)),
            OpenState::OpensAt { weekday: 3, opens: 600, days_ahead: 0 }
        );
    }

    #[test]
    fn weekends_roll_over_to_monday() {
        assert_eq!(
            open_state(&OFFICE, LISTED_2026, at(2026, 11, 21, 12, 0)),
            OpenState::OpensAt { weekday: 0, opens: 600, days_ahead: 2 }
        );
    }

    #[test]
    fn bank_holidays_close_lines_that_close_on_them() {
        let holidays = [ymd(2026, 12, 25), ymd(2026, 12, 28)];
        // Christmas Day 2026 is a Friday; Boxing Day's substitute is Monday 28th.
        assert_eq!(
            open_state(&OFFICE, &holidays, at(2026, 12, 25, 12, 0)),
            OpenState::OpensAt { weekday: 1, opens: 600, days_ahead: 4 }
        );
        let open_anyway = Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: false };
        assert!(matches!(open_state(&open_anyway, &holidays, at(2026, 12, 25, 12, 0)), OpenState::OpenUntil { .. }));
    }

    static LATE: [Slot; 1] = [Slot { days: 0b0010000, open: 20 * 60, close: 2 * 60 }];

    #[test]
    fn hours_that_cross_midnight() {
        let late = Hours::Weekly { slots: &LATE, closed_on_bank_holidays: false };
        // Friday 20:00 to Saturday 02:00.
        assert_eq!(
            open_state(&late, &[], at(2026, 11, 20, 23, 0)),
            OpenState::OpenUntil { closes: 120, days_ahead: 1 }
        );
        assert_eq!(
            open_state(&late, &[], at(2026, 11, 21, 1, 30)),
            OpenState::OpenUntil { closes: 120, days_ahead: 0 }
        );
        assert_eq!(
            open_state(&late, &[], at(2026, 11, 21, 2, 0)),
            OpenState::OpensAt { weekday: 4, opens: 1200, days_ahead: 6 }
        );
    }

    #[test]
    fn summer_hours_are_read_in_bst() {
        // 09:30 UTC on a July Thursday is 10:30 BST: the office is open.
        let now = uk_time(utc(2026, 7, 2, 9, 30));
        assert!(matches!(open_state(&OFFICE, LISTED_2026, now), OpenState::OpenUntil { closes: 960, .. }));
        // 15:30 UTC is 16:30 BST: closed.
        let now = uk_time(utc(2026, 7, 2, 15, 30));
        assert!(matches!(open_state(&OFFICE, LISTED_2026, now), OpenState::OpensAt { days_ahead: 1, .. }));
    }

    #[test]
    fn past_the_listed_bank_holidays_a_line_that_closes_on_them_is_not_guessed() {
        // The calendar lists up to 2026: on a 2027 weekday the office may be shut for a holiday
        // nobody has listed, so the card sends the visitor to the website instead.
        assert_eq!(open_state(&OFFICE, LISTED_2026, at(2027, 1, 6, 11, 0)), OpenState::NotConfirmed);
        assert_eq!(open_state(&OFFICE, &[], at(2026, 11, 19, 11, 0)), OpenState::NotConfirmed, "no calendar at all");
        // Late on the last listed day, the next opening would fall in an unlisted year.
        assert_eq!(open_state(&OFFICE, LISTED_2026, at(2026, 12, 31, 17, 0)), OpenState::NotConfirmed);
        // Still open now on a listed day, even if the next opening is unknown.
        assert!(matches!(open_state(&OFFICE, LISTED_2026, at(2026, 12, 31, 11, 0)), OpenState::OpenUntil { .. }));
        // A line that opens on bank holidays needs no calendar.
        let open_anyway = Hours::Weekly { slots: &WEEKDAYS, closed_on_bank_holidays: false };
        assert!(matches!(open_state(&open_anyway, &[], at(2031, 1, 8, 11, 0)), OpenState::OpenUntil { .. }));
    }

    #[test]
    fn always_and_unconfirmed_need_no_clock() {
        let now = at(2026, 11, 21, 3, 0);
        assert_eq!(open_state(&Hours::Always, &[], now), OpenState::Always);
        assert_eq!(open_state(&Hours::NotConfirmed, &[], now), OpenState::NotConfirmed);
    }

    #[test]
    fn a_line_with_no_slot_in_reach_says_closed() {
        static NONE: [Slot; 1] = [Slot { days: 0, open: 600, close: 700 }];
        let never = Hours::Weekly { slots: &NONE, closed_on_bank_holidays: false };
        assert_eq!(open_state(&never, &[], at(2026, 11, 21, 3, 0)), OpenState::Closed);
    }
}
