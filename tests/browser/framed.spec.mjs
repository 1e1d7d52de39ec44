// The framed version (dist/frame.html) inside an intranet page on another origin, as SharePoint's
// Embed part, Google Sites or a learning platform would show it: leaving leaves the whole tab,
// a sandbox that forbids that is said plainly, only the sites on the build's list may frame it,
// a fixed-height frame keeps the exit in reach, and its settings work as on a host's page.
//
// The framing host is this same server under another name (http://localhost:PORT), so another
// origin; the framed version comes from target/framed-dist/, which tests/framed-setup.mjs
// packages with FRAME_ANCESTORS naming that host. dist/ keeps the default, its own site only.
import { test, expect } from '@playwright/test';
import { EXIT_URL, expectNoAxeViolations, fakeNeutralSite, LIVE, storedState, watch } from './helpers.mjs';

const port = Number(process.env.TEST_PORT || 4173);
const HOST = `http://localhost:${port}`;
const WIDGET = `http://127.0.0.1:${port}`;
const NEUTRAL = `${WIDGET}/fixtures/neutral.html`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The framed widget's frame, once its full widget has drawn. */
async function framedWidget(page) {
  const frame = page.frameLocator('#help');
  await expect(frame.locator(`${LIVE} h2`).first()).toBeVisible();
  return frame;
}

/** The frame object itself (for evaluating in it). */
const frameOf = (page) => page.frames().find((f) => f.url().includes('/frame.html'));

/** Opens the start page, then the intranet page: history has a page before it. */
async function arrive(page, fixture = 'intranet.html') {
  await page.goto(`${HOST}/fixtures/start.html`);
  await page.goto(`${HOST}/fixtures/${fixture}`);
  return page.evaluate(() => history.length);
}

/** Starts noting the Referer each request to the neutral site comes with (none, it must be). */
function refererTo(page) {
  const told = [];
  page.on('request', async (request) => {
    if (request.url().startsWith(NEUTRAL)) told.push((await request.allHeaders()).referer || null);
  });
  return told;
}

async function expectWholeTabLeft(page, historyBefore) {
  await page.waitForURL(NEUTRAL);
  expect(await page.title()).toBe('Weather');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.goBack();
  expect(page.url()).toBe(`${HOST}/fixtures/start.html`);
}

const WAYS = {
  click: async (page, frame) => frame.locator(`${LIVE} a.exit`).click(),
  tap: async (page, frame) => frame.locator(`${LIVE} a.exit`).tap(),
  Enter: async (page, frame) => {
    await frame.locator(`${LIVE} a.exit`).focus();
    await page.keyboard.press('Enter');
  },
  'Shift three times': async (page, frame) => {
    // Focus in the frame, as a visitor's tap or click inside it gives; not in a text box.
    await frame.locator(`${LIVE} h2`).first().click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  },
};

for (const [screen, viewport] of [['a phone', PHONE], ['a desktop', DESKTOP]]) {
  for (const [way, act] of Object.entries(WAYS)) {
    test(`on ${screen}, ${way} in the frame takes the whole tab to the neutral site, replacing the intranet page in history`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, hasTouch: way === 'tap', isMobile: way === 'tap' });
      const page = await context.newPage();
      const seen = watch(page);
      const told = refererTo(page);
      const before = await arrive(page);
      const frame = await framedWidget(page);
      await act(page, frame);
      await expectWholeTabLeft(page, before);
      expect(told).toEqual([null]);
      expect(seen.errors).toEqual([]);
      await context.close();
    });
  }
}

test('in the frame, the shortcut hint says it works once the visitor is in the box', async ({ page }) => {
  await arrive(page);
  const frame = await framedWidget(page);
  await expect(frame.locator(`${LIVE} .exit-hint`)).toHaveText(/after you tap or click in this box/);
  // Opened on its own, not in a frame, the usual hint.
  await page.goto(`${WIDGET}/framed/frame.html`);
  await expect(page.locator(`${LIVE} .exit-hint`)).toHaveText('Or press either Shift key 3 times, when you are not typing in a box.');
});

