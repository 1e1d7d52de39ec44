/*
 * Stalking help widget: the framed version's own part.
 *
 * dist/frame.html is a page of its own for hosts that cannot add a script tag but can embed an
 * <iframe> (SharePoint's Embed part, Google Sites, learning platforms). This script runs just
 * before the loader there, and nowhere else, so a script-tag host downloads none of it. For the
 * frame's one mount element (marked data-stalking-help-frame="LIST", LIST being the build's
 * frame-ancestors) it:
 *   - checks the sites around the frame against LIST, the same rule as the Content-Security-Policy
 *     header the server should send (kept here too, for servers that cannot send headers); on a
 *     site not allowed, only the static version shows, and the console says how to allow it;
 *   - with settings=NAME.json in the address, reads a file of that name from the widget's own
 *     folder: the JSON block's settings, and the host's own services as "localServices". The
 *     file lives on the deployer's server, so it is the one place for anything a stranger must
 *     not be able to change: the exit address, every word, hidden services, parts;
 *   - only when the page really is framed by a site on LIST, takes from its own address the few
 *     settings that change no word and no destination (frame.html?region=wales&lang=cy), each
 *     named as its attribute without "data-". A link to frame.html opened on its own, or framed
 *     by a site that is not on the list or will not say who it is, can choose only the settings
 *     file and which of the deployer's languages to speak: anyone can write such a link, and the
 *     person doing the stalking may send it.
 * Leaving the whole tab from inside the frame is the quick exit's part (src/exit/quick-exit.js).
 */
