// The npm package as a single-page app uses it: a small host app (tests/npm-app/) built with a
// real bundler (Vite) against dist/npm, in Debian's Chromium. `mount` alone must bring the whole
// quick exit: Shift pressed three times and the link both cover the page and replace it in
// history, with nothing else imported or called.
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { EXIT_URL, fakeNeutralSite, openRecord } from './helpers.mjs';


test.beforeAll(() => {
  execFileSync('node', [new URL('../npm-app/build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
});

test.beforeEach(async ({ page }) => {
  await fakeNeutralSite(page);
});

/** Opens a first page, then the app, so history has something before it. */
async function openApp(page) {
  await page.goto('/fixtures/start.html');
  await page.goto('/npm-app/');
  await page.waitForFunction(() => window.hostApp && window.hostApp.ready);
  await expect(page.locator('#help .root > .widget a.exit')).toBeVisible();
  // Styled by the stylesheet mount() hands the widget (the .wasm carries none of its own).
  await expect(page.locator('#help .root > .widget a.exit')).toHaveCSS('background-color', 'rgb(177, 14, 30)');
  return page.evaluate(() => history.length);
}

test('an app built from the npm package leaves by Shift pressed three times, with history replaced', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const before = await openApp(page);
  const status = page.locator('#help .root > .widget [data-quick-exit-status]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/fixtures/start.html');
  expect(errors).toEqual([]);
});

test('an app built from the npm package leaves by the link, covering the page first', async ({ page }) => {
  await fakeNeutralSite(page, 1500);
  const before = await openApp(page);
  const during = await page.evaluate(() => {
    document.querySelector('#help').shadowRoot.querySelector('a.exit').click();
    return { covered: !!document.querySelector('[data-stalking-help-overlay]'), title: document.title };
  });
  expect(during).toEqual({ covered: true, title: '' });
  await page.waitForURL(EXIT_URL);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('an app built from the npm package sends no Referer on leaving, whatever its own policy', async ({ page }) => {
  const told = [];
  page.on('request', async (request) => {
    if (request.url().startsWith(EXIT_URL)) told.push((await request.allHeaders()).referer || null);
  });
  await openApp(page);
  // The app's page asks for its full address to go everywhere.
  await page.evaluate(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'unsafe-url';
    document.head.appendChild(meta);
  });
  await page.locator('#help .root > .widget a.exit').click();
  await page.waitForURL(EXIT_URL);
  expect(told).toEqual([null]);
});

test('if the widget fails in an app built from the npm package, the static version takes its place', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openApp(page);
  await openRecord(page.locator('#help .root > .widget'));
  const add = page.locator('#help .root > .widget').getByRole('button', { name: 'Add an entry' });
  await add.focus();
  // A script of the app's own now breaks what the widget draws next.
  await page.evaluate(() => {
    const original = Node.prototype.insertBefore;
    Node.prototype.insertBefore = function (...args) {
      if (this.nodeType === 1 && this.closest && this.closest('.root:not([data-stalking-help-fallback])')) throw new Error('in the way');
      return original.apply(this, args);
    };
  });
  await page.keyboard.press('Enter');
  const fallback = page.locator('#help [data-stalking-help-fallback]');
  await expect(fallback.locator('.fallback-failed')).toBeVisible();
  await expect(fallback.locator('a.exit')).toBeVisible();
  await expect(fallback.locator('a[href="tel:999"]').first()).toBeVisible();
  expect(errors.filter((e) => /the widget stopped working/.test(e))).toHaveLength(1);
  await fallback.locator('a.exit').click();
  await page.waitForURL(EXIT_URL);
});
