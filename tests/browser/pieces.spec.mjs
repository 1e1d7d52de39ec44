// A part whose code comes in a piece of its own (the record's) when it is first drawn: the piece
// is checked by its integrity hash, a failure is tried once more, and then the visitor sees a
// plain sentence, the main helplines and a way to try again, never a box left empty or a
// message that never ends; the exit and 999 stay where they are; and a later try can succeed.
import { test, expect } from '@playwright/test';
import { openWithWidget, live, watch } from './helpers.mjs';

const PIECE = /\/stalking_help_widget_record\.[0-9a-f]{12}\.wasm$/;
const FAILED = 'This part of the help could not be opened. Exit this page, 999 and the helplines below still work.';

/** Counts the requests for the record's piece, and answers each with `answer`. */
async function breakThePiece(page, answer) {
  const tries = { count: 0 };
  await page.route(PIECE, async (route) => {
    tries.count += 1;
    await answer(route);
  });
  return tries;
}

async function seesTheFailureAndTheHelp(page, tries) {
  const record = live(page).locator('.piece-failed');
  await expect(record.getByRole('alert')).toHaveText(FAILED);
  expect(tries.count, 'tried once more before saying so').toBe(2);
  await expect(record.getByRole('link', { name: /999/ }).first()).toBeVisible();
  await expect(record.getByText('National Stalking Helpline').first()).toBeVisible();
  // Everything else stands: the exit, the emergency numbers, the other parts.
  await expect(live(page).getByRole('link', { name: 'Exit this page' })).toBeVisible();
  await expect(live(page).locator('a.strip-999')).toBeVisible();
  await expect(live(page).getByRole('heading', { name: 'Find a helpline' })).toBeVisible();
}

for (const [screen, viewport] of [['a phone', { width: 390, height: 844 }], ['a desktop', { width: 1280, height: 800 }]]) {
  test.describe(`on ${screen}`, () => {
    test.use({ viewport });

    test('the record arrives in a piece of its own, fetched once, and works', async ({ page }) => {
      const seen = watch(page);
      await openWithWidget(page, '/');
      await expect(live(page).getByRole('heading', { name: 'Keep a record' })).toBeVisible();
      await live(page).getByRole('button', { name: 'Add an entry' }).click();
      await expect(live(page).getByLabel('What happened')).toBeVisible();
      expect(seen.requests.filter((u) => PIECE.test(u))).toHaveLength(1);
      expect(seen.errors).toEqual([]);
    });

    test('a piece that is not there is tried once more, then the help stands in for it, and trying again works', async ({ page }) => {
      let missing = true;
      const tries = await breakThePiece(page, (route) => (missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));
      await openWithWidget(page, '/');
      await seesTheFailureAndTheHelp(page, tries);
      missing = false;
      await live(page).getByRole('button', { name: 'Try again' }).click();
      await expect(live(page).getByRole('heading', { name: 'Keep a record' })).toBeVisible();
      await expect(live(page).locator('.piece-failed')).toHaveCount(0);
    });

    test('a piece that is not the one this build made is refused by its integrity hash', async ({ page }) => {
      const tries = await breakThePiece(page, async (route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        body[body.length - 1] ^= 0xff; // one byte changed
        await route.fulfill({ response, body });
      });
      await openWithWidget(page, '/');
      await seesTheFailureAndTheHelp(page, tries);
    });
  });
}
