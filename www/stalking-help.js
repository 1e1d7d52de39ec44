/*
 * Stalking help widget: the script-tag loader.
 *
 *   <div data-stalking-help></div>
 *   <script src="https://your.site/widget/stalking-help.js" defer></script>
 *
 * It finds the widget's other files next to itself (or at data-base="…" on this script tag),
 * loads the WebAssembly once, and starts a widget in every element with data-stalking-help.
 * Until the WebAssembly is ready (and if it can never run), each mount element shows a static
 * version built from the same components and data: the quick exit, 999, 101 and the main
 * helplines. Single-page apps can use window.StalkingHelpWidget.mount(el) and .unmount(el).
 *
 * The quick exit lives here, not in the WebAssembly, so it works from the moment this script
 * runs, while the WebAssembly loads, and if it never loads:
 *   - every mount element gets a plain "Exit this page" link at once (a real link, so it works
 *     even if this script stops); the widget replaces it with its own when it starts;
 *   - pressing Shift three times within 5 seconds leaves the page;
 *   - leaving covers the page, blanks the title, drops the widget's state and replaces the
 *     page in history with the neutral site, so Back does not return here.
 *
 * It never throws into the host page: problems are logged to the console.
 */
(function (root) {
  'use strict';

  var NAME = 'Stalking help widget';
  var DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;

  /**
   * The exit address a host asked for, if it is safe: an absolute http(s) address with a real
   * host name and no user name. Anything else (javascript:, data:, relative) could run script
   * or mislead, so it is refused. Returns { url } or { error }.
   */
  function checkExitUrl(value) {
    if (value === null || value === undefined) {
      return { url: DEFAULT_EXIT_URL };
    }
    var text = String(value).trim();
    var refuse = function (why) {
      return {
        url: DEFAULT_EXIT_URL,
        error: NAME + ': data-exit-url=' + JSON.stringify(String(value)) + ' was not used: ' + why +
          '. Only absolute https: or http: addresses are accepted; using ' + DEFAULT_EXIT_URL,
      };
    };
    if (!/^https?:\/\//i.test(text)) {
      return refuse('it is not an absolute http: or https: address');
    }
    if (/[\s"<>`\\]/.test(text)) {
      return refuse('it contains a character not allowed in an address');
    }
    var parsed;
    try {
      parsed = new URL(text);
    } catch (e) {
      return refuse('it is not a valid address');
    }
    if (parsed.username || parsed.password) {
      return refuse('it carries a user name, which can disguise where it goes');
    }
    if (parsed.hostname.indexOf('.') < 0 && parsed.hostname !== 'localhost') {
      return refuse('it has no valid host name');
    }
    return { url: parsed.href };
  }

  /**
   * Counts Shift presses. A press counts when Shift goes up without another key having been
   * pressed while it was down (so Shift+A, or typing capitals, never counts). Any other key
   * starts the count again; so does a gap: the presses must fall within `windowMs` of the first.
   * `onProgress(remaining)` is called after each counted press that does not yet exit,
   * `onReset()` when a count in progress lapses or is broken, and `onExit()` after the last press.
   * Pure: time comes from the caller, so it is tested without a browser.
   */
  function createShiftCounter(options) {
    var presses = options.presses || SHIFT_PRESSES;
    var windowMs = options.windowMs || SHIFT_WINDOW_MS;
    var count = 0;
    var firstAt = 0;
    var shiftDown = false;
    var usedAsModifier = false;

    function reset(quietly) {
      var hadCount = count > 0;
      count = 0;
      if (hadCount && !quietly && options.onReset) {
        options.onReset();
      }
    }

    return {
      keydown: function (key, repeat) {
        if (key === 'Shift') {
          if (!repeat) {
            shiftDown = true;
            usedAsModifier = false;
          }
          return;
        }
        if (shiftDown) {
          usedAsModifier = true;
        }
        reset(false);
      },
      keyup: function (key, now) {
        if (key !== 'Shift') {
          return;
        }
        var counts = shiftDown && !usedAsModifier;
        shiftDown = false;
        if (!counts) {
          return;
        }
        if (count > 0 && now - firstAt > windowMs) {
          reset(false);
        }
        if (count === 0) {
          firstAt = now;
        }
        count += 1;
        if (count >= presses) {
          count = 0;
          options.onExit();
        } else if (options.onProgress) {
          options.onProgress(presses - count);
        }
      },
      /** Called by a timer: lapses the count once the window has passed. */
      tick: function (now) {
        if (count > 0 && now - firstAt > windowMs) {
          reset(false);
        }
      },
      /** Forget everything, e.g. when the window loses focus. */
      clear: function () {
        shiftDown = false;
        usedAsModifier = false;
        reset(false);
      },
    };
  }

  // Node (the tests) gets the pure parts; the browser gets everything below.
  if (typeof module === 'object' && module.exports) {
    module.exports = { checkExitUrl: checkExitUrl, createShiftCounter: createShiftCounter, DEFAULT_EXIT_URL: DEFAULT_EXIT_URL };
  }
  if (typeof document === 'undefined') {
    return;
  }

  var MOUNT_SELECTOR = '[data-stalking-help], stalking-help';
  // Filled in by the packaging step (pkg-config/package.mjs); left as they are, the loader still
  // works with the plain file names, no integrity check and the simple link as its fallback.
  var GLUE = 'stalking_help_widget.js';
  var WASM = 'stalking_help_widget_bg.wasm';
  var WASM_INTEGRITY = '';
  var FALLBACK_HTML = '';
  var STYLES = '';

  // Must be read now: document.currentScript is null once this first run is over.
  var script = document.currentScript;
  var base = script && script.getAttribute('data-base');
  if (!base && script && script.src) {
    base = script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  }
  if (base && base.charAt(base.length - 1) !== '/') {
    base += '/';
  }

  // The page-wide handle: live widgets (kept here so they are never garbage-collected), a
  // promise that settles once every mount element has been tried, and the exit itself.
  var api = (root.StalkingHelpWidget = root.StalkingHelpWidget || { widgets: [] });
  // For the benchmark: when this script started, when the WebAssembly was running, when the
  // widgets had rendered, and when they were on screen (ready); and the WebAssembly's memory.
  var pageTime = function () {
    return root.performance ? performance.now() : 0;
  };
  api.timing = { start: pageTime(), loaded: 0, rendered: 0, ready: 0 };
  var wasmExports = null;
  api.memoryBytes = function () {
    return wasmExports && wasmExports.memory ? wasmExports.memory.buffer.byteLength : 0;
  };
  var settle;
  api.ready = new Promise(function (resolve) {
    settle = resolve;
  });
  var glue = null;
  var hosts = [];
  var exitUrl = DEFAULT_EXIT_URL;
  var newTab = false;
  var overlay = null;
  var savedTitle = null;

  function report(message, error) {
    if (root.console && console.error) {
      console.error(message + (error ? ' (' + (error.message || error) + ')' : ''));
    }
  }

  // Styles through the CSSOM, which a Content Security Policy without 'unsafe-inline' allows.
  function style(el, rules) {
    for (var name in rules) {
      if (Object.prototype.hasOwnProperty.call(rules, name)) {
        el.style.setProperty(name, rules[name], 'important');
      }
    }
  }

  /** Leave now: cover everything, forget everything, and replace this page in history. */
  function leave(url) {
    var target = url || exitUrl;
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.setAttribute('data-stalking-help-overlay', '');
      // A neutral word, so a screen reader says something is happening, and nothing more.
      overlay.textContent = 'Loading';
      style(overlay, {
        position: 'fixed', inset: '0', 'z-index': '2147483647', background: '#ffffff', margin: '0',
        padding: '16px', border: '0', display: 'block', opacity: '1', visibility: 'visible',
        color: '#595959', font: '16px system-ui, sans-serif',
      });
    }
    document.documentElement.appendChild(overlay);
    if (document.body) {
      style(document.body, { visibility: 'hidden' });
    }
    savedTitle = savedTitle === null ? document.title : savedTitle;
    document.title = '';
    if (newTab) {
      root.open(target, '_blank', 'noopener,noreferrer');
    }
    root.location.replace(target);
    // Forget everything the widgets hold, once the cover has been painted (tearing them down
    // first would delay that paint). Leaving the page, or the back/forward cache taking it,
    // forgets at once (see pagehide below).
    (root.requestAnimationFrame || setTimeout)(function () {
      setTimeout(forgetEverything, 0);
    });
  }

  function forgetEverything() {
    api.widgets.forEach(function (widget) {
      try {
        widget.destroy();
      } catch (e) {
        // Already gone.
      }
    });
    api.widgets = [];
    mounted = [];
  }

  api.exit = function () {
    leave();
  };

  function announce(text) {
    hosts.forEach(function (host) {
      var places = [host.querySelector('[data-quick-exit-status]')];
      if (host.shadowRoot) {
        places.push(host.shadowRoot.querySelector('[data-quick-exit-status]'));
      }
      places.forEach(function (place) {
        if (place) {
          place.textContent = text;
        }
      });
    });
  }

  var counter = createShiftCounter({
    onProgress: function (remaining) {
      announce('Shift, press ' + remaining + ' more ' + (remaining === 1 ? 'time' : 'times') + ' to exit');
    },
    onReset: function () {
      announce('');
    },
    onExit: function () {
      announce('Exiting page');
      leave();
    },
  });

  function now() {
    return Date.now();
  }

  function installShortcut() {
    var lapse = null;
    root.addEventListener('keydown', function (event) {
      counter.keydown(event.key, event.repeat);
    }, true);
    root.addEventListener('keyup', function (event) {
      counter.keyup(event.key, now());
      if (event.key === 'Shift') {
        // Let the count lapse quietly once the window has passed.
        clearTimeout(lapse);
        lapse = setTimeout(function () {
          counter.tick(now());
        }, SHIFT_WINDOW_MS + 50);
      }
    }, true);
    root.addEventListener('blur', function () {
      counter.clear();
    });
  }

  // A click (or tap, or Enter) on any quick-exit link, in the host page or inside a widget's
  // shadow root, goes through leave() so it also covers the page and replaces history.
  function installClicks() {
    document.addEventListener('click', function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      var path = event.composedPath ? event.composedPath() : [event.target];
      for (var i = 0; i < path.length; i += 1) {
        var el = path[i];
        if (el && el.nodeType === 1 && el.hasAttribute('data-quick-exit')) {
          event.preventDefault();
          leave(el.getAttribute('href'));
          return;
        }
      }
    }, true);
  }

  // A page restored from the back/forward cache starts again from blank: no overlay, no title
  // change, and fresh widgets with nothing remembered.
  function installRestore() {
    // Whatever happens next (unload, or the back/forward cache keeping the page), nothing the
    // person answered stays in memory once they have left.
    root.addEventListener('pagehide', function () {
      if (overlay && overlay.parentNode) {
        forgetEverything();
      }
    });
    root.addEventListener('pageshow', function (event) {
      if (!event.persisted) {
        return;
      }
      if (overlay && overlay.parentNode) {
        overlay.parentNode.removeChild(overlay);
      }
      if (document.body) {
        document.body.style.removeProperty('visibility');
      }
      if (savedTitle !== null) {
        document.title = savedTitle;
        savedTitle = null;
      }
      counter.clear();
      announce('');
      api.widgets.forEach(function (widget) {
        widget.destroy();
      });
      api.widgets = [];
      mounted = [];
      mountAll();
    });
  }

  /** The host's exit settings: its attributes, then its JSON block, the last one winning. */
  function exitSettings(host) {
    var settings = { url: host.getAttribute('data-exit-url'), newTab: host.getAttribute('data-exit-new-tab') };
    var block = host.querySelector('script[type="application/json"][data-config]');
    if (block) {
      try {
        var json = JSON.parse(block.textContent);
        if (json && typeof json === 'object') {
          if ('exitUrl' in json) settings.url = json.exitUrl;
          if ('exitNewTab' in json) settings.newTab = String(json.exitNewTab);
        }
      } catch (e) {
        // The widget reports a broken block when it starts.
      }
    }
    return settings;
  }

  /**
   * Shows the static version in a shadow root of the mount element, styled like the widget, with
   * the host's exit address. Returns false where the browser cannot (the plain link then stands in).
   */
  function showFallback(host) {
    if (!FALLBACK_HTML || host.shadowRoot || !host.attachShadow || !('adoptedStyleSheets' in Document.prototype)) {
      return false;
    }
    try {
      var shadow = host.attachShadow({ mode: 'open' });
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      shadow.adoptedStyleSheets = [sheet];
      var root = document.createElement('div');
      root.className = 'root';
      root.setAttribute('data-stalking-help-fallback', '');
      // Built at packaging time from the widget's own components; no host or visitor text in it.
      root.innerHTML = FALLBACK_HTML;
      var exit = root.querySelector('[data-quick-exit]');
      if (exit) exit.setAttribute('href', exitUrl);
      shadow.appendChild(root);
      return true;
    } catch (e) {
      return false;
    }
  }

  /** Gives a mount element a working exit link before (or without) the WebAssembly. */
  function addFallbackExit(host) {
    if (showFallback(host) || host.querySelector('[data-quick-exit]')) {
      return;
    }
    var link = document.createElement('a');
    link.href = exitUrl;
    link.rel = 'nofollow noreferrer';
    link.setAttribute('data-quick-exit', '');
    link.textContent = 'Exit this page';
    style(link, {
      display: 'block', padding: '12px 16px', background: '#b10e1e', color: '#ffffff', 'font-weight': '700',
      'font-family': 'system-ui, sans-serif', 'font-size': '18px', 'text-align': 'center', 'text-decoration': 'none',
      'border-radius': '6px',
    });
    var status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.setAttribute('data-quick-exit-status', '');
    style(status, {
      position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', 'white-space': 'nowrap',
    });
    host.insertBefore(status, host.firstChild);
    host.insertBefore(link, host.firstChild);
  }

  var mounted = []; // [host, widget] pairs

  /** Resolves on the next frame: by then a widget started now has drawn. */
  function nextFrame() {
    return new Promise(function (resolve) {
      (root.requestAnimationFrame || setTimeout)(function () {
        resolve();
      });
    });
  }

  /** Removes the static version once the full widget has drawn in front of it. */
  function dropFallback(host) {
    var fallback = host.shadowRoot && host.shadowRoot.querySelector('[data-stalking-help-fallback]');
    if (fallback && fallback.previousElementSibling) {
      fallback.parentNode.removeChild(fallback);
    }
  }

  function mountOne(host) {
    if (!glue) {
      return false;
    }
    try {
      var widget = glue.mount(host);
      api.widgets.push(widget);
      mounted.push([host, widget]);
      return true;
    } catch (error) {
      report(NAME + ': one widget could not start', error);
      return false;
    }
  }

  /** Starts every widget; resolves to how many started, once they have drawn. */
  function mountAll() {
    hosts.forEach(mountOne);
    api.timing.rendered = pageTime();
    return nextFrame().then(function () {
      hosts.forEach(dropFallback);
      return api.widgets.length;
    });
  }

  /**
   * For single-page apps: start a widget in an element added after the page loaded. Resolves
   * to true once it is running (the static version shows until then).
   */
  api.mount = function (host) {
    if (!host || host.nodeType !== 1) {
      return Promise.resolve(false);
    }
    if (hosts.indexOf(host) < 0) {
      var settings = exitSettings(host);
      var checked = checkExitUrl(settings.url);
      if (checked.error) {
        report(checked.error);
      }
      if (!hosts.length) {
        // The first widget on the page decides where the shortcut goes.
        exitUrl = checked.url;
        newTab = settings.newTab === 'true' || settings.newTab === '';
      }
      hosts.push(host);
    }
    addFallbackExit(host);
    return api.ready
      .then(loadGlue)
      .then(function () {
        if (mounted.some(function (pair) { return pair[0] === host; })) return true;
        var started = mountOne(host);
        return nextFrame().then(function () {
          dropFallback(host);
          return started;
        });
      })
      .catch(function () {
        return false;
      });
  };

  /** For single-page apps: stop the widget in an element and free everything it held. */
  api.unmount = function (host) {
    mounted = mounted.filter(function (pair) {
      if (pair[0] !== host) return true;
      try {
        pair[1].destroy();
        pair[1].free();
      } catch (e) {
        // Already gone.
      }
      api.widgets = api.widgets.filter(function (w) { return w !== pair[1]; });
      return false;
    });
    hosts = hosts.filter(function (h) { return h !== host; });
  };

  function start() {
    hosts = Array.prototype.slice.call(document.querySelectorAll(MOUNT_SELECTOR));
    if (!hosts.length) {
      settle(0);
      return;
    }
    // Ask for the widget's files first, so they download while the static version is drawn.
    var loaded = loadGlue();
    // The first widget's exit address is the one the shortcut uses.
    // The loader reports a refused exit address (the widget, which checks it again, stays quiet
    // about it), so the host sees one message even when the WebAssembly never runs.
    hosts.forEach(function (host, i) {
      var settings = exitSettings(host);
      var checked = checkExitUrl(settings.url);
      if (checked.error) {
        report(checked.error);
      }
      if (i === 0) {
        exitUrl = checked.url;
        newTab = settings.newTab === 'true' || settings.newTab === '';
      }
    });
    hosts.forEach(addFallbackExit);

    loaded
      .then(mountAll)
      .then(function (count) {
        api.timing.ready = pageTime();
        settle(count);
      }, function () {
        settle(0);
      });
  }

  var loading = null;

  /**
   * Loads the glue and the WebAssembly, once. Rejects (after saying why in the console) when
   * they cannot run here; the static version then stays.
   */
  function loadGlue() {
    if (loading) {
      return loading;
    }
    if (!base) {
      report(NAME + ': cannot tell where its files are; add data-base="https://…/" to the script tag.');
      loading = Promise.reject(new Error('no base'));
      return loading;
    }
    if (typeof WebAssembly !== 'object') {
      report(NAME + ': this browser cannot run WebAssembly, so the simple version stays on the page.');
      loading = Promise.reject(new Error('no WebAssembly'));
      return loading;
    }
    // A policy that blocks WebAssembly says so in a violation event; remember it for the hint.
    var blockedByPolicy = false;
    var onViolation = function (event) {
      if (event.blockedURI === 'wasm-eval' || (/wasm/.test(event.violatedDirective + event.originalPolicy) && /script-src/.test(event.effectiveDirective))) {
        blockedByPolicy = true;
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    var wasm = WASM_INTEGRITY ? fetch(base + WASM, { integrity: WASM_INTEGRITY, credentials: 'same-origin' }) : base + WASM;
    loading = import(base + GLUE)
      .then(function (module) {
        return module.default({ module_or_path: wasm }).then(function (exports) {
          wasmExports = exports;
          glue = module;
          api.timing.loaded = pageTime();
          document.removeEventListener('securitypolicyviolation', onViolation);
        });
      })
      .catch(function (error) {
        document.removeEventListener('securitypolicyviolation', onViolation);
        var text = String(error && error.message);
        if (blockedByPolicy || /wasm-unsafe-eval|Content Security Policy/i.test(text)) {
          report(NAME + ": this page's Content Security Policy does not allow WebAssembly, so the simple " +
            "version stays on the page. To show the full widget, add 'wasm-unsafe-eval' to the script-src " +
            "directive, for example: script-src 'self' 'wasm-unsafe-eval'");
        } else {
          report(NAME + ': could not load its files from ' + base +
            '; check they are there and that .wasm is served as application/wasm', error);
        }
        throw error;
      });
    return loading;
  }

  // The other way to embed: <stalking-help></stalking-help>, which starts and stops itself as it
  // is added to and removed from the page (handy in single-page apps).
  if (root.customElements && !root.customElements.get('stalking-help')) {
    root.customElements.define('stalking-help', class extends HTMLElement {
      connectedCallback() {
        if (document.readyState !== 'loading') api.mount(this);
      }
      disconnectedCallback() {
        api.unmount(this);
      }
    });
  }

  // The shortcut and click handling start at once; the widgets once the page is parsed.
  installShortcut();
  installClicks();
  installRestore();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(typeof window !== 'undefined' ? window : this);
