// The helpline finder in Debian's Chromium: search, filters, links, the polite count, the
// host's own services, and axe-core.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openWithWidget, watch, widgetsStarted } from './helpers.mjs';

const finder = (page) => page.locator('[data-stalking-help] .finder');
const names = (page) => finder(page).locator('.service > :is(h4)').allTextContents();
const count = (page) => finder(page).locator('.count');
const search = (page, text) => finder(page).getByLabel('Search by name').fill(text);
/** The widget's one "Where do you live?" choice, above the parts. */
const place = (page) => page.locator('[data-stalking-help] #place');
/** The number the count line shows, e.g. 35 for "35 services found". */
const shownCount = async (page) => Number((await count(page).textContent()).split(' ')[0]);

test('searching narrows the list, forgiving case and using everyday words', async ({ page }) => {
  await openWithWidget(page, '/');
  await expect(count(page)).toHaveText(/^\d+ services found$/);
  expect(await shownCount(page)).toBeGreaterThan(30);
  // The adults' helpline and the under-18s' route, each card saying who it is for, and the tool
  // that blocks the images.
  await finder(page).getByLabel('Search by name').fill('REVENGE porn');
  await expect(finder(page).locator('.service')).toHaveCount(3);
  expect(await names(page)).toEqual(['Childline', 'Revenge Porn Helpline', 'StopNCII.org']);
  await expect(finder(page).locator('.service', { hasText: 'Revenge Porn Helpline' })).toContainText('For people aged 18 and over');
  await expect(finder(page).locator('.service', { hasText: 'Childline' })).toContainText('For people aged 18 and under');
  await finder(page).getByLabel('Search by name').fill('intimate images');
  expect(await names(page)).toEqual(['Childline', 'Revenge Porn Helpline', 'StopNCII.org']);
  await finder(page).getByLabel('Search by name').fill('cyber');
  expect(await names(page)).toContain('The Cyber Helpline');
});

test('filters combine and reset, and the count is announced politely', async ({ page }) => {
  await openWithWidget(page, '/');
  const count = finder(page).locator('.count');
  const all = await count.textContent();
  await expect(count).toHaveAttribute('role', 'status');
  await finder(page).locator('summary', { hasText: 'More filters' }).click();
  await finder(page).getByLabel('Text message').check();
  await expect(count).toHaveText('5 services found');
  // The UK-wide ones first, then each nation's, each card naming where it serves.
  expect(await names(page)).toEqual([
    '999 by text (emergencySMS)',
    'The Mix',
    'Live Fear Free helpline',
    "Scotland's Domestic Abuse and Forced Marriage Helpline",
    'Domestic and Sexual Abuse Helpline',
  ]);
  await finder(page).getByLabel('Text message').uncheck();
  await finder(page).getByLabel('Sexual harassment at work').check();
  await finder(page).getByLabel('Women', { exact: true }).check();
  const found = await names(page);
  expect(found).toContain('Rights of Women');
  expect(found).not.toContain("Men's Advice Line");
  await place(page).selectOption({ label: 'Scotland' });
  await expect(finder(page).locator('.service').first()).toBeVisible();
  const scottish = await names(page);
  expect(scottish).not.toContain('Rights of Women');
  expect(scottish).toContain('Equality Advisory and Support Service');
  await finder(page).getByRole('button', { name: 'Clear search and filters' }).first().click();
  await expect(place(page)).toHaveValue('scotland', { message: 'clearing the filters keeps where you live' });
  await place(page).selectOption({ label: "I'd rather not say" });
  await expect(count).toHaveText(all);
});

test('long lists show ten at a time, so typing stays quick', async ({ page }) => {
  await openWithWidget(page, '/');
  const total = await shownCount(page);
  await expect(finder(page).locator('.service')).toHaveCount(10);
  await finder(page).getByRole('button', { name: `Show 10 more services (${total - 10} not shown yet)` }).click();
  await expect(finder(page).locator('.service')).toHaveCount(20);
  await finder(page).getByRole('button', { name: /^Show \d+ more services/ }).click();
  await expect(finder(page).locator('.service')).toHaveCount(30);
  await search(page, 'a');
  await expect(finder(page).locator('.service')).toHaveCount(10);
});

