// One small driver interface over three browser engines, all from Debian's packages (never a
// downloaded browser):
//   - Gecko: /usr/bin/firefox-esr, over WebDriver BiDi (puppeteer-core, no geckodriver needed);
//   - WebKit: WebKitGTK's MiniBrowser, through /usr/bin/WebKitWebDriver (classic WebDriver over
//     HTTP), in a virtual X display (Xvfb);
//   - Blink: /usr/bin/chromium, over the DevTools protocol (puppeteer-core), used here only to show
//     that a broken exit fails in all three engines (the full Chromium suite is Playwright's).
//
// Every driver offers: viewport(w, h) → the page's real inner size; goto(path); evaluate(fn,
// ...args) (fn runs in the page and may be async; its result must be JSON); waitFor(fn, ...args)
// (waits in the page until fn returns something truthy, and returns it); evaluateIn(selector, fn,
// ...args) (fn runs inside the frame the selector picks, even one from another origin); click(x, y) and
// press(key) and type(text) as real input; url(); back(); close(). Waiting is always on a
// condition, with a deadline only as a backstop.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

const DEADLINE_MS = 20000;
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Waits in the page until `fn(...args)` is truthy; resolves to its value. */
function waitScript(fn, args, deadline) {
  return `const fn = ${fn}; const args = ${JSON.stringify(args)}; const end = Date.now() + ${deadline};
    return new Promise((resolve, reject) => {
      let last = '';
      const tick = async () => {
        let value;
        try { value = await fn(...args); } catch (e) { value = undefined; last = String(e && e.message || e); }
        if (value) return resolve(value);
        // The last error the probe threw says why it never held (a typo in a selector, say).
        if (Date.now() > end) return reject(new Error('timed out waiting for: ' + String(fn).slice(0, 160) + (last ? ' (last error: ' + last + ')' : '')));
        requestAnimationFrame(() => setTimeout(tick, 10));
      };
      tick();
    });`;
}

