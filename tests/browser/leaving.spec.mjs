// Leaving, tried against the person doing the stalking and against a careless host page: no exit
// path tells the neutral site where the visitor was, whatever the host's referrer policy; the
// cover hides a host's open modal and popover too; a modifier or middle click still leaves this
// page; typing in odd inputs, an input method composing, and a Shift held for a click never
// count; a catalogue cannot blank the exit; and a glue file that is not the build's never runs.
import { test, expect } from '@playwright/test';
import { LIVE, openWithWidget, watch } from './helpers.mjs';
import { decodePng, inkIn } from './pixels.mjs';

const port = Number(process.env.TEST_PORT || 4173);
const HOST = `http://localhost:${port}`;
const NEUTRAL = /\/fixtures\/neutral\.html(\?delay=\d+)?$/;

/**
 * Opens the start page, then a help page (on another origin from the neutral site, with its query
 * holding something private), and starts recording what the neutral site is told.
 */
async function arrive(page, fixture, { wait = true } = {}) {
  await page.goto(`${HOST}/fixtures/start.html`);
  const told = { referer: [], requests: 0 };
  page.on('request', async (request) => {
    if (!NEUTRAL.test(request.url())) return;
    told.requests += 1;
    const referer = (await request.allHeaders()).referer;
    if (referer !== undefined) told.referer.push(referer);
  });
  await page.goto(`${HOST}/fixtures/${fixture}?topic=stalking-by-my-ex`);
  if (wait) await page.evaluate(() => window.StalkingHelpWidget.ready);
  return { told, before: await page.evaluate(() => history.length) };
}

async function expectLeftTellingNothing(page, { told, before }) {
  await page.waitForURL(NEUTRAL);
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(told.requests).toBeGreaterThan(0);
  expect(told.referer).toEqual([]);
  expect(await page.evaluate(() => document.referrer)).toBe('');
}

const exitLink = (page) => page.locator(`${LIVE} a.exit`);

test.describe('under a host policy that sends its full address everywhere (unsafe-url), no Referer leaves with the visitor', () => {
  test('by the link', async ({ page }) => {
    const arrived = await arrive(page, 'referrer-open.html');
    await exitLink(page).click();
    await expectLeftTellingNothing(page, arrived);
  });

  test('by Shift three times', async ({ page }) => {
    const arrived = await arrive(page, 'referrer-open.html');
    await page.locator('h1').click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeftTellingNothing(page, arrived);
  });

  test('by the page\'s own call to StalkingHelpWidget.exit()', async ({ page }) => {
    const arrived = await arrive(page, 'referrer-open.html');
    await page.evaluate(() => window.StalkingHelpWidget.exit());
    await expectLeftTellingNothing(page, arrived);
  });

  test('from the static version, with the WebAssembly missing', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const arrived = await arrive(page, 'referrer-open.html');
    await page.locator('[data-stalking-help-fallback] a.exit').click();
    await expectLeftTellingNothing(page, arrived);
  });

  test('from the static version with JavaScript off (the link\'s own rel="noreferrer")', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The snippet as pasted, with the static version inside the mount element, under the same policy.
    await page.route('**/fixtures/referrer-static.html*', async (route) => {
      const snippet = await (await fetch(`http://127.0.0.1:${port}/widget/static.html`)).text();
      const body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="referrer" content="unsafe-url">
        <title>Help</title></head><body><h1>Help</h1><div data-stalking-help>${snippet.replace('https://www.bbc.co.uk/weather', `http://127.0.0.1:${port}/fixtures/neutral.html`)}</div></body></html>`;
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    const arrived = await arrive(page, 'referrer-static.html', { wait: false });
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL(NEUTRAL);
    expect(arrived.told.referer).toEqual([]);
    await context.close();
  });
});

test('the cover goes over a host\'s open modal dialog and popover (the top layer) until the neutral site arrives', async ({ page }) => {
  await arrive(page, 'top-layer.html');
  await expect(page.locator('#host-dialog')).toBeVisible();
  await expect(page.locator('#host-popover')).toBeVisible();
  // Focus is trapped in the host's modal; Shift still counts there.
  expect(await page.evaluate(() => document.getElementById('host-dialog').contains(document.activeElement))).toBe(true);
  const box = (id) => page.locator(`#${id}`).boundingBox();
  const places = { dialog: await box('host-dialog'), popover: await box('host-popover') };
  const shot = async () => decodePng(await page.screenshot());
  // Before: the host's dialog and popover are there to read.
  const before = await shot();
  expect(inkIn(before, places.dialog)).toBeGreaterThan(100);
  expect(inkIn(before, places.popover)).toBeGreaterThan(100);
  // Shift three times, as key events on what has focus (the browser's own key presses would make
  // the test wait for the navigation they start); then, in the moment of leaving (the neutral site
  // answers after 4 s), nothing of either is left to see.
  const cover = await page.evaluate(() => {
    for (let i = 0; i < 3; i += 1) {
      for (const type of ['keydown', 'keyup']) {
        document.activeElement.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true, composed: true }));
      }
    }
    const el = document.querySelector('[data-stalking-help-overlay]');
    return { shown: !!el && el.matches(':popover-open'), text: el && el.textContent, url: location.pathname };
  });
  expect(cover).toEqual({ shown: true, text: 'Loading', url: '/fixtures/top-layer.html' });
  const during = await shot();
  expect(inkIn(during, places.dialog)).toBe(0);
  expect(inkIn(during, places.popover)).toBe(0);
  await page.waitForURL(NEUTRAL);
});

