// The widget's promises in Gecko (Firefox ESR) and WebKit (WebKitGTK, Safari's engine), on a
// phone-sized and a desktop window, from Debian's packages only (see drivers.mjs). Chromium runs
// the full suite under Playwright; here each other engine runs the promises: it renders from the
// script tag; the quick exit by link and by Shift pressed three times covers the page and
// replaces it in history; a page restored from the back/forward cache starts blank; a full
// journey (the self-check by keyboard, a finder search) asks for nothing beyond the widget's
// files and stores nothing. The framed version, inside an intranet page on another origin, leaves
// the whole tab by its link and by Shift, and warns in a sandbox that forbids it. Last, a loader broken on purpose (leaving adds to history instead of
// replacing) must fail the exit check in all three engines, Chromium included.
//
//   node --test tests/engines/     (after pkg-config/build; ./tests/run installs what is missing)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium, firefox, webkit, until } from './drivers.mjs';
import framedSetup from '../framed-setup.mjs';
import { decodePng, inkIn } from '../browser/pixels.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCREENS = [['phone', 390, 844], ['desktop', 1280, 800]];
const ENGINES = [['Gecko', firefox], ['WebKit', webkit]];

/** Starts the test server (with every request logged) on a free port. */
async function server(extra = []) {
  const port = 5100 + Math.floor(Math.random() * 800);
  const child = spawn('node', ['www/server.mjs', '--port', String(port), '--fixtures', '--log-requests', ...extra], { cwd: ROOT });
  const requests = [];
  const referers = []; // [path, the Referer it came with]
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      if (line.startsWith('request ')) requests.push(line.slice(8));
      if (line.startsWith('referer ')) referers.push(line.slice(8).split(' '));
    }
  });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { origin: `http://127.0.0.1:${port}`, requests, referers, stop: async () => { child.kill(); await once(child, 'exit'); } };
}

// --- Run in the page. ---

/** Resolves once the loader has started every widget and the live one has drawn. */
function widgetReady() {
  const api = window.StalkingHelpWidget;
  if (!api || !api.ready) return false;
  return api.ready.then((n) => {
    const host = document.querySelector('[data-stalking-help]');
    const h2 = host && host.shadowRoot && host.shadowRoot.querySelector('.root > .widget h2');
    return n > 0 && !!h2 && { started: n, title: h2.textContent };
  });
}

