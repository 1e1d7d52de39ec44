//! Checks for single facts: phone numbers, web and email addresses, dates and opening hours.
//!
//! These rules run at build time on the bundled dataset (build.rs includes this file) and at run
//! time on anything a host adds, so one number is judged the same way wherever it comes from.
//! Pure: no I/O, no browser, no allocation beyond the values returned.

/// A UK phone number as people read it and as a phone dials it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// Standard UK spacing, for example `0808 802 0300`.
    pub display: String,
    /// The `tel:` target, for example `tel:+448088020300`.
    pub href: String,
}

/// Which numbers a channel may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberUse {
    /// A line you call: full UK numbers and the short national ones (999, 101, 111, 116 xxx, 18000,
    /// and Childline's 0800 1111).
    Call,
    /// A line you text: full UK mobile numbers, 5- or 6-digit short codes, and 999 (emergencySMS,
    /// for a phone registered with it).
    Text,
}

/// Parses a UK phone number written with or without spaces, dashes, brackets or a `+44` prefix.
///
/// Refuses premium-rate numbers (09…): a helpline listed here must never cost a frightened
/// caller a premium rate.
pub fn uk_phone(input: &str, usage: NumberUse) -> Result<Phone, String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err("is empty".into());
    }
    if let Some(bad) = trimmed.chars().find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+'))) {
        return Err(format!("{trimmed:?} has a character a phone cannot dial: {bad:?}"));
    }
    let mut digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if trimmed.starts_with("+44") {
        // "+44 (0)808 …" is a common way of writing it: the bracketed 0 is not dialled.
        let national = digits[2..].strip_prefix('0').unwrap_or(&digits[2..]);
        digits = format!("0{national}");
    } else if trimmed.contains('+') {
        return Err(format!("{trimmed:?} is not a UK number (only +44 is accepted)"));
    }

    // Relay UK: 18001 in front of a number connects a textphone to a voice line.
    if let Some(rest) = digits.strip_prefix("18001").filter(|r| !r.is_empty()) {
        let inner = uk_phone(rest, usage)?;
        let inner_digits = inner.href.trim_start_matches("tel:").replace("+44", "0");
        return Ok(Phone { display: format!("18001 {}", inner.display), href: format!("tel:18001{inner_digits}") });
    }

    match (digits.as_str(), usage) {
        // 18000 is the emergency textphone line (the textphone form of 999).
        ("999" | "112" | "101" | "111" | "18000", NumberUse::Call) => {
            return Ok(Phone { display: digits.clone(), href: format!("tel:{digits}") });
        }
        // Childline's number is shorter than any other: a freephone line kept from 1986.
        ("08001111", NumberUse::Call) => {
            return Ok(Phone { display: "0800 1111".into(), href: "tel:+448001111".into() });
        }
        // emergencySMS: a phone registered for it texts 999 (deaf and speech-impaired people).
        ("999", NumberUse::Text) => return Ok(Phone { display: digits.clone(), href: "sms:999".into() }),
        (d, NumberUse::Call) if d.len() == 6 && d.starts_with("116") => {
            return Ok(Phone { display: format!("{} {}", &d[..3], &d[3..]), href: format!("tel:{d}") });
        }
        (d, NumberUse::Text) if (5..=6).contains(&d.len()) && matches!(d.as_bytes()[0], b'6'..=b'8') => {
            return Ok(Phone { display: d.to_string(), href: format!("sms:{d}") });
        }
        _ => {}
    }

    if !digits.starts_with('0') {
        return Err(format!("{trimmed:?} is not a UK number: it should start with 0 or +44"));
    }
    if digits.starts_with("09") {
        return Err(format!("{trimmed:?} is a premium-rate number"));
    }
    // A few older numbers are one digit short: some 01 area numbers and some 0800 freephone lines.
    let len_ok = digits.len() == 11 || (digits.len() == 10 && (digits.starts_with("01") || digits.starts_with("0800")));
    if !len_ok {
        return Err(format!("{trimmed:?} has {} digits; a UK number has 11", digits.len()));
    }
    if usage == NumberUse::Text && !digits.starts_with("07") {
        return Err(format!("{trimmed:?} cannot receive texts: use a mobile number (07…) or a short code"));
    }
    let display = spaced(&digits);
    let scheme = if usage == NumberUse::Text { "sms" } else { "tel" };
    Ok(Phone { display, href: format!("{scheme}:+44{}", &digits[1..]) })
}

