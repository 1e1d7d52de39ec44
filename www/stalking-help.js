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
 * The quick exit (src/exit/quick-exit.js) comes first in the same file, so it works from the moment
 * this script runs, while the WebAssembly loads, and if it never loads. The static version is
 * built node by node, never parsed from HTML, so a page that enforces Trusted Types still shows
 * it.
 *
 * Whatever fails (a file that cannot load, a bug of ours, a host script breaking the page under
 * a widget), now or later, every widget affected is replaced by the static version at once, with
 * a plain sentence saying so: the exit and 999 never leave the screen. `ready` counts only the
 * widgets that really drew, and `started` lists their mount elements.
 *
 * It never throws into the host page: problems are logged to the console. A second copy of this
 * script on the same page does nothing.
 */
(function (root) {
  'use strict';

  var NAME = 'Stalking help widget';

  // ---- Rules the widget applies too ---------------------------------------------------------
  // Each is tested in Node against the same cases as the widget's own rule (src/shell/cases/):
  // tests/node/loader-rules.test.mjs loads this file, which stops here outside a browser.

  // A language tag: the same rule the widget names mistakes by (language_tags in
  // src/config/settings.rs); here a tag that breaks it is simply not used.
  var TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

  /** The placeholders in a text, sorted: "{n}", "{date}". */
  function placeholders(text) {
    return (String(text).match(/\{[^}]*\}/g) || []).sort().join(' ');
  }

  /**
   * A host's own catalogue (key: text, as in lang/en.json) checked against the English template,
   * by the rule of the widget's own check (check in src/shell/keys.rs): the texts in the
   * template's order (null where English stands), the keys it lacks, the keys no entry has, and
   * the texts not used (not text, or placeholders that differ from English's; `textProblem`
   * adds a rule of its own for some keys). `lang`, `dir` and `name` are not texts.
   */
  function checkTexts(english, given, textProblem) {
    var meta = { lang: 1, dir: 1, name: 1 };
    var keys = Object.keys(english).filter(function (k) { return !meta[k]; });
    var result = { keys: keys, texts: [], missing: [], unknown: [], wrong: [] };
    result.texts = keys.map(function (key) {
      if (!Object.prototype.hasOwnProperty.call(given, key)) {
        result.missing.push(key);
        return null;
      }
      var text = given[key];
      if (typeof text !== 'string' || placeholders(text) !== placeholders(english[key])) {
        result.wrong.push(key + ' (must be text holding ' + (placeholders(english[key]) || 'no {…}') + ')');
        return null;
      }
      var why = textProblem && textProblem(key, text);
      if (why) {
        result.wrong.push(key + ' (' + why + ')');
        return null;
      }
      return text;
    });
    result.unknown = Object.keys(given).filter(function (k) {
      return !meta[k] && !Object.prototype.hasOwnProperty.call(english, k);
    });
    return result;
  }

  if (typeof document === 'undefined') {
    if (typeof module === 'object' && module && module.exports) {
      module.exports = { TAG: TAG, placeholders: placeholders, checkTexts: checkTexts }; // Node: the tests.
    }
    return;
  }
  var exit = root && root.StalkingHelpQuickExit;
  // Both are joined in when the widget is packaged (the quick exit's browser part, and the
  // languages at the @languages line below): a copy without them stops here, saying so, and the
  // page is left as it was.
  if (!exit || !exit.install || typeof askedFor !== 'function') {
    if (root.console) console.error(NAME + ': the quick exit or the languages are missing; use the stalking-help.js from dist/.');
    return;
  }
  if (root.StalkingHelpWidget && root.StalkingHelpWidget.loader) {
    return; // Already loaded by another copy of this script.
  }

  var MOUNT_SELECTOR = '[data-stalking-help], stalking-help';
  // On the framed version's mount element (dist/frame.html): the sites that may frame it.
  var FRAME = 'data-stalking-help-frame';
  // Filled in by the packaging step (pkg-config/package.mjs): the hashed file names, the glue's
  // and the .wasm's integrity hashes, the widget's stylesheet, and the static version as a tree
  // of nodes (["tag", {attributes}, …children] or "text"). Left as they are, the loader still
  // works with the plain file names, no integrity check and the simple exit link as its static
  // version.
  var GLUE = 'stalking_help_widget.js';
  var GLUE_INTEGRITY = '';
  var WASM = 'stalking_help_widget_bg.wasm';
  var WASM_INTEGRITY = '';
  // The same three for the build that also reads a host's own services (a data-local-services
  // block), fetched instead only by a page that has one, so other visitors do not download its
  // checks. Left empty (unpackaged, or the npm package's copy), the one build above does both.
  var LOCAL_GLUE = '';
  var LOCAL_GLUE_INTEGRITY = '';
  var LOCAL_WASM = '';
  var LOCAL_WASM_INTEGRITY = '';
  // The splitter's loader each build's glue imports, which fetches the pieces of the parts a
  // visitor may never open when they are first drawn (each piece with its own integrity hash,
  // written into it): preloaded here with its integrity hash, so the glue imports that file and
  // no other.
  var SPLIT = '';
  var SPLIT_INTEGRITY = '';
  var LOCAL_SPLIT = '';
  var LOCAL_SPLIT_INTEGRITY = '';
  var FALLBACK_TREE = null;
  var STYLES = '';
  // Also filled in: each built-in language other than English as tag: [file, integrity hash,
  // name in that language], and the English template ([file, integrity hash]) that a host's
  // own catalogue is checked against. Fetched only by a page that uses them.
  var LANGUAGES = {};
  var TEMPLATE = ['', ''];
  // Languages written right to left, for a host's catalogue that does not say.
  var RIGHT_TO_LEFT = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)$/;

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
  api.loader = true;
  // The mount elements whose widget drew and is running now.
  api.started = [];
  // For the benchmark: when this script started, when the WebAssembly was running, when the
  // widgets had rendered, and when they were on screen (ready); and the WebAssembly's memory.
  var pageTime = function () {
    return root.performance ? performance.now() : 0;
  };
  api.timing = { start: pageTime(), loaded: 0, rendered: 0, ready: 0 };
  var builds = {}; // glue file -> {loading: promise of the glue module, exports}
  api.memoryBytes = function () {
    return Object.keys(builds).reduce(function (sum, file) {
      var exports = builds[file].exports;
      return sum + (exports && exports.memory ? exports.memory.buffer.byteLength : 0);
    }, 0);
  };
  var settle;
  api.ready = new Promise(function (resolve) {
    settle = resolve;
  });
  api.exit = function () {
    exit.leave();
  };
  var hosts = [];
  var mounted = []; // [host, widget, glue module] for each widget started
  var broken = []; // glue modules whose WebAssembly failed: it cannot draw again on this page

  function report(message, error) {
    exit.report(message + (error ? ' (' + (error.message || error) + ')' : ''));
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
    api.started = [];
    mounted = [];
  }
  exit.onForget(forgetEverything);
  exit.onRestore(function () {
    mountAll();
  });

  /** Shows the static version in a mount element, before (or without) the WebAssembly. */
  function addFallbackExit(host) {
    exit.showStatic(host, FALLBACK_TREE, STYLES, false);
  }

  /**
   * A widget failed, or never drew: its mount element gets the static version back at once (in
   * its language, when that has arrived), with the sentence saying why it is simpler. Whatever
   * the widget held is dropped: its WebAssembly may not be called again.
   */
  function standIn(host) {
    mounted = mounted.filter(function (pair) {
      if (pair[0] !== host) return true;
      api.widgets = api.widgets.filter(function (w) { return w !== pair[1]; });
      return false;
    });
    api.started = api.started.filter(function (h) { return h !== host; });
    var language = languageOf(host);
    var tree = (language && language.value && language.value.fallback) || FALLBACK_TREE;
    exit.showStatic(host, tree, STYLES, true);
  }

  /**
   * A build's WebAssembly failed (a panic: a bug, or a host script in its way). Every widget it
   * draws stops with it, so each is replaced by the static version; the build is not used again
   * on this page.
   */
  function failed(glue, why) {
    if (broken.indexOf(glue) >= 0) return;
    broken.push(glue);
    var hit = mounted.filter(function (pair) { return pair[2] === glue; }).map(function (pair) { return pair[0]; });
    hit.forEach(standIn);
    report(NAME + ': the widget stopped working, so the simple version is shown in its place (' + hit.length +
      ' on this page). The quick exit, 999 and the helplines still work. If a script on this page changes the ' +
      "widget's elements, keep it away from them. What failed: " + String(why || 'unknown').slice(0, 300));
  }

  /** Whether a mount element's widget has drawn its exit: only then is the static version dropped. */
  function hasDrawn(host) {
    return !!(host.shadowRoot && host.shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) [data-quick-exit]'));
  }

  /** Resolves on the next frame: by then a widget started now has drawn. */
  function nextFrame() {
    return new Promise(function (resolve) {
      (root.requestAnimationFrame || setTimeout)(function () {
        resolve();
      });
    });
  }

  /**
   * After a widget's first drawing: removes the static version once the full widget, its exit
   * included, has drawn in front of it. A widget that has not drawn is replaced by the static
   * version. Returns whether it drew.
   */
  function settleDrawing(host) {
    if (!mounted.some(function (pair) { return pair[0] === host; })) return false;
    if (!hasDrawn(host)) {
      report(NAME + ': a widget did not finish drawing, so the simple version is shown in its place.');
      standIn(host);
      return false;
    }
    var fallback = host.shadowRoot.querySelector('[data-stalking-help-fallback]');
    if (fallback) fallback.parentNode.removeChild(fallback);
    if (api.started.indexOf(host) < 0) api.started.push(host);
    return true;
  }

  // @languages: www/languages.js, joined here when packaged.

  /**
   * The visitor chose a language: the widget speaks it in place, keeping every answer and note
   * on screen, and focus stays on the switch.
   */
  function switchTo(host, tag) {
    chooseLanguage(host, tag).then(function (language) {
      var pair = mounted.filter(function (p) { return p[0] === host; })[0];
      if (pair) pair[1].speak(language ? language.catalogue : null);
    });
  }

  /** Stops the widget in an element and frees what it held. */
  function forget(host) {
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
  }

  function mountOne(host, language, glue) {
    if (broken.indexOf(glue) >= 0) {
      standIn(host);
      return false;
    }
    try {
      var current = languageOf(host);
      var widget = glue.mount(host, {
        catalogue: language ? language.catalogue : undefined,
        languages: offered(host, current ? current.tag : 'en'),
        onLanguage: function (tag) {
          switchTo(host, tag);
        },
        framed: exit.framed(),
        styles: STYLES,
        onFailure: function (why) {
          failed(glue, why);
        },
      });
      exit.watch(host);
      api.widgets.push(widget);
      mounted.push([host, widget, glue]);
      return true;
    } catch (error) {
      report(NAME + ': one widget could not start', error);
      return false;
    }
  }

  /**
   * Starts every widget, each in its language and with its build; resolves to how many started,
   * once they have drawn.
   */
  function mountAll() {
    return Promise.all(hosts.map(function (host) {
      var current = languageOf(host);
      return Promise.all([current ? current.promise : null, loadFor([host])]);
    })).then(function (found) {
      hosts.forEach(function (host, i) {
        mountOne(host, found[i][0], found[i][1]);
      });
      return drawn();
    });
  }

  function drawn() {
    api.timing.rendered = pageTime();
    return nextFrame().then(function () {
      return hosts.filter(settleDrawing).length;
    });
  }

  /** Readies a mount element: its exit address and words, and the static version at once. */
  function take(host) {
    if (hosts.indexOf(host) < 0) {
      hosts.push(host);
    }
    addFallbackExit(host);
    if (!languageOf(host)) chooseLanguage(host, askedFor(host));
  }

  /**
   * For single-page apps: start a widget in an element added after the page loaded. Resolves
   * to true once it is running (the static version shows until then).
   */
  api.mount = function (host) {
    if (!host || host.nodeType !== 1) {
      return Promise.resolve(false);
    }
    take(host);
    return api.ready
      .then(function () {
        return Promise.all([languageOf(host).promise, loadFor([host])]);
      })
      .then(function (found) {
        if (mounted.some(function (pair) { return pair[0] === host; })) return true;
        if (!mountOne(host, found[0], found[1])) return false;
        return nextFrame().then(function () {
          return settleDrawing(host);
        });
      })
      .catch(function () {
        return false;
      });
  };

  /** For single-page apps: stop the widget in an element and free everything it held. */
  api.unmount = function (host) {
    forget(host);
    languages = languages.filter(function (pair) { return pair[0] !== host; });
    hosts = hosts.filter(function (h) { return h !== host; });
    api.started = api.started.filter(function (h) { return h !== host; });
    exit.release(host);
  };

  function start() {
    var found = Array.prototype.slice.call(document.querySelectorAll(MOUNT_SELECTOR));
    if (!found.length) {
      settle(0);
      return;
    }
    // The framed version (dist/frame.html, with www/frame.js before this script) first reads its
    // settings, and keeps only its static version on a site not allowed to frame it.
    var framing = root.StalkingHelpFrame;
    var checks = found.map(function (host) {
      return framing && host.hasAttribute(FRAME) ? framing.prepare(host) : Promise.resolve(true);
    });
    // Ask for the widget's files first, so they download while the static version is drawn. The
    // framed version waits for its settings, which may bring a host's own services.
    var loaded = framing ? null : loadFor(found);
    Promise.all(checks)
      .then(function (allowed) {
        // The quick exit reports a refused exit address (the widget, which checks it again,
        // stays quiet about it), so the host sees one message even when the WebAssembly never
        // runs. The first widget's address is the one the shortcut uses.
        found.forEach(function (host, i) {
          if (allowed[i]) take(host);
          else addFallbackExit(host);
        });
        return loaded || loadFor(found);
      })
      .then(mountAll)
      .then(function (count) {
        api.timing.ready = pageTime();
        settle(count);
      }, function () {
        settle(0);
      });
  }

  /**
   * Whether a mount element holds a host's own services (read only by the build that checks
   * them). The same block the widget looks for (`add_local_services` in src/embed.rs).
   */
  function hasLocalServices(host) {
    return Boolean(host.querySelector('script[type="application/json"][data-local-services]'));
  }

  /**
   * Loads the build a list of mount elements needs, once: the one that reads a host's own
   * services if any of them has some, else the smaller one, unless only the larger one is on
   * its way already (it does everything the smaller one does). Resolves to the glue module.
   */
  function loadFor(hostList) {
    var local = LOCAL_GLUE && hostList.some(hasLocalServices);
    if (LOCAL_GLUE && !local && !builds[GLUE] && builds[LOCAL_GLUE]) local = true;
    return local
      ? loadBuild(LOCAL_GLUE, LOCAL_GLUE_INTEGRITY, LOCAL_WASM, LOCAL_WASM_INTEGRITY, LOCAL_SPLIT, LOCAL_SPLIT_INTEGRITY)
      : loadBuild(GLUE, GLUE_INTEGRITY, WASM, WASM_INTEGRITY, SPLIT, SPLIT_INTEGRITY);
  }

  /**
   * Fetches the glue module and checks it against its integrity hash before anything runs it:
   * import() cannot check a hash, but it takes the module the page already holds for the same
   * address. A modulepreload link does that (and a page that enforces Trusted Types allows it);
   * a browser without modulepreload gets a module <script> with the hash instead (such browsers
   * do not enforce Trusted Types). Rejects if the file is not the one the build made.
   */
  function checkedModule(url, integrity) {
    if (!integrity) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var preload = document.createElement('link');
      var el = preload.relList && preload.relList.supports && preload.relList.supports('modulepreload')
        ? preload
        : document.createElement('script');
      if (el === preload) {
        el.rel = 'modulepreload';
        el.href = url;
      } else {
        el.type = 'module';
        el.src = url;
      }
      el.integrity = integrity;
      el.crossOrigin = 'anonymous';
      el.onload = function () {
        resolve();
      };
      el.onerror = function () {
        reject(new Error(url + ' could not be loaded, or is not the file this build made (its integrity hash differs)'));
      };
      (document.head || document.documentElement).appendChild(el);
    });
  }

  /**
   * Loads a build's glue and WebAssembly, once, each checked against its integrity hash. Rejects
   * (after saying why in the console) when they cannot run here; the static version then stays.
   */
  function loadBuild(glueFile, glueIntegrity, wasmFile, integrity, splitFile, splitIntegrity) {
    if (builds[glueFile]) {
      return builds[glueFile].loading;
    }
    var build = (builds[glueFile] = {});
    if (!base) {
      report(NAME + ': cannot tell where its files are; add data-base="https://…/" to the script tag.');
      build.loading = Promise.reject(new Error('no base'));
      return build.loading;
    }
    if (typeof WebAssembly !== 'object') {
      report(NAME + ': this browser cannot run WebAssembly, so the simple version stays on the page.');
      build.loading = Promise.reject(new Error('no WebAssembly'));
      return build.loading;
    }
    // A policy that blocks WebAssembly says so in a violation event; remember it for the hint.
    var blockedByPolicy = false;
    var onViolation = function (event) {
      if (event.blockedURI === 'wasm-eval' || (/wasm/.test(event.violatedDirective + event.originalPolicy) && /script-src/.test(event.effectiveDirective))) {
        blockedByPolicy = true;
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    var wasm = integrity ? fetch(base + wasmFile, { integrity: integrity, credentials: 'same-origin' }) : base + wasmFile;
    // The splitter first: if the browser fetches the glue's imports with it, the splitter is
    // already in hand, checked.
    var splitter = splitFile ? checkedModule(base + splitFile, splitIntegrity) : null;
    build.loading = Promise.all([splitter, checkedModule(base + glueFile, glueIntegrity)])
      .then(function () {
        return import(base + glueFile);
      })
      .then(function (module) {
        return module.default({ module_or_path: wasm }).then(function (exports) {
          build.exports = exports;
          if (!api.timing.loaded) api.timing.loaded = pageTime();
          document.removeEventListener('securitypolicyviolation', onViolation);
          return module;
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
    return build.loading;
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

  // The quick exit listens at once; the widgets start once the page is parsed.
  exit.install();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(typeof window !== 'undefined' ? window : this);