/** The centre of an element in the widget's shadow root, scrolled into view. */
function centreOf(selector) {
  const el = document.querySelector('[data-stalking-help]').shadowRoot.querySelector(selector);
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The focused element in the widget: its tag and text (or its label's). */
function focusedText() {
  const root = document.querySelector('[data-stalking-help]').shadowRoot;
  const el = root.activeElement;
  if (!el) return '';
  const label = el.id && root.querySelector(`label[for="${el.id}"]`);
  return `${el.tagName.toLowerCase()} ${(label ? label.textContent : el.textContent).trim()}`;
}

// --- Steps. ---

async function openWidget(d, origin, path = '/fixtures/engines.html') {
  await d.goto(origin + path);
  return d.waitFor(widgetReady);
}

/** Arrives at the help page by a link from another page, so history has a page before it. */
async function arrive(d, origin) {
  await d.goto(`${origin}/fixtures/start.html`);
  await d.evaluate(() => { document.querySelector('a').href = '/fixtures/engines.html'; });
  const link = await d.evaluate(() => { const r = document.querySelector('a').getBoundingClientRect(); return { x: r.left + 5, y: r.top + r.height / 2 }; });
  await d.click(link.x, link.y);
  await d.waitForUrl((u) => u.includes('/fixtures/engines.html'));
  await d.waitFor(widgetReady);
  return d.evaluate(() => history.length);
}

async function expectLeftWithHistoryReplaced(d, origin, before) {
  await d.waitForUrl((u) => u.includes('/fixtures/neutral.html'));
  await d.waitFor(() => document.readyState === 'complete' && document.title === 'Weather');
  assert.equal(await d.evaluate(() => history.length), before, 'leaving adds nothing to history');
  await d.back();
  const back = await d.waitForUrl((u) => !u.includes('neutral.html'));
  assert.match(back, /\/fixtures\/start\.html$/, 'Back skips the help page');
}

async function exitByShift(d, origin) {
  const before = await arrive(d, origin);
  for (let i = 0; i < 3; i += 1) await d.press('Shift');
  await expectLeftWithHistoryReplaced(d, origin, before);
}

/** Presses Tab until the focused element starts with `text`. */
async function tabTo(d, text) {
  for (let i = 0; i < 150; i += 1) {
    await d.press('Tab');
    const now = await d.evaluate(focusedText);
    if (now.split(' ').slice(1).join(' ').startsWith(text)) return now;
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

for (const [engine, launch] of ENGINES) {
  test(`${engine}: the promises, on a phone-sized and a desktop window`, async (t) => {
    const srv = await server();
    const d = await launch();
    t.after(async () => {
      await d.close();
      await srv.stop();
    });
    t.diagnostic(`${d.name}: ${d.version}`);

    for (const [screen, width, height] of SCREENS) {
      const got = await d.viewport(width, height);
      t.diagnostic(`${screen}: asked for ${width}×${height}, the page has ${got.width}×${got.height}`);
      assert.ok(got.width <= width + 80, `a ${screen}-sized window (${got.width} px wide)`);

      await t.test(`${screen}: renders from the script tag, with the exit on screen wherever the visitor scrolls`, async () => {
        const ready = await openWidget(d, srv.origin, '/');
        assert.equal(ready.title, 'Help with stalking and harassment');
        const count = await d.waitFor(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.finder .count')?.textContent);
        assert.match(count, /^\d+ services found$/);
        for (const selector of ['.check', '.finder .services > li:nth-child(4)', '.guidance > details:last-of-type']) {
          const exit = await d.evaluate((sel) => {
            const root = document.querySelector('[data-stalking-help]').shadowRoot;
            root.querySelector(sel).scrollIntoView({ block: 'center' });
            const link = root.querySelector('.root > .widget a.exit');
            const r = link.getBoundingClientRect();
            const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return { onScreen: r.top >= -0.5 && r.bottom <= innerHeight + 0.5, hits: !!hit && link.contains(hit) };
          }, selector);
          assert.deepEqual(exit, { onScreen: true, hits: true }, `the exit bar at ${selector}`);
        }
      });

      await t.test(`${screen}: the exit link leaves, covering the page first and replacing it in history`, async () => {
        await openWidget(d, srv.origin);
        const during = await d.evaluate(() => {
          document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget a.exit').click();
          const overlay = document.querySelector('[data-stalking-help-overlay]');
          return { covered: !!overlay && overlay.getBoundingClientRect().height >= innerHeight, title: document.title, body: getComputedStyle(document.body).visibility };
        });
        assert.deepEqual(during, { covered: true, title: '', body: 'hidden' });
        await d.waitForUrl((u) => u.includes('/fixtures/neutral.html'));

        const before = await arrive(d, srv.origin);
        const link = await d.evaluate(centreOf, '.root > .widget a.exit');
        await d.click(link.x, link.y);
        await expectLeftWithHistoryReplaced(d, srv.origin, before);
      });

      await t.test(`${screen}: Shift pressed three times leaves, replacing the page in history`, async () => {
        await exitByShift(d, srv.origin);
      });

      await t.test(`${screen}: a page restored from the back/forward cache starts blank`, async () => {
        await arrive(d, srv.origin);
        const summary = await d.evaluate(centreOf, '.root > .widget .guidance summary');
        await d.click(summary.x, summary.y);
        await d.waitFor(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelectorAll('.guidance details[open]').length === 1);
        await d.evaluate(() => { window.__stillHere = true; });
        const away = await d.evaluate(() => {
          const a = document.querySelector('h1 + p a');
          a.scrollIntoView({ block: 'center' });
          const r = a.getBoundingClientRect();
          return { x: r.left + 5, y: r.top + r.height / 2 };
        });
        await d.click(away.x, away.y);
        await d.waitForUrl((u) => u.includes('/fixtures/start.html'));
        await d.back();
        await d.waitForUrl((u) => u.includes('/fixtures/engines.html'));
        const after = await d.waitFor(() => {
          const root = document.querySelector('[data-stalking-help]').shadowRoot;
          const live = root && root.querySelector('.root > .widget h2');
          return live && { restored: window.__stillHere === true, open: root.querySelectorAll('details[open]').length, overlay: !!document.querySelector('[data-stalking-help-overlay]'), title: document.title };
        });
        // A fresh load would pass the checks below too: the page must really have come back from
        // the cache (a script's variable survived), or this test proves nothing.
        assert.equal(after.restored, true, 'the page came back from the back/forward cache');
        assert.deepEqual([after.open, after.overlay, after.title], [0, false, 'Help page (engines)'], 'nothing left open, no cover, the title back');
      });

      await t.test(`${screen}: the self-check by keyboard, a finder search, every part opened, and nothing asked for or stored beyond the widget`, async () => {
        srv.requests.length = 0;
        await openWidget(d, srv.origin);
        await d.evaluate(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget a.exit').focus());
        await tabTo(d, 'Start the check');
        await d.press('Enter');
        const pages = await d.waitFor(() => {
          const progress = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.check .progress')?.textContent;
          const m = progress && /^Step 1 of (\d+)$/.exec(progress);
          return m && Number(m[1]);
        });
        // The behaviour groups fold away under their names: Enter opens one.
        await tabTo(d, 'In person');
        await d.press('Enter');
        await tabTo(d, 'Following me');
        await d.press('Space');
        await tabTo(d, 'Turning up at my home');
        await d.press('Space');
        for (let step = 1; step < pages; step += 1) {
          await tabTo(d, 'Next');
          await d.press('Enter');
        }
        await tabTo(d, 'See what it could be');
        await d.press('Enter');
        const headline = await d.waitFor(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.result h3')?.textContent);
        assert.equal(headline, "What you've described could be stalking");

        const search = await d.evaluate(centreOf, '.finder input[type="search"]');
        await d.click(search.x, search.y);
        await d.type('revenge');
        const names = await d.waitFor(() => {
          const cards = [...document.querySelector('[data-stalking-help]').shadowRoot.querySelectorAll('.finder .service h4')].map((h) => h.textContent);
          return cards.length === 1 && cards;
        });
        assert.deepEqual(names, ['Revenge Porn Helpline']);

        // Every part opened: the record by keyboard (its code arrives then, and its heading takes
        // focus), an entry begun; a guidance topic unfolded.
        await tabTo(d, 'Open the record');
        await d.press('Enter');
        await d.waitFor(() => document.querySelector('[data-stalking-help]').shadowRoot.activeElement?.id === 'record-title');
        await tabTo(d, 'Add an entry');
        await d.press('Enter');
        await d.waitFor(() => !!document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.record form #record-what'));
        await tabTo(d, 'Cancel');
        await d.press('Enter');
        await tabTo(d, 'What is harassment?');
        await d.press('Enter');
        await d.waitFor(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelectorAll('.guidance details[open]').length === 1);
        for (const piece of ['checker', 'record']) {
          const fetched = srv.requests.filter((p) => new RegExp(`^/widget/stalking_help_widget_${piece}\\.[0-9a-f]{12}\\.wasm$`).test(p));
          assert.equal(fetched.length, 1, `the ${piece}'s piece fetched once, when opened`);
        }

        // One Shift press, announced, away from the search box.
        await d.evaluate(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget a.exit').focus());
        await d.press('Shift');
        const said = await d.waitFor(() => document.querySelector('[data-stalking-help]').shadowRoot.querySelector('[data-quick-exit-status]')?.textContent);
        assert.equal(said, 'Shift, press 2 more times to exit');

        const stored = await d.evaluate(async () => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
          databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
          caches: typeof caches === 'object' ? (await caches.keys()).length : 0,
        }));
        assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 }, 'nothing stored');
        const loaded = await d.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        const allowed = /^\/(fixtures\/engines\.html|widget\/stalking-help\.js|widget\/stalking_help_widget\.[0-9a-f]{12}\.js|widget\/stalking_help_widget_bg\.[0-9a-f]{12}\.wasm|widget\/stalking_help_widget_split\.[0-9a-f]{12}\.js|widget\/stalking_help_widget_[a-z0-9]+\.[0-9a-f]{12}\.wasm)$/;
        for (const url of loaded) {
          assert.ok(url.startsWith(srv.origin), `${url} is not on the page's own server`);
          assert.match(new URL(url).pathname, allowed);
        }
        assert.deepEqual(srv.requests.map((r) => r.replace(/\?.*$/, '')).filter((p) => !allowed.test(p)), [], 'the server saw nothing else');
        assert.ok(srv.requests.some((p) => p.endsWith('.wasm')), 'the widget did load');
      });

      await t.test(`${screen}: a Welsh page speaks Welsh, its catalogue the one file more, checked by its hash`, async () => {
        srv.requests.length = 0;
        await openWidget(d, srv.origin, '/fixtures/welsh.html');
        const seen = await d.waitFor(() => {
          const live = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget');
          return live && live.getAttribute('lang') === 'cy' && {
            title: live.querySelector('h2').textContent,
            exit: live.querySelector('a.exit').textContent,
            dir: getComputedStyle(live).direction,
          };
        });
        assert.deepEqual(seen, { title: 'Help gyda stelcian ac aflonyddu', exit: 'Gadael y dudalen hon', dir: 'ltr' });
        const allowed = /^\/(fixtures\/welsh\.html|widget\/stalking-help\.js|widget\/stalking_help_widget\.[0-9a-f]{12}\.js|widget\/stalking_help_widget_bg\.[0-9a-f]{12}\.wasm|widget\/stalking_help_widget_split\.[0-9a-f]{12}\.js|widget\/stalking_help_widget_[a-z0-9]+\.[0-9a-f]{12}\.wasm|widget\/lang\/cy\.[0-9a-f]{12}\.json)$/;
        assert.deepEqual(srv.requests.map((r) => r.replace(/\?.*$/, '')).filter((p) => !allowed.test(p)), [], 'the server saw nothing else');
        assert.ok(srv.requests.some((p) => /\/lang\/cy\./.test(p)), 'the Welsh catalogue was fetched');
        const stored = await d.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
        assert.deepEqual(stored, { cookie: '', local: 0, session: 0 }, 'nothing stored');
      });
    }
  });
}

// --- The framed version, inside an intranet page on another origin (localhost, not 127.0.0.1). ---

/** Where the framing page's frame is on the page. */
function frameBox() {
  const r = document.querySelector('#help').getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/** In the frame: whether its full widget has drawn, and where its exit link is within it. */
function framedState() {
  const host = document.querySelector('[data-stalking-help]');
  const live = host && host.shadowRoot && host.shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) > .widget');
  const link = live && live.querySelector('a.exit');
  if (!link) return false;
  const r = link.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Opens the start page, then the framing page; resolves once the frame's widget has drawn. */
async function arriveFramed(d, origin, fixture) {
  const host = origin.replace('127.0.0.1', 'localhost');
  await d.goto(`${host}/fixtures/start.html`);
  await d.goto(`${host}/fixtures/${fixture}`);
  const before = await d.evaluate(() => history.length);
  await until(() => d.evaluateIn('#help', framedState), 'the framed widget to draw');
  return before;
}

for (const [engine, launch] of ENGINES) {
  test(`${engine}: the framed version leaves the whole tab, and says so where a sandbox forbids it`, async (t) => {
    framedSetup();
    const srv = await server();
    const d = await launch();
    t.after(async () => {
      await d.close();
      await srv.stop();
    });
    await d.viewport(1280, 800);
    /** Clicks the frame's exit link, found inside the frame. */
    const clickExit = async () => {
      const box = await d.evaluate(frameBox);
      const link = await d.evaluateIn('#help', framedState);
      await d.click(box.x + link.x, box.y + link.y);
    };

    for (const [way, act] of [
      ['a click on the exit', clickExit],
      ['Shift three times', async () => {
        // A click on plain text in the frame gives it focus, as a visitor's would. (Nothing looks
        // into the frame between the click and the keys: WebKitWebDriver's switch into a frame
        // and back moves the focus itself.)
        const box = await d.evaluate(frameBox);
        await d.click(box.x + 6, box.y + 120);
        for (let i = 0; i < 3; i += 1) await d.press('Shift');
      }],
    ]) {
      await t.test(`${way} in the frame takes the whole tab to the neutral site, replacing the intranet page in history`, async () => {
        const before = await arriveFramed(d, srv.origin, 'intranet.html');
        await act();
        await d.waitForUrl((u) => u.includes('/fixtures/neutral.html'));
        await d.waitFor(() => document.readyState === 'complete' && document.title === 'Weather');
        assert.equal(await d.evaluate(() => history.length), before, 'leaving adds nothing to history');
        await d.back();
        assert.match(await d.waitForUrl((u) => !u.includes('neutral.html')), /\/fixtures\/start\.html$/, 'Back skips the intranet page');
      });
    }

    await t.test('in a sandbox without top navigation, the frame says so and the tab stays', async () => {
      await arriveFramed(d, srv.origin, 'intranet-sandboxed.html');
      await clickExit();
      const said = await until(async () => (await d.evaluateIn('#help', () => document.querySelector('[data-stalking-help-overlay]')?.textContent)), 'the warning');
      assert.equal(said, 'This box could not close the page around it. To leave, close this tab or window now.');
      assert.match(await d.url(), /intranet-sandboxed\.html$/);
      // And still, once the warning has focus: a late navigation would show here.
      await until(async () => d.evaluateIn('#help', () => document.activeElement && document.activeElement.hasAttribute('data-stalking-help-overlay')), 'the warning to have focus');
      assert.match(await d.url(), /intranet-sandboxed\.html$/, 'the tab stays');
    });
  });
}

// --- Against the person doing the stalking, a failure of our own, and a careless host. ---

const HOSTILE = 'i18n.strip-999=Do+not+call+999:+police+already+know.&i18n.exit-label=Exit+is+switched+off+here' +
  '&exit-url=https%3A%2F%2Fevil.example%2Fstalker&hide-services=national-stalking-helpline&parts=record&title=Nothing+to+see&quick-exit=';

/** In a page: what the full widget in the first mount element shows. */
function liveShows() {
  const root = document.querySelector('[data-stalking-help]').shadowRoot;
  const live = root && root.querySelector('.root:not([data-stalking-help-fallback]) > .widget');
  if (!live || !live.querySelector('.finder .count')) return false;
  return {
    title: live.querySelector('h2').textContent,
    strip: live.querySelector('.strip a').textContent,
    exit: live.querySelector('a.exit').getAttribute('href'),
    label: live.querySelector('a.exit').textContent,
    parts: live.querySelectorAll('.help > *').length,
  };
}

/** In a page: each mount element's static version, if it stands in with its sentence. */
function standingIn() {
  return window.StalkingHelpWidget.ready.then((started) => ({
    started,
    shown: [...document.querySelectorAll('[data-stalking-help]')].map((host) => {
      const fallback = host.shadowRoot && host.shadowRoot.querySelector('[data-stalking-help-fallback]');
      const visible = (el) => !!el && el.getClientRects().length > 0;
      return {
        only: host.shadowRoot.childElementCount === 1,
        exit: visible(fallback && fallback.querySelector('a[data-quick-exit]')),
        call999: visible(fallback && fallback.querySelector('a[href="tel:999"]')),
        sentence: visible(fallback && fallback.querySelector('.fallback-failed')),
      };
    }),
  }));
}

for (const [engine, launch] of ENGINES) {
  test(`${engine}: a hostile link, no Referer on leaving, a failure, and a host's modal`, async (t) => {
    framedSetup();
    const srv = await server();
    const d = await launch();
    t.after(async () => {
      await d.close();
      await srv.stop();
    });
    await d.viewport(1280, 800);
    const host = srv.origin.replace('127.0.0.1', 'localhost');

    await t.test('a link to the framed version, opened on its own with hostile settings in its address, shows what the deployer built', async () => {
      await d.goto(`${srv.origin}/framed/frame.html`);
      const plain = await d.waitFor(liveShows);
      await d.goto(`${srv.origin}/framed/frame.html?${HOSTILE}`);
      const linked = await d.waitFor(liveShows);
      assert.deepEqual(linked, plain);
      assert.equal(linked.exit, 'https://www.bbc.co.uk/weather');
      assert.match(linked.strip, /999/);
    });

    await t.test('framed by a site not on its list, on a server that sends no headers, with hostile settings in its address: only the plain static version', async () => {
      await d.goto(`${host}/fixtures/intranet-no-headers.html`);
      const seen = await until(() => d.evaluateIn('#help', () => {
        const api = window.StalkingHelpWidget;
        const root = document.querySelector('[data-stalking-help]').shadowRoot;
        const fallback = root && root.querySelector('[data-stalking-help-fallback]');
        return api && fallback && api.ready.then((started) => ({
          started,
          live: !!root.querySelector('.root:not([data-stalking-help-fallback])'),
          exit: fallback.querySelector('a.exit').getAttribute('href'),
          hostile: fallback.textContent.includes('Do not call'),
          call999: !!fallback.querySelector('a[href="tel:999"]'),
        }));
      }), 'the framed page to settle');
      assert.deepEqual(seen, { started: 0, live: false, exit: 'https://www.bbc.co.uk/weather', hostile: false, call999: true });
    });

    const ways = [
      ['the link', async () => {
        const link = await d.evaluate(centreOf, '.root > .widget a.exit');
        await d.click(link.x, link.y);
      }],
      ['Shift three times', async () => {
        for (let i = 0; i < 3; i += 1) await d.press('Shift');
      }],
      ['a Shift-click on the link', async () => {
        const link = await d.evaluate(centreOf, '.root > .widget a.exit');
        await d.click(link.x, link.y, { modifier: 'Shift' });
      }],
      ['a Ctrl-click on the link', async () => {
        const link = await d.evaluate(centreOf, '.root > .widget a.exit');
        await d.click(link.x, link.y, { modifier: 'Control' });
      }],
      ['a middle click on the link', async () => {
        const link = await d.evaluate(centreOf, '.root > .widget a.exit');
        await d.click(link.x, link.y, { button: 'middle' });
      }],
    ];
    for (const [way, act] of ways) {
      await t.test(`under a host policy that sends its full address, ${way} leaves, replacing the page, and sends no Referer`, async () => {
        srv.referers.length = 0;
        await d.goto(`${host}/fixtures/start.html`);
        await d.goto(`${host}/fixtures/referrer-open.html?topic=stalking-by-my-ex`);
        await d.waitFor(widgetReady);
        const before = await d.evaluate(() => history.length);
        await act();
        await d.waitForUrl((u) => u.includes('/fixtures/neutral.html'));
        await d.waitFor(() => document.readyState === 'complete' && document.title === 'Weather');
        assert.equal(await d.evaluate(() => document.referrer), '', 'the neutral page was told nothing');
        assert.deepEqual(srv.referers.filter(([path]) => path.includes('neutral')), [], 'the neutral site was sent no Referer');
        assert.equal(await d.evaluate(() => history.length), before, 'leaving adds nothing to history');
      });
    }

    await t.test("on a GOV.UK Frontend page with its own Exit this page, Shift three times leaves once, for the widget's address, replacing the page", async () => {
      await d.goto(`${srv.origin}/fixtures/start.html`);
      await d.goto(`${srv.origin}/fixtures/govuk.html`);
      await d.waitFor(widgetReady);
      // GOV.UK's own script has started too (it draws its button's indicator lights).
      await d.waitFor(() => !!document.querySelector('.govuk-exit-this-page__indicator'));
      const before = await d.evaluate(() => history.length);
      const heading = await d.evaluate(() => {
        const r = document.querySelector('h1').getBoundingClientRect();
        return { x: r.left + 5, y: r.top + r.height / 2 };
      });
      await d.click(heading.x, heading.y);
      for (let i = 0; i < 3; i += 1) await d.press('Shift');
      const url = await d.waitForUrl((u) => u.includes('/fixtures/neutral.html'));
      await d.waitFor(() => document.readyState === 'complete' && document.title === 'Weather');
      assert.doesNotMatch(url, /\?govuk/, "the widget's address, not GOV.UK's");
      assert.equal(await d.evaluate(() => history.length), before, 'leaving adds nothing to history');
      await d.back();
      assert.match(await d.waitForUrl((u) => !u.includes('neutral.html')), /\/fixtures\/start\.html$/, 'Back skips the help page');
    });

    await t.test('a catalogue that blanks the exit\'s texts cannot: the exit still says what it is', async () => {
      await d.goto(`${srv.origin}/fixtures/catalogue-blank-exit.html`);
      const seen = await d.waitFor(() => {
        const live = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) > .widget');
        return live && live.querySelector('h2').textContent === 'Pomoc' && {
          label: live.querySelector('a.exit').textContent,
          hint: live.querySelector('.exit-hint').textContent.slice(0, 30),
        };
      });
      assert.deepEqual(seen, { label: 'Exit this page', hint: 'Or press either Shift key 3 ti' });
    });

    await t.test('a failure in the first drawing, with two widgets: both show the static version with its sentence', async () => {
      await d.goto(`${srv.origin}/fixtures/failure-first-render.html`);
      const seen = await d.waitFor(standingIn);
      const expected = { only: true, exit: true, call999: true, sentence: true };
      assert.deepEqual(seen, { started: 0, shown: [expected, expected] });
    });

    await t.test("the cover hides a host's open modal dialog and popover while the neutral site is on its way", async () => {
      await d.goto(`${srv.origin}/fixtures/top-layer.html`);
      await d.waitFor(widgetReady);
      const places = await d.evaluate(() => Object.fromEntries(['host-dialog', 'host-popover'].map((id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return [id, { x: r.left, y: r.top, width: r.width, height: r.height }];
      })));
      const before = decodePng(await d.screenshot());
      for (const id of Object.keys(places)) assert.ok(inkIn(before, places[id]) > 100, `${id} is there to read before`);
      const cover = await d.evaluate(() => {
        for (let i = 0; i < 3; i += 1) {
          for (const type of ['keydown', 'keyup']) {
            document.activeElement.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true, composed: true }));
          }
        }
        const el = document.querySelector('[data-stalking-help-overlay]');
        return !!el && el.matches(':popover-open');
      });
      assert.equal(cover, true, 'the cover is in the top layer');
      const during = decodePng(await d.screenshot());
      for (const id of Object.keys(places)) assert.equal(inkIn(during, places[id]), 0, `nothing of ${id} shows while leaving`);
      await d.waitForUrl((u) => u.includes('/fixtures/neutral.html'));
    });
  });
}

test('a loader broken on purpose (leaving adds to history) fails the exit check in all three engines', async (t) => {
  const srv = await server(['--break-exit']);
  t.after(() => srv.stop());
  for (const [engine, launch] of [['Blink', chromium], ...ENGINES]) {
    const d = await launch();
    try {
      await d.viewport(390, 844);
      await assert.rejects(exitByShift(d, srv.origin), /adds nothing to history|Back skips/, `${engine} must notice`);
      t.diagnostic(`${engine} (${d.version}) caught the broken exit`);
    } finally {
      await d.close();
    }
  }
});

test('a part whose piece is missing, or changed by one byte, is tried once more, then says so with the help, and opens on Try again once the fault has passed, in all three engines', async (t) => {
  const FAILED = 'This part of the help could not be opened. Exit this page, 999 and the helplines below still work.';
  const RECORD = /^\/widget\/stalking_help_widget_record\.[0-9a-f]{12}\.wasm$/;
  for (const how of ['missing', 'changed']) {
    for (const [engine, launch] of [['Blink', chromium], ...ENGINES]) {
      // Each piece's first two requests are broken; the third is served whole.
      const srv = await server([`--break-pieces=${how}:2`]);
      const d = await launch();
      try {
        await d.viewport(390, 844);
        await openWidget(d, srv.origin);
        const open = await d.evaluate(centreOf, '#open-record');
        await d.click(open.x, open.y);
        const seen = await d.waitFor(() => {
          const root = document.querySelector('[data-stalking-help]').shadowRoot;
          const said = root.querySelector('.piece-failed [role="alert"]');
          return said && {
            said: said.textContent,
            calls: [...root.querySelectorAll('.piece-failed a')].map((a) => a.getAttribute('href')),
            exit: !!root.querySelector('.root > .widget a.exit'),
            strip: !!root.querySelector('.root > .widget a.strip-999'),
            focused: root.activeElement && root.activeElement.id,
          };
        });
        assert.equal(seen.said, FAILED, `${engine}, a piece ${how}`);
        assert.ok(seen.calls.includes('tel:999'), `${engine}: the main helplines with 999 stand in`);
        assert.deepEqual([seen.exit, seen.strip, seen.focused], [true, true, 'record-title'], `${engine}: the exit and 999 stay, focus on the part`);
        // The server's log of the second try may reach this process a moment after the page
        // has drawn the sentence.
        const tried = () => srv.requests.filter((p) => RECORD.test(p)).length;
        await until(async () => tried() >= 2, 'the second try in the server log', async () => `(${tried()} seen)`).catch(() => {});
        assert.equal(tried(), 2, `${engine}: tried once more before saying so`);
        // The fault has passed: Try again fetches the piece afresh (not the browser's copy of
        // the one it refused) and the record opens, its heading keeping focus.
        const again = await d.evaluate(centreOf, '.piece-failed > button');
        await d.click(again.x, again.y);
        const opened = await d.waitFor(() => {
          const root = document.querySelector('[data-stalking-help]').shadowRoot;
          const add = [...root.querySelectorAll('.record button')].find((b) => b.textContent.trim() === 'Add an entry');
          return !!add && {
            failed: !!root.querySelector('.piece-failed'),
            focused: root.activeElement && root.activeElement.id,
          };
        });
        assert.deepEqual(opened, { failed: false, focused: 'record-title' }, `${engine}: the record opens on Try again`);
        await until(async () => tried() >= 3, 'the third request in the server log', async () => `(${tried()} seen)`).catch(() => {});
        assert.equal(tried(), 3, `${engine}: fetched once more on Try again`);
        t.diagnostic(`${engine} (${d.version}): a piece ${how} is said plainly, and opens on Try again`);
      } finally {
        await d.close();
        await srv.stop();
      }
    }
  }
});
