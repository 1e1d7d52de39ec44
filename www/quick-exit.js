/*
 * Stalking help widget: the quick exit.
 *
 * One file, used by every way of adding the widget to a page, so they all leave the same way:
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
 * Its rules (the exit-address check, the host's re-worded texts) are the widget's own, kept the
 * same here and tested against one list of cases in tests/fixtures/. It never throws into the
 * host page: problems are logged to the console.
 */
(function (root, factory) {
  'use strict';
  var made = factory(root);
  if (typeof module === 'object' && module && module.exports) {
    module.exports = made; // Node: the tests take the pure parts.
  }
  if (root && root.document && !root.StalkingHelpQuickExit) {
    root.StalkingHelpQuickExit = made;
  }
})(typeof window !== 'undefined' ? window : undefined, function (root) {
  'use strict';

  var NAME = 'Stalking help widget';
  var DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;
  var MAX_ADDRESS = 2000;
  var MAX_TEXT = 300;
  /** Set on a mount element: the exit address chosen for this visit, which the widget reads. */
  var CHOSEN = 'data-stalking-help-exit';

  // The widget's own words for the quick exit (the catalogue, src/words/english.rs), filled in by the packaging step
  // (pkg-config/package.mjs); these are the same, for the unpackaged source. A test checks they
  // match.
  var WORDS = {"exit-label":"Exit this page","exit-hint":"Or press either Shift key 3 times, when you are not typing in a box.","exit-count-one":"Shift, press 1 more time to exit","exit-count-other":"Shift, press {n} more times to exit","exit-leaving":"Exiting page","exit-cover":"Loading","exit-hint-framed":"Or press either Shift key 3 times, after you tap or click in this box and when you are not typing.","exit-blocked":"This box could not close the page around it. To leave, close this tab or window now."};

  /**
   * Whether a web address is safe to send a visitor to: the rule of the widget's own
   * `validate::web_url` (src/data/validate.rs), step for step. Returns null, or why not.
   */
  function checkAddress(input, allowHttp) {
    var text = String(input);
    if (!text) return 'it is empty';
    if (text.length > MAX_ADDRESS) return 'it is longer than ' + MAX_ADDRESS + ' characters';
    var lower = text.toLowerCase();
    var rest;
    if (lower.indexOf('https://') === 0) {
      rest = lower.slice(8);
    } else if (allowHttp && lower.indexOf('http://') === 0) {
      rest = lower.slice(7);
    } else {
      return JSON.stringify(text) + (allowHttp ? ' is not an absolute http: or https: address' : ' is not an https: address; it is not an absolute address a visitor can trust');
    }
    for (var i = 0; i < text.length; i += 1) {
      var code = text.charCodeAt(i);
      var c = text.charAt(i);
      if (code < 0x21 || code > 0x7e || '"<>`\\{}|^'.indexOf(c) >= 0) {
        return JSON.stringify(text) + ' contains a character not allowed in an address: ' + JSON.stringify(c) +
          (code > 0x7e ? ' (write a name like bücher.example in its xn-- form)' : '');
      }
    }
    var authority = rest.split(/[/?#]/)[0];
    if (authority.indexOf('@') >= 0) return JSON.stringify(text) + ' carries a user name, which can disguise where it goes';
    if (/[[\]]/.test(authority)) return JSON.stringify(text) + ' has no valid host name (write a name, not an IPv6 address)';
    var colon = authority.indexOf(':');
    var host = colon < 0 ? authority : authority.slice(0, colon);
    if (colon >= 0) {
      var port = authority.slice(colon + 1);
      if (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
        return JSON.stringify(text) + ' has a port that is not a number from 1 to 65535';
      }
    }
    var labelOk = function (l) {
      return l.length >= 1 && l.length <= 63 && /^[a-z0-9-]+$/.test(l) && l.charAt(0) !== '-' && l.charAt(l.length - 1) !== '-';
    };
    if (host.length > 253 || !host.split('.').every(labelOk) || (host.indexOf('.') < 0 && host !== 'localhost')) {
      return JSON.stringify(text) + ' has no valid host name';
    }
    return null;
  }

  /**
   * Space around and between a host's values: JavaScript's own white space (\s) and U+0085, the
   * same set the widget trims (`is_host_space` in src/config/mod.rs), so a value the two see
   * differently cannot exist.
   */
  var SPACES = /[\s\u0085]+/;
  function trimHost(text) {
    return String(text).replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
  }

  // A character that can be read on its own: not a space, a control, ASCII or Latin-1
  // punctuation or symbol, general punctuation (dashes, ellipses, zero-width and direction marks),
  // a combining mark, a variation selector or a blank filler. The widget's `readable` in
  // src/words/mod.rs, range for range.
  var READABLE = /[^\s\u0085\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u0300-\u036f\u115f\u1160\u180e\u2000-\u206f\u2800\u3000-\u303f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;

  /**
   * A host's data-exit-url: one address or several separated by spaces. Returns the accepted
   * ones (the default when none is) and a console message for each refused one.
   */
  function checkExitSetting(value) {
    if (value === null || value === undefined) return { urls: [DEFAULT_EXIT_URL], errors: [] };
    var all = String(value).split(SPACES).filter(Boolean);
    var urls = [];
    var errors = [];
    (all.length ? all : ['']).forEach(function (address) {
      var why = checkAddress(address, true);
      if (why) {
        errors.push(NAME + ': data-exit-url=' + JSON.stringify(address.slice(0, 80)) + ' was not used: ' + why +
          '. Only absolute https: or http: addresses are accepted; ' + (all.length > 1 ? 'the others are used' : 'using ' + DEFAULT_EXIT_URL));
      } else {
        urls.push(address);
      }
    });
    return { urls: urls.length ? urls : [DEFAULT_EXIT_URL], errors: errors };
  }

  /**
   * Whether a host's text for one of these keys may be used: the widget's own rule
   * (`text_problem` in src/words/mod.rs), for a data-i18n re-wording and for a catalogue's exit
   * texts alike. `anyLanguage`: from a catalogue, whose label need not be the English "Exit".
   */
  function checkText(key, value, anyLanguage) {
    var text = trimHost(value);
    if (!text) return 'it is empty';
    if (!READABLE.test(text)) return 'it has nothing to read (no letter, digit or other visible character), so it would look blank';
    if (Array.from(text).length > MAX_TEXT) return 'it is longer than ' + MAX_TEXT + ' characters';
    if (key === 'exit-label' && !anyLanguage && text.toLowerCase().indexOf('exit') < 0) return 'the quick exit\'s label must contain the word "Exit"';
    if (key === 'exit-count-other' && text.indexOf('{n}') < 0) return 'it must contain {n}, where the number of presses goes';
    return null;
  }

  /**
   * Counts Shift presses. A press counts when a Shift key goes up without another key having
   * been pressed while a Shift key was down (so Shift+A, or typing capitals, never counts).
   * Either Shift key counts, and pressing the two so that they overlap counts each. Any other
   * key starts the count again; so does a gap: the presses must fall within `windowMs` of the
   * first. `onProgress(remaining)` is called after each counted press that does not yet exit,
   * `onReset()` when a count in progress lapses or is broken, and `onExit()` after the last press.
   * Pure: time comes from the caller, so it is tested without a browser.
   */
  function createShiftCounter(options) {
    var presses = options.presses || SHIFT_PRESSES;
    var windowMs = options.windowMs || SHIFT_WINDOW_MS;
    var count = 0;
    var firstAt = 0;
    var down = []; // the Shift keys held, by code (ShiftLeft, ShiftRight)
    var usedAsModifier = false;

    function reset(quietly) {
      var hadCount = count > 0;
      count = 0;
      if (hadCount && !quietly && options.onReset) {
        options.onReset();
      }
    }

    return {
      keydown: function (key, repeat, code) {
        if (key === 'Shift') {
          var which = code || 'Shift';
          if (!repeat && down.indexOf(which) < 0) {
            if (!down.length) usedAsModifier = false;
            down.push(which);
          }
          return;
        }
        if (down.length) {
          usedAsModifier = true;
        }
        reset(false);
      },
      keyup: function (key, now, code) {
        if (key !== 'Shift') {
          return;
        }
        var at = down.indexOf(code || 'Shift');
        if (at < 0) {
          return;
        }
        down.splice(at, 1);
        if (usedAsModifier) {
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
      /** Forget everything, e.g. when the window loses focus or someone starts typing. */
      clear: function () {
        down = [];
        usedAsModifier = false;
        reset(false);
      },
    };
  }

  /**
   * Input types that take no typed text. Every other input does: the browser treats an unknown
   * or obsolete type ("txt", "datetime") as text, and so does this.
   */
  var UNTYPED = ['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color', 'hidden'];

  /**
   * Whether keys pressed now go into a text field, a select or an editable element. An input is
   * judged by its real type (`el.type`, which the browser works out), never its attribute.
   */
  function isTyping(el) {
    if (!el || el.nodeType !== 1) return false;
    var tag = el.tagName.toLowerCase();
    if (tag === 'textarea' || tag === 'select') return true;
    if (tag === 'input') return UNTYPED.indexOf(String(el.type).toLowerCase()) < 0;
    return !!el.isContentEditable;
  }

  /**
   * A JSON block's value as the text of a setting, as the widget reads it (`Plain::as_setting`
   * in src/data/plain.rs): text; a list of texts joined by spaces; a whole number; true or false.
   * Anything else (null, an object, a list holding something other than text) is no setting:
   * null, and the attribute's value stands.
   */
  function asSetting(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return String(value);
    if (typeof value === 'number') return isFinite(value) && value % 1 === 0 && Math.abs(value) < 1e9 ? String(value) : null;
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i += 1) if (typeof value[i] !== 'string') return null;
      return value.join(' ');
    }
    return null;
  }

  /**
   * The exit's settings from a mount element's attribute values (`attribute(name)`, null when
   * absent) and its JSON block (an object): the block wins where it holds a setting.
   */
  function exitSettings(attribute, json) {
    var settings = { url: attribute('data-exit-url'), newTab: attribute('data-exit-new-tab'), words: {} };
    Object.keys(WORDS).forEach(function (key) {
      var value = attribute('data-i18n.' + key);
      if (value !== null) settings.words[key] = value;
    });
    var own = function (name) {
      return Object.prototype.hasOwnProperty.call(json, name) ? asSetting(json[name]) : null;
    };
    if (own('exitUrl') !== null) settings.url = own('exitUrl');
    if (own('exitNewTab') !== null) settings.newTab = own('exitNewTab');
    var strings = json.strings && typeof json.strings === 'object' && !Array.isArray(json.strings) ? json.strings : {};
    Object.keys(strings).forEach(function (camel) {
      var key = camel.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      var value = asSetting(strings[camel]);
      if (Object.prototype.hasOwnProperty.call(WORDS, key) && value !== null) settings.words[key] = value;
    });
    return settings;
  }

  var api = {
    DEFAULT_EXIT_URL: DEFAULT_EXIT_URL,
    WORDS: WORDS,
    CHOSEN: CHOSEN,
    checkAddress: checkAddress,
    checkExitSetting: checkExitSetting,
    checkText: checkText,
    createShiftCounter: createShiftCounter,
    isTyping: isTyping,
    exitSettings: exitSettings,
    trimHost: trimHost,
  };
  if (!root || !root.document) {
    return api;
  }

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
      newTab: trimHost(settings.newTab) === 'true' || (settings.newTab !== null && trimHost(settings.newTab) === ''),
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

  // --- The exit bar below what the page pins to the top. ---

  /** Set on each mount element: how far down the exit bar sticks (the widget's stylesheet reads it). */
  var PINNED = '--stalking-help-pinned-top';

  /**
   * Whether an element (or one it sits in, up to the widget's own containers) is pinned by the
   * page: fixed or sticky, and no taller than half the screen (a backdrop or a full-screen panel
   * is not a header). Returns that element.
   */
  function pinnedBox(el, host) {
    for (var a = el; a && a.nodeType === 1 && a !== document.documentElement && a !== document.body; a = a.parentElement) {
      if (a.contains(host)) return null;
      var position = getComputedStyle(a).position;
      if (position === 'fixed' || position === 'sticky') {
        return a.getBoundingClientRect().height < (root.innerHeight || 0) / 2 ? a : null;
      }
    }
    return null;
  }

  /**
   * How far from the top of the screen the widget's exit bar must stick to stay clear of what
   * the page pins there (a sticky or fixed header, a banner above it, a header that slides back
   * in on scrolling up): the bottom of the lowest such element painted above the widget, across
   * the widget's width. Found by asking the browser what is at the top of the screen, so no
   * guess about the page's markup is needed. Never more than half the screen.
   */
  function pinnedTop(host) {
    var box = host.getBoundingClientRect();
    var width = root.innerWidth || 0;
    var left = Math.max(0, box.left);
    var right = Math.min(width, box.right);
    if (right - left < 4 || !document.elementsFromPoint) return 0;
    var xs = [left + 2, (left + right) / 2, right - 2];
    var top = 0;
    for (var round = 0; round < 4; round += 1) {
      var next = top;
      for (var i = 0; i < xs.length; i += 1) {
        var stack = document.elementsFromPoint(xs[i], top + 1);
        for (var j = 0; j < stack.length; j += 1) {
          // Nothing of the page is painted above the widget here.
          if (stack[j] === host) break;
          if (stack[j] === overlay || stack[j].contains(host)) continue;
          var pinned = pinnedBox(stack[j], host);
          if (pinned) {
            var r = pinned.getBoundingClientRect();
            if (r.top <= top + 1 && r.bottom > top) next = Math.max(next, r.bottom);
            break;
          }
        }
      }
      if (next <= top + 0.5) break;
      top = next;
    }
    return Math.min(Math.ceil(top), Math.floor((root.innerHeight || 0) / 2));
  }

  var measuring = false;
  var framesLeft = 0; // frames still to measure while the page animates
  var saidBadTop = false;

  /**
   * A host's own height for the bar (--help-widget-exit-top on the mount element, in px), for a
   * header this cannot measure; 0 without one. A value that is not a length in px is named once
   * in the console and not used.
   */
  function hostTop(host) {
    var value = trimHost(getComputedStyle(host).getPropertyValue('--help-widget-exit-top'));
    if (!value) return 0;
    var px = /^([0-9]+(\.[0-9]+)?)(px)?$/.exec(value);
    if (px && (px[3] || Number(px[1]) === 0)) return Math.min(Number(px[1]), 400);
    if (!saidBadTop) {
      saidBadTop = true;
      report(NAME + ': --help-widget-exit-top: ' + JSON.stringify(value.slice(0, 40)) + ' was not used: give a height in px, such as 64px.');
    }
    return 0;
  }

  /** Measures every frame for a while: a header sliding in moves the bar with it as it goes. */
  function followAnimation() {
    framesLeft = 40;
    remeasure();
  }

  /** Measures again for every widget, once per frame at most. */
  function remeasure() {
    if (measuring || !root.requestAnimationFrame) return;
    measuring = true;
    root.requestAnimationFrame(function () {
      measuring = false;
      if (framesLeft > 0) {
        framesLeft -= 1;
        remeasure();
      }
      prepared.forEach(function (p) {
        if (!p.host.isConnected || !p.host.shadowRoot) return;
        var px = Math.max(pinnedTop(p.host), hostTop(p.host)) + 'px';
        if (p.host.style.getPropertyValue(PINNED) !== px) p.host.style.setProperty(PINNED, px);
      });
    });
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

  /**
   * Puts a host's exit address and words into a static version or a plain exit link: the link's
   * address and label, and the shortcut hint.
   */
  function applyTo(container, entry) {
    var link = container.querySelector('[data-quick-exit]');
    if (link) {
      link.setAttribute('href', entry.url);
      link.textContent = entry.text('exit-label');
    }
    var hint = container.querySelector('.exit-hint');
    if (hint) hint.textContent = entry.text('exit-hint');
  }

  /** Builds a node of a static version's tree: elements and text only, no HTML parsing. */
  function build(node) {
    if (typeof node === 'string') {
      return document.createTextNode(node);
    }
    var el = document.createElement(node[0]);
    var attributes = node[1] || {};
    for (var name in attributes) {
      if (Object.prototype.hasOwnProperty.call(attributes, name)) {
        el.setAttribute(name, attributes[name]);
      }
    }
    for (var i = 2; i < node.length; i += 1) {
      el.appendChild(build(node[i]));
    }
    return el;
  }

  /**
   * Gives a mount element a plain, working exit link, for a browser with no shadow roots or
   * constructed stylesheets (or a static version that could not be drawn).
   */
  function plainExit(host) {
    var entry = prepare(host);
    if (!host.querySelector('[data-quick-exit]')) {
      var link = build(['a', { rel: 'nofollow noreferrer', 'data-quick-exit': '' }]);
      style(link, {
        display: 'block', padding: '12px 16px', background: '#b10e1e', color: '#ffffff', 'font-weight': '700',
        'font-family': 'system-ui, sans-serif', 'font-size': '18px', 'text-align': 'center', 'text-decoration': 'none',
        'border-radius': '6px',
      });
      var status = build(['p', { role: 'status', 'data-quick-exit-status': '' }]);
      style(status, {
        position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', 'white-space': 'nowrap',
      });
      host.insertBefore(status, host.firstChild);
      host.insertBefore(link, host.firstChild);
    }
    applyTo(host, entry);
  }

  /**
   * Shows a static version (`tree`, as the packaging step writes it: the exit, 999, 101 and the
   * main helplines) in a mount element's shadow root, styled with `styles`, with the host's exit
   * address and words. Before the WebAssembly runs, and instead of it where it cannot, only in a
   * shadow root of its own making (someone else's is left alone). With `failed`, in place of a
   * widget that stopped working: whatever that widget left is removed, the sentence saying so
   * shows, and it takes focus if focus was in the widget. Where no static version can be drawn,
   * a plain exit link stands in. Never throws.
   */
  function showStatic(host, tree, styles, failed) {
    try {
      var shadow = host.shadowRoot;
      if (!tree || (shadow && !failed) || (!shadow && !host.attachShadow) || !('adoptedStyleSheets' in Document.prototype)) {
        plainExit(host);
        return;
      }
      shadow = shadow || host.attachShadow({ mode: 'open' });
      var hadFocus = !!shadow.activeElement;
      // Node by node, not innerHTML: a page that enforces Trusted Types refuses that.
      while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
      if (!shadow.adoptedStyleSheets.length) {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(styles);
        shadow.adoptedStyleSheets = [sheet];
      }
      var holder = build(['div', { class: 'root', 'data-stalking-help-fallback': '' }, tree]);
      applyTo(holder, prepare(host));
      shadow.appendChild(holder);
      watch(host);
      var note = failed && holder.querySelector('.fallback-failed');
      if (note) {
        note.removeAttribute('hidden');
        if (hadFocus && note.focus) note.focus();
      }
    } catch (e) {
      try {
        plainExit(host);
      } catch (again) {
        report(NAME + ': could not show the simple version (' + (e && e.message) + ')');
      }
    }
  }

  api.prepare = prepare;
  api.build = build;
  api.showStatic = showStatic;
  api.release = release;
  api.install = install;
  api.watch = watch;
  api.leave = leave;
  api.announce = announce;
  api.applyTo = applyTo;
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
  return api;
});
