//! The only part of the crate JavaScript can call: it mounts the widget into a host element.
//!
//! Each widget gets its own open shadow root with a constructed (adopted) stylesheet, so host
//! styles cannot reach in, widget styles cannot leak out, and no inline `<style>` is needed (a
//! strict Content Security Policy stays strict). Errors come back as JavaScript exceptions with
//! a plain message; the loader catches and logs them, so a host page never breaks.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::config::{settings_from_json, Config};
use crate::data::plain::{Fields, Plain};
use crate::shell::{App, AppProps};

/// The widget's root, with the classes that the common session-replay and analytics scripts
/// (rrweb and PostHog, FullStory, Sentry) read as "do not record this": what a visitor answers,
/// searches and writes must not end up in a host's recordings. Best effort: a script that
/// ignores them still sees everything (the README tells hosts so).
const RECORDERS_BLOCK_CLASSES: &str = "root rr-block ph-no-capture fs-exclude sentry-block";
/// The same, as attributes (Hotjar, Microsoft Clarity, LogRocket, Datadog).
const RECORDERS_BLOCK_ATTRIBUTES: [(&str, &str); 4] =
    [("data-hj-suppress", ""), ("data-clarity-mask", "true"), ("data-private", ""), ("data-dd-privacy", "hidden")];

/// Set on a mount element once a widget lives in it, so a second start is refused.
const INIT_FLAG: &str = "data-stalking-help-init";

thread_local! {
    /// What to call if the widget's code fails (`options.onFailure` of each mount, once each), with
/// what failed, for the console.
    static ON_FAILURE: std::cell::RefCell<Vec<js_sys::Function>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Remembers `callback` and, the first time, makes every failure call it. A failure (a panic:
/// a bug of ours, or a host script breaking the page under the widget) stops this WebAssembly
/// for good, and every widget it draws with it; the loader then puts the static version back in
/// each of their elements, so the exit and 999 never leave the screen. The hook must not call
/// back into the widget: it only hands over to JavaScript.
fn on_failure(callback: js_sys::Function) {
    ON_FAILURE.with(|all| {
        let mut all = all.borrow_mut();
        if all.is_empty() {
            // Yew's own hook would replace one set with std's set_hook when it first draws.
            yew::set_custom_panic_hook(Box::new(|info| {
                let said = JsValue::from(info.to_string());
                let _ = ON_FAILURE.try_with(|all| {
                    if let Ok(all) = all.try_borrow() {
                        for f in all.iter() {
                            let _ = f.call1(&JsValue::NULL, &said);
                        }
                    }
                });
            }));
        }
        if !all.iter().any(|f| js_sys::Object::is(f, &callback)) {
            all.push(callback);
        }
    });
}

/// A mounted widget. Call `destroy()` to remove it and free everything it holds.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    host: Element,
    /// What it was mounted with, to change its language in place.
    props: AppProps,
}

#[wasm_bindgen]
impl Widget {
    /// Speaks another language (`{lang, dir, texts}` as `mount` takes it; anything else for
    /// English) without starting again: answers, notes and place stay as they are.
    pub fn speak(&mut self, catalogue: JsValue) {
        let given = Some(catalogue).filter(JsValue::is_object);
        self.props.config.language = given.as_ref().and_then(language).map(|w| crate::words::Shared(w));
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    /// Unmounts the widget and clears its shadow root; the element can be mounted again.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        // Child by child, not `innerHTML = ""`: a page that enforces Trusted Types refuses that.
        if let Some(root) = self.host.shadow_root() {
            while let Some(child) = root.first_child() {
                let _ = root.remove_child(&child);
            }
        }
        let _ = self.host.remove_attribute(INIT_FLAG);
    }
}

/// The JSON in a `<script type="application/json" ATTRIBUTE>` inside the mount element, as the
/// browser's own parser reads it (so the widget carries no JSON parser of its own).
fn json_block(host: &Element, attribute: &str) -> Option<Result<JsValue, ()>> {
    let script = host.query_selector(&format!("script[type='application/json'][{attribute}]")).ok()??;
    let text = script.text_content().unwrap_or_default();
    Some(js_sys::JSON::parse(&text).map_err(|_| ()))
}

/// Every setting for this mount element, in order: its `data-` attributes, then its
/// `<script type="application/json" data-config>` block (so the block wins).
fn settings(host: &Element) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = js_sys::Array::from(&host.get_attribute_names())
        .iter()
        .filter_map(|n| n.as_string())
        .filter(|n| n.starts_with("data-"))
        .filter_map(|n| host.get_attribute(&n).map(|v| (n, v)))
        .collect();
    let block = match json_block(host, "data-config") {
        None => return out,
        Some(Err(())) => Err("is not valid JSON"),
        Some(Ok(value)) => match plain(&value) {
            Plain::Object(entries) => Ok(Fields(entries)),
            _ => Err("must be a JSON object ({ … })"),
        },
    };
    match block {
        Err(why) => complain(format!("the data-config block {why}, so its settings were not used.")),
        Ok(block) => {
            let (settings, problems) = settings_from_json(&block);
            out.extend(settings);
            problems.into_iter().for_each(complain);
        }
    }
    out
}

