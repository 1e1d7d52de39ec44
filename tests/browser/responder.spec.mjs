// The path for staff ("I'm helping someone as part of my job") on a school, a workplace and a
// police intranet, each set by the host option data-responder (the workplace one also with
// data-responder-only), on a phone and a desktop screen, by keyboard alone: what to ask, the
// warning signs present, what their setting can do, referrals that follow the nation, a copy to
// save for a referral, and axe on each page.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, focused, openWithWidget, tabTo } from './helpers.mjs';

const check = (page) => page.locator('[data-stalking-help] .check');

const HOSTS = {
  school: {
    fixture: 'responder-school.html',
    role: 'A school, college or university',
    nation: 'Wales',
    setting: 'Tell your designated safeguarding lead',
    referrals: ['National Stalking Helpline', 'Paladin'],
    never: [],
  },
  workplace: {
    fixture: 'responder-workplace.html',
    role: 'A workplace, as a manager, in HR or in support',
    nation: 'Scotland',
    setting: 'give reception and security a photo',
    referrals: ['Action Against Stalking'],
    never: ['Paladin', 'National Domestic Abuse Helpline', 'Victim Support'],
    only: true,
  },
  police: {
    fixture: 'responder-police.html',
    role: 'The police',
    nation: 'Northern Ireland',
    setting: "Use your force's stalking screening questions",
    referrals: ['Victim Support NI'],
    never: ['Paladin', 'National Domestic Abuse Helpline', 'Victim Support', 'Report to the police online'],
  },
};

for (const [screen, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });
    for (const [kind, host] of Object.entries(HOSTS)) {
      test(`a ${kind} intranet: the staff path by keyboard, with ${host.nation}'s referrals`, async ({ page }) => {
        await openWithWidget(page, `/fixtures/${host.fixture}`);
        // The staff path is offered first (or alone), straight after "Where do you live?".
        const buttons = await check(page).locator('.actions button').allTextContents();
        expect(buttons[0]).toBe("I'm helping someone as part of my job");
        if (host.only) {
          expect(buttons).toEqual(["I'm helping someone as part of my job"]);
          await expect(check(page).locator('h3').first()).toHaveText('Helping someone who is being stalked or harassed');
        } else {
          expect(buttons).toContain('Start the check');
        }
        await page.locator('[data-stalking-help]').evaluate((h) => h.shadowRoot.querySelector('#place').focus());
        expect(await tabTo(page, "I'm helping someone")).toBe("I'm helping someone as part of my job");
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe('h3 Your role');
        await expect(check(page).locator('.progress')).toHaveText('Step 1 of 8');
        await expect(check(page).getByLabel(host.role)).toBeChecked();
        if (screen === 'desktop') await expectNoAxeViolations(page, `${kind}: your role`);

        await tabTo(page, 'Next');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe('h3 What has the person told you?');
        await expect(check(page).locator('.note')).toContainText('pattern of small things');
        await tabTo(page, 'In person');
        await page.keyboard.press('Enter');
        await tabTo(page, 'Following them');
        await page.keyboard.press('Space');
        await tabTo(page, 'Watching them');
        await page.keyboard.press('Space');
        for (let pressed = ''; pressed !== 'See what it could be';) {
          const title = (await check(page).locator(':scope > h3').textContent()).trim();
          if (title === 'How often, and for how long?') {
            await tabTo(page, 'Once');
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('ArrowDown');
          }
          if (title === 'How is it affecting them?') {
            await expect(check(page).locator('.note')).toContainText('under 25 may not recognise fear');
          }
          if (title === 'Their safety') {
            await tabTo(page, 'They are afraid the person will');
            await page.keyboard.press('Space');
            if (screen === 'desktop') await expectNoAxeViolations(page, `${kind}: their safety`);
          }
          pressed = await tabTo(page, ['Next', 'See what it could be']);
          await page.keyboard.press('Enter');
          if (pressed === 'Next') await expect(check(page).locator(':scope > h3')).not.toHaveText(title);
        }
        await expect.poll(() => focused(page)).toBe("h3 What you've described could be stalking");
        const result = check(page).locator('.result');
        await expect(result.locator('.urgency')).toContainText('Act today');
        await expect(result.locator('.urgency').getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
        await expect(result.locator('.signs li')).toHaveText(['"They are afraid the person will seriously hurt or kill them"']);
        const steps = result.locator('.steps li');
        await expect(steps.first()).toContainText('Tell them you believe them');
        await expect(steps.filter({ hasText: host.setting })).toHaveCount(1);
        await expect(steps.filter({ hasText: 'Do not try to sort it out between them' })).toHaveCount(1);
        await expect(result).toContainText('This is not a risk assessment');
        for (const name of host.referrals) await expect(result.getByRole('heading', { name, exact: true })).toBeVisible();
        for (const name of host.never) await expect(result.getByRole('heading', { name, exact: true })).toHaveCount(0);
        // Every referral serves where the person lives.
        for (const label of await result.locator('.service .who').allTextContents()) {
          if (label.startsWith('For people in ')) expect(label).toMatch(new RegExp(`${host.nation}|the UK|Great Britain|England and Wales`));
        }
        if (host.nation !== 'Wales') {
          expect((await result.locator('.service .who').allTextContents()).join()).not.toContain('England');
        }
        await expectNoAxeViolations(page, `${kind}: the result`);

        if (kind === 'school' && screen === 'desktop') {
          const download = page.waitForEvent('download');
          await result.getByRole('button', { name: 'Save as a text file' }).click();
          const text = readFileSync(await (await download).path(), 'utf8');
          expect(text.startsWith('Notes for a referral')).toBe(true);
          expect(text).toContain('Where do you work? A school, college or university');
          expect(text).toContain('Warning signs present');
          expect(text).toContain('Tell your designated safeguarding lead');
          expect(text).toContain('This is not a risk assessment');
          expect(text).not.toContain('Record of what happens');
        }
      });
    }
  });
}

test('a bad host option is named once in the console, and every path is still offered', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/fixtures/bare.html');
  await page.locator('[data-stalking-help]').evaluate((h) => {
    h.setAttribute('data-responder', 'hospital');
    h.setAttribute('data-responder-only', 'maybe');
  });
  await page.evaluate(async () => {
    const host = document.querySelector('[data-stalking-help]');
    window.StalkingHelpWidget.unmount(host);
    await window.StalkingHelpWidget.mount(host);
  });
  await expect(check(page).getByRole('button', { name: 'Start the check' })).toBeVisible();
  const buttons = await check(page).locator('.actions button').allTextContents();
  expect(buttons.at(-1)).toBe("I'm helping someone as part of my job");
  expect(errors.filter((e) => e.includes('data-responder=')).length).toBe(1);
  expect(errors.filter((e) => e.includes('data-responder-only=')).length).toBe(1);
  expect(errors.join('\n')).toMatch(/data-responder="hospital" was not used: use school, workplace or police/);
});
