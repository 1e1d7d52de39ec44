// The npm package's entry: the widget's WebAssembly glue, with the quick exit built in.
//
//   import init, { mount } from 'stalking-help-widget';
//   await init();
//   const widget = mount(document.querySelector('#help'));   // later: widget.destroy()
//
// mount() readies the quick exit before the widget draws, exactly as the script-tag loader does:
// the exit link and Shift pressed three times cover the page, drop the widget's state and
// replace the page in history. There is nothing else to import or call.
import './quick-exit.js';
import init, { initSync, mount as mountWidget, Widget } from './stalking_help_widget.js';

// The widget's stylesheet, filled in when the package is made (mount hands it to the widget).
const STYLES = '';
const exit = typeof window !== 'undefined' ? window.StalkingHelpQuickExit : undefined;
const INIT_FLAG = 'data-stalking-help-init';
const live = new Map(); // mount element → widget
let restore = [];

if (exit) {
  // Leaving, or the back/forward cache taking the page, drops every widget's state; a page
  // restored from that cache starts the same widgets again, empty.
  exit.onForget(() => {
    restore = [];
    live.forEach((widget, host) => {
      if (host.hasAttribute(INIT_FLAG)) restore.push(host);
      try {
        widget.destroy();
      } catch (e) {
        // Already gone.
      }
    });
    live.clear();
  });
  exit.onRestore(() => {
    const hosts = restore;
    restore = [];
    hosts.forEach((host) => mount(host));
  });
}

/**
 * Mounts a widget into `host`, configured from its `data-` attributes, with the quick exit ready
 * first. `options` may hold a language (see index.d.ts). Throws (with a plain message) if the
 * element already holds a widget.
 */
export function mount(host, options) {
  if (exit) {
    exit.install();
    exit.prepare(host);
  }
  const widget = mountWidget(host, { framed: Boolean(exit && exit.framed()), styles: STYLES, ...(options || {}) });
  if (exit) exit.watch(host);
  live.set(host, widget);
  return widget;
}

export default init;
export { init, initSync, Widget };