for (const [how, click] of [
  ['a Shift-click (a new window)', (link) => link.click({ modifiers: ['Shift'] })],
  ['a Ctrl-click (a new tab)', (link) => link.click({ modifiers: ['Control'] })],
  ['a Cmd-click (a new tab on a Mac)', (link) => link.click({ modifiers: ['Meta'] })],
  ['an Alt-click (a download)', (link) => link.click({ modifiers: ['Alt'] })],
  ['a middle click (a new tab)', (link) => link.click({ button: 'middle' })],
]) {
  test(`${how} on the exit leaves this page too, replacing it in history, and opens nothing else`, async ({ page, context }) => {
    const arrived = await arrive(page, 'referrer-open.html');
    await click(exitLink(page));
    await expectLeftTellingNothing(page, arrived);
    expect(context.pages()).toHaveLength(1);
  });
}

test('typing in inputs the browser treats as text (an obsolete type, a typo) never counts towards leaving', async ({ page }) => {
  await arrive(page, 'typing.html');
  for (const id of ['when', 'name']) {
    await page.locator(`#${id}`).click();
    await page.keyboard.type('Abc');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    expect(await page.evaluate(() => !!document.querySelector('[data-stalking-help-overlay]')), id).toBe(false);
    await expect(page.locator(`${LIVE} [data-quick-exit-status]`)).toHaveText('');
  }
  expect(page.url()).toContain('/fixtures/typing.html');
});

test('Shift while an input method is composing never counts; the same presses otherwise do', async ({ page }) => {
  const arrived = await arrive(page, 'typing.html');
  await page.locator('h1').click();
  const press = (composing) => page.evaluate((composing) => {
    for (let i = 0; i < 3; i += 1) {
      for (const type of ['keydown', 'keyup']) {
        document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', isComposing: composing, bubbles: true }));
      }
    }
    return !!document.querySelector('[data-stalking-help-overlay]');
  }, composing);
  expect(await press(true)).toBe(false);
  expect(await press(false)).toBe(true);
  await page.waitForURL(NEUTRAL);
  expect(await page.evaluate(() => history.length)).toBe(arrived.before);
});

test('a Shift held for a click (extending a selection) does not count; plain presses then do', async ({ page }) => {
  await arrive(page, 'typing.html');
  const words = page.locator('#words');
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.down('Shift');
    await words.click();
    await page.keyboard.up('Shift');
  }
  expect(await page.evaluate(() => !!document.querySelector('[data-stalking-help-overlay]'))).toBe(false);
  await expect(page.locator(`${LIVE} [data-quick-exit-status]`)).toHaveText('');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
});

test('a catalogue whose exit texts are blank or invisible cannot blank the exit: English stands, and the console says why', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/fixtures/catalogue-blank-exit.html');
  await expect(page.locator(`${LIVE} h2`).first()).toHaveText('Pomoc');
  await expect(exitLink(page)).toHaveText('Exit this page');
  await expect(page.locator(`${LIVE} .exit-hint`)).toHaveText(/^Or press either Shift key 3 times/);
  const message = seen.errors.find((e) => /the pl catalogue/.test(e) && /exit\.label/.test(e));
  expect(message).toMatch(/exit\.label \(it is empty\)/);
  expect(message).toMatch(/exit\.hint \(it has nothing to read/);
  expect(message).toMatch(/exit\.cover \(it is empty\)/);
  // The cover's word too.
  await page.locator('h1').click();
  expect(await page.evaluate(() => {
    for (let i = 0; i < 3; i += 1) {
      for (const type of ['keydown', 'keyup']) {
        document.activeElement.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true, composed: true }));
      }
    }
    return document.querySelector('[data-stalking-help-overlay]').textContent;
  })).toBe('Loading');
});

test('a glue file that is not the one the build made never runs: the static version stays and the console says why', async ({ page }) => {
  const seen = watch(page);
  await page.route(/stalking_help_widget\.[0-9a-f]{12}\.js$/, async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, body: `${await real.text()}\nwindow.tampered = true;\n` });
  });
  await page.goto('/fixtures/bare.html');
  expect(await page.evaluate(() => window.StalkingHelpWidget.ready)).toBe(0);
  expect(await page.evaluate(() => window.tampered === true)).toBe(false);
  await expect(page.locator('[data-stalking-help-fallback] a.exit')).toBeVisible();
  await expect(page.locator('[data-stalking-help-fallback] a[href="tel:999"]').first()).toBeVisible();
  expect(seen.errors.join('\n')).toMatch(/is not the file this build made/);
});
