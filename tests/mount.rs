//! The widget mounted by its real entry point in headless Chromium (wasm-bindgen-test).
//!
//! Run with: `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test mount`
//! (tests/run does this), or `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use stalking_help_widget::{config::DEFAULT_EXIT_URL, mount, STYLESHEET};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlAnchorElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn host(attributes: &[(&str, &str)]) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("div").unwrap();
    el.set_attribute("data-stalking-help", "").unwrap();
    for (name, value) in attributes {
        el.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&el).unwrap();
    el
}

/// Resolves on the browser's next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, frame by frame, until `done()` holds: Yew renders on its own scheduler, so the test
/// waits for the result it expects rather than for a length of time. Gives up after 10 s.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        next_frame().await;
    }
    panic!("timed out waiting for {what}");
}

/// Whether a widget has drawn in this element's shadow root.
fn drawn(el: &Element) -> bool {
    el.shadow_root().is_some_and(|r| r.query_selector(".widget h2").ok().flatten().is_some())
}

fn links(root: &ShadowRoot) -> Vec<(String, String)> {
    let list = root.query_selector_all("a").unwrap();
    (0..list.length())
        .map(|i| {
            let a: HtmlAnchorElement = list.item(i).unwrap().dyn_into().unwrap();
            (a.text_content().unwrap_or_default(), a.get_attribute("href").unwrap_or_default())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn mounts_into_a_shadow_root_and_shows_the_services() {
    let el = host(&[]);
    let mut widget = mount(el.clone(), styled()).unwrap();
    until("the widget to draw", || drawn(&el)).await;

    let root = el.shadow_root().expect("a shadow root");
    assert!(el.inner_html().is_empty(), "nothing is rendered into the host page's own DOM");
    let text = root.text_content().unwrap();
    for name in ["National Stalking Helpline", "Crimestoppers", "Police – emergency", "Police – non-emergency"] {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    let links = links(&root);
    assert_eq!(links[0], ("Exit this page".to_string(), DEFAULT_EXIT_URL.to_string()), "the exit comes first");
    assert!(links.contains(&("Call 999".into(), "tel:999".into())));
    assert!(links.contains(&("Call 0808 802 0300".into(), "tel:+448088020300".into())));
    assert_eq!(root.adopted_style_sheets().length(), 1, "styles are adopted, not inline");

    widget.destroy();
    until("destroy to empty the shadow root", || root.child_element_count() == 0).await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_second_start_on_the_same_element_is_refused_and_destroy_allows_a_new_one() {
    let el = host(&[]);
    let mut first = mount(el.clone(), styled()).unwrap();
    assert!(mount(el.clone(), styled()).is_err(), "a second widget in the same element must be refused");
    first.destroy();
    let mut again = mount(el.clone(), styled()).expect("mounting again after destroy works");
    until("the new widget to draw", || drawn(&el)).await;
    assert_eq!(el.shadow_root().unwrap().query_selector_all(".widget").unwrap().length(), 1);
    again.destroy();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_host_exit_url_is_used_and_a_script_url_is_not() {
    let good = host(&[("data-exit-url", "https://www.google.co.uk/")]);
    let mut w1 = mount(good.clone(), styled()).unwrap();
    let bad = host(&[("data-exit-url", "javascript:alert(1)")]);
    let mut w2 = mount(bad.clone(), styled()).unwrap();
    until("both widgets to draw", || drawn(&good) && drawn(&bad)).await;
    assert_eq!(links(&good.shadow_root().unwrap())[0].1, "https://www.google.co.uk/");
    assert_eq!(links(&bad.shadow_root().unwrap())[0].1, DEFAULT_EXIT_URL);
    w1.destroy();
    w2.destroy();
    good.remove();
    bad.remove();
}

/// `{lang, dir, texts}` as the loader hands a language over: `first` as the first text (the
/// widget's title), English for the rest, `len` texts in all.
fn catalogue(lang: &str, dir: &str, first: &str, len: usize) -> JsValue {
    let texts = js_sys::Array::new();
    texts.push(&first.into());
    for _ in 1..len {
        texts.push(&JsValue::NULL);
    }
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"lang".into(), &lang.into()).unwrap();
    js_sys::Reflect::set(&object, &"dir".into(), &dir.into()).unwrap();
    js_sys::Reflect::set(&object, &"texts".into(), &texts).unwrap();
    let options = styled();
    js_sys::Reflect::set(&options, &"catalogue".into(), &object).unwrap();
    options
}

/// What the loader passes to every mount: the stylesheet.
fn styled() -> JsValue {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"styles".into(), &STYLESHEET.into()).unwrap();
    options.into()
}

#[wasm_bindgen_test]
fn without_a_stylesheet_it_says_so_instead_of_drawing_unstyled() {
    let el = host(&[]);
    let error = mount(el.clone(), JsValue::UNDEFINED).err().expect("refused");
    let message: JsValue = error.into();
    let text = js_sys::Reflect::get(&message, &"message".into()).unwrap().as_string().unwrap();
    assert!(text.contains("no stylesheet was given"), "{text}");
    el.remove();
}

#[wasm_bindgen_test]
async fn a_language_from_the_loader_is_spoken_and_one_made_for_another_version_is_not() {
    use stalking_help_widget::shell::ENGLISH;
    let count = ENGLISH.with_texts("xx", "ltr", Vec::new()).unwrap_err();
    let good = host(&[]);
    let mut w1 = mount(good.clone(), catalogue("ur", "rtl", "مدد", count)).unwrap();
    let stale = host(&[]);
    let mut w2 = mount(stale.clone(), catalogue("cy", "ltr", "Help", count - 1)).unwrap();
    until("both widgets to draw", || drawn(&good) && drawn(&stale)).await;
    let widget = good.shadow_root().unwrap().query_selector(".widget").unwrap().unwrap();
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("ur"));
    assert_eq!(widget.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(widget.query_selector("h2").unwrap().unwrap().text_content().as_deref(), Some("مدد"));
    let english = stale.shadow_root().unwrap().query_selector(".widget").unwrap().unwrap();
    assert_eq!(english.get_attribute("lang").as_deref(), Some("en-GB"), "a list of the wrong length is refused whole");
    w1.destroy();
    w2.destroy();
    good.remove();
    stale.remove();
}

/// A host's own services are read by the build made for them (the `local-services` feature, which
/// the loader fetches for a page with a `data-local-services` block). The other build still draws
/// everything else, and leaves the block alone.
#[wasm_bindgen_test]
async fn a_hosts_own_services_are_read_only_by_the_build_made_for_them() {
    // How many services the finder finds, in a widget with or without a block of the host's own.
    async fn found(with_block: bool) -> String {
        let el = host(&[("data-parts", "finder")]);
        if with_block {
            let block = web_sys::window().unwrap().document().unwrap().create_element("script").unwrap();
            block.set_attribute("type", "application/json").unwrap();
            block.set_attribute("data-local-services", "").unwrap();
            block.set_text_content(Some(
                r#"[{"id": "riverside-unit", "name": "Riverside Stalking Unit", "summary": "Our own officers.",
                    "needs": ["stalking"], "audiences": ["everyone"],
                    "channels": [{"kind": "website", "url": "https://www.example.org/unit"}],
                    "sources": ["https://www.example.org/unit"], "checked": "2026-11-01"}]"#,
            ));
            el.append_child(&block).unwrap();
        }
        let mut widget = mount(el.clone(), styled()).unwrap();
        until("the widget to draw", || drawn(&el)).await;
        let count =
            el.shadow_root().unwrap().query_selector(".finder .count").unwrap().unwrap().text_content().unwrap();
        widget.destroy();
        el.remove();
        count
    }
    let bundled: usize = found(false).await.split(' ').next().unwrap().parse().unwrap();
    let expected = if cfg!(feature = "local-services") { bundled + 1 } else { bundled };
    assert_eq!(found(true).await, format!("{expected} services found"));
}
