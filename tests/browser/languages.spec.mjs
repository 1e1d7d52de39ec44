// Languages in Debian's Chromium, on a phone and a desktop screen: a Welsh journey through the
// self-check, the finder, the guidance, the record and the exit with no English left on screen;
// the switch between the languages a host offers; a host's own catalogue with a missing and an
// unknown key (its console messages, and the widget still drawn); a right-to-left catalogue laid
// out right to left with axe finding nothing; and an English page asking for no catalogue at all.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { EXIT_URL, expectNoAxeViolations, fakeNeutralSite, LIVE, live, openRecord, tick, watch, widgetsStarted } from './helpers.mjs';

const cy = JSON.parse(readFileSync(new URL('../../src/words/cy.json', import.meta.url), 'utf8'));
const urdu = readFileSync(new URL('../fixtures/lang/ur.json', import.meta.url), 'utf8');

// Words that are English and never Welsh. Names kept in English by design are taken out first:
// organisations without a Welsh name (from the catalogue itself), English glosses in brackets
// or quotes, and the English switch's own name.
const ENGLISH_WORDS = /\b(the|and|you|your|with|what|when|call|open|closed|next|back|step|page|exit|this|they|them|have|for|are|not|here|from|about|someone|been|being|details|check|checked|services?|helpline|record|entry|save)\b/i;
const KEPT_NAMES = Object.entries(cy)
  .filter(([key]) => /^data\.service\..*\.name$/.test(key))
  .flatMap(([, name]) => [name, ...(name.match(/\(([^)]*)\)/g) || [])]);

/** The English words left in a text, after what is English on purpose is taken out. */
function englishIn(text) {
  let rest = text.replace(/\([^)]*\)/g, ' ').replace(/‘[^’]*’/g, ' ').replace(/\bEnglish\b/g, ' ');
  for (const name of KEPT_NAMES.sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest
    .split(/\n+/)
    .filter((line) => ENGLISH_WORDS.test(line))
    .map((line) => line.trim());
}

