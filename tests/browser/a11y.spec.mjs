// Accessibility in every state, in Debian's Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA), the
// full keyboard journey, reflow at 320 px, target sizes, text spacing, forced colours, print,
// and screenshots of every state at phone and desktop sizes for review.
import { mkdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { EXIT_URL, expectNoAxeViolations, fakeNeutralSite, LIVE, live, openRecord, openWithWidget, throughTheCheck, tick } from './helpers.mjs';

const SHOTS = new URL('../output/screenshots/', import.meta.url).pathname;
const axe = expectNoAxeViolations;

const widget = live;

/** Walks through every state of the widget, calling `visit(name)` in each. */
async function everyState(page, visit, path = '/') {
  await openWithWidget(page, path);
  await visit('start');
  await widget(page).locator('summary', { hasText: 'Leaving quickly' }).click();
  await visit('leaving-safely-open');
  await widget(page).locator('summary', { hasText: 'Leaving quickly' }).click();
  await page.getByRole('button', { name: 'Start the check' }).click();
  // Answers that open every follow-up question and a high-urgency result, ticked wherever the
  // page that asks them comes; every page is visited, however many there are.
  const answers = ['Following me', 'Texts, messages or emails', 'Many times', 'It is about me', 'My ex-partner', "I'm afraid they will seriously hurt"];
  const ticked = [];
  const seen = [];
  await throughTheCheck(page, async ({ n, title }) => {
    for (const label of answers) {
      const box = widget(page).locator('.check').getByLabel(label);
      if (await box.count()) {
        await tick(widget(page).locator('.check'), label);
        ticked.push(label);
      }
    }
    const name = `check-${n}-${title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, '')}`;
    await visit(name);
    if (title === 'Your safety') {
      await widget(page).getByRole('button', { name: "I'm in danger now" }).click();
      await visit('check-danger-panel');
      seen.push('check-danger-panel');
      await widget(page).getByRole('button', { name: 'Close' }).click();
    }
  });
  // The walk covers what it says only if every answer was there to tick and the danger panel was
  // opened: a renamed label or page would otherwise quietly shrink it.
  expect([...ticked].sort()).toEqual([...answers].sort());
  expect(seen).toEqual(['check-danger-panel']);
  await visit('check-result');
  // The third way in: about one's own behaviour.
  await widget(page).getByRole('button', { name: 'Start again' }).click();
  await widget(page).getByRole('button', { name: "I'm worried about my own behaviour" }).click();
  await visit('own-behaviour');
  await widget(page).getByRole('group', { name: 'Is anyone in danger right now?' }).getByLabel('Yes').check();
  await widget(page).getByLabel('My partner').check();
  await widget(page).getByRole('button', { name: 'See what can help' }).click();
  await visit('own-behaviour-result');
  // The fourth: staff.
  await widget(page).getByRole('button', { name: 'Start again' }).click();
  await widget(page).getByRole('button', { name: "I'm helping someone as part of my job" }).click();
  await widget(page).getByLabel('A workplace, as a manager, in HR or in support').check();
  await visit('staff-role');
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await visit('staff-what-happened');
  const next = widget(page).getByRole('button', { name: 'Next' });
  while (await next.count()) await next.click();
  await widget(page).getByRole('button', { name: 'See what it could be' }).click();
  await visit('staff-result');
  const finder = widget(page).locator('.finder');
  await finder.locator('summary', { hasText: 'More filters' }).click();
  await finder.getByLabel('Phone', { exact: true }).check();
  await finder.getByLabel('Open now').check();
  await visit('finder-filtered');
  await finder.getByLabel('Search by name').fill('zebra');
  await visit('finder-empty');
  await finder.getByLabel('Search by name').fill('');
  const guidance = widget(page).locator('.guidance');
  for (const summary of await guidance.locator('summary').all()) await summary.click();
  await visit('guidance-open');
  await openRecord(widget(page));
  const record = widget(page).locator('.record');
  await record.getByRole('button', { name: 'Add an entry' }).click();
  await record.getByRole('button', { name: 'Save entry' }).click();
  await visit('record-form-with-error');
  await record.getByLabel('What happened').fill('Waiting outside work when I left, for the third time this week.');
  await record.getByLabel('Reported to the police').check();
  await record.getByLabel('Police reference number').fill('CR/1234/26');
  await record.getByRole('button', { name: 'Save entry' }).click();
  await visit('record-with-an-entry');
}

test('axe-core finds nothing in any state, the static version, or under forced colours', async ({ page }) => {
  // About forty axe runs: on a busy 2-core machine that takes more than the usual 30 s.
  test.slow();
  await everyState(page, (name) => axe(page, name));
  await page.route('**/*.wasm', () => new Promise(() => {}));
  await page.goto('/');
  await expect(page.locator('[data-stalking-help] [data-stalking-help-fallback] .exit')).toBeVisible();
  await axe(page, 'the static version');
  await page.unroute('**/*.wasm');
  await page.emulateMedia({ forcedColors: 'active' });
  await openWithWidget(page, '/');
  await axe(page, 'forced colours');
});

test('the exit overlay says only a neutral word to screen readers', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', () => new Promise(() => {}));
  await openWithWidget(page, '/');
  const overlay = await page.evaluate(() => {
    document.querySelector('[data-stalking-help]').shadowRoot.querySelector('a.exit').click();
    const o = document.querySelector('[data-stalking-help-overlay]');
    return { role: o.getAttribute('role'), text: o.textContent };
  });
  expect(overlay).toEqual({ role: 'alert', text: 'Loading' });
});

