// Stalking help widget: the loader's languages.
//
// Part of the loader's one closure, not a script of its own: when the widget is packaged it is
// joined into stalking-help.js at its @languages line, so it uses the loader's names (its base,
// the quick exit, the built-in languages and the English template as packaged, how it reports).
// Which language a mount element asks for and which it is offered; a built-in language fetched
// from lang/ with its integrity hash; a host's own catalogue (a data-catalogue block, or
// lang/TAG.json) checked key by key against English by checkTexts, the rule the widget's own
// check follows.

  /** The language asked for: the element's data-lang or lang, then the page's, then English. */
  function askedFor(host) {
    var given = exit.block(host).lang || host.getAttribute('data-lang') || host.getAttribute('lang') ||
      document.documentElement.getAttribute('lang') || 'en';
    return TAG.test(String(given).trim()) ? String(given).trim() : 'en';
  }

  /** The languages a host offers (data-languages="en cy"), at least the one asked for. */
  function offered(host, current) {
    var list = exit.block(host).languages || host.getAttribute('data-languages') || '';
    var tags = (Array.isArray(list) ? list : String(list).split(/\s+/)).filter(function (t) {
      return TAG.test(t);
    });
    if (tags.length && !tags.some(function (t) { return primary(t) === primary(current); })) tags.unshift(current);
    return tags.map(function (t) {
      return [t, nameOf(t)];
    });
  }

  function primary(tag) {
    return String(tag).split('-')[0].toLowerCase();
  }

  /** A language's name in that language: "Cymraeg", "اردو". */
  function nameOf(tag) {
    if (primary(tag) === 'en') return 'English';
    if (LANGUAGES[primary(tag)]) return LANGUAGES[primary(tag)][2];
    try {
      return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) || tag;
    } catch (e) {
      return tag;
    }
  }

  function fetchJson(file, integrity) {
    var init = { credentials: 'same-origin' };
    if (integrity) init.integrity = integrity;
    return fetch(base + file, init).then(function (response) {
      if (!response.ok) throw new Error(file + ': ' + response.status);
      return response.json();
    });
  }

  var catalogues = {}; // where from -> promise of a language, or null for English
  var template = null;

  /** The English template's keys and texts, fetched (with its hash) the first time it is needed. */
  function loadTemplate() {
    template = template || fetchJson(TEMPLATE[0] || 'lang/en.json', TEMPLATE[1]);
    return template;
  }

  /** A catalogue key of the exit's as the quick exit names it: exit.count_one -> exit-count-one. */
  function exitKey(key) {
    return 'exit-' + key.slice(5).replace(/_/g, '-');
  }

  /**
   * A host's own catalogue (key: text, as in lang/en.json), checked like settings: a missing
   * text falls back to English and one message lists them, an unknown key is named, a text whose
   * placeholders differ from English's is not used. Returns the language in the widget's form.
   */
  function checkCatalogue(tag, given, where) {
    return loadTemplate().then(function (english) {
      // The exit's texts obey the rule a host's data-i18n re-wording does (the widget checks
      // them again): never blank, so the exit can always be found.
      var checked = checkTexts(english, given, function (key, text) {
        return key.indexOf('exit.') === 0 && exit.checkText(exitKey(key), text, true);
      });
      var keys = checked.keys;
      var texts = checked.texts;
      var missing = checked.missing;
      var unknown = checked.unknown;
      var wrong = checked.wrong;
      var about = NAME + ': the ' + tag + ' catalogue (' + where + ')';
      if (missing.length) {
        report(about + ' has no text for ' + missing.length + ' key(s), shown in English: ' + missing.join(', '));
      }
      if (unknown.length) report(about + ' has key(s) this widget does not know, ignored: ' + unknown.join(', '));
      if (wrong.length) report(about + ' has text(s) not used, English shown instead: ' + wrong.join(', '));
      var exitWords = {};
      keys.forEach(function (key, i) {
        if (key.indexOf('exit.') === 0 && texts[i]) exitWords[exitKey(key)] = exit.trimHost(texts[i]);
      });
      var dir = given.dir === 'rtl' || (given.dir !== 'ltr' && RIGHT_TO_LEFT.test(primary(tag))) ? 'rtl' : 'ltr';
      return { catalogue: { lang: tag, dir: dir, texts: texts }, exit: exitWords, fallback: null };
    });
  }

  /**
   * Whether the host has said it provides a language for this element: named in data-lang or
   * data-languages (or the block's lang and languages). A page merely written in a language has
   * not said so.
   */
  function hostProvides(host, tag) {
    var block = exit.block(host);
    var list = block.languages || host.getAttribute('data-languages') || '';
    var named = [block.lang, host.getAttribute('data-lang')].concat(Array.isArray(list) ? list : String(list).split(/\s+/));
    return named.some(function (t) {
      return typeof t === 'string' && TAG.test(t) && primary(t) === primary(tag);
    });
  }

  var unprovided = {}; // tags already said to have no words here

  /**
   * The language for a mount element: null for English (nothing is fetched), a built-in one from
   * lang/ with its integrity hash, or the host's own: a data-catalogue block inside the element,
   * or lang/TAG.json beside the widget's files, looked for only if the host has said it provides
   * that language (so a page in Urdu with no catalogue asks for nothing). A language that cannot
   * be had is reported and English is used.
   */
  function languageFor(host, tag) {
    var code = primary(tag);
    if (code === 'en') return Promise.resolve(null);
    var inline = host.querySelector('script[type="application/json"][data-catalogue]');
    if (!LANGUAGES[code] && !inline && !hostProvides(host, tag)) {
      // Normal, not an error: one quiet word in the console, and no request that would fail.
      if (!unprovided[code] && root.console && console.warn) {
        unprovided[code] = true;
        console.warn(NAME + ': this page is in ' + tag + ', and the widget has no words in it built in, so it speaks ' +
          'English. If you have them, put them in lang/' + tag + '.json beside the widget and add data-lang="' + tag +
          '" to the widget (see Languages in the README).');
      }
      return Promise.resolve(null);
    }
    var from = LANGUAGES[code] ? code : inline ? null : 'lang/' + tag + '.json';
    if (from && catalogues[from]) return catalogues[from];
    var found;
    if (LANGUAGES[code]) {
      found = fetchJson(LANGUAGES[code][0], LANGUAGES[code][1]).then(function (language) {
        return {
          catalogue: { lang: language.lang, dir: language.dir, texts: language.texts },
          exit: language.exit,
          fallback: language.fallback,
        };
      });
    } else if (inline) {
      var given;
      try {
        given = JSON.parse(inline.textContent);
      } catch (e) {
        given = null;
      }
      found = given && typeof given === 'object' && !Array.isArray(given)
        ? checkCatalogue(tag, given, 'the data-catalogue block')
        : Promise.reject(new Error('the data-catalogue block is not a JSON object'));
    } else {
      found = fetchJson(from).then(function (given) {
        return checkCatalogue(tag, given, base + from);
      });
    }
    found = found.catch(function (error) {
      report(NAME + ': no words in ' + tag + ' could be used, so the widget speaks English', error);
      return null;
    });
    if (from) catalogues[from] = found;
    return found;
  }

  var languages = []; // [host, {tag, promise}] pairs: the language each element speaks now

  function languageOf(host) {
    for (var i = 0; i < languages.length; i += 1) {
      if (languages[i][0] === host) return languages[i][1];
    }
    return null;
  }

  /** Starts fetching a mount element's language; once it arrives, its static version and exit speak it. */
  function chooseLanguage(host, tag) {
    var promise = languageFor(host, tag);
    languages = languages.filter(function (pair) { return pair[0] !== host; });
    var entry = { tag: tag, promise: promise, value: null };
    languages.push([host, entry]);
    promise.then(function (language) {
      entry.value = language;
      exit.speak(host, language && language.exit);
      // The framed version is a page of its own: its language, direction and title follow.
      if (host.hasAttribute(FRAME) && language) {
        document.documentElement.setAttribute('lang', language.catalogue.lang);
        document.documentElement.setAttribute('dir', language.catalogue.dir);
        if (language.catalogue.texts[0]) document.title = language.catalogue.texts[0];
      }
      var holder = host.shadowRoot && host.shadowRoot.querySelector('[data-stalking-help-fallback]');
      if (holder && language && language.fallback && !host.hasAttribute('data-stalking-help-init')) {
        while (holder.firstChild) holder.removeChild(holder.firstChild);
        holder.appendChild(exit.build(language.fallback));
        exit.applyTo(holder, exit.prepare(host));
      }
    });
    return promise;
  }

