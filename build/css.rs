//! Shrinks the widget's stylesheet at build time (build.rs includes this file): comments and
//! spaces the browser does not need are dropped, so the loader and the `.wasm` each carry about
//! a third less CSS and the browser has less to parse. Pure.
//!
//! Only changes that cannot alter the meaning are made: text in quotes is kept as written,
//! spaces around `+` and `-` stay (`calc()` needs them), and a space before `:` stays (it is a
//! descendant selector, as in `.a :focus`). The stylesheet is written one file per part, each
//! with its own `@media` blocks (print, forced colours); [`join_media`] gathers the blocks of one
//! query into one, after the other rules, where every one of them already was meant to win.

/// The stylesheet without comments and without the spaces it does not need.
pub(crate) fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // Whether whitespace was skipped since the last character written.
    let mut gap = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = '\0';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                gap = true;
            }
            '"' | '\'' => {
                space_if_needed(&mut out, gap, c);
                gap = false;
                out.push(c);
                let mut escaped = false;
                for inner in chars.by_ref() {
                    out.push(inner);
                    if escaped {
                        escaped = false;
                    } else if inner == '\\' {
                        escaped = true;
                    } else if inner == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => gap = true,
            '}' if out.ends_with(';') => {
                out.pop();
                out.push('}');
                gap = false;
            }
            c => {
                space_if_needed(&mut out, gap, c);
                gap = false;
                out.push(c);
            }
        }
    }
    out
}

/// A minified stylesheet with every `@media` block of the same query joined into one, placed
/// after the rules outside any `@media`, in the order each query first appears. The rules inside
/// keep their order.
pub(crate) fn join_media(css: &str) -> String {
    let mut plain = String::with_capacity(css.len());
    let mut media: Vec<(String, String)> = Vec::new();
    let bytes: Vec<char> = css.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        // One top-level item: its prelude up to `{`, then its block to the matching `}`.
        let start = i;
        let mut depth = 0;
        let mut open = None;
        let mut quote: Option<char> = None;
        while i < bytes.len() {
            let c = bytes[i];
            match quote {
                Some(_) if c == '\\' => i += 1,
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == '{' => {
                    depth += 1;
                    open.get_or_insert(i);
                }
                None if c == '}' => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                None => {}
            }
            i += 1;
        }
        let item: String = bytes[start..i].iter().collect();
        match open {
            Some(at) if item.starts_with("@media") => {
                let query: String = bytes[start..at].iter().collect();
                let inner: String = bytes[at + 1..i - 1].iter().collect();
                match media.iter_mut().find(|(q, _)| *q == query) {
                    Some((_, rules)) => rules.push_str(&inner),
                    None => media.push((query, inner)),
                }
            }
            _ => plain.push_str(&item),
        }
    }
    for (query, rules) in media {
        plain.push_str(&query);
        plain.push('{');
        plain.push_str(&rules);
        plain.push('}');
    }
    plain
}

/// Writes the one space a skipped run of whitespace still needs before `next`.
fn space_if_needed(out: &mut String, gap: bool, next: char) {
    // Not before `(`: `and (min-width…)` would become the function `and(`.
    const NO_SPACE_BEFORE: [char; 6] = ['{', '}', ';', ',', '>', ')'];
    const NO_SPACE_AFTER: [char; 7] = ['{', '}', ';', ',', '>', '(', ':'];
    let needed = gap
        && !out.is_empty()
        && !NO_SPACE_BEFORE.contains(&next)
        && !out.ends_with(|c: char| NO_SPACE_AFTER.contains(&c));
    if needed {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::{join_media, minify};

    #[test]
    fn comments_and_spare_spaces_go() {
        let css = "/* The widget. */\n.widget  a:hover ,\n.widget > p {\n  color : red ;\n  margin: 0 auto;\n}\n";
        assert_eq!(minify(css), ".widget a:hover,.widget>p{color :red;margin:0 auto}");
    }

    #[test]
    fn meaning_is_kept() {
        assert_eq!(minify(".a :focus { width: calc(100% - 2px); }"), ".a :focus{width:calc(100% - 2px)}");
        assert_eq!(minify("a { font-family: \"Segoe  UI\", sans-serif; }"), "a{font-family:\"Segoe  UI\",sans-serif}");
        assert_eq!(
            minify("a::after { content: ' /* not a comment */ '; }"),
            "a::after{content:' /* not a comment */ '}"
        );
        assert_eq!(minify("@media (max-width: 30em) { a { b: c } }"), "@media (max-width:30em){a{b:c}}");
        assert_eq!(minify("@media screen and (min-width: 30em) {}"), "@media screen and (min-width:30em){}");
        assert_eq!(minify("input[type=\"search\"] { x: y }"), "input[type=\"search\"]{x:y}");
        assert_eq!(minify("a { b: var(--x, 1px) }"), "a{b:var(--x,1px)}");
    }

    #[test]
    fn media_blocks_of_one_query_are_joined_after_the_other_rules() {
        assert_eq!(
            join_media("a{b:c}@media print{d{e:f}}g{h:i}@media print{j{k:l}}@media (x){m{n:o}}"),
            "a{b:c}g{h:i}@media print{d{e:f}j{k:l}}@media (x){m{n:o}}"
        );
        assert_eq!(
            join_media("a::after{content:'}{'}@media print{b{c:d}}"),
            "a::after{content:'}{'}@media print{b{c:d}}"
        );
        assert_eq!(join_media(""), "");
    }

    #[test]
    fn the_widget_stylesheet_shrinks_and_keeps_every_rule() {
        let css = include_str!("../src/shell/widget.css");
        let small = minify(css);
        assert!(small.len() < css.len() * 4 / 5, "{} of {} bytes", small.len(), css.len());
        assert_eq!(small.matches('{').count(), css.matches('{').count());
        assert_eq!(small.matches('}').count(), small.matches('{').count());
        assert!(!small.contains("/*"));
    }
}
