// Shared helpers for the browser tests.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Checks the widget with axe-core (WCAG 2.0, 2.1 and 2.2, A and AA). It looks from the top of the
 * page: a control scrolled half under the sticky exit bar would count as too small a target,
 * which is the bar doing its job (focus is kept out from under it, and tested on its own).
 */
export async function expectNoAxeViolations(page, where, include = '[data-stalking-help]') {
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${where}`).toEqual([]);
}

/** The neutral site every exit goes to unless a page says otherwise. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * Stands in for the neutral site (the machine has no internet), on a page or a whole context,
 * optionally answering slowly so a test can look at the page in the moment of leaving.
 */
export async function fakeNeutralSite(target, delayMs = 0) {
  await target.unroute('https://www.bbc.co.uk/**').catch(() => {});
  await target.route('https://www.bbc.co.uk/**', async (route) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' });
  });
}

/** The live widget (not the static version in the page or in the loader's shadow root). */
export const LIVE = '[data-stalking-help] .root:not([data-stalking-help-fallback]) > .widget';
export const live = (page) => page.locator(LIVE);

/**
 * Opens the record inside `root` (the live widget, or a frame's), whose code arrives when it is
 * opened, and waits until it is drawn, in any language.
 */
export async function openRecord(root) {
  await root.locator('#open-record').click();
  await root.locator('.record #record-title').waitFor();
}

/**
 * Walks the self-check's question pages in order, however many its table has: on each, calls
 * `onPage({ n, total, title })`, then presses Next (on the last, "See what it could be"). How many
 * pages there are comes from the widget's own "Step n of N", never from the test.
 */
export async function throughTheCheck(page, onPage = async () => {}, root = page.locator(LIVE)) {
  const check = root.locator('.check');
  for (let n = 1; ; n += 1) {
    await expect(check.locator('.progress')).toHaveText(new RegExp(`^Step ${n} of \\d+$`));
    const total = Number((await check.locator('.progress').textContent()).match(/of (\d+)/)[1]);
    const title = (await check.locator(':scope > :is(h2, h3, h4, h5, h6)').first().textContent()).trim();
    await onPage({ n, total, title });
    const last = n === total;
    await check.getByRole('button', { name: last ? 'See what it could be' : 'Next' }).click();
    if (last) return;
  }
}

/**
 * Ticks an option of the self-check, opening its group on the first page first (the behaviour
 * groups fold away under their names) by a click on the group's name, as a visitor would.
 */
export async function tick(root, label, options) {
  const box = root.getByLabel(label, options).first();
  if (!(await box.isVisible())) {
    await root.locator('details.group', { has: root.page().getByLabel(label, options) }).locator('summary').click();
  }
  await box.check();
}

/** The widget's four files every page loads (all but the loader have content-hashed names). */
export const WIDGET_FILE_PATTERNS = [
  /^\/widget\/stalking-help\.js$/,
  /^\/widget\/stalking_help_widget\.[0-9a-f]{12}\.js$/,
  /^\/widget\/stalking_help_widget_split\.[0-9a-f]{12}\.js$/,
  /^\/widget\/stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/,
];

/** The pieces of the .wasm a part brings when it is first drawn (the record's, for one). */
export const PIECE_PATTERN = /^\/widget\/stalking_help_widget_[a-z0-9]+\.[0-9a-f]{12}\.wasm$/;

/** Whether a path is one of the widget's own files. */
export const isWidgetFile = (path) => WIDGET_FILE_PATTERNS.some((p) => p.test(path)) || PIECE_PATTERN.test(path);

/**
 * Checks that a page loaded nothing but its own listed files and the widget's three, and that it
 * did load all three.
 */
export function expectOnlyOwnFiles(expect, page, requests, pageFiles) {
  const origin = new URL(page.url()).origin;
  const paths = requests.filter((u) => !u.startsWith('blob:')).map((u) => (u.startsWith(`${origin}/`) ? new URL(u).pathname : u));
  expect(paths.filter((p) => !pageFiles.includes(p) && !isWidgetFile(p))).toEqual([]);
  for (const pattern of WIDGET_FILE_PATTERNS) expect(paths.some((p) => pattern.test(p)), String(pattern)).toBe(true);
}

/** Starts recording every request the page makes, and every console error or uncaught exception. */
export function watch(page) {
  const seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(`uncaught: ${e.message}`));
  return seen;
}

/** Waits until the loader has tried every mount element, and returns how many widgets started. */
export async function widgetsStarted(page) {
  await page.waitForFunction(() => window.StalkingHelpWidget && window.StalkingHelpWidget.ready);
  return page.evaluate(() => window.StalkingHelpWidget.ready);
}

/** Opens a page and waits for its widget(s) to render. */
export async function openWithWidget(page, path) {
  await page.goto(path);
  const started = await widgetsStarted(page);
  expect(started).toBeGreaterThan(0);
  await expect(page.locator(`${LIVE} h2`).first()).toBeVisible();
}

/** Everything the browser stores for this origin: it must all stay empty. */
export async function storedState(page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cacheStorage: (await caches.keys()).length,
    documentCookie: document.cookie,
  }));
  return { cookies: (await page.context().cookies()).length, ...inPage };
}

/**
 * Computed styles of every element under `root` (a selector for a shadow host, or 'body'), keyed
 * by its position, for the properties a stylesheet would most likely change.
 */
export async function computedStyles(page, where) {
  return page.evaluate((where) => {
    const props = [
      'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
      'letter-spacing', 'text-transform', 'text-decoration-line', 'text-align', 'list-style-type',
      'margin-top', 'margin-bottom', 'margin-left', 'padding-top', 'padding-left', 'border-bottom-width',
      'border-bottom-style', 'border-radius', 'display', 'box-sizing',
    ];
    let elements;
    if (where.shadowOf) {
      elements = [...document.querySelector(where.shadowOf).shadowRoot.querySelectorAll('*')];
    } else {
      elements = [...document.body.querySelectorAll('*')].filter((e) => !e.closest(where.except));
    }
    return elements.map((e) => {
      const s = getComputedStyle(e);
      return `${e.tagName.toLowerCase()}.${e.className.baseVal ?? e.className} ${props.map((p) => `${p}:${s.getPropertyValue(p)}`).join(';')}`;
    });
  }, where);
}

/** The element focused inside the widget's shadow root: its tag and accessible text. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-stalking-help]').shadowRoot.activeElement;
    if (!el) return null;
    const label = el.id && el.getRootNode().querySelector(`label[for="${el.id}"]`);
    return `${el.tagName.toLowerCase()} ${(label ? label.textContent : el.textContent).trim()}`;
  });
}

/** Presses Tab until the focused element's text starts with `text` (or one of several), keyboard only. */
export async function tabTo(page, text) {
  const wanted = [text].flat();
  for (let i = 0; i < 150; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    const words = now && now.split(' ').slice(1).join(' ');
    if (words && wanted.some((w) => words.startsWith(w))) return words;
  }
  throw new Error(`could not reach "${wanted.join('" or "')}" with Tab`);
}
