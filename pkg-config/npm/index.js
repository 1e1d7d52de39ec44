// The npm package's entry: the widget's WebAssembly glue, with the quick exit built in.
//
//   import init, { mount } from 'stalking-help-widget';
//   await init();
//   const widget = mount(document.querySelector('#help'));   // later: widget.destroy()
//
// mount() readies the quick exit before the widget draws, exactly as the script-tag loader does:
// the exit link and Shift pressed three times cover the page, drop the widget's state and
// replace the page in history. If the widget fails, now or later, each widget on the page is
// replaced by the static version (the exit, 999, 101 and the main helplines) with a sentence
// saying so. There is nothing else to import or call.
import './quick-exit.js';
import init, { initSync, mount as mountWidget, Widget } from './stalking_help_widget.js';

// The widget's stylesheet and its static version, filled in when the package is made (mount
// hands the stylesheet to the widget; the static version stands in for a widget that failed).
const STYLES = '';
const FALLBACK_TREE = null;
const exit = typeof window !== 'undefined' ? window.StalkingHelpQuickExit : undefined;
const INIT_FLAG = 'data-stalking-help-init';
const live = new Map(); // mount element → widget
let restore = [];
let broken = false;

/** The widget's WebAssembly failed: every widget it drew gives way to the static version. */
function failed(why) {
  if (broken) return;
  broken = true;
  const hosts = [...live.keys()];
  live.clear();
  hosts.forEach((host) => exit && exit.showStatic(host, FALLBACK_TREE, STYLES, true));
  console.error(`Stalking help widget: the widget stopped working, so the simple version is shown in its place (${hosts.length} on this page). The quick exit, 999 and the helplines still work. What failed: ${String(why || 'unknown').slice(0, 300)}`);
}

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
  if (broken) {
    if (exit) exit.showStatic(host, FALLBACK_TREE, STYLES, true);
    throw new Error('Stalking help widget: the widget stopped working on this page, so the simple version is shown; reload the page to start it again.');
  }
  const widget = mountWidget(host, { framed: Boolean(exit && exit.framed()), styles: STYLES, ...(options || {}), onFailure: failed });
  if (exit) exit.watch(host);
  live.set(host, widget);
  return widget;
}

export default init;
export { init, initSync, Widget };
