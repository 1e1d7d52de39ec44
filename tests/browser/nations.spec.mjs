// Where the visitor lives shapes everything, in Debian's Chromium: for each UK nation, chosen by
// the visitor or set by the host, the finder's first results, the self-check's services and
// next steps and the guidance's law are that nation's, and in Scotland and Northern Ireland
// nothing for England and Wales only is shown. On a phone-sized and a desktop screen.
import { test, expect } from '@playwright/test';
import { live, openWithWidget, throughTheCheck, tick } from './helpers.mjs';

const widget = live;
const finder = (page) => widget(page).locator('.finder');
const check = (page) => widget(page).locator('.check');
const guidance = (page) => widget(page).locator('.guidance');
const cardNames = (where) => where.locator('.service > h4, .service > h5').allTextContents();

/** police.uk itself (England and Wales only), not scotland.police.uk or psni.police.uk. */
const POLICE_UK = /(?<![\w.])police\.uk/i;

const NATIONS = {
  england: {
    label: 'England',
    areas: ['England', 'England and Wales', 'England, Scotland and Wales'],
    firstResults: ['National Stalking Helpline', 'National Domestic Abuse Helpline', 'Victim Support', 'Report to the police online'],
    resultServices: ['National Stalking Helpline', 'Victim Support', 'Report to the police online'],
    reportStep: 'police.uk',
    law: 'The law in England and Wales',
    orders: 'stalking protection order',
  },
  wales: {
    label: 'Wales',
    areas: ['Wales', 'England and Wales', 'England, Scotland and Wales'],
    firstResults: ['National Stalking Helpline', 'Live Fear Free helpline', 'Victim Support'],
    resultServices: ['National Stalking Helpline', 'Live Fear Free helpline', 'Victim Support'],
    reportStep: 'police.uk',
    law: 'The law in England and Wales',
    orders: 'stalking protection order',
  },
  scotland: {
    label: 'Scotland',
    areas: ['Scotland', 'England, Scotland and Wales'],
    firstResults: ['Action Against Stalking', 'National Stalking Helpline', "Scotland's Domestic Abuse and Forced Marriage Helpline"],
    resultServices: ['Action Against Stalking', 'National Stalking Helpline', 'Victim Support Scotland', 'Police Scotland stalking report form'],
    reportStep: 'Police Scotland has an online form',
    law: 'The law in Scotland',
    orders: 'non-harassment order',
    notHere: ['England and Wales', POLICE_UK, 'stalking protection order'],
  },
  'northern-ireland': {
    label: 'Northern Ireland',
    areas: ['Northern Ireland'],
    firstResults: ['National Stalking Helpline', 'Domestic and Sexual Abuse Helpline', 'PSNI online reporting', 'Victim Support NI'],
    resultServices: ['National Stalking Helpline', 'PSNI online reporting', 'Victim Support NI'],
    reportStep: 'PSNI website',
    law: 'The law in Northern Ireland',
    orders: 'non-molestation order',
    notHere: ['England and Wales', POLICE_UK],
  },
};
const LAWS = ['The law in England and Wales', 'The law in Scotland', 'The law in Northern Ireland'];

/** Shows every result the finder has (it draws ten at a time). */
async function showAll(page) {
  const more = finder(page).getByRole('button', { name: /^Show \d+ more/ });
  while (await more.count()) await more.click();
}

/** Answers the self-check for someone being followed and visited many times, to the result. */
async function checkToResult(page, id) {
  await check(page).getByRole('button', { name: 'Start the check' }).click();
  await tick(check(page), 'Following me');
  await tick(check(page), 'Turning up at my home, work, school or college');
  let many = false;
  await throughTheCheck(page, async ({ n, total }) => {
    const box = check(page).getByLabel('Many times');
    if (await box.count()) {
      await box.check();
      many = true;
    }
    // The last step asks where they live, and already knows.
    if (n === total && id) await expect(check(page).locator(`#n-${id}`)).toBeChecked();
  });
  expect(many, 'the check still asks how often').toBe(true);
  await expect(check(page).getByRole('heading', { name: "What you've described could be stalking" })).toBeVisible();
}

/** Every area label on the cards under `where`, e.g. "For people in Scotland". */
const areaLabels = async (where) =>
  (await where.locator('.service .who').allTextContents()).filter((l) => l.startsWith('For people in '));
/** Services for England and Wales only, or parts of them. */
const ENGLAND_WALES_ONLY = ['Victim Support', 'Paladin', 'Report to the police online', 'Rights of Women', 'Rape Crisis 24/7 Support Line', 'National Domestic Abuse Helpline', 'Citizens Advice'];

