// The quick exit in Debian's Chromium: every way of leaving, with and without the WebAssembly,
// and what is left behind.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { EXIT_URL, fakeNeutralSite, live, LIVE, openWithWidget, watch } from './helpers.mjs';



/** Opens the start page, then the help page, so that history has something before it. */
async function arrive(page) {
  await page.goto('/fixtures/start.html');
  await page.getByRole('link', { name: 'Go to the help page' }).click();
  await page.waitForURL('**/');
  return page.evaluate(() => history.length);
}

async function expectLeftWithoutNewHistory(page, historyBefore) {
  await page.waitForURL(EXIT_URL);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
}

const exitLink = (page) => page.locator(`${LIVE} a.exit`);

test.beforeEach(async ({ page }) => {
  await fakeNeutralSite(page);
});

test('a click leaves for the neutral site and replaces this page in history', async ({ page }) => {
  const before = await arrive(page);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  await exitLink(page).click();
  await expectLeftWithoutNewHistory(page, before);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/fixtures/start.html');
});

test('a touch tap leaves too', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await fakeNeutralSite(page);
  const before = await arrive(page);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  await exitLink(page).tap();
  await expectLeftWithoutNewHistory(page, before);
  await context.close();
});

test('the exit is the first thing in the widget the keyboard reaches, and Enter leaves', async ({ page }) => {
  const before = await arrive(page);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  // Focus the host paragraph just before the widget, then Tab once.
  await page.locator('main p').filter({ hasText: 'Our partnership works' }).evaluate((p) => {
    p.tabIndex = -1;
    p.focus();
  });
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    const inner = host && host.shadowRoot && host.shadowRoot.activeElement;
    return inner ? `${inner.tagName} ${inner.textContent}` : host && host.tagName;
  });
  expect(focused).toBe('A Exit this page');
  await page.keyboard.press('Enter');
  await expectLeftWithoutNewHistory(page, before);
});

test('pressing Shift three times leaves, and each press is announced', async ({ page }) => {
  const before = await arrive(page);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  const status = page.locator(`${LIVE} [data-quick-exit-status]`);
  await expect(status).toHaveAttribute('role', 'status');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 1 more time to exit');
  await page.keyboard.press('Shift');
  await expectLeftWithoutNewHistory(page, before);
});

test('Shift used for capitals, and three slow presses, do not leave', async ({ page }) => {
  await page.clock.install();
  await openWithWidget(page, '/');
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.down('Shift');
    await page.keyboard.press('A');
    await page.keyboard.up('Shift');
  }
  await page.keyboard.press('Shift');
  await page.clock.runFor(3000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(3000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(500);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.locator(`${LIVE} [data-quick-exit-status]`)).toHaveText('Shift, press 2 more times to exit');
  // The count lapses quietly.
  await page.clock.runFor(6000);
  await expect(page.locator(`${LIVE} [data-quick-exit-status]`)).toHaveText('');
});

test('the page is covered and the title blanked before the neutral site arrives', async ({ page }) => {
  await fakeNeutralSite(page, 2000);
  await openWithWidget(page, '/');
  // Click and look in the same task: everything must already have happened when the click
  // handler returns, before the browser has even started fetching the neutral site.
  // Everything is looked at from inside the page: once leaving has begun, the test's own calls
  // would wait for the next page.
  const during = await page.evaluate(async () => {
    const shadow = document.querySelector('[data-stalking-help]').shadowRoot;
    shadow.querySelector('a.exit').click();
    const overlay = document.querySelector('[data-stalking-help-overlay]');
    const box = overlay && overlay.getBoundingClientRect();
    const now = {
      covered: !!overlay && box.width >= innerWidth && box.height >= innerHeight && getComputedStyle(overlay).backgroundColor,
      bodyHidden: getComputedStyle(document.body).visibility,
      title: document.title,
    };
    // The answers go once the cover is on screen: wait for that (well before the neutral site,
    // held back 2 s, can arrive), checking every few milliseconds.
    const start = performance.now();
    while (shadow.querySelectorAll('.widget').length && performance.now() - start < 1500) {
      await new Promise((r) => setTimeout(r, 5));
    }
    return { ...now, widgetsLeft: shadow.querySelectorAll('.widget').length };
  });
  expect(during).toEqual({ covered: 'rgb(255, 255, 255)', bodyHidden: 'hidden', title: '', widgetsLeft: 0 });
  await page.waitForURL(EXIT_URL);
});

