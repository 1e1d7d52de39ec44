// The widget's performance against its floor and its limit, measured in one run so the ratios
// hold on a noisy machine. Prints a table; asserts nothing.
//
//   tests/bench/run        (builds what it needs, then runs this)
//
// - Transfer size of every shipped file, against a Yew hello world built now with the same
//   profile, wasm-opt and minifier (the floor any Yew widget pays).
// - First content and interactive in headless Chromium at 4x CPU throttling, against a page
//   with the same content as static HTML (the limit).
// - Quick exit: from the input event to the cover being painted.
// - Finder: cost per keystroke in the browser, at the real data size and at 2,400 services.
// - Memory: the WebAssembly's linear memory after a full journey, with a record of 200 entries.
// - Pieces: each piece's size, all of them with the first .wasm against the same code built as
//   one .wasm, and opening each part (its piece fetched, compiled and drawn) at 4x throttling.
// - A phone: 390x844, 4x CPU, 400 kbps with 400 ms round trips, files served gzipped: from
//   navigation until the finder answers a search.
// - The targets of this round, each with its figure and whether it is met.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import { minifyScript } from '../../pkg-config/minify.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('../node_modules/playwright-core');

const repo = new URL('../../', import.meta.url).pathname;
const out = join(repo, 'target', 'bench');
mkdirSync(out, { recursive: true });
const sh = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });

// --- Sizes -------------------------------------------------------------------------------------

function sizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

console.error('Building the Yew hello world (the floor)…');
sh('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--manifest-path', 'tests/bench/floor/Cargo.toml'], {
  CARGO_TARGET_DIR: join(repo, 'target'),
});
const floorDir = join(out, 'floor');
mkdirSync(floorDir, { recursive: true });
sh('wasm-bindgen', ['--target', 'web', '--out-dir', floorDir, join(repo, 'target/wasm32-unknown-unknown/release/yew_floor.wasm')]);
sh(join(repo, 'pkg-config/tools/node_modules/.bin/wasm-opt'), ['-Oz', join(floorDir, 'yew_floor_bg.wasm'), '-o', join(floorDir, 'yew_floor_bg.wasm')]);
// Its glue is minified as the widget's is.
writeFileSync(join(floorDir, 'yew_floor.js'), await minifyScript(readFileSync(join(floorDir, 'yew_floor.js'), 'utf8'), { module: true }));

const dist = join(repo, 'dist');
const shipped = readdirSync(dist).filter((f) => f === 'stalking-help.js' || /^stalking_help_widget(_bg|_split)?\.[0-9a-f]{12}\.(js|wasm)$/.test(f));
const widgetRows = shipped.map((f) => ({ name: f, ...sizes(join(dist, f)) }));
const floorRows = ['yew_floor.js', 'yew_floor_bg.wasm'].map((f) => ({ name: `floor: ${f}`, ...sizes(join(floorDir, f)) }));
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const widgetTotal = sum(widgetRows);
const floorTotal = sum(floorRows);
// The pieces, fetched only when a part is opened.
const pieceRows = readdirSync(dist).filter((f) => /^stalking_help_widget_(?!bg\.|split\.|local)[a-z0-9]+\.[0-9a-f]{12}\.wasm$/.test(f))
  .map((f) => ({ name: f, ...sizes(join(dist, f)) }));
const firstWasm = widgetRows.find((r) => r.name.endsWith('.wasm'));
const allWasm = sum([firstWasm, ...pieceRows]);

// The same code as one .wasm (no split points), built and optimised the same way, for what
// cutting it costs in all.
console.error('Building the widget as one .wasm, to compare…');
sh('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown']);
const wholeDir = join(out, 'whole');
mkdirSync(wholeDir, { recursive: true });
sh('wasm-bindgen', ['--target', 'web', '--out-dir', wholeDir, join(repo, 'target/wasm32-unknown-unknown/release/stalking_help_widget.wasm')]);
sh(join(repo, 'pkg-config/tools/node_modules/.bin/wasm-opt'), ['-Oz', '--converge', join(wholeDir, 'stalking_help_widget_bg.wasm'), '-o', join(wholeDir, 'stalking_help_widget_bg.wasm')]);
const wholeWasm = sizes(join(wholeDir, 'stalking_help_widget_bg.wasm'));

