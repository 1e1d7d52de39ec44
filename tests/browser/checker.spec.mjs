// "Am I being stalked?" in Debian's Chromium: a keyboard-only journey, Back and Start again, the
// danger control on every step, focus, saving a copy, the helper path, and axe-core on every step.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectOnlyOwnFiles, live, openWithWidget, storedState, throughTheCheck, watch } from './helpers.mjs';

const widget = live;
const check = (page) => page.locator('[data-stalking-help] .check');

/** The element focused inside the widget's shadow root: its tag and accessible text. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-stalking-help]').shadowRoot.activeElement;
    if (!el) return null;
    const label = el.id && el.getRootNode().querySelector(`label[for="${el.id}"]`);
    return `${el.tagName.toLowerCase()} ${(label ? label.textContent : el.textContent).trim()}`;
  });
}

/** Presses Tab until the focused element's text starts with `text` (or one of several), keyboard only. */
async function tabTo(page, text) {
  const wanted = [text].flat();
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    const words = now && now.split(' ').slice(1).join(' ');
    if (words && wanted.some((w) => words.startsWith(w))) return words;
  }
  throw new Error(`could not reach "${wanted.join('" or "')}" with Tab`);
}

test('a keyboard-only journey from the start to the result, with focus on each heading', async ({ page }) => {
  await openWithWidget(page, '/');
  await tabTo(page, 'Start the check');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3 What has been happening?');
  await expect(check(page).locator('.progress')).toHaveText(/^Step 1 of \d+$/);

  await tabTo(page, 'Following me');
  await page.keyboard.press('Space');
  await tabTo(page, 'Turning up at my home');
  await page.keyboard.press('Space');
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3 How often, and for how long?');

  await tabTo(page, 'Once');
  await page.keyboard.press('ArrowDown'); // radios move with arrow keys: "Two or more times"
  await page.keyboard.press('ArrowDown'); // "Many times"
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3 Who is doing it?');
  // On through the rest, however many pages there are: focus lands on each page's heading.
  for (let pressed = ''; pressed !== 'See what it could be';) {
    pressed = await tabTo(page, ['Next', 'See what it could be']);
    const progress = await check(page).locator('.progress').textContent();
    await page.keyboard.press('Enter');
    if (pressed === 'Next') {
      await expect(check(page).locator('.progress')).not.toHaveText(progress);
      const heading = await check(page).locator(':scope > h3').textContent();
      await expect.poll(() => focused(page)).toBe(`h3 ${heading}`);
    }
  }
  await expect.poll(() => focused(page)).toBe("h3 What you've described could be stalking");
  await expect(check(page)).toContainText('This is not a risk assessment');
  await expect(check(page)).toContainText('"Following me"');
  await expect(check(page).getByRole('heading', { name: 'National Stalking Helpline' })).toBeVisible();
});

test('Back keeps the answers, and Start again clears them', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByLabel('Watching me').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Many times').check();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Watching me')).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('Many times')).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await throughTheCheck(page);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(check(page).getByRole('heading', { name: 'Am I being stalked?' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByLabel('Watching me')).not.toBeChecked();
});

test('the danger control shows 999 at once from every step', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  const danger = async () => {
    await check(page).getByRole('button', { name: "I'm in danger now" }).click();
    await expect.poll(() => focused(page)).toBe('h4 Call 999 now');
    await expect(check(page).getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute('href', 'tel:999');
    await expect(check(page)).toContainText('press 55');
    await check(page).getByRole('button', { name: 'Close' }).click();
  };
  await throughTheCheck(page, danger);
  await expect(check(page)).toContainText('This is not a risk assessment');
  await danger();
});

test('someone worried about another person gets wording for helpers', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: "I'm worried about someone else" }).click();
  await expect(check(page).getByRole('heading', { level: 3 })).toHaveText('What has been happening to them?');
  await throughTheCheck(page);
  await expect(check(page)).toContainText('Listen, believe them');
});

test('a copy can be saved as text, made in the browser, with the warning in it', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByLabel('Following me').check();
  await throughTheCheck(page);
  await expect(check(page)).toContainText('could be found by someone else');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a text file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('notes.txt');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('- Following me');
  expect(text).toContain('could be found by someone else');
  expectOnlyOwnFiles(expect, page, seen.requests, ['/', '/demo.css']);
  expect(await storedState(page)).toMatchObject({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0 });
});

test('axe-core finds no WCAG A or AA problems on any step or the result', async ({ page }) => {
  await openWithWidget(page, '/');
  await expectNoAxeViolations(page, 'the start');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByLabel('Following me').check();
  await throughTheCheck(page, async ({ n, title }) => {
    // Who is doing it: an ex-partner brings up the question about splitting up.
    const ex = check(page).getByLabel('My ex-partner');
    if (await ex.count()) await ex.check();
    await expectNoAxeViolations(page, title);
    if (n === 1) {
      await check(page).getByRole('button', { name: "I'm in danger now" }).click();
      await expectNoAxeViolations(page, 'the danger panel');
      await check(page).getByRole('button', { name: 'Close' }).click();
    }
  });
  await check(page).locator('details').first().evaluate((d) => { d.open = true; });
  await expectNoAxeViolations(page, 'the result');
});