for (const [way, act] of [['a click', WAYS.click], ['Shift three times', WAYS['Shift three times']]]) {
  test(`in a sandbox that forbids leaving the page, ${way} says so at once and tells the visitor to close the tab`, async ({ page }) => {
    const seen = watch(page);
    await arrive(page, 'intranet-sandboxed.html');
    const frame = await framedWidget(page);
    await act(page, frame);
    const notice = frame.locator('[data-stalking-help-overlay]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText('This box could not close the page around it. To leave, close this tab or window now.');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toBeFocused();
    // Nothing of the help is left to see in the frame, and the tab has not moved.
    await expect(frame.locator(LIVE)).toHaveCount(0);
    expect(page.url()).toBe(`${HOST}/fixtures/intranet-sandboxed.html`);
    const box = await page.locator('#help').boundingBox();
    const cover = await notice.boundingBox();
    expect(cover.width).toBeGreaterThanOrEqual(box.width - 4);
    expect(seen.errors.some((e) => /allow-top-navigation-by-user-activation/.test(e))).toBe(true);
  });
}

test('a site not on the build\'s list cannot frame it: the browser refuses, from the header', async ({ page }) => {
  const seen = watch(page);
  // dist/ is built with the default list, its own site only; the intranet is another origin.
  await page.goto(`${HOST}/fixtures/intranet-not-allowed.html`);
  await expect.poll(() => seen.errors.some((e) => /frame-ancestors 'self'/.test(e))).toBe(true);
  // What the browser did: the frame holds its error page, not frame.html, and nothing of the
  // widget was fetched into it.
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
  expect(seen.requests.filter((u) => /\/widget\/(stalking|frame\.[0-9a-f]{12}\.js)/.test(u))).toEqual([]);
});

test('on a server that sends no headers, the page itself refuses a site not on its list: the simple version only', async ({ page }) => {
  const seen = watch(page);
  await fakeNeutralSite(page);
  await page.goto(`${HOST}/fixtures/intranet-no-headers.html`);
  const frame = page.frameLocator('#help');
  await expect(frame.locator('[data-stalking-help-fallback] a.exit')).toBeVisible();
  await expect.poll(() => seen.errors.find((e) => /not among the sites allowed to frame it/.test(e))).toContain(HOST);
  // The loader is done, and only the static version is there.
  await expect.poll(() => frameOf(page).evaluate(() => window.StalkingHelpWidget.ready)).toBe(0);
  await expect(frame.locator('[data-stalking-help] .root:not([data-stalking-help-fallback])')).toHaveCount(0);
  // Nothing from the hostile address: the usual exit and the usual 999 line.
  await expect(frame.locator('[data-stalking-help-fallback] a.exit')).toHaveAttribute('href', EXIT_URL);
  await expect(frame.locator('[data-stalking-help-fallback]')).not.toContainText('Do not call');
  await expect(frame.locator('[data-stalking-help-fallback]')).toContainText('999');
  // Its exit still leaves the whole tab.
  const before = await page.evaluate(() => history.length);
  await frame.locator('[data-stalking-help-fallback] a.exit').click();
  await page.waitForURL(EXIT_URL);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

for (const [screen, viewport] of [['a phone', PHONE], ['a desktop', DESKTOP]]) {
  test(`on ${screen}, a fixed-height frame scrolls inside with the exit on screen and tappable wherever it is scrolled`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await arrive(page);
    const frameLocator = await framedWidget(page);
    // The widget is far taller than the frame, which scrolls inside itself.
    const frame = frameOf(page);
    const height = await frame.evaluate(() => innerHeight);
    expect(height).toBe(480);
    const scrollable = await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(scrollable).toBeGreaterThan(1000);
    for (const at of [0, 0.25, 0.5, 0.75, 1]) {
      const where = await frame.evaluate((at) => {
        scrollTo(0, Math.round((document.documentElement.scrollHeight - innerHeight) * at));
        const link = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root a.exit');
        const r = link.getBoundingClientRect();
        const hit = document.querySelector('[data-stalking-help]').shadowRoot.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { top: r.top, bottom: r.bottom, inside: r.top >= 0 && r.bottom <= innerHeight, hit: hit === link, scrolled: scrollY };
      }, at);
      expect(where, `scrolled ${Math.round(at * 100)}%`).toMatchObject({ inside: true, hit: true });
    }
    await frameLocator.locator(`${LIVE} a.exit`).click();
    await page.waitForURL(NEUTRAL);
    await context.close();
  });
}

test('framed by a site on its list, the address\'s region works, and the exit address comes from the settings file', async ({ page }) => {
  const seen = watch(page);
  await arrive(page);
  const frame = await framedWidget(page);
  expect(seen.errors).toEqual([]);
  // region=scotland: the visitor's place starts as Scotland.
  await expect(frame.locator(`${LIVE} select#place`)).toHaveValue('scotland');
  await expect(frame.locator(`${LIVE} a.exit`)).toHaveAttribute('href', NEUTRAL);
});

test('a settings file beside the widget gives settings and the host\'s own services, with the usual checks', async ({ page }) => {
  const seen = watch(page);
  await arrive(page, 'intranet-settings.html');
  const frame = await framedWidget(page);
  await expect(frame.locator(`${LIVE} h2`).first()).toHaveText('Wellbeing at Riverside: help with stalking');
  await expect(frame.locator(`${LIVE} select#place`)).toHaveValue('wales');
  await frame.locator('[data-stalking-help] .finder').getByLabel('Search by name').fill('riverside');
  await expect(frame.locator('[data-stalking-help] .finder .service', { hasText: 'Riverside Staff Support' })).toContainText('Local service');
  await expect.poll(() => seen.errors.join('\n')).toMatch(/broken-number/);
  expect(seen.errors.filter((e) => !/broken-number/.test(e))).toEqual([]);
});

test('bad settings in the address or the file each get one clear console message, and the widget still renders', async ({ page }) => {
  const seen = watch(page);
  await arrive(page, 'intranet-bad-settings.html');
  const frame = await framedWidget(page);
  await expect(frame.locator(`${LIVE} a.exit`)).toHaveAttribute('href', EXIT_URL);
  await expect.poll(() => seen.errors.length).toBeGreaterThanOrEqual(2);
  const all = seen.errors.join('\n');
  expect(all).toMatch(/settings file .*frame-settings-broken\.json was not used: it is not valid JSON/);
  // A typo, a name that is no setting and an exit address: the address takes none of them, and
  // one message says so and where they belong.
  expect(seen.errors.filter((e) => /in the address were not used/.test(e))).toHaveLength(1);
  expect(all).toMatch(/"regoin", "settings-x", "exit-url" in the address were not used\. The address takes only region, lang, languages, heading-level/);
  expect(all).not.toMatch(/javascript:alert/);
});

/** The full widget in a page or frame, looked at as a visitor would see it. */
async function whatItShows(scope) {
  return {
    title: (await scope.locator(`${LIVE} h2`).first().textContent()).trim(),
    strip: (await scope.locator(`${LIVE} .strip`).first().textContent()).replace(/\s+/g, ' '),
    exit: await scope.locator(`${LIVE} a.exit`).getAttribute('href'),
    exitLabel: (await scope.locator(`${LIVE} a.exit`).textContent()).trim(),
    parts: await scope.locator(`${LIVE} .help > *`).count(),
  };
}

const HOSTILE = '?i18n.strip-999=Do+not+call+999:+police+already+know.+Text+07700+900123.&i18n.exit-label=Exit+is+switched+off+here' +
  `&exit-url=${encodeURIComponent(`${WIDGET}/fixtures/neutral.html?stalker`)}&hide-services=national-stalking-helpline&parts=record` +
  '&title=Nothing+to+see&quick-exit=&region=wales&safety-url=https://evil.example/&heading-level=5';

test('a link to the framed version opened on its own, with hostile settings in its address, shows exactly what the deployer built', async ({ page }) => {
  const seen = watch(page);
  // What the deployer built, opened plainly.
  await page.goto(`${WIDGET}/framed/frame.html`);
  await expect(page.locator(`${LIVE} h2`).first()).toBeVisible();
  const plain = await whatItShows(page);
  expect(plain.exit).toBe(EXIT_URL);
  // The same page from the stranger's link.
  await page.goto(`${WIDGET}/framed/frame.html${HOSTILE}`);
  await expect(page.locator(`${LIVE} h2`).first()).toBeVisible();
  expect(await whatItShows(page)).toEqual(plain);
  await expect(page.locator(LIVE)).not.toContainText(/07700|switched off|Nothing to see/);
  await expect(page.locator(`${LIVE} select#place`)).toHaveValue('');
  // The national line is listed, and a click on anything but the exit stays on the page.
  await page.locator(`${LIVE} .finder`).getByLabel('Search by name').fill('national stalking');
  await expect(page.locator(`${LIVE} .finder .service`, { hasText: 'National Stalking Helpline' }).first()).toBeVisible();
  await page.locator(`${LIVE} h2`).first().click();
  expect(page.url()).toContain('/framed/frame.html');
  // One message says the address was not used.
  expect(seen.errors.filter((e) => /in the address were not used\. This page is not framed by a site allowed to frame it/.test(e))).toHaveLength(1);
  // The deployer's own settings file is still read: it lives on their server.
  await page.goto(`${WIDGET}/framed/frame.html?settings=frame-settings.json&${HOSTILE.slice(1)}`);
  await expect(page.locator(`${LIVE} h2`).first()).toHaveText('Wellbeing at Riverside: help with stalking');
  await expect(page.locator(`${LIVE} a.exit`)).toHaveAttribute('href', NEUTRAL);
  await expect(page.locator(`${LIVE} .strip`).first()).not.toContainText('Do not call');
});

test('the framed version asks for nothing but its own files, stores nothing, and passes axe', async ({ page }) => {
  const seen = watch(page);
  await arrive(page, 'intranet-settings.html');
  await framedWidget(page);
  const paths = seen.requests.map((u) => new URL(u)).map((u) => `${u.origin}${u.pathname}`);
  const own = [
    `${HOST}/fixtures/start.html`,
    `${HOST}/fixtures/intranet-settings.html`,
    `${WIDGET}/framed/frame.html`,
    `${WIDGET}/framed/frame-settings.json`,
  ];
  const widgetFile = /^http:\/\/127\.0\.0\.1:\d+\/framed\/(frame|stalking-help|stalking_help_widget(_local)?(_bg|_split|_[a-z]+)?)\.[0-9a-f]{12}\.(js|wasm)$/;
  expect(paths.filter((p) => !own.includes(p) && !widgetFile.test(p))).toEqual([]);
  // The settings file brings services of the host's own, so the frame waits for it and loads only
  // the build that reads them.
  expect(paths.filter((p) => /_bg\.[0-9a-f]{12}\.wasm$/.test(p))).toEqual([expect.stringMatching(/stalking_help_widget_local_bg\.[0-9a-f]{12}\.wasm$/)]);
  // Inside another site's page the browser keeps the frame from storage anyway; everything the
  // browser holds for any origin is still checked to be empty.
  const held = await page.context().storageState({ indexedDB: true });
  expect(held.cookies).toEqual([]);
  expect(held.origins.filter((o) => o.localStorage.length || (o.indexedDB || []).length)).toEqual([]);
  // Opened on its own, where storage is open to it.
  await page.goto(`${WIDGET}/framed/frame.html`);
  await expect(page.locator(`${LIVE} h2`).first()).toBeVisible();
  expect(await storedState(page)).toMatchObject({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, documentCookie: '' });
  await expectNoAxeViolations(page, 'the framed version on its own');
});

test('framed on its own site, leaving blanks the page around it too, in the same moment', async ({ page }) => {
  await page.goto(`${WIDGET}/fixtures/intranet-same-site.html`);
  await framedWidget(page);
  // Click and look in the same task, from inside the frame: the page around it is already blank
  // before the neutral site (which answers slowly here) has even been asked for.
  const around = await frameOf(page).evaluate(() => {
    document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget a.exit').click();
    return { title: top.document.title, body: getComputedStyle(top.document.body).visibility };
  });
  expect(around).toEqual({ title: '', body: 'hidden' });
  await page.waitForURL(`${NEUTRAL}?delay=1500`);
});

test('with JavaScript off, the framed static version still leaves the whole tab', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await fakeNeutralSite(context);
  const page = await context.newPage();
  await page.goto(`${HOST}/fixtures/intranet.html`);
  const exit = page.frameLocator('#help').locator('a[data-quick-exit]');
  await expect(exit).toHaveAttribute('target', '_top');
  await exit.click();
  await page.waitForURL(EXIT_URL);
  await context.close();
});
