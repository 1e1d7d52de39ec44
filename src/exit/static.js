// Stalking help widget: the static version and the plain exit link, drawn by the quick exit's script so they need no WebAssembly.
//
// Part of the quick exit's one closure, not a script of its own: when the widget is packaged,
// rules.js's browser part is made of quick-exit.js, pinned.js and static.js, in that order, so
// every name each uses (the rules, the words, the state of the page) is in scope, and the
// loader carries one closure.

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

  api.build = build;
  api.showStatic = showStatic;
  api.applyTo = applyTo;
