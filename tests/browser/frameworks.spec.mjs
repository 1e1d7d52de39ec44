// The widget inside real framework pages, built from those frameworks' own npm packages (pinned
// in tests/package.json) and pasted as the README says: GOV.UK Frontend's page template with its
// own Exit this page; Bootstrap with a sticky navbar, a cookie banner fixed to the bottom, a modal
// and a header that slides away and back; Bootstrap right to left; and Tailwind's preflight reset
// with a 62.5% root size under a policy enforcing Trusted Types. In each, on a phone (upright and
// on its side) and a desktop screen: it renders; the exit bar is on screen, below the page's
// header and clear of its banner, and takes a tap at its centre wherever the visitor is in the
// widget; Shift pressed three times leaves once with the page replaced in history; the page's and
// the widget's styles leave each other alone; and axe finds nothing.
import { mkdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { computedStyles, expectNoAxeViolations, LIVE, watch, widgetsStarted } from './helpers.mjs';

const SHOTS = new URL('../output/screenshots/', import.meta.url).pathname;
const NEUTRAL = /\/fixtures\/neutral\.html$/;
const PAGES = [
  ['GOV.UK Frontend', 'govuk.html'],
  ['Bootstrap', 'bootstrap.html'],
  ['Bootstrap, right to left', 'bootstrap-rtl.html'],
  ['Tailwind preflight, 62.5% root, Trusted Types', 'tailwind.html'],
];
const SCREENS = [
  ['a phone', { width: 390, height: 844 }],
  ['a phone on its side', { width: 844, height: 390 }],
  ['a desktop', { width: 1280, height: 800 }],
];

/**
 * In the page: scrolls to a point inside the widget (`at` from 0, its top, to 1, its end) and
 * says where the live widget's exit is against what the page pins to the top and the bottom.
 */
function exitPlace(at) {
  const host = document.querySelector('[data-stalking-help]');
  const box = host.getBoundingClientRect();
  const top = box.top + scrollY;
  // At once (Bootstrap makes scrolling smooth, which would still be moving when measured).
  scrollTo({ top: Math.max(0, top + at * Math.max(0, box.height - innerHeight / 2)), behavior: 'instant' });
  const link = host.shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) a.exit');
  const r = link.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const outer = document.elementFromPoint(x, y);
  const inner = outer === host ? host.shadowRoot.elementFromPoint(x, y) : null;
  // What the page pins: its header (if stuck at the top now) and its bottom banner.
  const pinned = [...document.querySelectorAll('body *')].filter((el) => !host.contains(el) && ['fixed', 'sticky'].includes(getComputedStyle(el).position));
  const boxes = pinned.map((el) => el.getBoundingClientRect()).filter((b) => b.height > 0 && b.height < innerHeight / 2 && b.bottom > 0 && b.top < innerHeight);
  const headerBottom = Math.max(0, ...boxes.filter((b) => b.top <= 1).map((b) => b.bottom));
  const bannerTop = Math.min(innerHeight, ...boxes.filter((b) => b.bottom >= innerHeight - 1).map((b) => b.top));
  return {
    onScreen: r.top >= headerBottom - 0.5 && r.bottom <= bannerTop + 0.5,
    hit: !!inner && link.contains(inner),
    linkTop: Math.round(r.top),
    headerBottom: Math.round(headerBottom),
  };
}

/** Opens a start page, then the framework page: history has a page before it. */
async function arrive(page, file) {
  await page.goto('/fixtures/start.html');
  await page.goto(`/fixtures/${file}`);
  expect(await widgetsStarted(page)).toBe(1);
  await expect(page.locator(`${LIVE} h2`).first()).toBeVisible();
  return page.evaluate(() => history.length);
}

/** Shift three times from the page's own heading; one navigation, to the widget's exit, replacing the page. */
async function expectShiftLeavesOnce(page, before) {
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  await page.locator('h1').click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  await page.waitForLoadState('load');
  expect(navigations).toBe(1);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/fixtures/start.html');
}

for (const [framework, file] of PAGES) {
  test.describe(framework, () => {
    for (const [screen, viewport] of SCREENS) {
      test(`on ${screen}: the exit bar is below the page's header, clear of its banner, and takes a tap wherever the visitor is in the widget`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const seen = watch(page);
        await arrive(page, file);
        for (const at of [0, 0.25, 0.5, 0.75, 1]) {
          // Each scroll is measured again on the next frame: wait for the bar to settle.
          await expect.poll(() => page.evaluate(exitPlace, at), { message: `${Math.round(at * 100)}% into the widget` })
            .toMatchObject({ onScreen: true, hit: true });
        }
        if (screen === 'a phone') {
          mkdirSync(SHOTS, { recursive: true });
          await page.evaluate(exitPlace, 0.5);
          await page.screenshot({ path: `${SHOTS}framework-${file.replace('.html', '')}-390x844-middle.png` });
        }
        expect(seen.errors).toEqual([]);
      });
    }

    test('Shift pressed three times leaves once, replacing the page in history', async ({ page }) => {
      const before = await arrive(page, file);
      await expectShiftLeavesOnce(page, before);
    });

    test('the page\'s styles and the widget\'s leave each other alone, and axe finds nothing', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      // The widget as it draws on a page with no styles of its own.
      await page.goto('/fixtures/bare.html');
      expect(await widgetsStarted(page)).toBe(1);
      const reference = await computedStyles(page, { shadowOf: '[data-stalking-help]' });
      await arrive(page, file);
      expect(await computedStyles(page, { shadowOf: '[data-stalking-help]' })).toEqual(reference);
      const withWidget = await computedStyles(page, { except: '[data-stalking-help]' });
      // The same page without the widget: the page's own elements are styled the same.
      await page.route(`**/fixtures/${file}`, async (route) => {
        const real = await route.fetch();
        const body = (await real.text()).replace('<script src="/widget/stalking-help.js" defer></script>', '');
        await route.fulfill({ response: real, body });
      });
      await page.goto(`/fixtures/${file}`);
      await page.waitForLoadState('load');
      expect(await computedStyles(page, { except: '[data-stalking-help]' })).toEqual(withWidget);
      await page.unroute(`**/fixtures/${file}`);
      await arrive(page, file);
      await expectNoAxeViolations(page, `the widget on the ${framework} page`);
    });
  });
}