/// A value the browser's JSON parser read, as the plain values the settings are read from (the
/// same as serde reads them natively, without serde's reader in the download).
fn plain(value: &JsValue) -> Plain {
    if let Some(text) = value.as_string() {
        Plain::Text(text)
    } else if let Some(flag) = value.as_bool() {
        Plain::Flag(flag)
    } else if let Some(number) = value.as_f64() {
        Plain::Number(number)
    } else if js_sys::Array::is_array(value) {
        let items: Option<Vec<String>> = js_sys::Array::from(value).iter().map(|item| item.as_string()).collect();
        items.map_or(Plain::Other("a list with something other than text in it"), Plain::Texts)
    } else if value.is_object() {
        let entries = js_sys::Object::entries(value.unchecked_ref())
            .iter()
            .filter_map(|pair| {
                let pair = js_sys::Array::from(&pair);
                Some((pair.get(0).as_string()?, plain(&pair.get(1))))
            })
            .collect();
        Plain::Object(entries)
    } else {
        Plain::Other("null")
    }
}

fn complain(message: String) {
    web_sys::console::error_1(&format!("Stalking help widget: {message}").into());
}

/// Reads the host's own services from a `<script type="application/json" data-local-services>`
/// inside the mount element (the loader looks for the same block, in `hasLocalServices`, to
/// choose this build). Each entry is checked with the same rules as the bundled data; a bad
/// one is left out with a console message naming it and every problem, and the rest still show.
#[cfg(feature = "local-services")]
fn add_local_services(host: &Element, config: &mut Config) {
    let items = match json_block(host, "data-local-services") {
        None => return,
        Some(Ok(list)) if js_sys::Array::is_array(&list) => js_sys::Array::from(&list),
        Some(result) => {
            let why = if result.is_err() { "is not valid JSON" } else { "must be a JSON list ([ … ]) of services" };
            complain(format!("the data-local-services block {why}, so no local services were added."));
            return;
        }
    };
    use crate::data::record::ServiceRecord;
    use crate::data::validate::Ymd;
    let records = items
        .iter()
        .map(|item| {
            let id = js_sys::Reflect::get(&item, &"id".into()).ok().and_then(|v| v.as_string());
            (id, serde_wasm_bindgen::from_value::<ServiceRecord>(item).map_err(|e| e.to_string()))
        })
        .collect();
    let today = Ymd::from_unix_days((js_sys::Date::now() / 86_400_000.0) as i64);
    let (services, problems) = crate::config::local_services(records, config.region, today);
    config.local.extend(services);
    problems.into_iter().for_each(complain);
}

/// The build without the `local-services` feature (what most visitors download) does not read
/// them; the loader fetches the build that does for a page with such a block, so this is only
/// met when the glue is started by hand.
#[cfg(not(feature = "local-services"))]
fn add_local_services(host: &Element, _config: &mut Config) {
    if json_block(host, "data-local-services").is_some() {
        complain("this build does not read a data-local-services block, so no local services were added; start the widget with the loader (stalking-help.js) or the npm package, which read it.".into());
    }
}

