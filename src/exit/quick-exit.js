/*
 * Stalking help widget: the quick exit.
 *
 * One script (rules.js with this file, pinned.js and static.js joined into it when packaged),
 * used by every way of adding the widget to a page, so they all leave the same way:
 *   - the script-tag loader (dist/stalking-help.js begins with this file, so the exit works from
 *     the moment that one script runs, before and without the WebAssembly);
 *   - the npm module (its mount() installs this first: there is nothing extra to import).
 * A second copy on the same page (two loaders, or a loader and the npm module) finds the first
 * one on window.StalkingHelpQuickExit and adds no second set of listeners or announcements.
 *
 * What it does:
 *   - any activation of a link marked data-quick-exit (in the page or inside a widget's shadow
 *     root): a click, tap or Enter, with or without Shift, Ctrl, Alt or Cmd, or a middle click;
 *     or Shift pressed three times within 5 seconds while a widget is on the page, leaves: a
 *     plain cover over everything at once (above a host's open dialog or full-screen element
 *     too), the title blanked, the widgets' state dropped, and the page replaced in history by a
 *     neutral site, so Back does not return. No Referer goes with it, whatever the page's policy;
 *   - the Shift count pauses while a text field, select or editable element has focus (on-screen
 *     keyboards press Shift for capitals and symbols) and while an input method is composing;
 *     a Shift held for a click (to extend a selection) does not count; either Shift key counts;
 *   - a page restored from the back/forward cache starts again from blank;
 *   - focus moving under the widget's sticky exit bar is scrolled back into view.
 *
 * Its rules (rules.js) are the widget's own, kept the same and tested against one list of cases
 * in cases/. This file is the part that runs in a browser, inside rules.js's closure. It never
 * throws into the host page: problems are logged to the console.
 */

  // --- In the browser. ---

  var document = root.document;
  var prepared = []; // { host, url, newTab, words }, in the order the hosts were prepared
  var overlay = null;
  var savedTitle = null;
  var forgetters = [];
  var restorers = [];
  var installed = false;

  function report(message) {
    if (root.console && console.error) console.error(message);
  }

  // Styles through the CSSOM, which a Content Security Policy without 'unsafe-inline' allows.
  function style(el, rules) {
    for (var name in rules) {
      if (Object.prototype.hasOwnProperty.call(rules, name)) el.style.setProperty(name, rules[name], 'important');
    }
  }

  /** The first prepared host still on the page: it decides where the shortcut goes and its words. */
  function lead() {
    for (var i = 0; i < prepared.length; i += 1) {
      if (prepared[i].host.isConnected) return prepared[i];
    }
    return null;
  }

  function words(key) {
    var first = lead();
    return first ? first.text(key) : WORDS[key];
  }

  /** A mount element's data-config block as an object, or {} (the widget reports a broken one). */
  function block(host) {
    var script = host.querySelector('script[type="application/json"][data-config]');
    try {
      var json = script && JSON.parse(script.textContent);
      return json && typeof json === 'object' ? json : {};
    } catch (e) {
      return {};
    }
  }

  /** A host's settings for the exit: its attributes, then its JSON block, the last one winning. */
  function readSettings(host) {
    return exitSettings(function (name) {
      return host.getAttribute(name);
    }, block(host));
  }

  /**
   * Readies a mount element: checks its exit addresses (saying in the console what was refused),
   * chooses one of them for this visit and marks the element with it so the widget's link goes
   * there too, and takes its re-worded texts. Once per element; returns what was decided.
   */
  function prepare(host) {
    for (var i = 0; i < prepared.length; i += 1) {
      if (prepared[i].host === host) return prepared[i];
    }
    var settings = readSettings(host);
    var checked = checkExitSetting(settings.url);
    checked.errors.forEach(report);
    var kept = host.getAttribute(CHOSEN);
    var url = checked.urls.indexOf(kept) >= 0 ? kept : checked.urls[Math.floor(Math.random() * checked.urls.length)];
    host.setAttribute(CHOSEN, url);
    if (!prepared.length) compareWithPageExit(url);
    var own = {};
    Object.keys(settings.words).forEach(function (key) {
      if (!checkText(key, settings.words[key])) own[key] = trimHost(settings.words[key]);
    });
    var entry = {
      host: host,
      url: url,
      newTab: isNewTab(settings.newTab),
      words: own,
      // The element's language, once the loader has it (see speak).
      language: {},
      text: function (key) {
        // Inside a frame the shortcut works only while the frame has focus, and the hint says so.
        if (key === 'exit-hint' && !own[key] && inFrame()) key = 'exit-hint-framed';
        return own[key] || entry.language[key] || WORDS[key];
      },
    };
    prepared.push(entry);
    return entry;
  }

  /**
   * Gives a mount element's exit the words of its language (key: text, as in WORDS), or English
   * again with none. A host's own wording still comes first.
   */
  function speak(host, language) {
    var entry = prepare(host);
    entry.language = language || {};
    applyTo(host.shadowRoot || host, entry);
  }

  /** Forgets a mount element (a single-page app removed its widget). */
  function release(host) {
    prepared = prepared.filter(function (p) { return p.host !== host; });
  }

  /** Whether this page is inside a frame: then leaving must move the whole tab, not the frame. */
  function inFrame() {
    try {
      return root.top !== root.self;
    } catch (e) {
      return true;
    }
  }

  /**
   * Replaces the page in the tab, in history too: this page, or inside a frame the top one
   * (a frame may do that after a click, tap or key press, unless a sandbox forbids it). Returns
   * false where it may not.
   */
  function go(target) {
    if (!inFrame()) {
      root.location.replace(target);
      return true;
    }
    try {
      root.top.location.replace(target);
    } catch (e) {
      return false;
    }
    try {
      // Leaving has begun: a top page on this same origin is blanked too, as this one is.
      // Another origin's page cannot be touched; it stays until the tab moves.
      var top = root.top.document;
      top.title = '';
      if (top.body) style(top.body, { visibility: 'hidden' });
    } catch (e) {
      // Another origin.
    }
    return true;
  }

  /** Inside a frame that may not move the tab: the cover says so, plainly, and takes focus. */
  function blocked() {
    overlay.textContent = words('exit-blocked');
    style(overlay, { color: '#0b0c0c', font: '700 20px/1.4 system-ui, sans-serif', padding: '24px' });
    overlay.setAttribute('tabindex', '-1');
    if (overlay.focus) overlay.focus();
    report(NAME + ': this frame may not move the page around it, so the visitor was asked to close the tab. ' +
      'Give the iframe the permission to leave: add allow-top-navigation-by-user-activation to its sandbox attribute, ' +
      'or remove the sandbox attribute.');
  }

  /**
   * From now on this document sends no Referer: the neutral site must not learn where the visitor
   * was, whatever referrer policy the host page set (a later <meta name="referrer"> wins over the
   * header and any earlier one).
   */
  function sendNoReferrer() {
    var meta = document.createElement('meta');
    meta.setAttribute('name', 'referrer');
    meta.setAttribute('content', 'no-referrer');
    (document.head || document.documentElement).appendChild(meta);
  }

  /**
   * Puts the cover above everything: also above what a host shows in the browser's top layer (an
   * open modal <dialog>, a popover, a full-screen element), which no z-index can beat. Shown as a
   * popover it joins the top layer last, so it is on top; a full-screen element is also left.
   */
  function onTop(cover) {
    try {
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
    } catch (e) {
      // Not in full screen, or not allowed: the cover is still shown.
    }
    if (!cover.showPopover) return;
    try {
      cover.setAttribute('popover', 'manual');
      if (cover.matches && cover.matches(':popover-open')) cover.hidePopover();
      cover.showPopover();
    } catch (e) {
      // A browser that will not: the cover stays at the top of the page's own layers.
    }
  }

  /** Leave now: cover everything, forget everything, and replace this page in history. */
  function leave(url) {
    var first = lead();
    var target = url || (first ? first.url : DEFAULT_EXIT_URL);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('data-stalking-help-overlay', '');
      style(overlay, {
        position: 'fixed', inset: '0', 'z-index': '2147483647', background: '#ffffff', margin: '0',
        padding: '16px', border: '0', display: 'block', opacity: '1', visibility: 'visible',
        color: '#595959', font: '16px system-ui, sans-serif', width: 'auto', height: 'auto',
        'max-width': 'none', 'max-height': 'none', overflow: 'hidden', 'box-sizing': 'border-box',
      });
    }
    document.documentElement.appendChild(overlay);
    onTop(overlay);
    // A neutral word, so a screen reader says something is happening, and nothing more. Set once
    // the alert is in the page, which screen readers announce more reliably.
    overlay.setAttribute('role', 'alert');
    overlay.textContent = words('exit-cover');
    if (document.body) style(document.body, { visibility: 'hidden' });
    sendNoReferrer();
    savedTitle = savedTitle === null ? document.title : savedTitle;
    document.title = '';
    if (first && first.newTab) root.open(target, '_blank', 'noopener,noreferrer');
    if (!go(target)) blocked();
    // Forget everything the widgets hold, once the cover has been painted (tearing them down
    // first would delay that paint). Leaving the page, or the back/forward cache taking it,
    // forgets at once (see pagehide below).
    (root.requestAnimationFrame || setTimeout)(function () {
      setTimeout(forget, 0);
    });
  }

  function forget() {
    forgetters.forEach(function (fn) {
      try {
        fn();
      } catch (e) {
        // Already gone.
      }
    });
  }

  /** Writes the shortcut's progress into every widget's polite status line. */
  function announce(text) {
    prepared.forEach(function (p) {
      var places = [p.host.querySelector('[data-quick-exit-status]')];
      if (p.host.shadowRoot) places.push(p.host.shadowRoot.querySelector('[data-quick-exit-status]'));
      places.forEach(function (place) {
        if (place) place.textContent = text;
      });
    });
  }

  // Set while a Shift press completes the shortcut, so the key event that did it can be kept from
  // the page's own quick exit (see install).
  var leftByShift = false;

  var counter = createShiftCounter({
    onProgress: function (remaining) {
      announce(remaining === 1 ? words('exit-count-one') : words('exit-count-other').replace('{n}', String(remaining)));
    },
    onReset: function () {
      announce('');
    },
    onExit: function () {
      leftByShift = true;
      announce(words('exit-leaving'));
      leave();
    },
  });

  /**
   * Another quick exit on the page that this one recognises: GOV.UK Frontend's Exit this page
   * (its button and its skip link). Its click and its Shift count would start a second, ordinary
   * navigation that cancels this one's history replacement, so this one acts for both.
   */
  var PAGE_EXITS = 'a.govuk-exit-this-page__button, a.govuk-js-exit-this-page-skiplink';

  /**
   * With the page's own quick exit going somewhere else, Shift pressed three times goes where the
   * widget's does (it leaves once, for both): say so once, and how to make them one.
   */
  function compareWithPageExit(url) {
    var other = document.querySelector(PAGE_EXITS);
    var there = other && other.getAttribute('href');
    if (there && there !== url && root.console && console.warn) {
      console.warn(NAME + ": this page's own Exit this page goes to " + there + " and the widget's exit to " + url +
        '. Shift pressed three times leaves once, for the widget\'s address; each button goes to its own. To make them ' +
        'the same, set data-exit-url="' + there + '" on the widget.');
    }
  }

  /** Whether an element is an exit link: the widget's own (data-quick-exit) or the page's. */
  function isExitLink(el) {
    return !!el && el.nodeType === 1 && el.tagName.toLowerCase() === 'a' &&
      (el.hasAttribute('data-quick-exit') || (!!el.matches && el.matches(PAGE_EXITS)));
  }

  /** The element that has focus, looking inside shadow roots. */
  function focused() {
    var el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  /** The shortcut counts only while a widget is on the page and nobody is typing. */
  function shortcutApplies() {
    return !!lead() && !isTyping(focused());
  }

  /**
   * Keeps what has focus out from under the widget's sticky exit bar (WCAG 2.4.11): when focus
   * lands on something the bar covers, it is scrolled down into view. The widget's stylesheet
   * gives its controls a scroll margin taller than the bar, which browsers use when they scroll
   * focus into view and which puts "nearest" just below the bar; where a browser ignores it, the
   * page is moved by what is still covered.
   */
  function keepFocusInView(event) {
    var path = event.composedPath ? event.composedPath() : [event.target];
    var el = path[0];
    if (!el || el.nodeType !== 1 || !el.getRootNode) return;
    var shadow = el.getRootNode();
    var bar = shadow && shadow.querySelector && shadow.querySelector('.exit-bar');
    if (!bar || bar.contains(el) || !el.scrollIntoView) return;
    var covered = function () {
      var b = bar.getBoundingClientRect();
      var r = el.getBoundingClientRect();
      return b.height > 0 && r.top < b.bottom && r.bottom > b.top ? r.top - b.bottom - 8 : 0;
    };
    var uncover = function () {
      if (!covered()) return;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // Where the browser ignores the scroll margin, move the page by what is still covered.
      var still = covered();
      if (still) root.scrollBy(0, still);
    };
    // Now, and again once the browser has scrolled the newly focused element into view itself.
    uncover();
    (root.requestAnimationFrame || setTimeout)(uncover);
  }

  /**
   * Watches focus inside a mount element's shadow root (call once it has one). Focus moving
   * between two elements of the same shadow root is never seen by the document, so the watch
   * has to be on the shadow root itself. Also measures where its exit bar must stick (below).
   */
  function watch(host) {
    var shadow = host && host.shadowRoot;
    if (shadow && !shadow.__stalkingHelpWatched) {
      shadow.__stalkingHelpWatched = true;
      shadow.addEventListener('focusin', keepFocusInView, true);
    }
    remeasure();
  }

  /** Starts listening, once per page however many copies of this file run. */
  function install() {
    if (installed || root.__stalkingHelpQuickExitInstalled) return;
    installed = true;
    root.__stalkingHelpQuickExitInstalled = true;
    var lapse = null;
    var now = function () {
      return Date.now();
    };
    // While an input method is composing, keys belong to it (some use Shift to switch modes).
    var composing = function (event) {
      return event.isComposing || event.key === 'Process' || event.keyCode === 229;
    };
    root.addEventListener('keydown', function (event) {
      if (!shortcutApplies() || composing(event)) {
        counter.clear();
        return;
      }
      counter.keydown(event.key, event.repeat, event.code);
    }, true);
    root.addEventListener('keyup', function (event) {
      if (!shortcutApplies() || composing(event)) {
        counter.clear();
        return;
      }
      leftByShift = false;
      counter.keyup(event.key, now(), event.code);
      if (leftByShift) {
        // This press leaves. A quick exit of the page's own (GOV.UK's listens on the document)
        // must not see it: its ordinary navigation would cancel this one's replacement of the
        // page in history, and Back would bring the help page back.
        event.stopImmediatePropagation();
      }
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
    // What the page pins to the top can change as it scrolls (a header that sticks, or slides back
    // in on scrolling up), is resized or turned, or finishes an animation: measure again then.
    ['scroll', 'resize', 'orientationchange'].forEach(function (type) {
      root.addEventListener(type, remeasure, { capture: true, passive: true });
    });
    ['transitionend', 'animationend'].forEach(function (type) {
      document.addEventListener(type, remeasure, { capture: true, passive: true });
    });
    ['transitionrun', 'animationstart'].forEach(function (type) {
      document.addEventListener(type, followAnimation, { capture: true, passive: true });
    });
    // Shift held down for a click (extending a selection) is a modifier, not a press.
    root.addEventListener('pointerdown', function (event) {
      if (event.shiftKey) counter.keydown('Pointer', false, '');
    }, true);
    // Any activation of a quick-exit link, in the page or inside a widget's shadow root, goes
    // through leave(), so it also covers the page and replaces history: a click, tap or Enter,
    // with a modifier key too (which would otherwise open a new tab or window and leave this page
    // on screen), and a middle click (auxclick). Listened for on the window, in the capture phase,
    // before the page's own listeners; a host that has already cancelled the click does not stop it.
    var activate = function (event) {
      if (event.type === 'auxclick' && event.button !== 1) return;
      var path = event.composedPath ? event.composedPath() : [event.target];
      for (var i = 0; i < path.length; i += 1) {
        var el = path[i];
        if (isExitLink(el)) {
          event.preventDefault();
          // The page's own exit's handler would navigate a second time, adding to history.
          if (!el.hasAttribute('data-quick-exit')) event.stopImmediatePropagation();
          // Only an address the rule accepts; anything else leaves for the chosen one.
          var href = el.getAttribute('href');
          leave(href !== null && !checkAddress(href, true) ? href : null);
          return;
        }
      }
    };
    root.addEventListener('click', activate, true);
    root.addEventListener('auxclick', activate, true);
    // Whatever happens next (unload, or the back/forward cache keeping the page), nothing the
    // person answered stays in memory once they have left.
    root.addEventListener('pagehide', function () {
      if (overlay && overlay.parentNode) forget();
    });
    // A page restored from the back/forward cache starts again from blank: no cover, no title
    // change, and fresh widgets with nothing remembered.
    root.addEventListener('pageshow', function (event) {
      if (!event.persisted) return;
      if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
      if (document.body) document.body.style.removeProperty('visibility');
      if (savedTitle !== null) {
        document.title = savedTitle;
        savedTitle = null;
      }
      counter.clear();
      announce('');
      forget();
      restorers.forEach(function (fn) {
        try {
          fn();
        } catch (e) {
          report(NAME + ': could not start again (' + (e && e.message) + ')');
        }
      });
    });
  }

  api.prepare = prepare;
  api.release = release;
  api.install = install;
  api.watch = watch;
  api.leave = leave;
  api.announce = announce;
  api.speak = speak;
  api.block = block;
  api.framed = inFrame;
  api.report = report;
  api.style = style;
  /** `fn` drops a widget's state; called just after leaving and when the page is put away. */
  api.onForget = function (fn) {
    forgetters.push(fn);
  };
  /** `fn` starts the widgets again on a page restored from the back/forward cache. */
  api.onRestore = function (fn) {
    restorers.push(fn);
  };
