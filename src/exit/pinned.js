// Stalking help widget: where the quick exit's bar sticks.
//
// Part of the quick exit's one closure, not a script of its own: when the widget is packaged,
// rules.js's browser part is made of quick-exit.js, pinned.js and static.js, in that order, so
// every name each uses (the rules, the words, the state of the page) is in scope, and the
// loader carries one closure.

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
