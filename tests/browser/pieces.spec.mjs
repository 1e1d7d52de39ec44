// The parts a visitor may never open arrive in pieces of their own when opened: the record when
// its button is pressed, the self-check's questions when a start button is. Nothing is fetched
// before; each piece is checked by its integrity hash; a failure is tried once more, then the
// visitor sees a plain sentence, the main helplines and a way to try again, never a box left
// empty or a message that never ends, whether the piece is missing (404), cut off by the network,
// never answers or is changed by one byte; the exit and 999 stay where they are; a later try can succeed; and a
// host that asks for every piece at once gets them without a part opening.
import { readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openWithWidget, live, watch } from './helpers.mjs';

const PIECES = {
  record: /\/stalking_help_widget_record\.[0-9a-f]{12}\.wasm$/,
  checker: /\/stalking_help_widget_checker\.[0-9a-f]{12}\.wasm$/,
};
const FAILED = 'This part of the help could not be opened. Exit this page, 999 and the helplines below still work.';

/** Opening each part, and what shows once it has opened. */
const OPEN = {
  record: async (page) => {
    const open = live(page).getByRole('button', { name: 'Open the record' });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await open.click();
  },
  checker: (page) => live(page).getByRole('button', { name: 'Start the check' }).click(),
};
/** The part's heading, where focus waits while its piece is fetched or cannot be. */
const WAITING = {
  record: (page) => live(page).getByRole('heading', { name: 'Keep a record' }),
  checker: (page) => live(page).getByRole('heading', { name: 'Am I being stalked?' }),
};
const OPENED = {
  record: (page) => live(page).getByRole('heading', { name: 'Keep a record' }),
  checker: (page) => live(page).getByRole('heading', { name: 'What has been happening?' }),
};

/** Counts the requests for a piece, and answers each with `answer`. */
async function breakThePiece(page, piece, answer) {
  const tries = { count: 0 };
  await page.route(PIECES[piece], async (route) => {
    tries.count += 1;
    await answer(route);
  });
  return tries;
}

async function seesTheFailureAndTheHelp(page, tries, fetches = 2) {
  const failed = live(page).locator('.piece-failed');
  await expect(failed.getByRole('alert')).toHaveText(FAILED);
  expect(tries.count, 'tried once more before saying so').toBe(fetches);
  await expect(failed.getByRole('link', { name: /999/ }).first()).toBeVisible();
  await expect(failed.getByText('National Stalking Helpline').first()).toBeVisible();
  // Everything else stands: the exit, the emergency numbers, the other parts.
  await expect(live(page).getByRole('link', { name: 'Exit this page' })).toBeVisible();
  await expect(live(page).locator('a.strip-999')).toBeVisible();
  await expect(live(page).getByRole('heading', { name: 'Find a helpline' })).toBeVisible();
}