// --- Pages for the browser -----------------------------------------------------------------------

const full = sh('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', '--full']).toString().trim();
writeFileSync(join(out, 'widget.css'), sh('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', '--css']));
writeFileSync(join(out, 'static.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>The same content as static HTML</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/bench/widget.css">
</head><body><div data-static><div class="root">${full}</div></div></body></html>`);

// The Yew hello world started the way the loader starts the widget (import the glue, fetch and
// instantiate the .wasm, mount, wait for a frame), for the interactive time every Yew widget pays.
writeFileSync(join(out, 'floor-start.js'), `window.floorTiming = { start: performance.now(), ready: 0 };
import('/bench/floor/yew_floor.js').then(async (glue) => {
  await glue.default({ module_or_path: fetch('/bench/floor/yew_floor_bg.wasm') });
  glue.mount(document.getElementById('floor'));
  requestAnimationFrame(() => { window.floorTiming.ready = performance.now(); });
});
`);
writeFileSync(join(out, 'floor.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Yew hello world</title>
<link rel="icon" href="data:,"><script src="/bench/floor-start.js" defer></script></head><body><div id="floor"></div></body></html>`);

// 2,400 services in all: the bundled ones and copies of them added as a host's own services
// (the same checks apply).
const base = JSON.parse(sh('node', ['-e', `
  const s = ${JSON.stringify(readFileSync(join(repo, 'src/data/services.toml'), 'utf8'))};
  const names = [...s.matchAll(/^name = "(.*)"$/gm)].map((m) => m[1]);
  const summaries = [...s.matchAll(/^summary = "(.*)"$/gm)].map((m) => m[1]);
  console.log(JSON.stringify(names.map((n, i) => ({ name: n, summary: summaries[i] }))));
`]).toString());
const SCALE = 2400;
const many = [];
for (let copy = 0; many.length < SCALE - base.length; copy += 1) {
  base.slice(0, SCALE - base.length - many.length).forEach((b, i) => many.push({
    id: `copy-${copy}-${i}`, name: `${b.name} ${copy}`, summary: b.summary,
    channels: [{ kind: 'phone', number: '01632 960123', hours: ['Mon-Fri 09:00-17:00'] }],
    needs: ['stalking'], audiences: ['everyone'], sources: ['https://www.example.org/'], checked: '2026-01-01',
  }));
}
writeFileSync(join(out, 'finder-scale.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Finder at scale</title>
<link rel="icon" href="data:,"><script src="/widget/stalking-help.js" defer></script></head><body>
<div data-stalking-help data-parts="finder"><script type="application/json" data-local-services>${JSON.stringify(many)}</script></div></body></html>`);

// --- Browser timings -----------------------------------------------------------------------------

const port = 4180 + Math.floor(Math.random() * 50);
const server = spawn('node', ['www/server.mjs', '--port', String(port), '--fixtures', '--bench'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
// The same files served gzipped, as a host's server would, for the phone profile.
const gzipPort = port + 100;
const gzipServer = spawn('node', ['www/server.mjs', '--port', String(gzipPort), '--fixtures', '--gzip'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
await new Promise((resolve) => gzipServer.stdout.once('data', resolve));
// Ready once it says where it listens.
await new Promise((resolve) => server.stdout.once('data', resolve));
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = 9;

async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.route('https://www.bbc.co.uk/**', () => new Promise(() => {}));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

async function firstContent(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) return resolve(seen.startTime);
    new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  }));
}

const timings = { widgetFcp: [], widgetReady: [], widgetAfterScript: [], widgetLoad: [], widgetRender: [], widgetFrame: [], staticFcp: [], floorAfterScript: [], exit: [], exitFirstFrame: 0 };
for (let run = 0; run < RUNS; run += 1) {
  let { context, page } = await throttledPage();
  await page.goto(`${origin}/fixtures/bare.html`);
  await page.waitForFunction(() => window.StalkingHelpWidget && window.StalkingHelpWidget.timing.ready > 0, null, { timeout: 60000 });
  timings.widgetFcp.push(await firstContent(page));
  const t = await page.evaluate(() => window.StalkingHelpWidget.timing);
  timings.widgetReady.push(t.ready);
  timings.widgetAfterScript.push(t.ready - t.start);
  timings.widgetLoad.push(t.loaded - t.start);
  timings.widgetRender.push(t.rendered - t.loaded);
  timings.widgetFrame.push(t.ready - t.rendered);
  await context.close();
  ({ context, page } = await throttledPage());
  await page.goto(`${origin}/bench/static.html`);
  timings.staticFcp.push(await firstContent(page));
  await context.close();
  ({ context, page } = await throttledPage());
  await page.goto(`${origin}/bench/floor.html`);
  await page.waitForFunction(() => window.floorTiming && window.floorTiming.ready > 0, null, { timeout: 60000 });
  const f = await page.evaluate(() => window.floorTiming);
  timings.floorAfterScript.push(f.ready - f.start);
  await context.close();
}

// Quick exit, measured with a real click. Whether the cover is in the first frame after the
// input: a frame callback requested while the click is handled runs just before that frame is
// painted, so the cover being there then means that frame shows it. And how long that frame
// takes: the Event Timing API gives the time from the input to the next paint after it was
// handled (entries start at 16 ms; below that, under one frame).
for (let run = 0; run < RUNS; run += 1) {
  const { context, page } = await throttledPage();
  await page.goto(`${origin}/fixtures/bare.html`);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  // Set up before the click: once the page is leaving, new evaluations would wait for it.
  const result = page.evaluate(() => new Promise((resolve) => {
    let worst = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click' || e.name === 'pointerup') worst = Math.max(worst, e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
    const covered = () => !!document.querySelector('[data-stalking-help-overlay]');
    document.addEventListener('click', () => {
      let firstFrame = false;
      requestAnimationFrame(() => {
        firstFrame = covered();
      });
      setTimeout(() => resolve({ painted: covered(), firstFrame, ms: worst }), 400);
    }, { capture: true, once: true });
  }));
  await page.locator('[data-stalking-help] a.exit').click({ noWaitAfter: true });
  const { painted, firstFrame, ms } = await result;
  if (painted) timings.exit.push(ms);
  if (firstFrame) timings.exitFirstFrame += 1;
  await context.close();
}

// Finder per keystroke: from the input event until the list has been redrawn and laid out
// (Yew renders in a microtask; reading a size then forces style and layout), without waiting
// for a paint or a timer, whose timing is noise here. Two kinds of typing: a real query, and
// one that matches nothing, so the search runs over every service but little is redrawn.
async function keystrokes(path) {
  const { context, page } = await throttledPage();
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.StalkingHelpWidget && window.StalkingHelpWidget.timing.ready > 0, null, { timeout: 120000 });
  const typeAndTime = (typed) => page.evaluate(async (typed) => {
    const shadow = document.querySelector('[data-stalking-help]').shadowRoot;
    const input = shadow.querySelector('#finder-search');
    const costs = [];
    for (let i = 1; i <= typed.length; i += 1) {
      const start = performance.now();
      input.value = typed.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      for (let hop = 0; hop < 5; hop += 1) await Promise.resolve();
      void shadow.querySelector('.finder').offsetHeight;
      costs.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 30));
    }
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 30));
    costs.sort((a, b) => a - b);
    return costs[Math.floor(costs.length / 2)];
  }, typed);
  const ms = await typeAndTime('stalking help');
  const scanMs = await typeAndTime('qxqxqxqxqxqx');
  const memory = await page.evaluate(() => window.StalkingHelpWidget.memoryBytes());
  await context.close();
  return { ms, scanMs, memory };
}
const finder1 = await keystrokes('/fixtures/bare.html');
const finder100 = await keystrokes('/bench/finder-scale.html');

// Opening each part whose code is a piece: from the press until its heading is drawn and the
// frame after it has begun (the piece fetched from the local server, compiled, drawn).
const OPENING = [
  ['the record', '#open-record', '#record-title'],
  ['the self-check\'s questions', '.check .actions button.primary', '.check .progress'],
];
const opening = Object.fromEntries(OPENING.map(([name]) => [name, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, press, drawn] of OPENING) {
    const { context, page } = await throttledPage();
    await page.goto(`${origin}/fixtures/bare.html`);
    await page.evaluate(() => window.StalkingHelpWidget.ready);
    opening[name].push(await page.evaluate(([press, drawn]) => new Promise((resolve) => {
      const shadow = document.querySelector('[data-stalking-help]').shadowRoot;
      const start = performance.now();
      const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
      new MutationObserver((_, observer) => {
        if (shadow.querySelector(drawn)) {
          observer.disconnect();
          done();
        }
      }).observe(shadow, { childList: true, subtree: true });
      shadow.querySelector(press).click();
    }), [press, drawn]));
    await context.close();
  }
}

// A phone on a slow link: 390x844, 4x CPU, 400 kbps down, 400 ms round trips, files gzipped.
// From navigation until the finder has answered a search (its list redrawn for "stalking").
const phone = [];
for (let run = 0; run < RUNS; run += 1) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.route('https://www.bbc.co.uk/**', () => new Promise(() => {}));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 });
  await page.goto(`http://127.0.0.1:${gzipPort}/fixtures/bare.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.StalkingHelpWidget && window.StalkingHelpWidget.timing.ready > 0, null, { timeout: 120000 });
  phone.push(await page.evaluate(async () => {
    const shadow = document.querySelector('[data-stalking-help]').shadowRoot;
    const input = shadow.querySelector('#finder-search');
    input.value = 'stalking';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    for (let hop = 0; hop < 5; hop += 1) await Promise.resolve();
    void shadow.querySelector('.finder').offsetHeight;
    return performance.now();
  }));
  await context.close();
}

// A saved record of 200 entries, written by the widget's own code, opened during the journey.
writeFileSync(join(out, 'record-200.txt'), sh('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', '--record', '200']));

// Memory after a full journey (unthrottled; it does not depend on speed).
const journey = await (async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/fixtures/bare.html`);
  await page.evaluate(() => window.StalkingHelpWidget.ready);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator('[data-stalking-help] summary', { hasText: 'In person' }).click();
  await page.getByLabel('Following me').check();
  const next = page.getByRole('button', { name: 'Next' });
  while (await next.count()) await next.click();
  await page.getByRole('button', { name: 'See what it could be' }).click();
  await page.locator('[data-stalking-help] #finder-search').fill('online');
  await page.getByRole('button', { name: 'Open the record' }).click();
  await page.locator('[data-stalking-help] #record-open').setInputFiles(join(out, 'record-200.txt'));
  await page.locator('[data-stalking-help] .record-summary', { hasText: /^200 incidents/ }).waitFor();
  const bytes = await page.evaluate(() => window.StalkingHelpWidget.memoryBytes());
  await context.close();
  return bytes;
})();

await browser.close();
server.kill();
gzipServer.kill();

// --- The table -----------------------------------------------------------------------------------

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const rows = [];
const line = (...cells) => rows.push(cells);
line('Transfer size', 'raw', 'gzip', 'brotli');
for (const r of [...widgetRows, ...floorRows]) line(`  ${r.name}`, kb(r.raw), kb(r.gzip), kb(r.brotli));
line('  widget total', kb(widgetTotal.raw), kb(widgetTotal.gzip), kb(widgetTotal.brotli));
line('  Yew hello world (floor)', kb(floorTotal.raw), kb(floorTotal.gzip), kb(floorTotal.brotli));
line('  widget / floor', ratio(widgetTotal.raw, floorTotal.raw), ratio(widgetTotal.gzip, floorTotal.gzip), ratio(widgetTotal.brotli, floorTotal.brotli));
line('Fetched when a part is opened', 'raw', 'gzip', 'brotli');
for (const r of pieceRows) line(`  ${r.name}`, kb(r.raw), kb(r.gzip), kb(r.brotli));
line('  first .wasm and every piece', kb(allWasm.raw), kb(allWasm.gzip), kb(allWasm.brotli));
line('  the same code as one .wasm', kb(wholeWasm.raw), kb(wholeWasm.gzip), kb(wholeWasm.brotli));
line('');
line(`Browser, 4x CPU throttling, median of ${RUNS}`, 'widget', 'static HTML', 'ratio');
line('  first content (from navigation)', ms(median(timings.widgetFcp)), ms(median(timings.staticFcp)), ratio(median(timings.widgetFcp), median(timings.staticFcp)));
// Plain HTML is as interactive as it will get once it is painted: its links work.
line('  interactive (from navigation)', ms(median(timings.widgetReady)), ms(median(timings.staticFcp)), ratio(median(timings.widgetReady), median(timings.staticFcp)));
line('  interactive (after the script starts)', ms(median(timings.widgetAfterScript)), '', '');
line('    of which: static version drawn, files fetched and compiled', ms(median(timings.widgetLoad)), '', '');
line('    of which: first render', ms(median(timings.widgetRender)), '', '');
line('    of which: until that render is on screen', ms(median(timings.widgetFrame)), '', '');
line('  Yew hello world: interactive after its script starts', ms(median(timings.floorAfterScript)), '', '');
const exitMedian = timings.exit.length ? median(timings.exit) : NaN;
line('  quick exit: cover in the first frame after the input', `${timings.exitFirstFrame} of ${RUNS} runs`, '', '');
line('  quick exit: input to that frame painted', Number.isNaN(exitMedian) ? 'n/a' : exitMedian < 16 ? '< 16 ms' : ms(exitMedian), '', '');
line('');
line('Finder, per keystroke (4x throttling)', `${base.length} services`, `${base.length + many.length} services`, '');
line('  "stalking help": search, redraw, layout', `${finder1.ms.toFixed(1)} ms`, `${finder100.ms.toFixed(1)} ms`, '');
line('  no match: search every service, little redrawn', `${finder1.scanMs.toFixed(1)} ms`, `${finder100.scanMs.toFixed(1)} ms`, '');
line('');
line(`Opening a part, 4x throttling, median of ${RUNS}`, 'press to drawn', '', '');
for (const [name] of OPENING) line(`  ${name}`, ms(median(opening[name])), '', '');
line('Phone: 390x844, 4x CPU, 400 kbps, 400 ms round trips, gzip', 'navigation to', '', '');
line('  the finder answering a search', ms(median(phone)), '', '');
line('');
line('Memory', 'after a full journey', '', '');
line('  WebAssembly linear memory (check, finder, record of 200)', kb(journey), '', '');

// This round's targets, side by side with their figures.
const met = (ok) => (ok ? 'met' : 'not met');
const gzipRatio = widgetTotal.gzip / floorTotal.gzip;
const readyRatio = median(timings.widgetAfterScript) / median(timings.floorAfterScript);
const fcpRatio = median(timings.widgetFcp) / median(timings.staticFcp);
line('');
line('Targets', 'target', 'this run', '');
line('  download (gzip) vs the Yew hello world', 'at most 2.50x', ratio(widgetTotal.gzip, floorTotal.gzip), met(gzipRatio <= 2.5));
line('  interactive after the script starts vs hello world', 'at most 1.50x', `${readyRatio.toFixed(2)}x`, met(readyRatio <= 1.5));
line('  first content vs static HTML', 'at most 1.00x', `${fcpRatio.toFixed(2)}x`, met(fcpRatio <= 1.0));
const slowestOpening = Math.max(...OPENING.map(([name]) => median(opening[name])));
line('  opening any part: piece fetched, compiled, drawn', 'at most 300 ms', ms(slowestOpening), met(slowestOpening <= 300));
const growth = allWasm.gzip / wholeWasm.gzip;
line('  first .wasm and pieces vs one .wasm (gzip)', 'at most 1.10x', `${growth.toFixed(2)}x`, met(growth <= 1.1));
line('  phone profile: finder usable after navigation', 'at most 3000 ms', ms(median(phone)), met(median(phone) <= 3000));
line(`  finder keystroke, "stalking help", ${base.length + many.length} services`, 'at most 8 ms', `${finder100.ms.toFixed(1)} ms`, met(finder100.ms <= 8));
line('  memory after a full journey with 200 entries', 'at most 1024 KiB', kb(journey), met(journey <= 1024 * 1024));

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] || '').length)));
console.log(rows.map((r) => r.map((c, i) => (i === 0 ? (c || '').padEnd(widths[0]) : (c || '').padStart(widths[i]))).join('  ')).join('\n'));