test('nothing found offers the 24-hour lines and a way back', async ({ page }) => {
  await openWithWidget(page, '/');
  await finder(page).getByLabel('Search by name').fill('zebra crossing');
  await expect(finder(page).locator('.count')).toHaveText('No services found');
  await expect(finder(page).locator('.empty')).toContainText('open 24 hours');
  await expect(finder(page).locator('.empty').getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await finder(page).locator('.empty').getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(count(page)).toHaveText(/^\d+ services found$/);
});

test('contact links have the right targets and websites open safely', async ({ page }) => {
  await openWithWidget(page, '/');
  await expect(finder(page).getByRole('link', { name: 'Call 0808 802 0300' })).toHaveAttribute('href', 'tel:+448088020300');
  await search(page, 'the mix');
  await expect(finder(page).getByRole('link', { name: 'Text ‘THEMIX’ to 85258' })).toHaveAttribute('href', 'sms:85258?&body=THEMIX');
  await search(page, 'action against stalking');
  await expect(finder(page).getByRole('link', { name: 'Email support@actionagainststalking.org' })).toHaveAttribute('href', 'mailto:support@actionagainststalking.org');
  await place(page).selectOption({ label: 'Wales' });
  await search(page, 'victim support');
  const site = finder(page).getByRole('link', { name: 'Website: victimsupport.org.uk' });
  await expect(site).toHaveAttribute('target', '_blank');
  await expect(site).toHaveAttribute('rel', 'noopener noreferrer');
});

test('open now uses UK time from the device clock', async ({ page }) => {
  // A Wednesday at 11:00 UK time (GMT), whatever the machine's own time zone.
  await page.clock.setFixedTime(new Date('2026-11-18T11:00:00Z'));
  await openWithWidget(page, '/');
  await search(page, 'revenge');
  const rph = finder(page).locator('.service', { hasText: 'Revenge Porn Helpline' });
  await expect(rph).toContainText('Open now · closes 4pm');
  await search(page, '');
  // The National Stalking Helpline opens at 1pm on Wednesdays.
  await expect(finder(page).locator('.service', { hasText: 'National Stalking Helpline' })).toContainText('Closed now · opens today at 1pm');
  await search(page, "men's advice");
  await expect(finder(page).locator('.service', { hasText: "Men's Advice Line" })).toContainText('Hours not confirmed');
  await search(page, '');
  await finder(page).getByLabel('Open now').check();
  const open = await names(page);
  expect(open).toContain('Revenge Porn Helpline');
  expect(open).not.toContain('National Stalking Helpline');
});

test('closed lines say when they open next', async ({ page }) => {
  // Saturday 21 November 2026, 12:00 UK time.
  await page.clock.setFixedTime(new Date('2026-11-21T12:00:00Z'));
  await openWithWidget(page, '/');
  await search(page, 'revenge');
  await expect(finder(page).locator('.service', { hasText: 'Revenge Porn Helpline' })).toContainText('Closed now · opens Monday at 10am');
});

test('"open now" stays right on a page left open, and on coming back to it', async ({ page }) => {
  // Wednesday 18 November 2026, 12:58 UK time: the National Stalking Helpline opens at 1pm.
  await page.clock.install({ time: new Date('2026-11-18T12:58:00Z') });
  await openWithWidget(page, '/');
  const nsh = finder(page).locator('.service', { hasText: 'National Stalking Helpline' });
  await expect(nsh).toContainText('Closed now · opens today at 1pm');
  await page.clock.runFor(3 * 60 * 1000);
  await expect(nsh).toContainText('Open now');
  // A phone unlocked hours later: timers in a hidden page may not have run, so the time is read
  // again as soon as the page is shown.
  await page.clock.setSystemTime(new Date('2026-11-18T23:30:00Z'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(nsh).toContainText('Closed now · opens tomorrow');
});

test("a host's own services are checked, marked as local, and bad ones skipped with a message", async ({ page }) => {
  const seen = watch(page);
  await openWithWidget(page, '/fixtures/local-services.html');
  await search(page, 'riverside');
  const unit = finder(page).locator('.service', { hasText: 'Riverside Stalking Unit' });
  await expect(unit).toContainText('Local service');
  await expect(unit.getByRole('link', { name: 'Call 01632 960123' })).toHaveAttribute('href', 'tel:+441632960123');
  await search(page, 'crimestoppers');
  await expect(count(page)).toHaveText('No services found');
  await search(page, 'devon');
  await expect(place(page)).toHaveValue('devon-cornwall');
  expect(await names(page)).toContain('Victim Care Devon and Cornwall');
  const skipped = seen.errors.filter((e) => e.includes('was left out'));
  expect(skipped).toHaveLength(3);
  expect(skipped[0]).toContain('"broken-number"');
  expect(skipped[0]).toContain('channels[0].number:');
  expect(skipped[1]).toContain('"script-site"');
  expect(skipped[1]).toContain('channels[0].url:');
  expect(skipped[2]).toContain('"old-style"');
  expect(skipped[2]).toContain('phone: is not a field of a service');
  expect(await finder(page).locator('a[href^="javascript:"]').count()).toBe(0);
});

test('widgets on one page share one build: the one that reads services, when any of them lists some', async ({ page }) => {
  const unit = {
    id: 'shared-unit', name: 'Shared Unit', summary: 'A service one widget lists.', needs: ['stalking'], audiences: ['everyone'],
    channels: [{ kind: 'website', url: 'https://www.example.org/shared' }], sources: ['https://www.example.org/shared'], checked: '2026-11-01',
  };
  await page.route('**/fixtures/mixed-services.html', (route) => route.fulfill({
    status: 200,
    contentType: 'text/html',
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Two widgets, one with services</title>
      <link rel="icon" href="data:,"><script src="/widget/stalking-help.js" defer></script></head><body>
      <div data-stalking-help id="plain"></div>
      <div data-stalking-help id="own"><script type="application/json" data-local-services>${JSON.stringify([unit])}</script></div>
      </body></html>`,
  }));
  const seen = watch(page);
  await page.goto('/fixtures/mixed-services.html');
  expect(await widgetsStarted(page)).toBe(2);
  const wasm = seen.requests.filter((u) => /_bg\.[0-9a-f]{12}\.wasm$/.test(u)).map((u) => u.split('/').pop());
  expect(wasm).toEqual([expect.stringMatching(/^stalking_help_widget_local_bg\.[0-9a-f]{12}\.wasm$/)]);
  for (const [id, shown] of [['own', 1], ['plain', 0]]) {
    await page.locator(`#${id} .finder`).getByLabel('Search by name').fill('shared unit');
    await expect(page.locator(`#${id} .finder .service`, { hasText: 'Shared Unit' })).toHaveCount(shown);
  }
  expect(seen.errors).toEqual([]);
});

test("only a page with its own services loads the build that reads them, and a widget added later with some gets it too", async ({ page }) => {
  const seen = watch(page);
  const wasm = () => seen.requests.filter((u) => /_bg\.[0-9a-f]{12}\.wasm$/.test(u)).map((u) => u.split('/').pop());
  await openWithWidget(page, '/fixtures/local-services.html');
  expect(wasm()).toEqual([expect.stringMatching(/^stalking_help_widget_local_bg\.[0-9a-f]{12}\.wasm$/)]);

  seen.requests.length = 0;
  seen.errors.length = 0; // the first page's bad services were reported there
  await openWithWidget(page, '/');
  expect(wasm()).toEqual([expect.stringMatching(/^stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/)]);
  // A single-page app adds a second widget, with a service of its own, to a page already running
  // the smaller build: that widget gets the other build, and both work.
  const started = await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'added';
    const block = document.createElement('script');
    block.type = 'application/json';
    block.setAttribute('data-local-services', '');
    block.textContent = JSON.stringify([{
      id: 'added-unit', name: 'Added Unit', summary: 'A service the app adds.', needs: ['stalking'], audiences: ['everyone'],
      channels: [{ kind: 'website', url: 'https://www.example.org/added' }], sources: ['https://www.example.org/added'], checked: '2026-11-01',
    }]);
    host.append(block);
    document.body.append(host);
    return window.StalkingHelpWidget.mount(host);
  });
  expect(started).toBe(true);
  expect(wasm()).toHaveLength(2);
  expect(wasm()[1]).toMatch(/^stalking_help_widget_local_bg\./);
  const added = page.locator('#added .finder');
  await added.getByLabel('Search by name').fill('added');
  await expect(added.locator('.service', { hasText: 'Added Unit' })).toContainText('Local service');
  await search(page, 'added');
  await expect(count(page)).toHaveText('No services found');
  expect(seen.errors).toEqual([]);
});

test('axe-core finds no WCAG A or AA problems in the finder, filtered or empty', async ({ page }) => {
  await openWithWidget(page, '/');
  const check = (where) => expectNoAxeViolations(page, where);
  await check('the finder');
  await finder(page).locator('summary', { hasText: 'More filters' }).click();
  await finder(page).getByLabel('Phone', { exact: true }).check();
  await check('filters open');
  await finder(page).getByLabel('Search by name').fill('zebra');
  await check('nothing found');
});