/// A host's accent colour that would make text hard to read is replaced by the widget's own,
/// with a console message saying why.
fn check_theme(host: &Element, root: &Element) {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten()) else {
        return;
    };
    let accent = style.get_property_value("--help-widget-accent").unwrap_or_default();
    if accent.trim().is_empty() {
        return;
    }
    if let Some(reason) = crate::config::accent_problem(&accent) {
        complain(format!("--help-widget-accent: {:?} was not used: {reason}.", accent.trim()));
        if let Some(el) = root.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.style().set_property("--help-widget-accent", "#1d5c63");
        }
    }
}

/// A property of a JavaScript object, as a string.
fn text_of(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &name.into()).ok()?.as_string()
}

/// A property of a JavaScript object, as an array (empty when it is not one).
fn list_of(object: &JsValue, name: &str) -> js_sys::Array {
    js_sys::Reflect::get(object, &name.into()).ok().filter(js_sys::Array::is_array).map(Into::into).unwrap_or_default()
}

thread_local! {
    /// The languages made so far, by a fingerprint of their texts: switching back and forth
    /// reuses them instead of making (and keeping) a new catalogue every time.
    static LANGUAGES: std::cell::RefCell<Vec<(u64, &'static crate::shell::Words)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// FNV-1a (64 bits) over a language's tag, direction and texts, each closed by a byte no text
/// holds: enough to tell two catalogues apart.
fn fingerprint(lang: &str, dir: &str, texts: &[Option<String>]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain([&0xff]) {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(lang.as_bytes());
    eat(dir.as_bytes());
    for text in texts {
        eat(text.as_deref().map_or(&[0xfe][..], str::as_bytes));
    }
    hash
}

/// The catalogue of a language as the loader hands it over (`{lang, dir, texts}`: every text in
/// the catalogue's order, `null` where English stands; see `words::walk`), or `None`, with a
/// console message, when it does not fit this widget. Read by hand rather than with serde: the
/// loader is ours, and this is far smaller. Made once per language and kept (the widget's words
/// live as long as the page).
fn language(given: &JsValue) -> Option<&'static crate::shell::Words> {
    let lang = text_of(given, "lang")?;
    let dir = if text_of(given, "dir").as_deref() == Some("rtl") { "rtl" } else { "ltr" };
    let texts: Vec<Option<String>> = list_of(given, "texts").iter().map(|t| t.as_string()).collect();
    let key = fingerprint(&lang, dir, &texts);
    if let Some(made) = LANGUAGES.with(|all| all.borrow().iter().find(|(k, _)| *k == key).map(|(_, w)| *w)) {
        return Some(made);
    }
    let lang: &'static str = Box::leak(lang.into_boxed_str());
    match crate::shell::ENGLISH.with_texts(lang, dir, texts) {
        Ok(words) => {
            let words: &'static crate::shell::Words = Box::leak(Box::new(words));
            LANGUAGES.with(|all| all.borrow_mut().push((key, words)));
            Some(words)
        }
        Err(expected) => {
            complain(format!(
                "the {lang} catalogue does not match this version of the widget ({expected} texts expected), so English is used."
            ));
            None
        }
    }
}

/// Mounts a widget into `host`, configured from its `data-` attributes. `options` (from the
/// loader) may hold `catalogue` (a language's words), `languages` (the languages offered, as
/// `[tag, name]` pairs), `onLanguage` (called with the tag a visitor chooses) and `framed`
/// (inside a frame, where the exit's hint says the shortcut needs the frame's focus),
/// `styles`, the widget's stylesheet, where the element does not have it yet, and `onFailure`,
/// called if the widget's code fails, now or later (see [`on_failure`]).
///
/// Refused (with an error naming the reason) when the element already holds a widget or
/// already has a shadow root of someone else's. A bad attribute value is logged to the console
/// and replaced by its safe default: the widget still renders.
#[wasm_bindgen]
pub fn mount(host: Element, options: JsValue) -> Result<Widget, JsError> {
    if host.has_attribute(INIT_FLAG) {
        return Err(JsError::new(
            "Stalking help widget: this element already holds a widget; it was not started twice.",
        ));
    }
    if let Ok(f) = js_sys::Reflect::get(&options, &"onFailure".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        on_failure(f);
    }
    let (mut config, issues) = Config::from_settings(&settings(&host));
    // The quick exit (src/exit/quick-exit.js, run by the loader and by the npm module's mount) has
    // already reported a refused exit address; the widget stays quiet about it.
    for issue in issues.iter().filter(|i| i.attribute != "data-exit-url") {
        web_sys::console::error_1(&issue.to_string().into());
    }
    add_local_services(&host, &mut config);
    let catalogue = js_sys::Reflect::get(&options, &"catalogue".into()).ok().filter(JsValue::is_object);
    config.language = catalogue.as_ref().and_then(language).map(|w| crate::words::Shared(w));
    config.framed = js_sys::Reflect::get(&options, &"framed".into()).is_ok_and(|f| f.is_truthy());
    let languages: Vec<(String, String)> = list_of(&options, "languages")
        .iter()
        .filter_map(|pair| Some((text_of(&pair, "0")?, text_of(&pair, "1")?)))
        .collect();
    let on_language = js_sys::Reflect::get(&options, &"onLanguage".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| {
            yew::Callback::from(move |tag: String| {
                let _ = f.call1(&JsValue::NULL, &tag.into());
            })
        })
        .unwrap_or_default();

    let ours = |root: &web_sys::ShadowRoot| {
        root.child_element_count() == 0
            || (root.child_element_count() == 1
                && root.first_element_child().is_some_and(|c| c.has_attribute("data-stalking-help-fallback")))
    };
    let shadow = match host.shadow_root() {
        // Ours: holding the loader's static version, or left empty by an earlier destroy().
        // Reuse it (a shadow root cannot be removed). The static version stays until the full
        // widget has drawn, then the stylesheet hides it, so there is no blank moment.
        Some(root) if ours(&root) => root,
        Some(_) => {
            return Err(JsError::new("Stalking help widget: the mount element already has a shadow root in use."))
        }
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| JsError::new("Stalking help widget: this element cannot hold a widget (use a <div>)."))?,
    };
    // The loader's static version came with the stylesheet, already parsed (and a root left by
    // destroy() keeps it): keeping it saves parsing it again and restyling everything as the
    // widget takes over. Otherwise it comes in `options.styles`: the loader and the npm package
    // carry it, so the .wasm need not carry it a second time.
    if shadow.adopted_style_sheets().length() == 0 {
        let styles = text_of(&options, "styles").ok_or_else(|| {
            JsError::new(
                "Stalking help widget: no stylesheet was given; start it with the loader or the npm package's mount.",
            )
        })?;
        let sheet = CssStyleSheet::new().map_err(|_| JsError::new("Stalking help widget: this browser is too old."))?;
        sheet.replace_sync(&styles).map_err(|_| JsError::new("Stalking help widget: styles failed to load."))?;
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }

    let document = host.owner_document().ok_or_else(|| JsError::new("Stalking help widget: no document."))?;
    let root = document.create_element("div").map_err(|_| JsError::new("Stalking help widget: no document."))?;
    root.set_class_name(RECORDERS_BLOCK_CLASSES);
    for (name, value) in RECORDERS_BLOCK_ATTRIBUTES {
        let _ = root.set_attribute(name, value);
    }
    shadow
        .insert_before(&root, shadow.first_child().as_ref())
        .map_err(|_| JsError::new("Stalking help widget: could not attach."))?;

    check_theme(&host, &root);
    let props = AppProps { config, languages: std::rc::Rc::new(languages), on_language };
    let app = yew::Renderer::<App>::with_root_and_props(root, props.clone()).render();
    let _ = host.set_attribute(INIT_FLAG, "");
    Ok(Widget { app: Some(app), host, props })
}
