/*
 * Stalking help widget: the quick exit's rules, the part of it that needs no browser.
 *
 * The exit-address check, the host's exit settings and re-worded texts, the Shift counter and
 * what counts as typing: the widget's own rules, kept the same here and tested on both sides
 * against the cases in cases/ (Node runs quick-exit.test.mjs on this file). The quick exit's
 * words are filled in when the widget is packaged, and its browser part (quick-exit.js,
 * pinned.js, static.js) is joined in at the @browser line, in this one closure.
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

  /** Whether a data-exit-new-tab value turns it on: "true", or the attribute with no value. */
  function isNewTab(value) {
    return value !== null && value !== undefined && (trimHost(value) === 'true' || trimHost(value) === '');
  }

  var api = {
    DEFAULT_EXIT_URL: DEFAULT_EXIT_URL,
    isNewTab: isNewTab,
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

  // @browser: quick-exit.js, pinned.js and static.js, joined here when packaged.

  return api;
});