/** Polls `check()` from Node until it is truthy (for moments when no page can run a script). */
export async function until(check, what, describe = async () => '') {
  const end = Date.now() + DEADLINE_MS;
  let last = '';
  for (;;) {
    const value = await check().catch((e) => {
      last = String(e && e.message || e);
      return undefined;
    });
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} ${await describe().catch(() => '')}${last ? ` (last error: ${last})` : ''}`);
    await sleep(25);
  }
}

/**
 * A driver over puppeteer-core (Firefox over BiDi, or Chromium over CDP). After going back in
 * history, Firefox's BiDi session no longer follows the tab's navigations (a page restored from
 * the back/forward cache sends none), so the next goto() starts a fresh tab, and the address is
 * always read from the page itself.
 */
function puppeteerDriver(browser, firstPage, name) {
  let page = firstPage;
  let size = null;
  let traversed = false;
  const keyName = (key) => ({ Space: ' ' })[key] || key;
  const here = async () => page.evaluate(() => location.href).catch(() => page.url());
  return {
    name,
    async viewport(width, height) {
      size = { width, height };
      await page.setViewport(size);
      return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    },
    async goto(url) {
      if (traversed) {
        traversed = false;
        await page.close().catch(() => {});
        page = await browser.newPage();
        if (size) await page.setViewport(size);
      }
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate(fn, ...args) {
      return page.evaluate(fn, ...args);
    },
    async waitFor(fn, ...args) {
      // eslint-disable-next-line no-new-func
      return page.evaluate(new Function(waitScript(fn, args, DEADLINE_MS)));
    },
    async evaluateIn(selector, fn, ...args) {
      const element = await page.$(selector);
      const frame = element && (await element.contentFrame());
      if (!frame) throw new Error(`no frame at ${selector}`);
      return frame.evaluate(fn, ...args);
    },
    /** A click; `options.button` 'middle', `options.modifier` 'Shift', 'Control', 'Alt' or 'Meta'. */
    async click(x, y, options = {}) {
      if (options.modifier) await page.keyboard.down(options.modifier);
      await page.mouse.click(x, y, { button: options.button || 'left' });
      if (options.modifier) await page.keyboard.up(options.modifier);
    },
    async press(key) {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else {
        await page.keyboard.press(keyName(key));
      }
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    /** The page as it is on screen now, as a PNG. */
    async screenshot() {
      return Buffer.from(await page.screenshot({ type: 'png' }));
    },
    url: here,
    async waitForUrl(test) {
      return until(async () => {
        const url = await here();
        return test(url) && url;
      }, 'the address to change', async () => `(it is ${await here()})`);
    },
    async back() {
      traversed = true;
      await page.evaluate(() => history.back()).catch(() => {});
    },
    async close() {
      await browser.close();
    },
  };
}

export async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // The machine has no network: nothing to update, report or prefetch.
      'app.update.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      // Keep pages in the back/forward cache as a visitor's browser would.
      'browser.sessionhistory.max_total_viewers': 8,
    },
  });
  const page = await browser.newPage();
  const driver = puppeteerDriver(browser, page, 'Firefox ESR (Gecko)');
  driver.version = await browser.version();
  return driver;
}

export async function chromium() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const driver = puppeteerDriver(browser, page, 'Chromium (Blink)');
  driver.version = await browser.version();
  return driver;
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, in its own virtual display. */
export async function webkit() {
  const display = `:${90 + Math.floor(Math.random() * 900)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = 4700 + Math.floor(Math.random() * 900);
  await sleep(300);
  const wd = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const json = await res.json();
    if (json.value && json.value.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  const session = await until(() => call('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  }), 'WebKitWebDriver to start');
  const id = session.sessionId;
  const s = (path) => `/session/${id}${path}`;
  const KEYS = { Shift: '\uE008', Tab: '\uE004', Enter: '\uE007', Space: ' ', ArrowDown: '\uE015', ShiftLeft: '\uE008', ShiftRight: '\uE050' };
  const keys = async (actions) => {
    await call('POST', s('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await call('DELETE', s('/actions'));
  };
  const execute = (source, args) => call('POST', s('/execute/sync'), { script: source, args });
  return {
    name: 'WebKitGTK MiniBrowser (WebKit)',
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    async viewport(width, height) {
      // The window's outer size; the page gets what is left inside it. MiniBrowser will not
      // open narrower than its toolbar, so the caller reads back what it really got.
      const chrome = await execute('return [outerWidth - innerWidth, outerHeight - innerHeight]', []).catch(() => [0, 0]);
      await call('POST', s('/window/rect'), { width: width + chrome[0], height: height + chrome[1] });
      return execute('return { width: innerWidth, height: innerHeight }', []);
    },
    async goto(url) {
      await call('POST', s('/url'), { url });
    },
    evaluate(fn, ...args) {
      return call('POST', s('/execute/async'), {
        script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1))).then((v) => done(v === undefined ? null : v), (e) => done({ __error: String(e && e.message || e) }));`,
        args,
      }).then((v) => {
        if (v && v.__error) throw new Error(v.__error);
        return v;
      });
    },
    async waitFor(fn, ...args) {
      return this.evaluate(new Function(waitScript(fn, args, DEADLINE_MS)));
    },
    async evaluateIn(selector, fn, ...args) {
      const element = await call('POST', s('/element'), { using: 'css selector', value: selector });
      await call('POST', s('/frame'), { id: element });
      try {
        return await this.evaluate(fn, ...args);
      } finally {
        await call('POST', s('/frame/parent'), {});
      }
    },
    /** A click; `options.button` 'middle', `options.modifier` 'Shift', 'Control', 'Alt' or 'Meta'. */
    async click(x, y, options = {}) {
      const button = options.button === 'middle' ? 1 : 0;
      const modifier = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D' }[options.modifier];
      const pointer = { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pause' },
        { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y) },
        { type: 'pointerDown', button },
        { type: 'pointerUp', button },
        { type: 'pause' },
      ] };
      // The modifier goes down before the pointer moves and comes up after it is released.
      const key = { type: 'key', id: 'keyboard', actions: modifier
        ? [{ type: 'keyDown', value: modifier }, { type: 'pause' }, { type: 'pause' }, { type: 'pause' }, { type: 'keyUp', value: modifier }]
        : [{ type: 'pause' }, { type: 'pause' }, { type: 'pause' }, { type: 'pause' }, { type: 'pause' }] };
      await call('POST', s('/actions'), { actions: [key, pointer] });
      await call('DELETE', s('/actions'));
    },
    async press(key) {
      if (key === 'Shift+Tab') {
        await keys([{ type: 'keyDown', value: KEYS.Shift }, { type: 'keyDown', value: KEYS.Tab }, { type: 'keyUp', value: KEYS.Tab }, { type: 'keyUp', value: KEYS.Shift }]);
      } else {
        const value = KEYS[key] || key;
        await keys([{ type: 'keyDown', value }, { type: 'keyUp', value }]);
      }
    },
    async type(text) {
      await keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]));
    },
    /** The page as it is on screen now, as a PNG. */
    async screenshot() {
      return Buffer.from(await call('GET', s('/screenshot')), 'base64');
    },
    url: () => call('GET', s('/url')),
    async waitForUrl(test) {
      return until(async () => {
        const url = await call('GET', s('/url'));
        return test(url) && url;
      }, 'the address to change');
    },
    async back() {
      await call('POST', s('/back'), {});
    },
    async close() {
      await call('DELETE', s('')).catch(() => {});
      wd.kill();
      xvfb.kill();
    },
  };
}