/** Everything a visitor can read or hear in the live widget: its text and its labels. */
async function readable(page) {
  const widget = live(page);
  const text = await widget.innerText();
  const labels = await widget.evaluate((el) =>
    [...el.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((n) =>
      ['aria-label', 'placeholder', 'title'].map((a) => n.getAttribute(a)).filter(Boolean),
    ),
  );
  return `${text}\n${labels.join('\n')}`;
}

async function expectNoEnglish(page, where) {
  expect(englishIn(await readable(page)), `English words on screen: ${where}`).toEqual([]);
}

for (const [screen, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
]) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });

    test('a Welsh page speaks Welsh through the check, the finder, the guidance, the record and the exit', async ({ page }) => {
      const seen = watch(page);
      await fakeNeutralSite(page, 400);
      await page.goto('/fixtures/welsh.html');
      expect(await widgetsStarted(page)).toBe(1);
      const widget = live(page);
      await expect(widget).toHaveAttribute('lang', 'cy');
      await expect(widget.locator('h2').first()).toHaveText(cy['widget.title']);
      await expectNoEnglish(page, 'the start');

      // The self-check, start to result.
      const check = widget.locator('.check');
      await check.getByRole('button', { name: cy['check.start_me'] }).click();
      await tick(check, cy['check.choice.behaviour.following']);
      await expectNoEnglish(page, 'the first question');
      const result = check.getByRole('button', { name: cy['check.see_result'] });
      while (!(await result.isVisible())) {
        await check.getByRole('button', { name: cy['check.next'], exact: true }).click();
      }
      await result.click();
      await expect(check.getByRole('heading', { name: cy['check.next_steps_heading'] })).toBeVisible();
      await expectNoEnglish(page, 'the result');

      // The finder, searched in Welsh and in English (the synonyms keep both).
      const finder = widget.locator('.finder');
      await finder.getByLabel(cy['find.search_label']).fill('stelcian');
      await expect(finder.locator('.services > li').first()).toBeVisible();
      const welshCount = await finder.locator('.services > li').count();
      await finder.getByLabel(cy['find.search_label']).fill('stalking');
      await expect(finder.locator('.services > li')).toHaveCount(welshCount);
      await expectNoEnglish(page, 'the finder');

      // The guidance, a topic opened.
      const topic = widget.locator('.guidance details.topic').first();
      await topic.locator('summary').click();
      await expect(topic.locator('.topic-body')).toBeVisible();
      await expectNoEnglish(page, 'the guidance');

      // The record, opened and an entry written.
      await openRecord(widget);
      const record = widget.locator('.record');
      await record.getByRole('button', { name: cy['record.add'] }).click();
      await record.getByLabel(cy['record.what']).fill('Roedd e tu allan i’r gwaith eto.');
      await record.getByRole('button', { name: cy['record.save_entry'] }).click();
      await expect(record.locator('.record-entries > li')).toHaveCount(1);
      await expectNoEnglish(page, 'the record');

      // The exit: its cover speaks Welsh too.
      await expect(widget.getByRole('link', { name: cy['exit.label'] })).toBeVisible();
      // Clicked and read in one task: the cover is there the moment the click is handled.
      const cover = await page.evaluate(() => {
        document.querySelector('[data-stalking-help]').shadowRoot.querySelector('a.exit').click();
        return document.querySelector('[data-stalking-help-overlay]').textContent;
      });
      expect(cover).toBe(cy['exit.cover']);
      await page.waitForURL(/bbc\.co\.uk/);
      expect(seen.errors).toEqual([]);
    });

    test('the switch changes the language and back in place, keeping answers and focus, with the Welsh file fetched once with its hash', async ({ page }) => {
      const seen = watch(page);
      await page.goto('/fixtures/welsh.html');
      await widgetsStarted(page);
      const widget = live(page);
      const lang = seen.requests.filter((u) => /\/widget\/lang\//.test(u));
      expect(lang.length, 'one catalogue').toBe(1);
      expect(lang[0]).toMatch(/\/widget\/lang\/cy\.[0-9a-f]{12}\.json$/);
      // Something on screen to keep: the self-check started and a search typed.
      await widget.locator('.check').getByRole('button', { name: cy['check.start_me'] }).click();
      await tick(widget.locator('.check'), cy['check.choice.behaviour.following']);
      await widget.locator('.finder input[type=search]').fill('stelcian');
      const nav = widget.getByRole('navigation', { name: cy.switch_label });
      await expect(nav.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-pressed', 'true');
      await nav.getByRole('button', { name: 'English' }).click();
      await expect(live(page)).toHaveAttribute('lang', 'en-GB');
      await expect(live(page).locator('h2').first()).toHaveText('Help with stalking and harassment');
      const english = live(page).getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'English' });
      await expect(english).toHaveAttribute('aria-pressed', 'true');
      await expect(english).toBeFocused();
      await expect(live(page).getByLabel('Following me')).toBeChecked();
      await expect(live(page).locator('.finder input[type=search]')).toHaveValue('stelcian');
      await expect(live(page).getByRole('link', { name: 'Exit this page' })).toBeVisible();
      // The check for English words finds them when they are there.
      expect((await englishIn(await readable(page))).length).toBeGreaterThan(3);
      // By keyboard, back to Welsh.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(live(page)).toHaveAttribute('lang', 'cy');
      await expect(live(page).getByRole('button', { name: 'Cymraeg' })).toBeFocused();
      expect(seen.requests.filter((u) => /\/widget\/lang\//.test(u)).length, 'fetched once').toBe(1);
      await expectNoAxeViolations(page, 'the Welsh widget with its switch');
      expect(seen.errors).toEqual([]);
    });

    test("a host's catalogue with a missing and an unknown key says so and the widget still draws", async ({ page }) => {
      const seen = watch(page);
      await page.goto('/fixtures/host-catalogue.html');
      expect(await widgetsStarted(page)).toBe(1);
      const widget = live(page);
      await expect(widget).toHaveAttribute('lang', 'pl');
      await expect(widget.locator('h2').first()).toHaveText('Pomoc w przypadku stalkingu i nękania');
      await expect(widget.getByRole('link', { name: 'Opuść tę stronę' })).toBeVisible();
      // What it lacks is in English.
      await expect(widget.getByRole('heading', { name: 'Am I being stalked?' })).toBeVisible();
      const messages = seen.errors.join('\n');
      expect(messages).toMatch(/the pl catalogue \(the data-catalogue block\) has no text for \d+ key\(s\), shown in English: widget\.intro, /);
      expect(messages).toMatch(/has key\(s\) this widget does not know, ignored: widget\.titel$/m);
      expect(messages).toMatch(/text\(s\) not used, English shown instead: find\.count_other \(must be text holding \{n\}\)/);
      expect(seen.errors).toHaveLength(3);
      await widget.locator('.finder input[type=search]').fill('xyzzy');
      await expect(widget.locator('.finder .count')).toHaveText('No services found');
    });

    test('a right-to-left catalogue lays the widget out right to left, and axe finds nothing', async ({ page }) => {
      const seen = watch(page);
      await page.route('**/widget/lang/ur.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: urdu }),
      );
      await page.goto('/fixtures/right-to-left.html');
      expect(await widgetsStarted(page)).toBe(1);
      const widget = live(page);
      await expect(widget).toHaveAttribute('lang', 'ur');
      await expect(widget).toHaveAttribute('dir', 'rtl');
      await expect(widget.locator('h2').first()).toHaveText('پیچھا کرنے اور ہراساں کرنے میں مدد');
      // The heading's words start at the right-hand edge, and a list's bullets sit on the right.
      const edges = await widget.evaluate((el) => {
        const h2 = el.querySelector('h2');
        const range = document.createRange();
        range.selectNodeContents(h2);
        const text = range.getBoundingClientRect();
        const box = h2.getBoundingClientRect();
        return { gapRight: box.right - text.right, gapLeft: text.left - box.left, direction: getComputedStyle(h2).direction };
      });
      expect(edges.direction).toBe('rtl');
      expect(edges.gapRight).toBeLessThan(2);
      expect(edges.gapLeft).toBeGreaterThan(edges.gapRight);
      const topic = widget.locator('details.topic', { has: page.locator('.bullets') }).first();
      await topic.locator('summary').click();
      const list = topic.locator('.bullets').first();
      await expect(list).toBeVisible();
      const padding = await list.evaluate((ul) => [getComputedStyle(ul).paddingRight, getComputedStyle(ul).paddingLeft]);
      expect(parseFloat(padding[0])).toBeGreaterThan(parseFloat(padding[1]));
      await expectNoAxeViolations(page, 'the right-to-left widget');
      // The host's catalogue is partial: one message lists what shows in English.
      expect(seen.errors.filter((e) => /has no text for/.test(e))).toHaveLength(1);
      expect(seen.errors.filter((e) => !/has no text for/.test(e))).toEqual([]);
      expect(seen.requests.filter((u) => /\/widget\/lang\//.test(u)).map((u) => new URL(u).pathname).sort()).toEqual([
        expect.stringMatching(/^\/widget\/lang\/en\.[0-9a-f]{12}\.json$/),
        '/widget/lang/ur.json',
      ]);
    });

    test('the framed version speaks Welsh from its address, its page language and title too', async ({ page }) => {
      const seen = watch(page);
      await page.goto('/framed/frame.html?lang=cy');
      expect(await widgetsStarted(page)).toBe(1);
      await expect(live(page)).toHaveAttribute('lang', 'cy');
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(page).toHaveTitle(cy['widget.title']);
      await expect(live(page).locator('.exit-hint')).toHaveText(cy['exit.hint']);
      await expectNoEnglish(page, 'the framed version');
      expect(seen.errors).toEqual([]);
    });

    test('frame.cy.html is Welsh from its first byte, with JavaScript on and off', async ({ page, browser }) => {
      const seen = watch(page);
      await page.goto('/framed/frame.cy.html');
      expect(await widgetsStarted(page)).toBe(1);
      await expect(live(page)).toHaveAttribute('lang', 'cy');
      await expect(page).toHaveTitle(cy['widget.title']);
      await expectNoEnglish(page, 'the Welsh framed version');
      expect(seen.errors).toEqual([]);
      // With JavaScript off: the page, its title, its exit and its services, all Welsh.
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const off = await context.newPage();
      await off.goto(`${new URL(page.url()).origin}/framed/frame.cy.html`);
      await expect(off.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(off).toHaveTitle(cy['widget.title']);
      await expect(off.locator('a.exit')).toHaveText(cy['exit.label']);
      await expect(off.locator('a.exit')).toHaveAttribute('target', '_top');
      await expect(off.locator('a[href="https://llyw.cymru/node/5389"]')).toHaveCount(1);
      expect(englishIn(await off.locator('body').innerText()), 'English words with JavaScript off').toEqual([]);
      await context.close();
    });

    test('before the WebAssembly (and without it), the static version and its exit speak Welsh', async ({ page }) => {
      await fakeNeutralSite(page, 400);
      await page.route('**/*.wasm', () => new Promise(() => {}));
      await page.goto('/fixtures/welsh.html');
      const fallback = page.locator('[data-stalking-help] [data-stalking-help-fallback]');
      await expect(fallback.locator('.widget')).toHaveAttribute('lang', 'cy');
      await expect(fallback.locator('h2')).toHaveText(cy['widget.title']);
      await expect(fallback.locator('a.exit')).toHaveText(cy['exit.label']);
      await expect(fallback.locator('.exit-hint')).toHaveText(cy['exit.hint']);
      const text = await fallback.innerText();
      expect(englishIn(text), 'English words in the static version').toEqual([]);
      // Shift three times is announced and leaves, in Welsh.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Shift');
      await expect(fallback.locator('[data-quick-exit-status]')).toHaveText(cy['exit.count_other'].replace('{n}', '2'));
      await page.keyboard.press('Shift');
      await expect(fallback.locator('[data-quick-exit-status]')).toHaveText(cy['exit.count_one']);
      await page.keyboard.press('Shift');
      await page.waitForURL(EXIT_URL);
    });

    test('a page in a language with no catalogue shows English, with one console warning and no request', async ({ page }) => {
      const seen = watch(page);
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.goto('/fixtures/french.html');
      expect(await widgetsStarted(page)).toBe(1);
      await expect(live(page)).toHaveAttribute('lang', 'en-GB');
      await expect(live(page).locator('h2').first()).toHaveText('Help with stalking and harassment');
      expect(warnings.filter((w) => /this page is in fr, and the widget has no words in it built in, so it speaks English/.test(w))).toHaveLength(1);
      expect(seen.errors).toEqual([]);
      expect(seen.requests.filter((u) => /\/lang\//.test(u))).toEqual([]);
    });

    test('a host that says it provides a language is looked for in the widget\'s own folder, and told if it is not there', async ({ page }) => {
      const seen = watch(page);
      await page.route('**/fixtures/french-provided.html', async (route) => {
        const real = await (await fetch(`http://127.0.0.1:${process.env.TEST_PORT || 4173}/fixtures/french.html`)).text();
        await route.fulfill({ status: 200, contentType: 'text/html', body: real.replace('<div data-stalking-help>', '<div data-stalking-help data-lang="fr">') });
      });
      await page.goto('/fixtures/french-provided.html');
      expect(await widgetsStarted(page)).toBe(1);
      expect(seen.errors.filter((e) => /no words in fr could be used, so the widget speaks English/.test(e))).toHaveLength(1);
      expect(seen.requests.filter((u) => /\/lang\//.test(u)).map((u) => new URL(u).pathname)).toEqual(['/widget/lang/fr.json']);
    });

    test('an English page asks for no catalogue', async ({ page }) => {
      const seen = watch(page);
      await page.goto('/');
      expect(await widgetsStarted(page)).toBeGreaterThan(0);
      await expect(page.locator(`${LIVE} h2`).first()).toBeVisible();
      expect(seen.requests.filter((u) => /\/lang\//.test(u))).toEqual([]);
      await expect(live(page).locator('nav.languages')).toHaveCount(0);
    });
  });
}
