//! Shrinks the widget's stylesheet at build time (build.rs includes this file): comments and
//! spaces the browser does not need are dropped, so the loader and the `.wasm` each carry about
//! a third less CSS and the browser has less to parse. Pure.
//!
//! Only changes that cannot alter the meaning are made: text in quotes is kept as written,
//! spaces around `+` and `-` stay (`calc()` needs them), and a space before `:` stays (it is a
//! descendant selector, as in `.a :focus`).

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
    use super::minify;

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
    fn the_widget_stylesheet_shrinks_and_keeps_every_rule() {
        let css = include_str!("../src/shell/widget.css");
        let small = minify(css);
        assert!(small.len() < css.len() * 4 / 5, "{} of {} bytes", small.len(), css.len());
        assert_eq!(small.matches('{').count(), css.matches('{').count());
        assert_eq!(small.matches('}').count(), small.matches('{').count());
        assert!(!small.contains("/*"));
    }
}
