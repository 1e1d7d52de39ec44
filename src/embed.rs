//! The only part of the crate JavaScript can call: it mounts the widget into a host element.
//!
//! Each widget gets its own open shadow root with a constructed (adopted) stylesheet, so host
//! styles cannot reach in, widget styles cannot leak out, and no inline `<style>` is needed (a
//! strict Content Security Policy stays strict). Errors come back as JavaScript exceptions with
//! a plain message; the loader catches and logs them, so a host page never breaks.

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::config::Config;
use crate::ui::{App, AppProps};

/// Set on a mount element once a widget lives in it, so a second start is refused.
const INIT_FLAG: &str = "data-stalking-help-init";

/// A mounted widget. Call `destroy()` to remove it and free everything it holds.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    host: Element,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and clears its shadow root; the element can be mounted again.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(root) = self.host.shadow_root() {
            root.set_inner_html("");
        }
        let _ = self.host.remove_attribute(INIT_FLAG);
    }
}

/// Mounts a widget into `host`, configured from its `data-` attributes.
///
/// Refused (with an error naming the reason) when the element already holds a widget or
/// already has a shadow root of someone else's. A bad attribute value is logged to the console
/// and replaced by its safe default: the widget still renders.
#[wasm_bindgen]
pub fn mount(host: Element) -> Result<Widget, JsError> {
    if host.has_attribute(INIT_FLAG) {
        return Err(JsError::new(
            "Stalking help widget: this element already holds a widget; it was not started twice.",
        ));
    }
    let (config, issues) = Config::from_attributes(|name| host.get_attribute(name));
    // The loader owns the quick exit and has already reported a refused exit address.
    for issue in issues.iter().filter(|i| i.attribute != "data-exit-url") {
        web_sys::console::error_1(&issue.to_string().into());
    }

    let shadow = match host.shadow_root() {
        // Ours, left empty by an earlier destroy(): reuse it (a shadow root cannot be removed).
        Some(root) if root.child_element_count() == 0 => root,
        Some(_) => {
            return Err(JsError::new("Stalking help widget: the mount element already has a shadow root in use."))
        }
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| JsError::new("Stalking help widget: this element cannot hold a widget (use a <div>)."))?,
    };
    let sheet = CssStyleSheet::new().map_err(|_| JsError::new("Stalking help widget: this browser is too old."))?;
    sheet.replace_sync(crate::STYLESHEET).map_err(|_| JsError::new("Stalking help widget: styles failed to load."))?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));

    let document = host.owner_document().ok_or_else(|| JsError::new("Stalking help widget: no document."))?;
    let root = document.create_element("div").map_err(|_| JsError::new("Stalking help widget: no document."))?;
    root.set_class_name("root");
    shadow.append_child(&root).map_err(|_| JsError::new("Stalking help widget: could not attach."))?;

    let app = yew::Renderer::<App>::with_root_and_props(root, AppProps { config }).render();
    let _ = host.set_attribute(INIT_FLAG, "");
    Ok(Widget { app: Some(app), host })
}