test.describe('GOV.UK Frontend with its own Exit this page', () => {
  test('Shift three times leaves once, for the widget\'s address, with the page replaced; GOV.UK\'s count never completes', async ({ page }) => {
    const before = await arrive(page, 'govuk.html');
    await expectShiftLeavesOnce(page, before);
  });

  test('each button leaves for its own address, replacing the page in history', async ({ page }) => {
    for (const [which, locator, to] of [
      ['GOV.UK\'s', (p) => p.locator('.govuk-exit-this-page__button'), /\/fixtures\/neutral\.html\?govuk$/],
      ['the widget\'s', (p) => p.locator(`${LIVE} a.exit`), NEUTRAL],
    ]) {
      const before = await arrive(page, 'govuk.html');
      await locator(page).click();
      await page.waitForURL(to);
      expect(await page.evaluate(() => history.length), which).toBe(before);
    }
  });

  test('the console says once that the two exits go to different places, and how to make them one', async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await arrive(page, 'govuk.html');
    expect(warnings.filter((w) => /this page's own Exit this page goes to .*neutral\.html\?govuk and the widget's exit to .*neutral\.html\. .*set data-exit-url=/.test(w))).toHaveLength(1);
  });

  test('the widget\'s exit is named by its visible words first, so voice control can find it', async ({ page }) => {
    await arrive(page, 'govuk.html');
    // Named by exactly what it shows, before and after the widget starts (GOV.UK's own hides a word
    // before its visible ones, which voice control cannot match: its issue 4390).
    const named = async (exit) => {
      const visible = (await exit.innerText()).trim();
      expect(visible).toBe('Exit this page');
      await expect(exit).toHaveAccessibleName(visible);
    };
    await named(page.locator(`${LIVE} a.exit`));
    // The static version's, before the WebAssembly has arrived.
    await page.route('**/*.wasm', () => new Promise(() => {}));
    await page.goto('/fixtures/govuk.html');
    await named(page.locator('[data-stalking-help] [data-stalking-help-fallback] a.exit'));
  });
});

test.describe('Bootstrap, as a host script or component gets in the way', () => {
  test('with its modal open and focus trapped in it, Shift three times still leaves', async ({ page }) => {
    await page.goto('/fixtures/start.html');
    await page.goto('/fixtures/bootstrap.html#modal');
    expect(await widgetsStarted(page)).toBe(1);
    await expect(page.locator('#host-modal')).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await page.locator('#host-modal .modal-title').click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a header that slides away on scrolling down and back on scrolling up: the bar follows it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/fixtures/bootstrap.html#hiding');
    expect(await widgetsStarted(page)).toBe(1);
    const bar = () => page.evaluate(() => {
      const link = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root:not([data-stalking-help-fallback]) a.exit');
      const nav = document.querySelector('nav').getBoundingClientRect();
      return { linkTop: Math.round(link.getBoundingClientRect().top), navBottom: Math.max(0, Math.round(nav.bottom)) };
    });
    // Down into the widget: the header slides away, and the bar sticks at the very top.
    await page.evaluate(() => {
      const host = document.querySelector('[data-stalking-help]');
      scrollTo({ top: host.getBoundingClientRect().top + scrollY + 600, behavior: 'instant' });
    });
    await expect.poll(bar).toEqual({ linkTop: 0, navBottom: 0 });
    // A little back up: the header slides in, and the bar moves below it.
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, -120);
    await expect.poll(async () => {
      const now = await bar();
      return now.navBottom > 40 && now.linkTop >= now.navBottom;
    }).toBe(true);
  });

  test('a host script that stops every key event on the document does not stop Shift three times', async ({ page }) => {
    await page.goto('/fixtures/start.html');
    await page.goto('/fixtures/bootstrap.html');
    expect(await widgetsStarted(page)).toBe(1);
    const before = await page.evaluate(() => history.length);
    await page.evaluate(() => {
      for (const type of ['keydown', 'keyup']) {
        document.addEventListener(type, (e) => {
          e.stopPropagation();
          e.preventDefault();
        }, true);
      }
    });
    await page.locator('h1').click();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('a host that sets its own height for the bar (--help-widget-exit-top) gets at least that', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await arrive(page, 'bootstrap.html');
    await page.evaluate(() => document.querySelector('[data-stalking-help]').style.setProperty('--help-widget-exit-top', '120px'));
    await expect.poll(() => page.evaluate(exitPlace, 0.5)).toMatchObject({ linkTop: 120, hit: true });
  });
});
