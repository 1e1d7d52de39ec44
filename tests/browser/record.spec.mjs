// "Keep a record" in Debian's Chromium: entries written, saved as a file, and opened again in a
// fresh page as the same entries; bad files each refused with their own message, keeping what is
// on screen; the quick exit wiping it without asking; nothing stored and nothing asked for on the
// way; keyboard only; axe in every state; a phone and a desktop screen.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { RECORDS } from '../global-setup.mjs';
import { EXIT_URL, expectNoAxeViolations, expectOnlyOwnFiles, fakeNeutralSite, live, openRecord, openWithWidget, storedState, throughTheCheck, tick, watch, widgetsStarted } from './helpers.mjs';

const part = (page) => page.locator('[data-stalking-help] .root > .widget .record');
const entries = (page) => part(page).locator('.record-entries > li');
const dir = mkdtempSync(join(tmpdir(), 'record-'));

/** Opens the page and, once the widget has drawn, the record (by keyboard: its button focused, Enter). */
async function arrive(page, path) {
  await openWithWidget(page, path);
  const open = live(page).getByRole('button', { name: 'Open the record' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(part(page).locator('#record-title')).toBeFocused();
}

/** Writes an entry through the form, by clicks and typing. */
async function addEntry(page, { date, time, what, where, who, saw, felt, evidence, reference }) {
  await part(page).getByRole('button', { name: 'Add an entry' }).click();
  const form = part(page).locator('form');
  if (date) await form.getByLabel('Date').fill(date);
  if (time) await form.getByLabel('Time').fill(time);
  await form.getByLabel('What happened').fill(what);
  if (where) await form.getByLabel('Where').fill(where);
  if (who) await form.getByLabel('Who did it, if you know').fill(who);
  if (saw) await form.getByLabel('Who saw it').fill(saw);
  if (felt) await form.getByLabel('How it made me feel').fill(felt);
  if (evidence) await form.getByLabel('Evidence kept').fill(evidence);
  if (reference !== undefined) {
    await form.getByLabel('Reported to the police').check();
    await form.getByLabel('Police reference number').fill(reference);
  }
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(part(page).locator('form')).toHaveCount(0);
}

/** Saves the record as a file; returns its path and text. */
async function saveFile(page, name) {
  const download = page.waitForEvent('download');
  await part(page).getByRole('button', { name: 'Save as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('notes.txt');
  const path = join(dir, name);
  await file.saveAs(path);
  return { path, text: readFileSync(path, 'utf8') };
}

async function openFile(page, path) {
  await part(page).locator('input[type=file]').setInputFiles(path);
}

const FIRST = { date: '2026-05-02', time: '21:05', what: 'Twelve messages in one evening.\nOne said "you can\'t hide".', evidence: 'Screenshots on my phone' };
const SECOND = { date: '2026-03-03', time: '14:30', what: 'Waiting outside work when I left.', where: 'King Street', who: 'My ex-partner', saw: 'Sam from reception', felt: 'Scared to go home', reference: 'CR/1234/26' };

for (const [screen, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`on a ${screen}: entries, saved as a file, open again in a fresh page as the same entries, with nothing stored or sent`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    // The record must never ask anything in a dialog: one is dismissed and noted, and the test fails.
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const seen = watch(page);
    await arrive(page, '/fixtures/bare.html');
    await expect(part(page).locator('.record-summary')).toHaveText('No incidents yet');
    await expect(part(page)).toContainText('Nothing you write here is kept by this page');
    await addEntry(page, FIRST);
    await addEntry(page, SECOND);
    await part(page).getByLabel('Crime reference number').fill('12345/26');
    await expect(part(page).locator('.record-summary')).toHaveText('2 incidents between 3 March 2026 and 2 May 2026');
    // Shown in date order, whatever order they were written in.
    await expect(entries(page).locator('h4')).toHaveText(['Tuesday 3 March 2026, 2:30pm', 'Saturday 2 May 2026, 9:05pm']);
    await expect(entries(page).first()).toContainText('Yes, reference CR/1234/26');
    const { path, text } = await saveFile(page, `record-${screen}.txt`);
    expect(text).toContain('2 incidents between 3 March 2026 and 2 May 2026');
    expect(text).toContain('Crime reference number: 12345/26');
    expect(text.indexOf('1. Tuesday 3 March 2026')).toBeLessThan(text.indexOf('2. Saturday 2 May 2026'));
    expect(await storedState(page)).toMatchObject({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, documentCookie: '' });
    expectOnlyOwnFiles(expect, page, seen.requests, ['/fixtures/bare.html']);
    const shown = await entries(page).allInnerTexts();

    // A fresh page: nothing of it is there until the file is opened.
    const fresh = await context.newPage();
    const seenFresh = watch(fresh);
    await arrive(fresh, '/fixtures/bare.html');
    await expect(entries(fresh)).toHaveCount(0);
    await openFile(fresh, path);
    await expect(part(fresh).locator('.record-status')).toHaveText('Opened. 2 entries added.');
    expect(await entries(fresh).allInnerTexts()).toEqual(shown);
    await expect(part(fresh).getByLabel('Crime reference number')).toHaveValue('12345/26');
    // And add to it.
    await addEntry(fresh, { date: '2026-06-01', time: '08:00', what: 'A note on my car.' });
    await expect(part(fresh).locator('.record-summary')).toHaveText('3 incidents between 3 March 2026 and 1 June 2026');
    expect(await storedState(fresh)).toMatchObject({ cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, documentCookie: '' });
    expectOnlyOwnFiles(expect, fresh, seenFresh.requests, ['/fixtures/bare.html']);
    expect([...seen.errors, ...seenFresh.errors]).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
}

test('a bad file gets its own plain message, and what is on screen stays as it was', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await addEntry(page, SECOND);
  const { text } = await saveFile(page, 'good.txt');
  await addEntry(page, FIRST);
  const before = await entries(page).allInnerTexts();
  const bad = {
    'shopping.txt': ['Milk\nEggs\nBread\n', 'This file is not a record saved from this page'],
    'cut.txt': [text.slice(0, Math.floor(text.length * 0.9)), 'Part of this file is missing'],
    'edited.txt': [text.replace('what=Waiting outside work', 'what=Waiting outside home'), 'This file is damaged, or was edited after it was saved'],
    'huge.txt': ['x'.repeat(5_000_000), 'This file is too large to be a record'],
    'photo.png': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'This file is not a record saved from this page'],
  };
  for (const [name, [content, message]] of Object.entries(bad)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    await openFile(page, path);
    await expect(part(page).getByRole('alert')).toContainText(message);
    await expect(part(page).getByRole('alert')).toContainText('Nothing here has changed.');
    expect(await entries(page).allInnerTexts(), name).toEqual(before);
    await expectNoAxeViolations(page, `the message for ${name}`);
  }
});

test('text from a file is only ever shown as text', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await addEntry(page, { date: '2026-01-05', what: '<img src=x onerror="window.__ran=1"> and <b>bold</b>' });
  const { path } = await saveFile(page, 'markup.txt');
  await page.reload();
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  await openRecord(live(page));
  await openFile(page, path);
  await expect(entries(page).first()).toContainText('<img src=x onerror="window.__ran=1"> and <b>bold</b>');
  expect(await entries(page).first().locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
});

test('the quick exit wipes the record at once, without asking', async ({ page }) => {
  // The neutral site answers slowly, so the page can be looked at in the moment of leaving.
  await fakeNeutralSite(page, 2000);
  // Leaving must never be held up by a question: one is dismissed and noted, and the test fails.
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await arrive(page, '/fixtures/bare.html');
  await addEntry(page, SECOND);
  await part(page).getByRole('button', { name: 'Add an entry' }).click();
  await part(page).getByLabel('What happened').fill('Half written');
  // Looked at from inside the page: once leaving has begun, the test's own calls would wait for
  // the next page.
  const left = await page.evaluate(async () => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot;
    root.querySelector('.root > .widget a.exit').click();
    // Gone once the cover is on screen: wait for that (the neutral site is held back 2 s).
    const start = performance.now();
    while (root.querySelectorAll('.widget').length && performance.now() - start < 1500) {
      await new Promise((r) => setTimeout(r, 5));
    }
    return {
      entries: root.querySelectorAll('.record-entries li').length,
      draft: !!root.querySelector('#record-what'),
      anywhere: root.textContent.includes('Waiting outside work'),
    };
  });
  expect(left).toEqual({ entries: 0, draft: false, anywhere: false });
  await page.waitForURL(EXIT_URL);
  expect(dialogs).toEqual([]);
});

test('the whole record by keyboard alone, with axe finding nothing in any state', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await expectNoAxeViolations(page, 'the empty record');
  await part(page).getByRole('button', { name: 'Add an entry' }).focus();
  await page.keyboard.press('Enter');
  await expect(part(page).locator('form h4')).toBeFocused();
  await expectNoAxeViolations(page, 'the new entry form');
  // Saved with nothing written: the form says what is missing, and stays.
  await part(page).getByRole('button', { name: 'Save entry' }).focus();
  await page.keyboard.press('Enter');
  await expect(part(page).locator('#record-what-error')).toHaveText('Write what happened, even in a few words.');
  await expect(part(page).getByLabel('What happened')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the form with an error');
  await part(page).getByLabel('What happened').focus();
  await page.keyboard.type('Followed me to the station.');
  await page.keyboard.press('Tab'); // Where
  await page.keyboard.type('The station');
  await part(page).getByLabel('Reported to the police').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CR/99');
  await part(page).getByRole('button', { name: 'Save entry' }).focus();
  await page.keyboard.press('Enter');
  await expect(part(page).getByRole('button', { name: 'Add an entry' })).toBeFocused();
  await expect(part(page).locator('.record-status')).toHaveText('Entry saved.');
  await expect(entries(page)).toHaveCount(1);
  await expectNoAxeViolations(page, 'a record with an entry');
  // Change it.
  await entries(page).getByRole('button', { name: /^Change:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(part(page).locator('form h4')).toHaveText('Change this entry');
  await expect(part(page).getByLabel('What happened')).toHaveValue('Followed me to the station.');
  await part(page).getByLabel('What happened').fill('Followed me to the station again.');
  await part(page).getByRole('button', { name: 'Save entry' }).click();
  await expect(entries(page)).toContainText('Followed me to the station again.');
  await expect(entries(page)).toHaveCount(1);
  // Remove it, after a question on the page (never a dialog).
  await entries(page).getByRole('button', { name: /^Remove:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(entries(page)).toContainText('Remove this entry?');
  await expectNoAxeViolations(page, 'removing an entry');
  await entries(page).getByRole('button', { name: 'Yes, remove it' }).focus();
  await page.keyboard.press('Enter');
  await expect(entries(page)).toHaveCount(0);
  await expect(part(page).locator('.record-status')).toHaveText('Entry removed.');
  // The file picker is reachable by keyboard through its label.
  await part(page).getByRole('button', { name: 'Add an entry' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('[data-stalking-help]').shadowRoot.activeElement.type)).toBe('file');
});

test('the self-check result offers the record, and takes focus to it', async ({ page }) => {
  await openWithWidget(page, '/fixtures/bare.html');
  const check = live(page).locator('.check');
  await check.getByRole('button', { name: 'Start the check' }).click();
  await tick(check, 'Following me');
  await throughTheCheck(page);
  await check.getByRole('button', { name: 'Keep a record' }).click();
  await expect(part(page).locator('#record-title')).toBeFocused();
});

test('printed from the record, the widget prints the record alone, without its controls', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await addEntry(page, SECOND);
  // What the Print button marks while the browser prints.
  await page.locator('[data-stalking-help]').evaluate((h) => h.shadowRoot.querySelector('.root > .widget').setAttribute('data-printing', 'record'));
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget');
    const visible = (sel) => [...root.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none' && e.offsetParent !== null);
    return { record: visible('.record-entries li'), check: visible('.check'), finder: visible('.finder'), buttons: visible('.record button'), strip: visible('.strip') };
  });
  expect(shown).toEqual({ record: true, check: false, finder: false, buttons: false, strip: false });
});

test('a long record draws its latest entries, the earlier ones on request, and prints them all', async ({ page }) => {
  // 45 entries, one a day, written by the widget's own code (tests/global-setup.mjs).
  const file = join(RECORDS, 'long.txt');
  await arrive(page, '/');
  await part(page).locator('#record-open').setInputFiles(file);
  await expect(part(page).locator('.record-summary')).toHaveText(/^45 incidents between /);
  await expect(entries(page)).toHaveCount(20);
  // The latest come first to hand: the last one drawn is entry 44.
  await expect(entries(page).last()).toContainText('Entry 44:');
  const earlier = part(page).getByRole('button', { name: /^Show earlier entries/ });
  await expect(earlier).toHaveText('Show earlier entries (25 more)');
  await earlier.click();
  await expect(entries(page)).toHaveCount(40);
  await expect(earlier).toHaveText('Show earlier entries (5 more)');
  await expect(entries(page).first()).toContainText('Entry 5:');
  // Printing draws every entry first, then prints the record alone.
  await page.reload();
  await widgetsStarted(page);
  await openRecord(live(page));
  await part(page).locator('#record-open').setInputFiles(file);
  await expect(entries(page)).toHaveCount(20);
  await page.evaluate(() => {
    window.print = () => {
      const widget = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root > .widget');
      window.printed = { entries: widget.querySelectorAll('.record-entries > li').length, mark: widget.getAttribute('data-printing') };
    };
  });
  await part(page).getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual({ entries: 45, mark: 'record' });
});

test('a full record says plainly that a new entry was not saved, and keeps what was written in the form', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await openFile(page, join(RECORDS, 'full.txt'));
  await expect(part(page).locator('.record-summary')).toHaveText(/^1,?000 incidents between /);
  await part(page).getByRole('button', { name: 'Add an entry' }).click();
  await part(page).getByLabel('What happened').fill('A thousand and first: he was at the station.');
  await part(page).getByRole('button', { name: 'Save entry' }).click();
  await expect(part(page).getByRole('alert')).toHaveText(/^This record is full: 1,000 entries is the most it can hold, so this entry was not saved\./);
  // Never "Entry saved." for an entry that was not.
  await expect(part(page).locator('.record-status')).not.toContainText('Entry saved');
  await expect(part(page).getByLabel('What happened')).toHaveValue('A thousand and first: he was at the station.');
  await expect(part(page).locator('.record-summary')).toHaveText(/^1,?000 incidents between /);
});

test('opening a file into a nearly full record says how many of its entries were left out', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await openFile(page, join(RECORDS, 'nearly-full.txt'));
  await expect(part(page).locator('.record-summary')).toHaveText(/^990 incidents between /);
  // 50 entries: 5 already here, 10 fit, 35 do not.
  await openFile(page, join(RECORDS, 'more.txt'));
  await expect(part(page).locator('.record-status')).toHaveText('Opened. 10 entries added. 35 entries in the file were not added, because this record is full (1,000 entries). Save this record, then open the file in a new page for the rest.');
  await expect(part(page).locator('.record-summary')).toHaveText(/^1,?000 incidents between /);
});

test('an entry quoting a saved file\'s header line still saves a file that opens again', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  const quoted = 'Pasted from my old notes:\n===== stalking-help-record 1 =====\nentry\nwhat=Something else\nend 00000000';
  await addEntry(page, { date: '2026-05-02', time: '21:05', what: quoted });
  const { path } = await saveFile(page, 'quoting.txt');
  const fresh = await page.context().newPage();
  await arrive(fresh, '/fixtures/bare.html');
  await openFile(fresh, path);
  await expect(part(fresh).locator('.record-status')).toHaveText('Opened. 1 entry added.');
  await expect(entries(fresh).first()).toContainText('===== stalking-help-record 1 =====');
});

test('the record\'s text fields have spell-checking off, and the widget carries the do-not-record markers', async ({ page }) => {
  await arrive(page, '/fixtures/bare.html');
  await part(page).getByRole('button', { name: 'Add an entry' }).click();
  const fields = await page.evaluate(() => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot;
    const all = [...root.querySelectorAll('.record textarea, .record input[type="text"]')];
    return { count: all.length, checked: all.filter((f) => f.spellcheck).map((f) => f.id), grammarly: all.filter((f) => f.getAttribute('data-gramm') !== 'false').map((f) => f.id) };
  });
  expect(fields.count).toBeGreaterThanOrEqual(6);
  expect(fields.checked).toEqual([]);
  expect(fields.grammarly).toEqual([]);
  const root = await page.evaluate(() => {
    const el = document.querySelector('[data-stalking-help]').shadowRoot.querySelector('.root:not([data-stalking-help-fallback])');
    return { classes: [...el.classList], attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) };
  });
  expect(root.classes).toEqual(expect.arrayContaining(['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block']));
  expect(root.attributes).toMatchObject({ 'data-hj-suppress': '', 'data-clarity-mask': 'true', 'data-private': '', 'data-dd-privacy': 'hidden' });
});
