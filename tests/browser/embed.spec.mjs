// Hostile host pages: a policy without WebAssembly, an aggressive CSS reset, a single-page app
// mounting and unmounting, bad settings, theming, and no JavaScript at all.
import { test, expect } from '@playwright/test';
import { computedStyles, EXIT_URL, fakeNeutralSite, live, LIVE, openWithWidget, watch, widgetsStarted } from './helpers.mjs';


test.beforeEach(async ({ page }) => {
  await fakeNeutralSite(page);
});

test('under a policy without wasm-unsafe-eval: the static version, a precise hint, and a working exit', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/fixtures/no-wasm-csp.html');
  expect(await widgetsStarted(page)).toBe(0);
  const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback]');
  await expect(fallback.getByRole('link', { name: 'Exit this page' })).toBeVisible();
  await expect(fallback.getByRole('link', { name: 'In danger now? Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(fallback.getByRole('link', { name: 'Not an emergency? Call 101' })).toHaveAttribute('href', 'tel:101');
  await expect(fallback.getByRole('heading', { name: 'National Stalking Helpline' })).toBeVisible();
  const hint = seen.errors.find((e) => e.includes('wasm-unsafe-eval') && e.includes('Stalking help widget'));
  expect(hint, seen.errors.join('\n')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
});

test('the static version is styled like the widget, so the switch-over does not jump', async ({ page }) => {
  await page.route('**/*.wasm', () => new Promise(() => {}));
  await page.goto('/');
  const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback]');
  await expect(fallback.locator('.exit')).toBeVisible();
  const before = await page.locator('[data-stalking-help]').evaluate((h) => {
    const box = (sel) => h.shadowRoot.querySelector(sel).getBoundingClientRect().top;
    return { exit: box('.exit'), strip: box('.strip'), title: box('h2') };
  });
  await page.unroute('**/*.wasm');
  await openWithWidget(page, '/');
  const after = await page.locator('[data-stalking-help]').evaluate((h) => {
    const box = (sel) => h.shadowRoot.querySelector(sel).getBoundingClientRect().top;
    return { exit: box('.exit'), strip: box('.strip'), title: box('h2') };
  });
  expect(after).toEqual(before);
  await expect(page.locator('[data-stalking-help] [data-stalking-help-fallback]')).toHaveCount(0);
});

test('an aggressive host CSS reset does not reach the widget', async ({ page }) => {
  await openWithWidget(page, '/fixtures/bare.html');
  const reference = await computedStyles(page, { shadowOf: '[data-stalking-help]' });
  await openWithWidget(page, '/fixtures/aggressive-css.html');
  expect(await computedStyles(page, { shadowOf: '[data-stalking-help]' })).toEqual(reference);
});

test('a single-page app can mount, unmount and mount again without leaking listeners', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/fixtures/spa.html');
  await widgetsStarted(page);
  const cdp = await page.context().newCDPSession(page);
  const listeners = async () => {
    const counts = {};
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      counts[expression] = found.length;
      counts[`${expression} visibilitychange`] = found.filter((l) => l.type === 'visibilitychange').length;
    }
    return counts;
  };
  const cycle = () => page.evaluate(async () => {
    const el = document.createElement('div');
    document.getElementById('app').appendChild(el);
    const ok = await window.StalkingHelpWidget.mount(el);
    const drawn = !!el.shadowRoot.querySelector('.widget h2');
    window.StalkingHelpWidget.unmount(el);
    const emptied = el.shadowRoot.childElementCount === 0;
    el.remove();
    return { ok, drawn, emptied, live: window.StalkingHelpWidget.widgets.length };
  });
  expect(await cycle()).toEqual({ ok: true, drawn: true, emptied: true, live: 0 });
  const baseline = await listeners();
  for (let i = 0; i < 5; i += 1) expect(await cycle()).toEqual({ ok: true, drawn: true, emptied: true, live: 0 });
  expect(await listeners()).toEqual(baseline);
  // And one left mounted works.
  await page.evaluate(async () => {
    const el = document.createElement('div');
    el.id = 'kept';
    document.getElementById('app').appendChild(el);
    await window.StalkingHelpWidget.mount(el);
  });
  await expect(page.locator('#kept .widget h2').first()).toHaveText('Help with stalking and harassment');
  // The finder keeps "open now" current with a listener of its own while it is on the page, and
  // only then (the cycles above left none behind).
  await expect.poll(async () => (await listeners())['document visibilitychange']).toBe(baseline['document visibilitychange'] + 1);
  expect(seen.errors).toEqual([]);
});