for (const [screen, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });

    for (const [id, nation] of Object.entries(NATIONS)) {
      test(`${nation.label}: the finder, the self-check and the guidance are ${nation.label}'s`, async ({ page }) => {
        await openWithWidget(page, '/');
        await widget(page).locator('#place').selectOption({ label: nation.label });

        // The finder: that nation's specialist and 24-hour lines among the first results, after 999.
        const first = (await cardNames(finder(page))).slice(0, 5);
        expect(first[0]).toBe('Police – emergency');
        for (const name of nation.firstResults) expect(first, `${name} near the top`).toContain(name);
        await showAll(page);
        const labels = await areaLabels(finder(page));
        const allowed = nation.areas.map((a) => `For people in ${a}`);
        expect(labels.filter((l) => !allowed.includes(l)), 'every card serves this nation').toEqual([]);
        const listed = await cardNames(finder(page));

        // The self-check's result.
        await checkToResult(page, id);
        const result = check(page).locator('.result');
        const suggested = await cardNames(result);
        for (const name of nation.resultServices) expect(suggested, `${name} suggested`).toContain(name);
        await expect(result.locator('.steps')).toContainText(nation.reportStep);
        expect(await result.locator('.services .who').allTextContents()).not.toContain('For people in Devon, Cornwall and the Isles of Scilly');
        await expect(result.locator('[data-topic^="law-"] summary')).toHaveText([nation.law]);
        await expect(result.locator('[data-topic="protective-orders"]')).toContainText(nation.orders);
        await expect(result.locator('#result-place'), 'the place is known, so not asked again').toHaveCount(0);

        // The guidance: only this nation's law.
        const laws = await guidance(page).locator('[data-topic^="law-"] summary').allTextContents();
        expect(laws).toEqual([nation.law]);
        await expect(guidance(page).locator('[data-topic="protective-orders"]')).toContainText(nation.orders);

        // In Scotland and Northern Ireland, nothing for England and Wales only, anywhere.
        if (nation.notHere) {
          const text = await widget(page).textContent();
          for (const phrase of nation.notHere) expect(text, `"${phrase}" shown`).not.toMatch(phrase);
          for (const name of ENGLAND_WALES_ONLY) {
            expect(listed, `${name} in the finder`).not.toContain(name);
            expect(suggested, `${name} suggested`).not.toContain(name);
          }
        }
      });
    }
  });
}

test('a host in Scotland starts the widget in Scotland, and the visitor can change it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWithWidget(page, '/fixtures/scotland.html');
  await expect(widget(page).locator('#place')).toHaveValue('scotland');
  expect((await cardNames(finder(page)))[1]).toBe('Action Against Stalking');
  expect(await guidance(page).locator('[data-topic^="law-"] summary').allTextContents()).toEqual(['The law in Scotland']);
  await widget(page).locator('#place').selectOption({ label: 'Northern Ireland' });
  expect(await guidance(page).locator('[data-topic^="law-"] summary').allTextContents()).toEqual(['The law in Northern Ireland']);
  expect(await cardNames(finder(page))).toContain('Domestic and Sexual Abuse Helpline');
});

test('a visitor who has not said where they live sees UK-wide lines first and a plain way to say', async ({ page }) => {
  await openWithWidget(page, '/');
  await expect(widget(page).locator('#place')).toHaveValue('');
  // The UK-wide lines first: no card in the first ten is for one nation.
  const firstTen = await areaLabels(finder(page));
  expect(firstTen.filter((l) => l.startsWith('For people in'))).toEqual([]);
  // Every nation's law, each named.
  expect(await guidance(page).locator('[data-topic^="law-"] summary').allTextContents()).toEqual(LAWS);
  // The self-check offers services for the whole UK, asks where, and changes when told.
  await checkToResult(page, null);
  const result = check(page).locator('.result');
  await expect(result.locator('.steps')).toContainText('Choose where you live');
  expect(await areaLabels(result)).toEqual([]);
  await expect(result.locator('[data-topic^="law-"]')).toHaveCount(0);
  await result.locator('#result-place').selectOption({ label: 'Scotland' });
  await expect(result.locator('.steps')).toContainText('Police Scotland has an online form');
  expect(await cardNames(result)).toContain('Action Against Stalking');
  await expect(widget(page).locator('#place'), 'one place for the whole widget').toHaveValue('scotland');
});
