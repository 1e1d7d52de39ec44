// A help page restored from the back/forward cache must start again from blank. Playwright turns
// that cache off by default, so this file turns it back on.
import { test, expect } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { LIVE, openWithWidget } from './helpers.mjs';

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test('a page restored from the back/forward cache starts again from blank', async ({ page }) => {
  await page.addInitScript(() => {
    window.addEventListener('pageshow', (event) => {
      window.__restoredFromCache = event.persisted;
    });
  });
  await openWithWidget(page, '/');
  // Leave something behind in the widget: an opened section.
  await page.locator(`${LIVE} summary`).first().click();
  await expect(page.locator(`${LIVE} details[open]`)).toHaveCount(1);

  await page.goto('/fixtures/start.html');
  // A page from the cache fires pageshow, not load.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.__restoredFromCache !== undefined);
  expect(await page.evaluate(() => window.__restoredFromCache)).toBe(true);

  await expect(page.locator(`${LIVE} h2`)).toBeVisible();
  await expect(page.locator(`${LIVE} details[open]`)).toHaveCount(0);
  await expect(page.locator('[data-stalking-help-overlay]')).toHaveCount(0);
});