/// Groups the digits the way UK numbers are usually printed (Ofcom's number formats).
fn spaced(d: &str) -> String {
    let b = d.as_bytes();
    let split = if d.starts_with("02") {
        [3, 7]
    } else if d.starts_with("01") && (b[2] == b'1' || b[3] == b'1') {
        [4, 7]
    } else if d.starts_with("01") || d.starts_with("07") {
        // 01xxx area codes, and mobiles: 07700 900123.
        [5, 5]
    } else {
        [4, 7]
    };
    let mut out = String::with_capacity(d.len() + 2);
    for (i, c) in d.chars().enumerate() {
        if split.contains(&i) && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// The longest web address accepted.
pub const MAX_ADDRESS: usize = 2000;

/// Checks a web address a person may be sent to.
///
/// Only absolute `https:` (or, where `allow_http` is set, `http:`) addresses with a real host
/// pass: anything else could run script (`javascript:`), show attacker content (`data:`) or land
/// somewhere unexpected (relative paths, a user name that disguises the host). The rule is
/// written to be simple enough to keep exactly the same in the quick exit's JavaScript
/// (`checkAddress` in src/exit/quick-exit.js): both are tested against one list of cases,
/// `src/exit/cases/exit-addresses.json`, so the exit link and the Shift shortcut always agree.
/// Surrounding spaces are the caller's to trim; the address is used as written.
pub fn web_url(input: &str, allow_http: bool) -> Result<(), String> {
    if input.is_empty() {
        return Err("it is empty".into());
    }
    if input.len() > MAX_ADDRESS {
        return Err(format!("it is longer than {MAX_ADDRESS} characters"));
    }
    let lower = input.to_ascii_lowercase();
    let rest = match (lower.strip_prefix("https://"), lower.strip_prefix("http://")) {
        (Some(rest), _) => rest,
        (None, Some(rest)) if allow_http => rest,
        _ if allow_http => return Err(format!("{input:?} is not an absolute http: or https: address")),
        _ => {
            return Err(format!(
                "{input:?} is not an https: address; it is not an absolute address a visitor can trust"
            ))
        }
    };
    if let Some(bad) = input
        .chars()
        .find(|c| !c.is_ascii_graphic() || matches!(c, '"' | '<' | '>' | '`' | '\\' | '{' | '}' | '|' | '^'))
    {
        let hint = if bad.is_ascii() { "" } else { " (write a name like bücher.example in its xn-- form)" };
        return Err(format!("{input:?} contains a character not allowed in an address: {bad:?}{hint}"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(format!("{input:?} carries a user name, which can disguise where it goes"));
    }
    if authority.contains(['[', ']']) {
        return Err(format!("{input:?} has no valid host name (write a name, not an IPv6 address)"));
    }
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if let Some(port) = port {
        let number = port
            .parse::<u32>()
            .ok()
            .filter(|_| (1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit()));
        if !number.is_some_and(|n| (1..=65_535).contains(&n)) {
            return Err(format!("{input:?} has a port that is not a number from 1 to 65535"));
        }
    }
    let label_ok = |l: &str| {
        (1..=63).contains(&l.len())
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if host.len() > 253 || !host.split('.').all(label_ok) || (!host.contains('.') && host != "localhost") {
        return Err(format!("{input:?} has no valid host name"));
    }
    Ok(())
}

/// The site a web address is on, as a person would say it: the host name without `www.`.
pub fn site_name(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// A text-message link with the keyword already typed in, if there is one. "?&body=" is the form
/// both iOS and Android read. The keyword must be letters and digits only.
pub fn sms_href(href: &str, keyword: Option<&str>) -> Result<String, String> {
    match keyword {
        None => Ok(href.to_string()),
        Some(word) if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric()) => {
            Ok(format!("{href}?&body={word}"))
        }
        Some(_) => Err("must be letters and digits only".into()),
    }
}

/// Checks an email address closely enough to catch typos (one `@`, a dotted domain, no spaces).
pub fn email(input: &str) -> Result<(), String> {
    let mut parts = input.split('@');
    let (local, domain) = match (parts.next(), parts.next(), parts.next()) {
        (Some(l), Some(d), None) => (l, d),
        _ => return Err(format!("{input:?} is not an email address (it needs exactly one @)")),
    };
    let local_ok = !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
    let domain_ok = domain.contains('.')
        && domain.split('.').all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if local_ok && domain_ok {
        Ok(())
    } else {
        Err(format!("{input:?} is not a valid email address"))
    }
}

/// A calendar date, as recorded for "last checked".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Ymd {
    /// Builds a date, refusing ones the calendar does not have.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Ymd, String> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("month {month} does not exist")),
        };
        if day == 0 || day > days_in_month {
            return Err(format!("{year:04}-{month:02}-{day:02} is not a real date"));
        }
        Ok(Ymd { year, month, day })
    }

    /// The civil date of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Ymd {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Ymd { year, month, day }
    }
}

impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Opening hours as written in the data file, once understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedHours {
    /// Open all day, every day.
    Always,
    /// No current source confirms the hours: the widget must not guess.
    NotConfirmed,
    /// Weekly opening slots.
    Weekly(Vec<ParsedSlot>),
}

/// One weekly opening: the days it starts on, and local (UK) opening and closing minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedSlot {
    /// Bit 0 = Monday … bit 6 = Sunday.
    pub days: u8,
    /// Minutes after local midnight when it opens.
    pub open: u16,
    /// Minutes after local midnight when it closes; less than `open` when it runs past midnight.
    pub close: u16,
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses `"24/7"`, `"not confirmed"`, or lines such as `"Mon-Fri 09:30-16:00"`.
///
/// Overlapping slots are refused: they usually mean a typo, and "open now" must be unambiguous.
pub fn hours(lines: &[String]) -> Result<ParsedHours, String> {
    match lines {
        [] => return Err("is empty: write \"24/7\", \"not confirmed\" or lines like \"Mon-Fri 09:00-17:00\"".into()),
        [one] if one.trim() == "24/7" => return Ok(ParsedHours::Always),
        [one] if one.trim().eq_ignore_ascii_case("not confirmed") => return Ok(ParsedHours::NotConfirmed),
        _ => {}
    }
    let mut slots = Vec::new();
    for line in lines {
        let (days, times) =
            line.trim().split_once(' ').ok_or_else(|| format!("{line:?} should look like \"Mon-Fri 09:00-17:00\""))?;
        let days = day_set(days).map_err(|e| format!("{line:?}: {e}"))?;
        let (open, close) =
            times.trim().split_once('-').ok_or_else(|| format!("{line:?}: the times should look like 09:00-17:00"))?;
        let open = clock(open).map_err(|e| format!("{line:?}: {e}"))?;
        let close = clock(close).map_err(|e| format!("{line:?}: {e}"))?;
        if open == close || open == 1440 {
            return Err(format!("{line:?}: opening and closing times must differ and open before 24:00"));
        }
        slots.push(ParsedSlot { days, open, close: if close == 1440 { 0 } else { close } });
    }
    let week = 7 * 1440u32;
    let spans: Vec<(u32, u32, usize)> = slots
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            (0..7u32).filter(move |d| s.days & (1 << d) != 0).map(move |d| {
                let start = d * 1440 + u32::from(s.open);
                let len = (u32::from(s.close) + 1440 - u32::from(s.open)) % 1440;
                let len = if len == 0 { 1440 } else { len };
                (start, start + len, i)
            })
        })
        .collect();
    for (a, &(s1, e1, i)) in spans.iter().enumerate() {
        for &(s2, e2, j) in &spans[a + 1..] {
            // Compare on the weekly circle: shift the second span by a week either way.
            let overlaps = [0i64, -(week as i64), week as i64].iter().any(|&k| {
                let (s2, e2) = (s2 as i64 + k, e2 as i64 + k);
                (s1 as i64) < e2 && s2 < e1 as i64
            });
            if overlaps {
                let which =
                    if i == j { format!("{:?}", lines[i]) } else { format!("{:?} and {:?}", lines[i], lines[j]) };
                return Err(format!("{which} overlap"));
            }
        }
    }
    Ok(ParsedHours::Weekly(slots))
}

