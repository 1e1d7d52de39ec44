// The widget on the demo host page, in Debian's Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { computedStyles, EXIT_URL, expectOnlyOwnFiles, fakeNeutralSite, live, LIVE, openWithWidget, storedState, watch, widgetsStarted } from './helpers.mjs';

const SCREENSHOTS = new URL('../output/screenshots/', import.meta.url).pathname;
const SNIPPET = new URL('../../dist/snippet.html', import.meta.url).pathname;

// The network here is closed: stand in for the neutral site so leaving can be observed.

test('the widget renders inside a shadow root with the services and working call links', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/');
  const isShadow = await page.evaluate(() => {
    const host = document.querySelector('[data-stalking-help]');
    // The page's own static version (for JavaScript off) stays as it was in the light DOM; the
    // widget draws only inside its shadow root.
    return !!host.shadowRoot && host.shadowRoot.querySelector('.root > .widget') !== null && host.querySelector('.root') === null;
  });
  expect(isShadow).toBe(true);

  const widget = live(page);
  await expect(widget.getByRole('heading', { level: 2 })).toHaveText('Help with stalking and harassment');
  for (const name of ['Police – emergency', 'Police – non-emergency', 'National Stalking Helpline', 'Crimestoppers']) {
    await expect(widget.getByRole('heading', { level: 4, name })).toBeVisible();
  }
  await expect(widget.getByRole('link', { name: 'In danger now? Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(widget.getByRole('link', { name: 'Not an emergency? Call 101' })).toHaveAttribute('href', 'tel:101');
  await expect(widget.getByRole('link', { name: 'Call 999', exact: true })).toHaveAttribute('href', 'tel:999');
  await expect(widget.getByRole('link', { name: 'Call 101', exact: true })).toHaveAttribute('href', 'tel:101');
  await expect(widget.getByRole('link', { name: 'Call 0808 802 0300' })).toHaveAttribute('href', 'tel:+448088020300');
  await expect(widget.getByRole('link', { name: 'Call 0800 555 111' })).toHaveAttribute('href', 'tel:+44800555111');
  expect(seen.errors).toEqual([]);
});

test('the quick exit is the first link, a real link to the neutral site, and leaves the page', async ({ page }) => {
  await fakeNeutralSite(page);
  await openWithWidget(page, '/');
  const exit = page.locator(`${LIVE} a`).first();
  await expect(exit).toHaveAccessibleName(/Exit/);
  await expect(exit).toHaveAttribute('href', EXIT_URL);
  await expect(exit).toHaveAttribute('rel', /noreferrer/);
  await exit.click();
  await page.waitForURL(EXIT_URL);
  await expect(page).toHaveTitle('Weather');
});

test('host styles do not reach the widget', async ({ page }) => {
  await openWithWidget(page, '/fixtures/bare.html');
  const reference = await computedStyles(page, { shadowOf: '[data-stalking-help]' });
  await openWithWidget(page, '/');
  const onHostPage = await computedStyles(page, { shadowOf: '[data-stalking-help]' });
  expect(onHostPage.length).toBeGreaterThan(20);
  expect(onHostPage).toEqual(reference);
});

test('widget styles do not reach the host page', async ({ page }) => {
  await page.route('**/widget/**', (route) => route.abort());
  await page.goto('/', { waitUntil: 'load' });
  const without = await computedStyles(page, { except: '[data-stalking-help]' });
  await page.unroute('**/widget/**');
  await openWithWidget(page, '/');
  const withWidget = await computedStyles(page, { except: '[data-stalking-help]' });
  expect(withWidget.length).toBeGreaterThan(20);
  expect(withWidget).toEqual(without);
});

test('no requests beyond the page and the widget files, and nothing stored', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/');
  // Interact as a visitor would: move through every link with the keyboard, hover the contacts.
  const links = await page.locator(`${LIVE} a`).count();
  await page.locator(`${LIVE} a`).first().focus();
  for (let i = 0; i < links; i += 1) await page.keyboard.press('Tab');
  await page.locator(`${LIVE} a.contact`).first().hover();
  await page.locator(`${LIVE} summary`).first().click();
  await page.keyboard.press('Shift');
  // Whatever the visitor's moves could have set off has had time to reach the network.
  await page.waitForLoadState('networkidle');

  expectOnlyOwnFiles(expect, page, seen.requests, ['/', '/demo.css']);

  expect(await storedState(page)).toEqual({
    cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, documentCookie: '',
  });
  expect(seen.errors).toEqual([]);
});

test('an exit URL that could run script is refused with one console message', async ({ page }) => {
  const seen = watch(page);
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    d.dismiss();
  });
  await openWithWidget(page, '/fixtures/bad-exit-url.html');
  const exit = page.getByRole('link', { name: /Exit/ });
  await expect(exit).toHaveAttribute('href', EXIT_URL);
  expect(seen.errors).toHaveLength(1);
  expect(seen.errors[0]).toContain('data-exit-url');
  expect(seen.errors[0]).toContain('javascript:');
  expect(dialog).toBe(false);
});