for (const [name, prepare] of [
  ['the .wasm file is missing', async (page) => page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }))],
  ['WebAssembly is switched off', async (page) => page.addInitScript(() => { delete window.WebAssembly; })],
  ['the .wasm is still on its way', async (page) => page.route('**/*.wasm', () => new Promise(() => {}))],
]) {
  test(`the exit link and the shortcut still work when ${name}`, async ({ page }) => {
    await prepare(page);
    await page.goto('/');
    const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback] a[data-quick-exit]');
    await expect(fallback).toHaveText('Exit this page');
    await expect(fallback).toHaveAttribute('href', EXIT_URL);
    await expect(fallback).toBeVisible();
    await fallback.click();
    await page.waitForURL(EXIT_URL);

    await page.goto('/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  });
}

test('an exit address that could run script is never used, by the link or the shortcut', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    d.dismiss();
  });
  await openWithWidget(page, '/fixtures/bad-exit-url.html');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  await openWithWidget(page, '/fixtures/bad-exit-url.html');
  await page.getByRole('link', { name: /Exit/ }).click();
  await page.waitForURL(EXIT_URL);
  expect(dialog).toBe(false);
});

test('using the widget never adds to history or changes the address', async ({ page }) => {
  const seen = watch(page);
  const before = await arrive(page);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  const url = page.url();
  await page.locator(`${LIVE} summary`).first().click();
  await expect(page.locator(`${LIVE} details`).first()).toHaveAttribute('open', '');
  await page.keyboard.press('Shift');
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(page.url()).toBe(url);
  expect(seen.errors).toEqual([]);
});

test('a host can opt in to opening the neutral site in a new tab as well', async ({ page, context }) => {
  await fakeNeutralSite(context);
  await openWithWidget(page, '/fixtures/new-tab.html');
  const opened = context.waitForEvent('page');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  const tab = await opened;
  await tab.waitForURL(EXIT_URL);
  await page.waitForURL(EXIT_URL);
});

