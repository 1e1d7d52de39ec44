// Whatever fails, the exit and 999 stay: a host script that breaks the widget's drawing (so the
// widget's own code fails, a panic) during the first drawing or later, or that quietly stops it
// drawing, with two widgets on the page. Every affected mount element shows the static version at
// once with one plain sentence, `ready` counts only the widgets that really drew, and leaving
// still works by the link and by Shift.
import { test, expect } from '@playwright/test';
import { openRecord, watch } from './helpers.mjs';

const NEUTRAL = /\/fixtures\/neutral\.html$/;
const STOPPED = /the widget stopped working, so the simple version is shown in its place/;

/** What a mount element shows now: the static version (and its sentence) or the live widget. */
async function shows(page, id) {
  return page.evaluate((id) => {
    const shadow = document.getElementById(id).shadowRoot;
    const fallback = shadow && shadow.querySelector('[data-stalking-help-fallback]');
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const exit = fallback && fallback.querySelector('a[data-quick-exit]');
    const call = fallback && fallback.querySelector('a[href="tel:999"]');
    const note = fallback && fallback.querySelector('.fallback-failed');
    return {
      live: !!(shadow && shadow.querySelector('.root:not([data-stalking-help-fallback]) > .widget')),
      fallback: !!fallback,
      exit: visible(exit) ? exit.getAttribute('href') : null,
      call999: visible(call),
      sentence: visible(note) ? note.textContent : null,
      children: shadow ? shadow.childElementCount : 0,
    };
  }, id);
}

async function arrive(page, fixture) {
  await page.goto('/fixtures/start.html');
  await page.goto(`/fixtures/${fixture}`);
  return page.evaluate(() => history.length);
}

async function leavesByShift(page, before) {
  await page.locator('h1').click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  expect(await page.evaluate(() => history.length)).toBe(before);
}

const STATIC = {
  live: false,
  fallback: true,
  exit: expect.stringMatching(NEUTRAL),
  call999: true,
  sentence: expect.stringMatching(/^Something went wrong, so this is a simpler version of this help\. Exit this page, 999/),
  children: 1,
};

for (const [screen, viewport] of [['a phone', { width: 390, height: 844 }], ['a desktop', { width: 1280, height: 800 }]]) {
  test.describe(`on ${screen}`, () => {
    test.use({ viewport });

    test('a failure in the first drawing, with two widgets: both show the static version at once, and ready counts none', async ({ page }) => {
      const seen = watch(page);
      const before = await arrive(page, 'failure-first-render.html');
      expect(await page.evaluate(() => window.StalkingHelpWidget.ready)).toBe(0);
      expect(await page.evaluate(() => window.StalkingHelpWidget.started.length)).toBe(0);
      for (const id of ['first', 'second']) expect(await shows(page, id), id).toEqual(STATIC);
      expect(seen.errors.filter((e) => STOPPED.test(e))).toHaveLength(1);
      await leavesByShift(page, before);
    });

    test('a failure after both widgets drew: both are replaced by the static version, focus goes to its sentence, and the link leaves', async ({ page }) => {
      const seen = watch(page);
      const before = await arrive(page, 'failure-later.html');
      expect(await page.evaluate(() => window.StalkingHelpWidget.ready)).toBe(2);
      for (const id of ['first', 'second']) expect(await shows(page, id), id).toMatchObject({ live: true, fallback: false });
      // The second widget's record: the host script now refuses what it draws next.
      const second = page.locator('#second .root:not([data-stalking-help-fallback]) > .widget');
      await openRecord(second);
      await second.getByRole('button', { name: 'Add an entry' }).first().focus();
      await page.evaluate(() => {
        window.inTheWay = { target: 'second', how: 'throw' };
      });
      await page.keyboard.press('Enter');
      await expect.poll(() => shows(page, 'second')).toEqual(STATIC);
      expect(await shows(page, 'first')).toEqual(STATIC);
      expect(await page.evaluate(() => window.StalkingHelpWidget.started.length)).toBe(0);
      expect(seen.errors.filter((e) => STOPPED.test(e))).toHaveLength(1);
      // Focus was in the second widget: it is on the sentence now, not lost.
      expect(await page.evaluate(() => document.activeElement.id === 'second' && document.activeElement.shadowRoot.activeElement.className)).toBe('fallback-failed');
      // Where the visitor is now (at that sentence), an exit is on screen and takes a tap at its centre.
      expect(await page.evaluate(() => {
        const root = document.getElementById('second').shadowRoot;
        const link = root.querySelector('a.exit');
        const r = link.getBoundingClientRect();
        const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { onScreen: r.top >= 0 && r.bottom <= innerHeight, hit: !!hit && link.contains(hit) };
      })).toEqual({ onScreen: true, hit: true });
      await page.locator('#first [data-stalking-help-fallback] a.exit').click();
      await page.waitForURL(NEUTRAL);
      expect(await page.evaluate(() => history.length)).toBe(before);
    });
  });
}

test('a widget that never finishes drawing (a host script quietly in the way) gives way to the static version; the other runs', async ({ page }) => {
  const seen = watch(page);
  const before = await arrive(page, 'failure-swallow.html');
  expect(await page.evaluate(() => window.StalkingHelpWidget.ready)).toBe(1);
  expect(await page.evaluate(() => window.StalkingHelpWidget.started.map((h) => h.id))).toEqual(['second']);
  expect(await shows(page, 'first')).toEqual(STATIC);
  expect(await shows(page, 'second')).toMatchObject({ live: true, fallback: false });
  expect(seen.errors.filter((e) => /did not finish drawing/.test(e))).toHaveLength(1);
  await leavesByShift(page, before);
});