fn day_set(spec: &str) -> Result<u8, String> {
    let index = |name: &str| {
        DAY_NAMES
            .iter()
            .position(|d| name.eq_ignore_ascii_case(d))
            .ok_or_else(|| format!("{name:?} is not a day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)"))
    };
    let mut bits = 0u8;
    for part in spec.split(',') {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (index(from)?, index(to)?);
                if from > to {
                    return Err(format!("{part:?} runs backwards; write the earlier day first"));
                }
                (from..=to).for_each(|d| bits |= 1 << d);
            }
            None => bits |= 1 << index(part)?,
        }
    }
    Ok(bits)
}

fn clock(text: &str) -> Result<u16, String> {
    let bad = || format!("{text:?} is not a 24-hour time like 09:30");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if (h == 24 && m == 0) || (h < 24 && m < 60) {
        Ok(h * 60 + m)
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(s: &str) -> Result<Phone, String> {
        uk_phone(s, NumberUse::Call)
    }

    #[test]
    fn freephone_numbers_are_spaced_and_dialable() {
        let p = call("0808 802 0300").unwrap();
        assert_eq!(p.display, "0808 802 0300");
        assert_eq!(p.href, "tel:+448088020300");
        assert_eq!(call("08081689111").unwrap().display, "0808 168 9111");
        assert_eq!(call("+44 (0)808 802 0300").unwrap().display, "0808 802 0300");
    }

    #[test]
    fn plus_44_and_punctuation_are_normalised() {
        assert_eq!(call("+44 20 3866 4107").unwrap().display, "020 3866 4107");
        assert_eq!(call("020-3866-4107").unwrap().href, "tel:+442038664107");
    }

    #[test]
    fn geographic_numbers_follow_their_area_code_length() {
        assert_eq!(call("01708 765200").unwrap().display, "01708 765200");
        assert_eq!(call("0161 123 4567").unwrap().display, "0161 123 4567");
        assert_eq!(call("0300 303 0554").unwrap().display, "0300 303 0554");
        assert_eq!(call("0800 555 111").unwrap().href, "tel:+44800555111");
        assert!(call("0808 555 111").is_err(), "only 0800 has ten-digit freephone numbers");
    }

    #[test]
    fn short_national_numbers_dial_as_they_are() {
        assert_eq!(call("999").unwrap().href, "tel:999");
        assert_eq!(call("101").unwrap().display, "101");
        assert_eq!(call("116 123").unwrap().href, "tel:116123");
        assert_eq!(call("18001 101").unwrap().href, "tel:18001101");
        assert_eq!(call("18000").unwrap().href, "tel:18000");
        assert_eq!(call("0800 1111").unwrap().href, "tel:+448001111", "Childline");
        assert!(call("0800 1112").is_err(), "no other eight-digit number exists");
    }

    #[test]
    fn bad_numbers_are_refused_with_a_reason() {
        assert!(call("0808 802 030").unwrap_err().contains("10 digits"));
        assert!(call("0909 123 4567").unwrap_err().contains("premium"));
        assert!(call("+1 555 123 4567").unwrap_err().contains("not a UK number"));
        assert!(call("0808 802 O300").unwrap_err().contains("character"));
        assert!(call("").is_err());
        assert!(call("85258").is_err(), "a short code is for texting, not calling");
        assert_eq!(uk_phone("999", NumberUse::Text).unwrap().href, "sms:999", "emergencySMS");
        assert!(uk_phone("101", NumberUse::Text).is_err(), "101 takes no texts");
    }

    #[test]
    fn text_lines_take_short_codes_and_mobiles_only() {
        assert_eq!(uk_phone("85258", NumberUse::Text).unwrap().href, "sms:85258");
        assert_eq!(uk_phone("07700 900123", NumberUse::Text).unwrap().href, "sms:+447700900123");
        assert_eq!(uk_phone("07797805839", NumberUse::Text).unwrap().display, "07797 805839", "mobiles group 5 and 6");
        assert!(uk_phone("0808 802 0300", NumberUse::Text).is_err());
    }

    #[test]
    fn web_addresses_must_be_absolute_https() {
        assert!(web_url("https://www.victimsupport.org.uk/", false).is_ok());
        assert!(web_url("https://www.bbc.co.uk/weather?x=1#y", false).is_ok());
        for bad in [
            "http://example.org/",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,hi",
            "/relative",
            "//example.org",
            "https://",
            "https://exa mple.org",
            "https://user@evil.example/",
            "https://nodot/",
            "https://a..b/",
            "https://exa_mple.org/",
            "https://bücher.example/",
        ] {
            assert!(web_url(bad, false).is_err(), "{bad} should be refused");
        }
        assert!(web_url("http://example.org/", true).is_ok());
        assert!(web_url("javascript:alert(1)", true).is_err());
    }

    /// The one list of exit-address cases, shared with the quick exit's own tests.
    #[test]
    fn the_shared_address_cases_are_judged_as_listed() {
        #[derive(serde::Deserialize)]
        struct Case {
            address: String,
            accepted: bool,
            #[serde(default)]
            reason: String,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            cases: Vec<Case>,
        }
        let list: Cases = serde_json::from_str(include_str!("../exit/cases/exit-addresses.json")).unwrap();
        assert!(list.cases.len() > 30);
        for case in list.cases {
            let got = web_url(case.address.trim(), true);
            assert_eq!(got.is_ok(), case.accepted, "{:?}: {got:?}", case.address);
            if let Err(e) = got {
                assert!(e.contains(&case.reason), "{:?}: {e:?} does not say {:?}", case.address, case.reason);
            }
        }
        assert!(web_url(&format!("https://example.org/{}", "a".repeat(MAX_ADDRESS)), true)
            .unwrap_err()
            .contains("longer"));
    }

    #[test]
    fn site_names_and_text_links() {
        assert_eq!(site_name("https://www.suzylamplugh.org/stalking-help-and-advice"), "suzylamplugh.org");
        assert_eq!(site_name("https://revengepornhelpline.org.uk/"), "revengepornhelpline.org.uk");
        assert_eq!(site_name("https://example.org:8443/x"), "example.org");
        assert_eq!(sms_href("sms:85258", Some("THEMIX")).unwrap(), "sms:85258?&body=THEMIX");
        assert_eq!(sms_href("sms:85258", None).unwrap(), "sms:85258");
        assert!(sms_href("sms:85258", Some("HI <b>")).is_err());
        assert!(sms_href("sms:85258", Some("")).is_err());
    }

    #[test]
    fn email_addresses_catch_typos() {
        assert!(email("help@revengepornhelpline.org.uk").is_ok());
        for bad in ["help", "help@", "@x.org", "a@b", "a b@c.org", "a@@b.org", "a@b@c.org"] {
            assert!(email(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn dates_are_real_and_convert_from_unix_days() {
        assert!(Ymd::new(2024, 2, 29).is_ok());
        assert!(Ymd::new(2026, 2, 29).is_err());
        assert!(Ymd::new(2026, 13, 1).is_err());
        assert_eq!(Ymd::from_unix_days(0), Ymd::new(1970, 1, 1).unwrap());
        assert_eq!(Ymd::from_unix_days(20_413), Ymd::new(2025, 11, 21).unwrap());
        assert_eq!(Ymd::new(2026, 3, 9).unwrap().to_string(), "2026-03-09");
    }

    fn h(lines: &[&str]) -> Result<ParsedHours, String> {
        hours(&lines.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn hours_parse_weekly_slots() {
        assert_eq!(h(&["24/7"]), Ok(ParsedHours::Always));
        assert_eq!(h(&["Not confirmed"]), Ok(ParsedHours::NotConfirmed));
        let ParsedHours::Weekly(slots) = h(&["Mon-Tue,Thu-Fri 09:30-16:00", "Wed 13:00-16:00"]).unwrap() else {
            panic!("weekly expected")
        };
        assert_eq!(slots[0], ParsedSlot { days: 0b11011, open: 570, close: 960 });
        assert_eq!(slots[1].days, 0b100);
    }

    #[test]
    fn hours_may_cross_midnight_and_close_at_24_00() {
        let ParsedHours::Weekly(slots) = h(&["Fri-Sat 20:00-02:00", "Sun 10:00-24:00"]).unwrap() else {
            panic!("weekly expected")
        };
        assert_eq!(slots[0].close, 120);
        assert_eq!(slots[1].close, 0);
    }

    #[test]
    fn bad_or_overlapping_hours_are_refused() {
        assert!(h(&[]).is_err());
        assert!(h(&["Mon-Fri"]).unwrap_err().contains("should look like"));
        assert!(h(&["Mon-Fri 9:30-16:00"]).unwrap_err().contains("24-hour"));
        assert!(h(&["Fri-Mon 09:00-17:00"]).unwrap_err().contains("backwards"));
        assert!(h(&["Funday 09:00-17:00"]).unwrap_err().contains("not a day"));
        assert!(h(&["Mon 10:00-10:00"]).is_err());
        assert!(h(&["Mon-Fri 09:00-17:00", "Wed 16:00-18:00"]).unwrap_err().contains("overlap"));
        assert!(h(&["Sun 22:00-02:00", "Mon 01:00-03:00"]).unwrap_err().contains("overlap"));
        assert!(h(&["Mon 09:00-12:00", "Mon 12:00-14:00"]).is_ok(), "touching is not overlapping");
    }
}