test("the host's own safety page is linked from the leaving-safely section", async ({ page }) => {
  await openWithWidget(page, '/fixtures/new-tab.html');
  await page.locator(`${LIVE} summary`, { hasText: 'Leaving quickly' }).click();
  const link = live(page).getByRole('link', { name: 'More about staying safe online' });
  await expect(link).toHaveAttribute('href', 'https://www.example.org/staying-safe-online');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('typing in a text field, capitals, digits and symbols included, never leaves the page', async ({ page }) => {
  await openWithWidget(page, '/');
  const status = page.locator(`${LIVE} [data-quick-exit-status]`);
  const search = live(page).getByLabel('Search by name');
  await search.click();
  // On-screen keyboards press Shift for capitals and for their symbols page: lone presses.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift');
  await page.keyboard.type('Help 123 !@£$% ABC');
  for (const key of ['Shift', 'Shift', 'Shift', 'H', 'Shift', 'Shift', '1', 'Shift']) await page.keyboard.press(key);
  await expect(search).toHaveValue('Help 123 !@£$% ABCH1');
  await expect(status).toHaveText('');
  // The same in the place question, a select.
  await page.locator(`${LIVE} #place`).focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(status).toHaveText('');
  expect(new URL(page.url()).pathname).toBe('/');
  // Out of the box, the shortcut works again.
  await page.locator(`${LIVE} a.exit`).focus();
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
});

test('either Shift key counts, one after the other or overlapping', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.keyboard.press('ShiftLeft');
  await page.keyboard.down('ShiftRight');
  await page.keyboard.down('ShiftLeft');
  await page.keyboard.up('ShiftRight');
  await page.keyboard.up('ShiftLeft');
  await page.waitForURL(EXIT_URL);
});

test('two copies of the loader give one announcement per press and leave once', async ({ page }) => {
  await openWithWidget(page, '/fixtures/two-loaders.html');
  expect(await page.evaluate(() => window.StalkingHelpWidget.widgets.length)).toBe(1);
  await page.evaluate(() => {
    window.announcements = [];
    const status = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget [data-quick-exit-status]');
    new MutationObserver(() => window.announcements.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press('Shift');
  await expect.poll(() => page.evaluate(() => window.announcements)).toEqual(['Shift, press 2 more times to exit']);
  await page.keyboard.press('Shift');
  await expect.poll(() => page.evaluate(() => window.announcements)).toEqual(['Shift, press 2 more times to exit', 'Shift, press 1 more time to exit']);
  // The third press leaves once: one navigation, to the neutral site, with this page replaced.
  const before = await page.evaluate(() => history.length);
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  await page.waitForLoadState('load');
  expect(navigations).toBe(1);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('the link and the shortcut go to the same address, for each of the shared cases', async ({ page, context }) => {
  const { cases } = JSON.parse(readFileSync(new URL('../../src/exit/cases/exit-addresses.json', import.meta.url), 'utf8'));
  const picked = cases.filter((c) => /bücher|a\.\.b|exa_mple|99999|google|HTTPS:\/\/WWW|8443|xn--|javascript/.test(c.address));
  expect(picked.length).toBeGreaterThanOrEqual(9);
  const list = { address: 'https://www.google.co.uk/ https://www.gov.uk/weather', accepted: true };
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Away</title>' }));
  for (const c of [...picked, list]) {
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Case</title><link rel="icon" href="data:,">
      <script src="/widget/stalking-help.js" defer></script></head><body><div data-stalking-help data-exit-url="${c.address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></div></body></html>`;
    await page.route('**/fixtures/exit-case.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openWithWidget(page, '/fixtures/exit-case.html');
    const href = await page.locator(`${LIVE} a.exit`).getAttribute('href');
    if (c.accepted) expect(c.address.trim().split(/\s+/), c.address).toContain(href);
    else expect(href, c.address).toBe(EXIT_URL);
    if (!c.accepted) expect(errors.filter((e) => e.includes('data-exit-url')), c.address).toHaveLength(1);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL((u) => !u.href.startsWith('http://127.0.0.1'));
    expect(page.url(), c.address).toBe(new URL(href).href);
    page.removeAllListeners('console');
    await page.unroute('**/fixtures/exit-case.html');
  }
});

test('the link and the shortcut go to the same address for each of the shared setting cases (spaces, lists, fragments, the JSON block)', async ({ page, context }) => {
  const { cases } = JSON.parse(readFileSync(new URL('../../src/exit/cases/exit-settings.json', import.meta.url), 'utf8'));
  expect(cases.length).toBeGreaterThan(15);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Away</title>' }));
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  for (const c of cases) {
    const about = `${JSON.stringify(c.attribute)} ${JSON.stringify(c.json)}`;
    const attribute = 'attribute' in c ? ` data-exit-url="${escape(c.attribute)}"` : '';
    const block = 'json' in c ? `<script type="application/json" data-config>${JSON.stringify(c.json).replace(/</g, '\\u003c')}</script>` : '';
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Case</title><link rel="icon" href="data:,">
      <script src="/widget/stalking-help.js" defer></script></head><body><h1>Case</h1><div data-stalking-help${attribute}>${block}</div></body></html>`;
    await page.route('**/fixtures/exit-setting-case.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openWithWidget(page, '/fixtures/exit-setting-case.html');
    const href = await page.locator(`${LIVE} a.exit`).getAttribute('href');
    expect(c.urls, about).toContain(href);
    expect(await page.locator('[data-stalking-help]').getAttribute('data-stalking-help-exit'), about).toBe(href);
    expect(errors.filter((e) => e.includes('data-exit-url=')), about).toHaveLength(c.refused);
    await page.locator('h1').click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL((u) => !u.href.startsWith('http://127.0.0.1'));
    expect(page.url(), about).toBe(new URL(href).href);
    page.removeAllListeners('console');
    await page.unroute('**/fixtures/exit-setting-case.html');
  }
});

test('under Trusted Types, with the .wasm missing, the static version shows the exit, 999 and helplines', async ({ page }) => {
  const seen = watch(page);
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/fixtures/trusted-types.html');
  const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback]');
  await expect(fallback.getByRole('link', { name: 'Exit this page' })).toBeVisible();
  await expect(fallback.getByRole('link', { name: 'In danger now? Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(fallback.getByRole('link', { name: 'Call 0808 802 0300' })).toBeVisible();
  expect(seen.errors.filter((e) => /TrustedHTML|Trusted Type/i.test(e))).toEqual([]);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
});

test('under Trusted Types the full widget starts, and is torn down, without a policy', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/fixtures/trusted-types.html');
  await expect(page.locator(`${LIVE} .finder`)).toBeVisible();
  await page.evaluate(() => window.StalkingHelpWidget.unmount(document.querySelector('[data-stalking-help]')));
  // Torn down: nothing left in its shadow root, nothing left running.
  expect(await page.evaluate(() => ({
    left: document.querySelector('[data-stalking-help]').shadowRoot.childElementCount,
    widgets: window.StalkingHelpWidget.widgets.length,
  }))).toEqual({ left: 0, widgets: 0 });
  expect(seen.errors).toEqual([]);
});

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('the demo page shows the exit, 999, 101 and the main helplines', async ({ page }) => {
    await page.goto('/');
    const help = page.locator('[data-stalking-help]');
    await expect(help.getByRole('link', { name: 'Exit this page' })).toHaveAttribute('href', EXIT_URL);
    await expect(help.getByRole('link', { name: 'In danger now? Call 999' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Not an emergency? Call 101' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Call 0808 802 0300' })).toBeVisible();
    await expect(help).not.toContainText('Shift', { message: 'no shortcut is offered where it cannot work' });
  });
});
