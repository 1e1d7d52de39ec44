import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[390, 844], [1280, 800]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:8123/fixtures/bare.html');
  await p.waitForFunction(() => window.StalkingHelpWidget); await p.evaluate(() => window.StalkingHelpWidget.ready);
  const shadow = (sel) => p.locator(`[data-stalking-help] ${sel}`);
  await shadow('#open-record').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `/tmp/closed-${w}.png` });
  // The checker piece slowed down: the "Opening…" line.
  await p.route(/_checker\./, async (r) => { await new Promise((res) => setTimeout(res, 1500)); r.continue(); });
  await shadow('.check button.primary').click();
  await shadow('.piece-opening').waitFor();
  await shadow('.check').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `/tmp/opening-${w}.png` });
  await shadow('#open-record').click();
  await shadow('.record #record-title').waitFor();
  await shadow('.record').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `/tmp/opened-${w}.png` });
  await p.close();
}
// A failed piece.
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.route(/_record\..*wasm/, (r) => r.fulfill({ status: 404, body: 'x' }));
await p.goto('http://127.0.0.1:8123/fixtures/bare.html');
await p.waitForFunction(() => window.StalkingHelpWidget); await p.evaluate(() => window.StalkingHelpWidget.ready);
await p.locator('[data-stalking-help] #open-record').click();
await p.locator('[data-stalking-help] .piece-failed').waitFor();
await p.locator('[data-stalking-help] .piece-failed').scrollIntoViewIfNeeded();
await p.screenshot({ path: '/tmp/failed-390.png' });
await b.close();
