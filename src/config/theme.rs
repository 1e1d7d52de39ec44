//! The host's colours, checked so text stays readable: an accent that would leave text hard to
//! read against white is not used, and the console says why. Pure.

/// An sRGB colour written as `#rgb`, `#rrggbb` or `rgb(r, g, b)` (as browsers report them).
pub fn parse_colour(text: &str) -> Option<(u8, u8, u8)> {
    let t = text.trim().to_ascii_lowercase();
    if let Some(hex) = t.strip_prefix('#') {
        let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some((r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some((r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        };
    }
    let inner = t.strip_prefix("rgb(").or_else(|| t.strip_prefix("rgba("))?.strip_suffix(')')?;
    let parts: Vec<u8> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some((*r, *g, *b)),
        _ => None,
    }
}

/// The WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Checks a host's accent colour: text and buttons in it sit on white, so it needs at least
/// 4.5:1 against white (WCAG AA for text). `None` means it may be used.
pub fn accent_problem(value: &str) -> Option<String> {
    let Some(colour) = parse_colour(value) else {
        return Some("it is not a colour the widget can check (use #rrggbb); the widget's own colour is used".into());
    };
    let ratio = contrast(colour, (255, 255, 255));
    // Tenths, rounded down (so 4.46 never reads as 4.5), as whole numbers: printing the float
    // itself would link a 14 KB float formatter.
    let tenths = (ratio * 10.0) as u32;
    (ratio < 4.5).then(|| {
        format!(
            "its contrast with white is {}.{}:1, below the 4.5:1 that text needs; the widget's own colour is used",
            tenths / 10,
            tenths % 10
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_colours_must_keep_text_readable() {
        assert_eq!(parse_colour("#1d5c63"), Some((0x1d, 0x5c, 0x63)));
        assert_eq!(parse_colour("#fff"), Some((255, 255, 255)));
        assert_eq!(parse_colour(" rgb(0, 0, 128) "), Some((0, 0, 128)));
        assert_eq!(parse_colour("rgb(0 0 128 / 50%)"), Some((0, 0, 128)));
        assert_eq!(parse_colour("tomato"), None);
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        assert!(accent_problem("#1d5c63").is_none(), "the default accent passes");
        assert!(accent_problem("rgb(0, 0, 128)").is_none());
        assert!(accent_problem("#ffdd00").unwrap().contains("below the 4.5:1"));
        assert!(accent_problem("#777777").unwrap().contains("is 4.4:1"), "4.48:1 is not enough, and reads as such");
        assert!(accent_problem("#ffdd00").unwrap().contains("is 1.3:1"));
        assert!(accent_problem("calc(1px)").unwrap().contains("not a colour"));
    }
}