test('every bad setting logs one clear message, and every widget still renders with safe defaults', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/fixtures/bad-config.html');
  await widgetsStarted(page);
  const widgets = page.locator('[data-stalking-help]');
  const total = await widgets.count();
  expect(total).toBeGreaterThanOrEqual(20);
  for (let i = 0; i < total; i += 1) {
    await expect(widgets.nth(i).locator('.widget h2, .widget h3').first()).toBeVisible();
  }
  // One message per bad setting (18 attributes and the broken JSON block).
  const messages = seen.errors.filter((e) => e.startsWith('Stalking help widget'));
  expect(messages, messages.join('\n')).toHaveLength(19);
  for (const name of ['data-exit-url', 'data-region', 'data-parts', 'data-heading-level', 'data-i18n.exit-label', 'did you mean data-exit-url', 'did you mean data-region', 'data-config block']) {
    expect(messages.some((m) => m.includes(name)), name).toBe(true);
  }
  // Safe defaults: no script address anywhere, the default exit where a bad one was given.
  for (let i = 0; i < 4; i += 1) await expect(page.locator(`#w${i} a.exit`)).toHaveAttribute('href', EXIT_URL);
  expect(await page.locator('[data-stalking-help] a[href^="javascript:"], [data-stalking-help] a[href^="data:"]').count()).toBe(0);
  // HTML in a setting is shown as text, never run.
  await expect(page.locator('#w-html .widget h2')).toHaveText('<img src=x onerror="window.__xss=1">Help');
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  // A good JSON block wins over attributes and applies.
  await expect(page.locator('#w-good-json .widget h3').first()).toHaveText('Getting help');
  await expect(page.locator('#w-good-json a.exit')).toHaveAttribute('href', 'https://www.google.co.uk/');
});

test('hosts can theme the widget, and a colour that would fail contrast is replaced', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/fixtures/theme.html');
  await expect(page.locator('#brand .widget .secondary').first()).toHaveCSS('color', 'rgb(75, 0, 130)');
  await expect(page.locator('#brand .widget')).toHaveCSS('font-family', 'Georgia, serif');
  await expect(page.locator('#pale .widget .secondary').first()).toHaveCSS('color', 'rgb(29, 92, 99)');
  expect(seen.errors.filter((e) => e.includes('--help-widget-accent'))).toHaveLength(1);
});

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('the snippet with the static version still shows the exit link and the emergency numbers', async ({ page }) => {
    await page.goto('/widget/snippet.html');
    const exit = page.getByRole('link', { name: 'Exit this page' });
    await expect(exit).toBeVisible();
    await expect(exit).toHaveAttribute('href', EXIT_URL);
    await expect(page.getByRole('link', { name: 'In danger now? Call 999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('link', { name: 'Call 0808 802 0300' })).toBeVisible();
  });
});

test('the snippet with the static version starts the full widget when JavaScript runs', async ({ page }) => {
  await page.goto('/widget/snippet.html');
  expect(await widgetsStarted(page)).toBe(2);
  await expect(page.locator(`${LIVE} .check`).first()).toBeVisible();
});

test('the custom element starts itself, and stops when removed', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/fixtures/custom-element.html');
  expect(await widgetsStarted(page)).toBe(1);
  await expect(page.locator('stalking-help .widget .finder')).toBeVisible();
  await page.evaluate(() => {
    document.querySelector('stalking-help').remove();
    window.added = document.createElement('stalking-help');
    document.body.appendChild(window.added);
  });
  // Until the new one has drawn (its self-check is there), however long that takes.
  await expect.poll(() => page.evaluate(() => ({
    live: window.StalkingHelpWidget.widgets.length,
    drawn: !!(window.added.shadowRoot && window.added.shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) .widget .check')),
  }))).toEqual({ live: 1, drawn: true });
  expect(seen.errors).toEqual([]);
});

test('a .wasm that does not match the integrity hash is refused, and the static version stays', async ({ page }) => {
  const seen = watch(page);
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff; // one changed byte
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  expect(await widgetsStarted(page)).toBe(0);
  await expect(page.locator('[data-stalking-help] [data-stalking-help-fallback] a.exit')).toBeVisible();
  expect(seen.errors.some((e) => e.includes('could not load its files'))).toBe(true);
});
