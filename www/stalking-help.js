/*
 * Stalking help widget: the script-tag loader.
 *
 *   <div data-stalking-help></div>
 *   <script src="https://your.site/widget/stalking-help.js" defer></script>
 *
 * It finds the widget's other files next to itself (or at data-base="…" on this script tag),
 * loads the WebAssembly once, and starts a widget in every element with data-stalking-help.
 * It never throws into the host page: problems are logged to the console and the mount
 * element keeps whatever fallback content it already holds.
 */
(function () {
  'use strict';

  var NAME = 'Stalking help widget';
  var MOUNT_SELECTOR = '[data-stalking-help]';
  var GLUE = 'stalking_help_widget.js';
  var WASM = 'stalking_help_widget_bg.wasm';

  // Must be read now: document.currentScript is null once this first run is over.
  var script = document.currentScript;
  var base = script && script.getAttribute('data-base');
  if (!base && script && script.src) {
    base = script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  }
  if (base && base.charAt(base.length - 1) !== '/') {
    base += '/';
  }

  // The page-wide handle: live widgets (kept here so they are never garbage-collected) and a
  // promise that settles once every mount element on the page has been tried.
  var api = window.StalkingHelpWidget = window.StalkingHelpWidget || { widgets: [] };
  var settle;
  api.ready = new Promise(function (resolve) {
    settle = resolve;
  });

  function report(message, error) {
    if (window.console && console.error) {
      console.error(NAME + ': ' + message + (error ? ' (' + (error.message || error) + ')' : ''));
    }
  }

  function start() {
    var hosts = document.querySelectorAll(MOUNT_SELECTOR);
    if (!hosts.length) {
      settle(0);
      return;
    }
    if (!base) {
      report('cannot tell where its files are; add data-base="https://…/" to the script tag.');
      settle(0);
      return;
    }
    if (typeof WebAssembly !== 'object') {
      report('this browser cannot run WebAssembly, so the simple version stays on the page.');
      settle(0);
      return;
    }
    import(base + GLUE)
      .then(function (glue) {
        return glue.default({ module_or_path: base + WASM }).then(function () {
          Array.prototype.forEach.call(hosts, function (host) {
            try {
              api.widgets.push(glue.mount(host));
            } catch (error) {
              report('one widget could not start', error);
            }
          });
          settle(api.widgets.length);
        });
      })
      .catch(function (error) {
        report('could not load its files from ' + base + '; check they are there and that .wasm is served as application/wasm', error);
        settle(0);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