test('two widgets on one page start independently, each with its own settings', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/fixtures/two-widgets.html');
  expect(await widgetsStarted(page)).toBe(2);
  await expect(page.locator('#first a.exit')).toHaveAttribute('href', EXIT_URL);
  await expect(page.locator('#second a.exit')).toHaveAttribute('href', 'https://www.google.co.uk/');
  await expect(page.locator('#second .widget h2')).toBeVisible();
  const wasmLoads = seen.requests.filter((u) => u.endsWith('.wasm'));
  expect(wasmLoads).toHaveLength(1);
  expect(seen.errors).toEqual([]);
});

test('the snippet with its preload hints fetches each widget file once and uses every hint', async ({ page }) => {
  // The first snippet and the preload hints, pasted into a page as a host would.
  const [first, hints] = readFileSync(SNIPPET, 'utf8').split('\n\n');
  expect(hints).toContain('rel="modulepreload"');
  await page.route('**/fixtures/pasted-snippet.html', (route) => route.fulfill({
    status: 200,
    contentType: 'text/html',
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title>
      <link rel="icon" href="data:,">${hints.replace(/<!--.*?-->/s, '')}</head><body><p>Host page</p>${first}</body></html>`,
  }));
  const seen = watch(page);
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await openWithWidget(page, '/fixtures/pasted-snippet.html');
  // Chromium warns about a preload still unused about 3 s after the load event: wait until that
  // moment has passed, counted from the page's own load event (not from when the test got here).
  await page.waitForFunction(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return nav && nav.loadEventEnd > 0 && performance.now() > nav.loadEventEnd + 4000;
  }, null, { polling: 250 });
  // And each preloaded file was taken by the loader, not fetched again: one resource entry each.
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(entries.filter((u) => /stalking_help_widget\.[0-9a-f]{12}\.js$/.test(u))).toHaveLength(1);
  expect(entries.filter((u) => /stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/.test(u))).toHaveLength(1);
  for (const ending of [/_bg\.[0-9a-f]{12}\.wasm$/, /stalking_help_widget\.[0-9a-f]{12}\.js$/, /_split\.[0-9a-f]{12}\.js$/]) {
    const loads = seen.requests.filter((u) => (typeof ending === 'string' ? u.endsWith(ending) : ending.test(u)));
    expect(loads, String(ending)).toHaveLength(1);
  }
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  expect(seen.errors).toEqual([]);

  // A preloaded .wasm is still checked against the loader's integrity hash.
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff; // one changed byte
    await route.fulfill({ response, body });
  });
  await page.reload();
  expect(await widgetsStarted(page)).toBe(0);
  await expect(page.locator('[data-stalking-help] [data-stalking-help-fallback] a.exit')).toBeVisible();
});

test('a host can theme the widget through its documented custom properties', async ({ page }) => {
  await openWithWidget(page, '/');
  const contact = page.locator(`${LIVE} a.contact`).first();
  const before = await contact.evaluate((a) => getComputedStyle(a).color);
  await page.evaluate(() => document.querySelector('[data-stalking-help]').style.setProperty('--help-widget-accent', 'rgb(0, 0, 128)'));
  await expect(contact).toHaveCSS('color', 'rgb(0, 0, 128)');
  expect(before).not.toBe('rgb(0, 0, 128)');
});

// An artefact, not a check: pictures for a person to look at.
test.describe('artefacts (screenshots for review; they check only that the page opens)', () => {
  test('screenshots, phone and desktop', async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, width, height] of [['phone', 360, 740], ['desktop', 1280, 800]]) {
      await page.setViewportSize({ width, height });
      await openWithWidget(page, '/');
      await page.screenshot({ path: `${SCREENSHOTS}demo-${name}.png`, fullPage: true });
      await page.locator('[data-stalking-help]').screenshot({ path: `${SCREENSHOTS}widget-${name}.png` });
    }
  });
});