for (const [screen, viewport] of [['a phone', { width: 390, height: 844 }], ['a desktop', { width: 1280, height: 800 }]]) {
  test.describe(`on ${screen}`, () => {
    test.use({ viewport });

    test('nothing is fetched before a part is opened; each piece once, when opened, and its heading takes focus', async ({ page }) => {
      const seen = watch(page);
      await openWithWidget(page, '/');
      await expect(live(page).getByRole('heading', { name: 'Find a helpline' })).toBeVisible();
      const pieces = (name) => seen.requests.filter((u) => PIECES[name].test(u));
      expect(pieces('record')).toHaveLength(0);
      expect(pieces('checker')).toHaveLength(0);

      await OPEN.record(page);
      await expect(OPENED.record(page)).toBeFocused();
      await live(page).getByRole('button', { name: 'Add an entry' }).click();
      await expect(live(page).getByLabel('What happened')).toBeVisible();
      expect(pieces('record')).toHaveLength(1);
      expect(pieces('checker')).toHaveLength(0);

      await OPEN.checker(page);
      await expect(OPENED.checker(page)).toBeFocused();
      await live(page).getByRole('button', { name: 'Back' }).click();
      await OPEN.checker(page);
      await expect(OPENED.checker(page)).toBeFocused();
      expect(pieces('checker')).toHaveLength(1);
      expect(pieces('record')).toHaveLength(1);
      expect(seen.errors).toEqual([]);
    });

    test('a host that asks for every piece at once gets them, and the parts still open only when asked', async ({ page }) => {
      const seen = watch(page);
      const arrived = Promise.all(Object.values(PIECES).map((p) => page.waitForResponse(p)));
      await openWithWidget(page, '/fixtures/preload.html');
      await arrived;
      await expect(live(page).getByRole('button', { name: 'Open the record' })).toBeVisible();
      await expect(live(page).getByRole('button', { name: 'Start the check' })).toBeVisible();
      await OPEN.record(page);
      await expect(OPENED.record(page)).toBeFocused();
      await OPEN.checker(page);
      await expect(OPENED.checker(page)).toBeFocused();
      for (const piece of Object.values(PIECES)) expect(seen.requests.filter((u) => piece.test(u))).toHaveLength(1);
      expect(seen.errors).toEqual([]);
    });

    for (const piece of Object.keys(PIECES)) {
      test(`the ${piece}'s piece not there is tried once more, then the help stands in for it, and trying again works`, async ({ page }) => {
        let missing = true;
        const tries = await breakThePiece(page, piece, (route) => (missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));
        await openWithWidget(page, '/');
        await OPEN[piece](page);
        await seesTheFailureAndTheHelp(page, tries);
        // Focus stayed with the part while its button gave way, not lost to the page.
        await expect(WAITING[piece](page)).toBeFocused();
        if (piece === 'checker') {
          // The self-check's own way to 999 is drawn from the first download: it stands above.
          await expect(live(page).locator('.check .danger-button')).toBeVisible();
        }
        missing = false;
        await live(page).getByRole('button', { name: 'Try again' }).click();
        await expect(OPENED[piece](page)).toBeFocused();
        await expect(live(page).locator('.piece-failed')).toHaveCount(0);
      });

      test(`the ${piece}'s piece cut off by the network is tried once more, then the help stands in for it`, async ({ page }) => {
        const tries = await breakThePiece(page, piece, (route) => route.abort('connectionreset'));
        await openWithWidget(page, '/');
        await OPEN[piece](page);
        await seesTheFailureAndTheHelp(page, tries);
        await expect(WAITING[piece](page)).toBeFocused();
      });

      test(`the ${piece}'s piece that never answers (a stalled connection, a host's fetch that hangs) gives way to the help after the deadline`, async ({ page }) => {
        // Time is the browser's fake clock, moved on by the test: nothing here waits for real time.
        await page.clock.install();
        const tries = await breakThePiece(page, piece, () => new Promise(() => {}));
        await openWithWidget(page, '/');
        await OPEN[piece](page);
        await expect(live(page).locator('.piece-opening')).toBeVisible();
        // The second try waits on the same fetch (the splitter's loader keeps one while it is
        // on its way), so a piece that arrives late is still taken.
        await page.clock.fastForward(20_000);
        await expect(live(page).locator('.piece-opening')).toBeVisible();
        await page.clock.fastForward(20_000);
        await seesTheFailureAndTheHelp(page, tries, 1);
        await expect(WAITING[piece](page)).toBeFocused();
      });

      test(`the ${piece}'s piece changed by one byte is refused by its integrity hash`, async ({ page }) => {
        const tries = await breakThePiece(page, piece, async (route) => {
          const response = await route.fetch();
          const body = Buffer.from(await response.body());
          body[body.length - 1] ^= 0xff; // one byte changed
          await route.fulfill({ response, body });
        });
        await openWithWidget(page, '/');
        await OPEN[piece](page);
        await seesTheFailureAndTheHelp(page, tries);
      });
    }
  });
}

test('a page whose policy lets the widget in but refuses its pieces: each part says so, with the help, and the rest works', async ({ page }) => {
  // connect-src names the first .wasm alone (a source with a path matches only that file), as a
  // host that listed the files it knew of might.
  const dist = new URL('../../dist/', import.meta.url).pathname;
  const wasm = readdirSync(dist).find((f) => /^stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/.test(f));
  await page.route('**/fixtures/bare.html', async (route) => {
    const response = await route.fetch();
    const origin = new URL(route.request().url()).origin;
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:; connect-src ${origin}/widget/${wasm}`;
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await openWithWidget(page, '/fixtures/bare.html');
  for (const piece of Object.keys(PIECES)) {
    await OPEN[piece](page);
    const failed = live(page).locator(`${piece === 'record' ? '[data-part="record"]' : '.check'} .piece-failed`);
    await expect(failed.getByRole('alert')).toHaveText(FAILED);
    await expect(WAITING[piece](page)).toBeFocused();
    await expect(failed.getByRole('link', { name: /999/ }).first()).toBeVisible();
  }
  await expect(live(page).getByRole('link', { name: 'Exit this page' })).toBeVisible();
  await live(page).locator('.finder input[type=search]').fill('revenge');
  await expect(live(page).locator('.finder .service h4')).toHaveText(['Revenge Porn Helpline']);
});