test('a keyboard-only journey: start, answer, result, a call link, then the quick exit', async ({ page }) => {
  await fakeNeutralSite(page);
  await openWithWidget(page, '/');
  const focusedText = () => page.evaluate(() => {
    const el = document.querySelector('[data-stalking-help]').shadowRoot.activeElement;
    return el ? el.textContent.trim() : '';
  });
  const tabTo = async (text) => {
    for (let i = 0; i < 150; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focusedText();
      if ([text].flat().some((t) => now.startsWith(t))) return;
    }
    throw new Error(`Tab never reached ${text}`);
  };
  await tabTo('Start the check');
  await page.keyboard.press('Enter');
  // Next on every page, by keyboard alone, until the last page's button.
  for (;;) {
    await tabTo(['Next', 'See what it could be']);
    if ((await focusedText()).startsWith('See what')) break;
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
  await expect.poll(focusedText).toBe('You can still get help');
  await tabTo('Call 0808 802 0300');
  // A visible focus indicator on the call link.
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('[data-stalking-help]').shadowRoot.activeElement).outlineStyle);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
});

test('at 320 CSS pixels wide (400% zoom) nothing scrolls sideways, in any state', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await everyState(page, async (name) => {
    const overflow = await page.evaluate(() => {
      const host = document.querySelector('[data-stalking-help]');
      // Text hidden for screen readers only is clipped on purpose.
      const wide = [...host.shadowRoot.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible' && !e.classList.contains('visually-hidden'));
      return { page: document.documentElement.scrollWidth, widget: host.getBoundingClientRect().right, clipped: wide.map((e) => e.className) };
    });
    expect(overflow.page, name).toBeLessThanOrEqual(320);
    expect(overflow.widget, name).toBeLessThanOrEqual(320);
    expect(overflow.clipped, name).toEqual([]);
  }, '/fixtures/bare.html');
});

test('every control is at least 24 by 24 pixels (44 for the main ones)', async ({ page }) => {
  await everyState(page, async (name) => {
    const small = await page.evaluate(() => {
      const root = document.querySelector('[data-stalking-help]').shadowRoot;
      return [...root.querySelectorAll('a, button, input, select, summary')]
        // The file picker is hidden, and its label, drawn as a button, is what is pressed.
        .map((e) => (e.matches('.file-input') ? e.labels[0] : e))
        .filter((e) => e.offsetParent !== null)
        .map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ e, box }) => {
          const main = e.matches('.exit, .contact, button, .strip a, input[type=search], select, summary, .file-button');
          const min = main ? 44 : 24;
          // Links inside a sentence are exempt (WCAG 2.5.8 "inline").
          const inline = e.matches('.checked a, .topic-body p a');
          return !inline && (box.width < (e.type === 'checkbox' || e.type === 'radio' ? 24 : min) || box.height < (e.type === 'checkbox' || e.type === 'radio' ? 24 : min));
        })
        .map(({ e, box }) => `${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    });
    expect(small, name).toEqual([]);
  });
});

test('text spacing overrides (WCAG 1.4.12) do not clip or overlap text', async ({ page }) => {
  await openWithWidget(page, '/fixtures/bare.html');
  await page.evaluate(() => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
  await page.setViewportSize({ width: 360, height: 740 });
  const clipped = await page.evaluate(() => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot;
    return [...root.querySelectorAll('a, button, p, h2, h3, h4, label, summary')]
      .filter((e) => e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) && getComputedStyle(e).overflow !== 'visible')
      .map((e) => e.textContent.trim().slice(0, 40));
  });
  expect(clipped).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('forced colours keep every control edged and the focus ring visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openWithWidget(page, '/');
  const edges = await page.evaluate(() => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot;
    return [...root.querySelectorAll('.exit, .contact, .strip a, button')]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => getComputedStyle(e).borderTopStyle === 'none')
      .map((e) => e.textContent.trim());
  });
  expect(edges).toEqual([]);
  // And the focus ring: a control with keyboard focus is outlined, visibly, in forced colours.
  await page.locator(`${LIVE} a.exit`).focus();
  for (const target of ['a.exit', 'button']) {
    if (target !== 'a.exit') await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: el.matches(':focus-visible') };
    });
    expect(ring.style, target).not.toBe('none');
    expect(ring.width, target).toBeGreaterThanOrEqual(2);
    expect(ring.visible, target).toBe(true);
  }
});

test('the result and the guidance print without controls', async ({ page }) => {
  await openWithWidget(page, '/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await throughTheCheck(page);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('[data-stalking-help]').shadowRoot;
    const visible = (sel) => [...root.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none' && e.offsetParent !== null);
    return { exit: visible('.exit'), buttons: visible('button'), search: visible('input[type=search]'), result: visible('.result h3, .result h4') };
  });
  expect(shown).toEqual({ exit: false, buttons: false, search: false, result: true });
  mkdirSync(SHOTS, { recursive: true });
  await page.pdf({ path: `${SHOTS}print-result.pdf` });
});

// Artefacts, not checks: they make pictures for a person to look at, and pass if the walk runs.
test.describe('artefacts (screenshots for review; they check only that the walk runs)', () => {
  for (const [size, width, height] of [['phone', 360, 740], ['desktop', 1280, 800]]) {
    test(`screenshots of every state at ${size} size`, async ({ page }) => {
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width, height });
      await everyState(page, async (name) => {
        await page.locator('[data-stalking-help]').screenshot({ path: `${SHOTS}state-${size}-${name}.png` });
      });
    });
  }
});
