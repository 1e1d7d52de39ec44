// README promises that had no test of their own: where the widget's files are found (data-base),
// languages (a quiet English page, English until a catalogue arrives, notes kept and no memory
// grown by switching), a host's re-worded exit reaching every place it is said, the cover's word
// set after the cover is on the page, one set of listeners however many copies of the loader, a
// second start refused, nothing added to history by a whole journey, and the framed version
// reading nothing of a page around it that it could reach.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { EXIT_URL, fakeNeutralSite, LIVE, live, openRecord, openWithWidget, tick, watch, widgetsStarted } from './helpers.mjs';

const cy = JSON.parse(readFileSync(new URL('../../src/words/cy.json', import.meta.url), 'utf8'));

/** A page made in the test, served at /fixtures/NAME (so it gets the strict policy's origin). */
async function pageWith(page, name, body, { head = '', lang = 'en-GB' } = {}) {
  await page.route(`**/fixtures/${name}`, (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${head}</head><body><h1>${name}</h1>${body}</body></html>`,
  }));
  return `/fixtures/${name}`;
}

test('files served from elsewhere are found through data-base on the script tag', async ({ page }) => {
  const seen = watch(page);
  // The loader from /widget/, its other files from /bare/ (a second copy of the same folder).
  await openWithWidget(page, await pageWith(page, 'data-base.html', '<div data-stalking-help></div>',
    { head: '<script src="/widget/stalking-help.js" data-base="/bare/" defer></script>' }));
  // The pieces come from the same place when their parts are opened.
  await openRecord(live(page));
  await live(page).getByRole('button', { name: 'Start the check' }).click();
  await expect(live(page).locator('.check .progress')).toBeVisible();
  const paths = seen.requests.map((u) => new URL(u).pathname).filter((p) => /stalking_help_widget/.test(p)).sort();
  expect(paths).toEqual([
    expect.stringMatching(/^\/bare\/stalking_help_widget\.[0-9a-f]{12}\.js$/),
    expect.stringMatching(/^\/bare\/stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/),
    expect.stringMatching(/^\/bare\/stalking_help_widget_checker\.[0-9a-f]{12}\.wasm$/),
    expect.stringMatching(/^\/bare\/stalking_help_widget_record\.[0-9a-f]{12}\.wasm$/),
    expect.stringMatching(/^\/bare\/stalking_help_widget_shared\d+\.[0-9a-f]{12}\.wasm$/),
    expect.stringMatching(/^\/bare\/stalking_help_widget_split\.[0-9a-f]{12}\.js$/),
  ]);
  expect(seen.errors).toEqual([]);
});

test('data-lang="en" on a page in another language keeps the console quiet, and fetches no catalogue', async ({ page }) => {
  const seen = watch(page);
  const path = await pageWith(page, 'french-but-english.html', '<div data-stalking-help data-lang="en"></div>',
    { head: '<script src="/widget/stalking-help.js" defer></script>', lang: 'fr' });
  await openWithWidget(page, path);
  await expect(live(page).locator('h2').first()).toHaveText('Help with stalking and harassment');
  expect(seen.errors).toEqual([]);
  expect(seen.requests.filter((u) => /\/lang\//.test(u))).toEqual([]);
});

test('until the Welsh catalogue arrives, the static version and the exit are in English; then in Welsh', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/widget\/lang\/cy\.[0-9a-f]{12}\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.route('**/*.wasm', () => new Promise(() => {})); // the widget never starts: the static version stays
  await page.goto('/fixtures/welsh.html');
  const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback]');
  await expect(fallback.locator('a.exit')).toHaveText('Exit this page');
  await expect(fallback.locator('h2')).toHaveText('Help with stalking and harassment');
  release();
  await expect(fallback.locator('a.exit')).toHaveText(cy['exit.label']);
  await expect(fallback.locator('h2')).toHaveText(cy['widget.title']);
});

test('switching language keeps the record\'s notes, and switching back and forth grows no memory', async ({ page }) => {
  await page.goto('/fixtures/welsh.html');
  await widgetsStarted(page);
  const record = () => live(page).locator('.record');
  await openRecord(live(page));
  await record().getByRole('button', { name: cy['record.add'] }).click();
  await record().locator('#record-what').fill('Roedd e tu allan i’r gwaith eto.');
  const nav = () => live(page).locator('nav.languages');
  await nav().getByRole('button', { name: 'English' }).click();
  await expect(live(page)).toHaveAttribute('lang', 'en-GB');
  await expect(record().locator('#record-what')).toHaveValue('Roedd e tu allan i’r gwaith eto.');
  await record().getByRole('button', { name: 'Save entry' }).click();
  await expect(record().locator('.record-entries li')).toHaveCount(1);
  // Back and forth: the first round makes each catalogue once; twenty more make nothing new.
  const flip = async () => {
    await nav().getByRole('button', { name: 'Cymraeg' }).click();
    await expect(live(page)).toHaveAttribute('lang', 'cy');
    await nav().getByRole('button', { name: 'English' }).click();
    await expect(live(page)).toHaveAttribute('lang', 'en-GB');
  };
  await flip();
  const before = await page.evaluate(() => window.StalkingHelpWidget.memoryBytes());
  for (let i = 0; i < 20; i += 1) await flip();
  expect(await page.evaluate(() => window.StalkingHelpWidget.memoryBytes())).toBe(before);
  await expect(record().locator('.record-entries li')).toContainText('Roedd e tu allan i’r gwaith eto.');
});

test('a host\'s re-worded exit reaches the link, the hint, the announcements and the cover, before and after the widget starts', async ({ page }) => {
  await fakeNeutralSite(page, 3000);
  const words = {
    'exit-label': 'Exit now, quickly',
    'exit-hint': 'Or tap Shift three times.',
    'exit-count-other': '{n} more Shift presses leave',
    'exit-count-one': 'One more Shift press leaves',
    'exit-cover': 'Please wait',
  };
  const attributes = Object.entries(words).map(([k, v]) => `data-i18n.${k}="${v}"`).join(' ');
  const path = await pageWith(page, 'reworded.html', `<div data-stalking-help ${attributes}></div>`,
    { head: '<script src="/widget/stalking-help.js" defer></script>' });
  // Before (and without) the WebAssembly: the static version.
  let hold;
  const wasm = new Promise((resolve) => { hold = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await wasm;
    await route.continue();
  });
  await page.goto(path);
  const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback]');
  await expect(fallback.locator('a.exit')).toHaveText(words['exit-label']);
  await expect(fallback.locator('.exit-hint')).toHaveText(words['exit-hint']);
  hold();
  expect(await widgetsStarted(page)).toBe(1);
  await expect(live(page).locator('a.exit')).toHaveText(words['exit-label']);
  await expect(live(page).locator('.exit-hint')).toHaveText(words['exit-hint']);
  await page.locator('h1').click();
  const status = live(page).locator('[data-quick-exit-status]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('2 more Shift presses leave');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText(words['exit-count-one']);
  const cover = await page.evaluate(() => {
    for (const type of ['keydown', 'keyup']) {
      document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true }));
    }
    return document.querySelector('[data-stalking-help-overlay]').textContent;
  });
  expect(cover).toBe(words['exit-cover']);
  await page.waitForURL(EXIT_URL);
});

test('the cover\'s word is set after the cover is on the page, so screen readers announce it', async ({ page }) => {
  await fakeNeutralSite(page, 2000);
  await openWithWidget(page, '/fixtures/bare.html');
  const order = await page.evaluate(() => {
    const seen = [];
    const note = (records) => {
      for (const r of records) {
        if (r.type === 'childList' && [...r.addedNodes].some((n) => n.nodeType === 1 && n.hasAttribute('data-stalking-help-overlay'))) seen.push('cover on the page');
        if (r.type === 'childList' && r.target.nodeType === 1 && r.target.hasAttribute('data-stalking-help-overlay') && r.addedNodes.length) seen.push('word set');
        if (r.type === 'attributes' && r.attributeName === 'role') seen.push(`role ${r.target.getAttribute('role')}`);
      }
    };
    const observer = new MutationObserver(note);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
    document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) a.exit').click();
    // Every change made by the click, in the order it was made.
    note(observer.takeRecords());
    return seen;
  });
  expect(order.slice(0, 3)).toEqual(['cover on the page', 'role alert', 'word set']);
});

test('two copies of the loader add one set of listeners', async ({ page }) => {
  // Which script each listener comes from: only the widget's own are counted.
  const client = await page.context().newCDPSession(page);
  const scripts = new Map();
  client.on('Debugger.scriptParsed', (s) => scripts.set(s.scriptId, s.url));
  await client.send('Debugger.enable');
  await openWithWidget(page, '/fixtures/two-loaders.html');
  const { result } = await client.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  const ours = listeners.filter((l) => /\/widget\/stalking-help\.js/.test(scripts.get(l.scriptId) || ''));
  const count = (type) => ours.filter((l) => l.type === type && l.useCapture).length;
  expect({ keydown: count('keydown'), keyup: count('keyup'), click: count('click'), auxclick: count('auxclick') })
    .toEqual({ keydown: 1, keyup: 1, click: 1, auxclick: 1 });
});

test('starting a widget twice in the same element is refused: the one there stays, and only one runs', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/fixtures/bare.html');
  const again = await page.evaluate(async () => {
    const host = document.querySelector('[data-stalking-help]');
    const second = await window.StalkingHelpWidget.mount(host);
    return { second, widgets: window.StalkingHelpWidget.widgets.length, roots: host.shadowRoot.querySelectorAll('.root > .widget').length };
  });
  expect(again).toEqual({ second: true, widgets: 1, roots: 1 });
  expect(seen.errors).toEqual([]);
});

test('a whole journey adds nothing to history and never changes the page address', async ({ page }) => {
  await page.goto('/fixtures/start.html');
  await openWithWidget(page, '/fixtures/welsh.html');
  const before = await page.evaluate(() => ({ length: history.length, href: location.href }));
  const widget = live(page);
  await widget.locator('.check').getByRole('button', { name: cy['check.start_me'] }).click();
  await tick(widget.locator('.check'), cy['check.choice.behaviour.following']);
  await widget.locator('.finder input[type=search]').fill('stelcian');
  await widget.locator('.guidance summary').first().click();
  await openRecord(widget);
  await widget.locator('.record').getByRole('button', { name: cy['record.add'] }).click();
  await widget.locator('.record #record-what').fill('Nodyn');
  await widget.locator('.record').getByRole('button', { name: cy['record.save_entry'] }).click();
  await widget.locator('nav.languages').getByRole('button', { name: 'English' }).click();
  await live(page).locator('select#place').selectOption('scotland');
  await live(page).locator('a.exit').focus();
  await page.keyboard.press('Shift');
  expect(await page.evaluate(() => ({ length: history.length, href: location.href }))).toEqual(before);
});

test('the framed version, on a page of its own site that it could reach into, reads nothing of it; leaving only blanks it', async ({ page }) => {
  await page.goto('/fixtures/intranet-watched.html');
  const frame = page.frameLocator('#help');
  await expect(frame.locator(`${LIVE} h2`).first()).toBeVisible();
  // A journey inside the frame.
  await frame.locator(`${LIVE} .check`).getByRole('button', { name: 'Start the check' }).click();
  await tick(frame.locator(`${LIVE} .check`), 'Following me');
  await frame.locator(`${LIVE} .finder input[type=search]`).fill('stalking');
  await openRecord(frame.locator(LIVE));
  await frame.locator(`${LIVE} .record`).getByRole('button', { name: 'Add an entry' }).click();
  await frame.locator(`${LIVE} .record #record-what`).fill('A note');
  expect(await page.evaluate(() => window.framedReads)).toEqual([]);
  // Leaving: the page around is blanked (its title, its body hidden), and nothing else is touched.
  const touched = await page.frames().find((f) => f.url().includes('/framed/frame.html')).evaluate(() => {
    document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) a.exit').click();
    return top.framedReads.slice();
  });
  expect([...new Set(touched)].sort()).toEqual(['get body', 'set title']);
});
