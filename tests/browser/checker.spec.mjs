// "Am I being stalked?" in Debian's Chromium: a keyboard-only journey, Back and Start again, the
// danger control on every step, focus, saving a copy, the helper path, and axe-core on every step.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectOnlyOwnFiles, focused, live, openWithWidget, storedState, tabTo, throughTheCheck, tick, watch } from './helpers.mjs';

const widget = live;
const check = (page) => page.locator('[data-stalking-help] .check');

test('a keyboard-only journey from the start to the result, with focus on each heading', async ({ page }) => {
  await openWithWidget(page, '/');
  await tabTo(page, 'Start the check');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3 What has been happening?');
  await expect(check(page).locator('.progress')).toHaveText(/^Step 1 of \d+$/);

  // The behaviour groups are folded away under their names: Enter opens one.
  await tabTo(page, 'In person');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Following me');
  await page.keyboard.press('Space');
  await tabTo(page, 'Turning up at my home');
  await page.keyboard.press('Space');
  await expect(check(page).locator('details.group summary').first()).toContainText('2 ticked');
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3 How often, and for how long?');

  await tabTo(page, 'Once');
  await page.keyboard.press('ArrowDown'); // radios move with arrow keys: "Two or more times"
  await page.keyboard.press('ArrowDown'); // "Many times"
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h3 What is it like?');
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
  await tick(check(page), 'Watching me');
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

test('someone worried about another person is spoken to about "them" throughout, and told how to help', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: "I'm worried about someone else" }).click();
  await expect(check(page).getByRole('heading', { level: 3 })).toHaveText('What has been happening to them?');
  await tick(check(page), 'Following them');
  const mine = /\b(me|my|I'm|I)\b/;
  const found = [];
  await throughTheCheck(page, async ({ title }) => {
    // Every option a helper is offered is about them, never "me" or "my".
    for (const label of await check(page).locator('.choice label').allTextContents()) {
      // "I'm not sure" is the helper's own answer; words quoted as said are the other person's.
      const theirs = label.replace(/‘[^’]*’/g, '');
      if (label !== "I'm not sure" && label !== "I'm not sure how they feel" && label !== "I'd rather not say") {
        expect(theirs, `${title}: ${label}`).not.toMatch(mine);
      }
    }
    const many = check(page).getByLabel('Many times');
    if (await many.count()) {
      await many.check();
      found.push('Many times');
    }
    const ex = check(page).getByLabel('Their ex-partner');
    if (await ex.count()) {
      await ex.check();
      found.push('Their ex-partner');
    }
  });
  expect(found.sort()).toEqual(['Many times', 'Their ex-partner']);
  await expect(check(page)).toContainText('"Following them"');
  await expect(check(page)).toContainText('Listen, believe them');
  await expect(check(page)).toContainText('Do not try to sort it out between them');
  await expect(check(page)).toContainText('Look after yourself too');
  for (const step of await check(page).locator('.steps li').allTextContents()) {
    expect(step).not.toMatch(/\byou are in danger\b|\bDo not reply to them\b/);
  }
});

test('someone worried about their own behaviour gets a short, non-judging path to the helpline, and 999', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: "I'm worried about my own behaviour" }).click();
  await expect.poll(() => focused(page)).toBe('h3 Worried about how you behave');
  await expect(check(page).locator('.progress')).toHaveText('Step 1 of 1');
  await expectNoAxeViolations(page, 'the own-behaviour page');
  await check(page).getByRole('group', { name: 'Is anyone in danger right now?' }).getByLabel('Yes').check();
  await check(page).getByLabel('My ex-partner').check();
  await check(page).getByRole('button', { name: 'See what can help' }).click();
  await expect.poll(() => focused(page)).toBe('h3 You can get help to change this');
  await expect(check(page).locator('.urgency').getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(check(page).getByRole('heading', { name: 'Respect Phoneline' })).toBeVisible();
  // No label, no victims' services, no "not your fault", no stalking marks.
  await expect(check(page)).not.toContainText('could be stalking');
  await expect(check(page)).not.toContainText('not your fault');
  await expect(check(page).getByRole('heading', { name: 'National Stalking Helpline' })).toHaveCount(0);
  await expect(check(page).locator('.four')).toHaveCount(0);
  await expect(check(page)).toContainText('This is not an assessment');
  await expectNoAxeViolations(page, 'the own-behaviour result');
  await check(page).getByRole('button', { name: 'Start again' }).click();
  await expect(check(page).getByRole('heading', { name: 'Am I being stalked?' })).toBeVisible();
});

test('a high-risk result makes 999 a button, names the marks of stalking, and says back every sign', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await tick(check(page), "Texts, messages or emails I don't want");
  await throughTheCheck(page, async ({ title }) => {
    if (title === 'How often, and for how long?') {
      await check(page).getByRole('group', { name: 'Is it getting worse, or happening more often?' }).getByLabel('Yes').check();
    }
    if (title === 'What is it like?') await check(page).getByLabel('It is about me').check();
    if (title === 'Your safety') {
      await check(page).getByLabel("I'm afraid they will seriously hurt or kill me").check();
      await check(page).getByLabel('They have said things like').check();
    }
    if (title === 'About you (optional)') await check(page).getByLabel('England', { exact: true }).check();
  });
  await expect(check(page).getByRole('heading', { name: "What you've described could be stalking" })).toBeVisible();
  await expect(check(page).locator('.urgency').getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  const because = await check(page).locator('.because + ul li').allTextContents();
  expect(because).toEqual(expect.arrayContaining([
    '"I\'m afraid they will seriously hurt or kill me"',
    '"Is it getting worse, or happening more often? Yes"',
    '"It is about me, not about one problem that could be sorted out"',
  ]));
  expect(because.some((b) => b.includes('if I can’t have you'))).toBe(true);
  await expect(check(page).locator('.four li')).toHaveText([/^Fixated/, /^Obsessive/, /^Repeated/]);
  for (const name of ['Paladin', 'National Stalking Helpline']) {
    await expect(check(page).getByRole('heading', { name })).toBeVisible();
  }
});

test('a copy can be saved as text, made in the browser, with the warning in it', async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await tick(check(page), 'Following me');
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
  await tick(check(page), 'Following me');
  let exAsked = false;
  await throughTheCheck(page, async ({ n, title }) => {
    // Who is doing it: an ex-partner brings up the question about splitting up.
    const ex = check(page).getByLabel('My ex-partner');
    if (await ex.count()) {
      await ex.check();
      exAsked = true;
    }
    await expectNoAxeViolations(page, title);
    if (n === 1) {
      await check(page).getByRole('button', { name: "I'm in danger now" }).click();
      await expectNoAxeViolations(page, 'the danger panel');
      await check(page).getByRole('button', { name: 'Close' }).click();
    }
  });
  expect(exAsked, 'the walk reached the question that follows an ex-partner').toBe(true);
  await check(page).locator('details').first().evaluate((d) => { d.open = true; });
  await expectNoAxeViolations(page, 'the result');
});
