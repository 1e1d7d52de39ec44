// The quick exit within reach on every screen, in Debian's Chromium: on phones (portrait and on
// their side), desktops, at 320 px and 400% zoom, and in forced colours, the exit bar is on
// screen and is what a tap at its centre hits, wherever the visitor has scrolled in each part
// of the widget; it never hides what has keyboard focus, tabbing either way. Screenshots of the
// bar at 360×740, 390×844 and 844×390 are saved for review.
import { mkdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { LIVE, openRecord, openWithWidget } from './helpers.mjs';

const SHOTS = new URL('../output/screenshots/', import.meta.url).pathname;


/** Where the exit link is, and what a tap at its centre would hit. */
function exitAtCentre(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-stalking-help]');
    const link = host.shadowRoot.querySelector('.root > .widget a.exit');
    const r = link.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = host.shadowRoot.elementFromPoint(x, y);
    return {
      onScreen: r.top >= -0.5 && r.bottom <= innerHeight + 0.5 && r.left >= 0 && r.right <= innerWidth + 0.5,
      hitsTheExit: document.elementFromPoint(x, y) === host && !!hit && link.contains(hit),
      height: r.height,
    };
  });
}

/** Scrolls so that `selector` (inside the widget) is in the middle of the screen. */
async function scrollTo(page, selector, block = 'center') {
  await page.evaluate(([sel, b]) => {
    const el = document.querySelector('[data-stalking-help]').shadowRoot.querySelector(sel);
    el.scrollIntoView({ block: b });
  }, [selector, block]);
}

/** Places inside each part of the widget, from its top to its bottom. */
const PLACES = [
  ['the place question', '.place-picker'],
  // The first step's behaviour groups fold away: its fourth group is a step down the list.
  ['the self-check, a step down its list', '.check details.group:nth-of-type(4) summary'],
  ['the finder, among the helplines', '.finder .services > li:nth-child(5)'],
  ['the finder, at its last card', '.finder .services > li:last-child'],
  ['the record, its file buttons', '.record label.file-button'],
  ['the record, its crime reference', '#record-crime-reference'],
  ['the guidance', '.guidance [data-topic="online-safety"]'],
  ['the bottom of the widget', '.guidance > details:last-of-type'],
];

const SCREENS = [
  ['a small phone', { width: 360, height: 740 }, true],
  ['a phone', { width: 390, height: 844 }, true],
  ['a phone on its side', { width: 844, height: 390 }, true],
  ['a desktop', { width: 1280, height: 800 }, false],
  ['320 px wide', { width: 320, height: 640 }, false],
  ['400% zoom (1280×800 seen at 320×200)', { width: 320, height: 200 }, false],
];

for (const [name, viewport, shoot] of SCREENS) {
  test(`on ${name}, the exit is on screen and tappable wherever the visitor has scrolled`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWithWidget(page, '/');
    // Open the self-check, so its longest step is in the page.
    await page.locator(LIVE).getByRole('button', { name: 'Start the check' }).click();
    await expect(page.locator(`${LIVE} .check .progress`)).toHaveText(/^Step 1 of \d+$/);
    await openRecord(page.locator(LIVE));
    for (const [where, selector] of PLACES) {
      await scrollTo(page, selector);
      const exit = await exitAtCentre(page);
      expect(exit, `${name}, ${where}`).toMatchObject({ onScreen: true, hitsTheExit: true });
      // Compact: never more than a quarter of the screen's height (a sixth where there is room).
      expect(exit.height, `${name}: the bar's height`).toBeLessThanOrEqual(Math.max(viewport.height / 6, 52));
    }
    if (shoot) {
      mkdirSync(SHOTS, { recursive: true });
      await scrollTo(page, '.finder .services > li:nth-child(3)');
      await page.screenshot({ path: `${SHOTS}exit-bar-${viewport.width}x${viewport.height}.png` });
    }
    // The bar stays inside the widget's own box: once the widget has scrolled away, so has the
    // bar, and it never covers the host page's own content.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const inside = await page.evaluate(() => {
      const root = document.querySelector('[data-stalking-help]').shadowRoot;
      const w = root.querySelector('.root > .widget').getBoundingClientRect();
      const b = root.querySelector('.exit-bar').getBoundingClientRect();
      return { within: b.top >= w.top - 0.5 && b.bottom <= w.bottom + 0.5, widgetGone: w.bottom <= 0, barGone: b.bottom <= 0 };
    });
    expect(inside.within).toBe(true);
    expect(inside.barGone).toBe(inside.widgetGone);
  });
}

test('in forced colours the bar keeps its edge and stays on top', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 390, height: 844 });
  await openWithWidget(page, '/');
  await scrollTo(page, '.finder .services > li:nth-child(4)');
  expect(await exitAtCentre(page)).toMatchObject({ onScreen: true, hitsTheExit: true });
  const border = await page.locator(`${LIVE} a.exit`).evaluate((a) => getComputedStyle(a).borderTopStyle);
  expect(border).toBe('solid');
});

/** The focused element inside the widget, and whether the exit bar covers any of it. */
function focusState(page) {
  return page.evaluate(async () => {
    // After the browser, and the quick exit, have scrolled for the new focus (the next frame).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const host = document.querySelector('[data-stalking-help]');
    const el = host.shadowRoot.activeElement;
    if (!el) return null;
    const bar = host.shadowRoot.querySelector('.exit-bar').getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const underBar = !el.closest('.exit-bar') && r.top < bar.bottom - 0.5 && r.bottom > bar.top + 0.5;
    const onScreen = r.bottom > 0 && r.top < innerHeight;
    return { what: `${el.tagName.toLowerCase()} ${(el.textContent || el.id || '').trim().slice(0, 40)}`, underBar, onScreen };
  });
}

for (const [name, viewport] of [['a phone', { width: 390, height: 844 }], ['a desktop', { width: 1280, height: 800 }]]) {
  test(`on ${name}, tabbing forwards and backwards never leaves focus under the exit bar`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWithWidget(page, '/');
    await page.locator(`${LIVE} summary`, { hasText: 'More filters' }).click(); // more controls to reach
    await page.locator(`${LIVE} a.exit`).focus();
    const problems = [];
    const steps = { Tab: 0, 'Shift+Tab': 0 };
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press(key);
        const state = await focusState(page);
        if (!state) break; // focus left the widget
        steps[key] += 1;
        if (state.underBar || !state.onScreen) problems.push(`${key} ${i}: ${state.what} ${JSON.stringify(state)}`);
      }
      // Come back into the widget from below for the way back up.
      if (key === 'Tab') await page.locator(`${LIVE} .guidance > details:last-of-type summary`).focus();
    }
    // Each way through the whole widget, not one way and a step.
    expect(steps.Tab).toBeGreaterThan(60);
    expect(steps['Shift+Tab']).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
}