(function (root, factory) {
  'use strict';
  var made = factory(root);
  if (typeof module === 'object' && module && module.exports) {
    module.exports = made; // Node: the tests take the pure parts.
  }
  if (root && root.document && !root.StalkingHelpFrame) {
    root.StalkingHelpFrame = made;
  }
})(typeof window !== 'undefined' ? window : undefined, function (root) {
  'use strict';

  var NAME = 'Stalking help widget';
  var FRAME = 'data-stalking-help-frame';

  /**
   * Whether a page may show inside the frames around it. `sources` is the frame-ancestors list
   * ("'self'", origins such as https://intranet.example.org, https://*.example.org for every
   * subdomain, http://localhost:* for every port); `self` is the page's own origin; `ancestors` the origins of the frames around
   * it, or null where the browser does not say (then the header, if sent, decides).
   */
  function ancestorsAllowed(sources, self, ancestors) {
    if (!ancestors) return true;
    var list = String(sources).toLowerCase().split(/[\t\n\f\r ]+/).filter(Boolean);
    return ancestors.every(function (origin) {
      var o = String(origin).toLowerCase();
      return list.some(function (source) {
        if (source === "'self'") return o === String(self).toLowerCase();
        var bare = source.replace(/\/$/, '');
        var seen = o;
        if (/:\*$/.test(bare)) {
          // Any port: compare without it.
          bare = bare.slice(0, -2);
          seen = seen.replace(/:[0-9]+$/, '');
        }
        var wild = /^(https?:\/\/)\*(\.[^/:]+)$/.exec(bare);
        if (wild) {
          var head = wild[1];
          var tail = wild[2];
          return seen.indexOf(head) === 0 && seen.length > head.length + tail.length && seen.slice(-tail.length) === tail;
        }
        return /^https?:\/\//.test(bare) && seen === bare;
      });
    });
  }

  /**
   * The settings a frame's address may carry, and only when the frame is on a site allowed to
   * frame it: none of them changes a word, a destination or what is left out.
   */
  var ADDRESS_SETTINGS = ['region', 'lang', 'languages', 'heading-level'];
  /**
   * The ones it may carry even opened on its own: `lang` only picks one of the languages the
   * deployer ships (built in, or their own catalogue in the widget's folder), so a link can
   * open the page in Welsh but cannot write a word of it.
   */
  var ALWAYS = ['lang'];

  /**
   * The settings in the frame's address: [attribute, value] pairs to set, the settings file's
   * name (or null), and the console messages for what was not used. `trusted` says the page is
   * framed by a site on its list; otherwise only the settings file is taken.
   */
  function readAddress(search, trusted) {
    var out = { attributes: [], file: null, errors: [] };
    var unused = [];
    new URLSearchParams(search).forEach(function (value, written) {
      var name = written.toLowerCase();
      if (name === 'settings') {
        if (/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/.test(value)) {
          out.file = value;
        } else {
          out.errors.push(NAME + ': settings=' + JSON.stringify(value.slice(0, 80)) + ' was not used: name a .json file ' +
            "in the widget's own folder, like settings=our-settings.json");
        }
      } else if ((trusted && ADDRESS_SETTINGS.indexOf(name) >= 0) || ALWAYS.indexOf(name) >= 0) {
        out.attributes.push(['data-' + name, value]);
      } else {
        unused.push(JSON.stringify(written.slice(0, 40)));
      }
    });
    if (unused.length) {
      out.errors.push(NAME + ': ' + unused.join(', ') + ' in the address ' + (unused.length > 1 ? 'were' : 'was') + ' not used. ' +
        (trusted
          ? 'The address takes only ' + ADDRESS_SETTINGS.join(', ') + ' and settings=NAME.json; '
          : 'This page is not framed by a site allowed to frame it, so its address can choose only the settings file and the language; ') +
        'put every other setting (the exit address, words, hidden services, parts) in the settings file, which a link cannot change.');
    }
    return out;
  }

  /**
   * A settings file's text as the two JSON blocks the widget reads: { config, services }
   * (services undefined when the file has none). Throws with the reason a file cannot be used.
   */
  function readSettingsFile(text) {
    var json;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new Error('it is not valid JSON');
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('it must be a JSON object ({ … })');
    var services = json.localServices;
    delete json.localServices;
    return { config: json, services: services };
  }

  var api = {
    ADDRESS_SETTINGS: ADDRESS_SETTINGS,
    ancestorsAllowed: ancestorsAllowed,
    readAddress: readAddress,
    readSettingsFile: readSettingsFile,
  };
  if (!root || !root.document) {
    return api;
  }

  // --- In the browser. ---

  var document = root.document;
  // The settings file sits beside this script (the widget's own folder). Read now: it is null
  // once this first run is over.
  var own = document.currentScript;

  function report(message) {
    if (root.console && console.error) console.error(message);
  }

  /** The origins of the frames around this page, nearest first, or null where unknown. */
  function ancestors() {
    if (root.location.ancestorOrigins) return Array.prototype.slice.call(root.location.ancestorOrigins);
    var framed;
    try {
      framed = root.top !== root.self;
    } catch (e) {
      framed = true;
    }
    if (!framed || !document.referrer) return framed ? null : [];
    try {
      return [new URL(document.referrer).origin];
    } catch (e) {
      return null;
    }
  }

  /** Puts `value` in a JSON block of the mount element, where the widget reads it. */
  function addBlock(host, attribute, value) {
    var block = document.createElement('script');
    block.setAttribute('type', 'application/json');
    block.setAttribute(attribute, '');
    block.textContent = JSON.stringify(value);
    host.appendChild(block);
  }

  /**
   * Readies the frame's mount element; the loader calls it before anything reads the element.
   * Resolves to whether the full widget may start here.
   */
  api.prepare = function (host) {
    var sources = host.getAttribute(FRAME) || "'self'";
    var around = ancestors();
    if (!ancestorsAllowed(sources, root.location.origin, around)) {
      report(NAME + ': this page is framed by ' + around.join(', ') + ', which is not among the sites allowed to ' +
        'frame it (' + sources + '), so only the simple version shows. To allow it, build with FRAME_ANCESTORS="' +
        sources + ' ' + around[0] + '" (see the README).');
      return Promise.resolve(false);
    }
    // Settings from the address only where a site on the list frames this page and the browser
    // says which site that is: not opened on its own from a link, not where the framing site is
    // unknown.
    var address = readAddress(root.location.search, !!around && around.length > 0);
    address.errors.forEach(report);
    address.attributes.forEach(function (pair) {
      host.setAttribute(pair[0], pair[1]);
    });
    if (!address.file) return Promise.resolve(true);
    var where = new URL(address.file, own && own.src ? own.src : root.location.href).href;
    return fetch(where, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('the server answered ' + response.status);
        return response.text();
      })
      .then(function (text) {
        var blocks = readSettingsFile(text);
        addBlock(host, 'data-config', blocks.config);
        if (blocks.services !== undefined) addBlock(host, 'data-local-services', blocks.services);
      })
      .catch(function (error) {
        report(NAME + ': the settings file ' + where + ' was not used: ' + (error && error.message) +
          '. The widget runs without it.');
      })
      .then(function () {
        return true;
      });
  };
  return api;
});
