// The framed version: its rules (www/frame.js, run in Node for the pure parts), and the page and
// headers the packaging step writes for it (run after pkg-config/build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const frame = require('../../www/frame.js');
const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');

test('only the sites on the list may frame it, every frame around it included', () => {
  const list = "'self' https://contoso.sharepoint.com https://*.school.example http://localhost:*";
  const self = 'https://help.example.org';
  const allowed = (...ancestors) => frame.ancestorsAllowed(list, self, ancestors);
  assert.equal(allowed('https://help.example.org'), true, "'self'");
  assert.equal(allowed('https://contoso.sharepoint.com'), true);
  assert.equal(allowed('HTTPS://Contoso.SharePoint.com'), true, 'origins compare without case');
  assert.equal(allowed('https://fabrikam.sharepoint.com'), false, 'another tenant');
  assert.equal(allowed('http://contoso.sharepoint.com'), false, 'another scheme');
  assert.equal(allowed('https://contoso.sharepoint.com:8443'), false, 'another port');
  assert.equal(allowed('https://a.school.example'), true, 'a subdomain of a wildcard');
  assert.equal(allowed('https://x.y.school.example'), true);
  assert.equal(allowed('https://school.example'), false, 'the wildcard is for subdomains only');
  assert.equal(allowed('https://evilschool.example'), false);
  assert.equal(allowed('http://localhost:4173'), true, 'any port');
  assert.equal(allowed('http://localhost'), true);
  assert.equal(allowed('http://localhost.evil.example:80'), false);
  assert.equal(allowed('https://contoso.sharepoint.com', 'https://evil.example'), false, 'every ancestor must be on the list');
  assert.equal(frame.ancestorsAllowed(list, self, []), true, 'not framed');
  assert.equal(frame.ancestorsAllowed(list, self, null), true, 'the browser does not say: the header decides');
  assert.equal(frame.ancestorsAllowed("'none'", self, [self]), false);
});

test("framed by a site on its list, the address gives only settings that change no word and no destination", () => {
  const read = frame.readAddress('?Region=wales&lang=cy&heading-level=3&settings=ours.json', true);
  assert.deepEqual(read.attributes, [['data-region', 'wales'], ['data-lang', 'cy'], ['data-heading-level', '3']]);
  assert.equal(read.file, 'ours.json');
  assert.deepEqual(read.errors, []);
  // Words, destinations, hidden services and parts come only from the settings file.
  const hostile = frame.readAddress('?exit-url=https%3A%2F%2Fevil.example%2F&i18n.strip-999=Do+not+call+999&title=x&hide-services=national-stalking-helpline&parts=record&quick-exit=&safety-url=https://evil.example/', true);
  assert.deepEqual(hostile.attributes, []);
  assert.equal(hostile.errors.length, 1, 'one message for them all');
  assert.match(hostile.errors[0], /"exit-url", "i18n.strip-999", "title", "hide-services", "parts", "quick-exit", "safety-url" in the address were not used/);
  assert.match(hostile.errors[0], /settings file/);
  const bad = frame.readAddress('?stalking-help-exit=x&settings=../secret.json&%3Cb%3E=1&settings=https://evil.example/a.json', true);
  assert.deepEqual(bad.attributes, []);
  assert.equal(bad.file, null);
  assert.equal(bad.errors.length, 3);
  assert.match(bad.errors[0], /settings="..\/secret.json" was not used: name a .json file in the widget's own folder/);
  assert.match(bad.errors[2], /"stalking-help-exit", "<b>" in the address were not used/);
});

test('opened on its own, or framed by a site that is unknown or not allowed, the address changes nothing but the settings file', () => {
  const read = frame.readAddress('?region=wales&lang=cy&exit-url=https%3A%2F%2Fevil.example%2F&settings=ours.json', false);
  assert.deepEqual(read.attributes, [['data-lang', 'cy']], 'which of the deployer\'s languages, and nothing else');
  assert.equal(read.file, 'ours.json', "the deployer's own file, on their own server");
  assert.equal(read.errors.length, 1);
  assert.match(read.errors[0], /"region", "exit-url" in the address were not used\. This page is not framed by a site allowed to frame it/);
  assert.deepEqual(frame.readAddress('', false), { attributes: [], file: null, errors: [] }, 'nothing to say about an empty address');
});

test('a settings file becomes the two blocks the widget reads, or says why it cannot', () => {
  assert.deepEqual(frame.readSettingsFile('{"region":"wales","localServices":[{"id":"x"}]}'), {
    config: { region: 'wales' },
    services: [{ id: 'x' }],
  });
  assert.deepEqual(frame.readSettingsFile('{"region":"wales"}'), { config: { region: 'wales' }, services: undefined });
  assert.throws(() => frame.readSettingsFile('{"region":'), /not valid JSON/);
  assert.throws(() => frame.readSettingsFile('[1]'), /must be a JSON object/);
  assert.throws(() => frame.readSettingsFile('null'), /must be a JSON object/);
});

test('frame.cy.html: the same page, Welsh from its first byte: its language, its title and its static version', () => {
  const english = readFileSync(join(dist, 'frame.html'), 'utf8');
  const welsh = readFileSync(join(dist, 'frame.cy.html'), 'utf8');
  const cy = JSON.parse(readFileSync('src/words/cy.json', 'utf8'));
  assert.match(welsh, /<html lang="cy">/);
  assert.ok(welsh.includes(`<title>${cy['widget.title']}</title>`), 'a Welsh title');
  assert.ok(welsh.includes(`>${cy['exit.label']}</a>`), 'a Welsh exit link');
  assert.match(welsh, /<a href="https:\/\/www\.bbc\.co\.uk\/weather"[^>]*data-quick-exit=""[^>]*target="_top"/, 'that leaves the tab with JavaScript off');
  assert.ok(welsh.includes('https://llyw.cymru/node/5389'), "Wales's own line, by its Welsh page");
  // Everything but the words is the English page's: the same policy, scripts and frame list.
  const head = (page) => page.slice(page.indexOf('<meta charset'), page.indexOf('<title>'));
  assert.equal(head(welsh), head(english));
  const scripts = (page) => page.slice(page.indexOf('<link rel="icon"'), page.indexOf('<div data-stalking-help'));
  assert.equal(scripts(welsh), scripts(english));
  assert.match(welsh, /<div data-stalking-help data-stalking-help-frame="[^"]+">/);
});

test('frame.html: the strict policy in the page, its scripts by integrity hash, links that leave the tab', () => {
  const files = readdirSync(dist);
  const page = readFileSync(join(dist, 'frame.html'), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)[1];
  assert.match(policy, /default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /frame-ancestors/, 'browsers ignore frame-ancestors in a page; it is in the headers');
  const style = /<style>([^<]*)<\/style>/.exec(page)[1];
  assert.ok(policy.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), 'the one inline style is allowed by its hash');
  const scripts = [...page.matchAll(/<script src="([^"]+)" integrity="([^"]+)"/g)];
  assert.equal(scripts.length, 2, 'its own part and the loader, each with its hash');
  for (const [, src, integrity] of scripts) {
    assert.ok(files.includes(src), src);
    assert.equal(integrity, `sha384-${createHash('sha384').update(readFileSync(join(dist, src))).digest('base64')}`);
  }
  assert.match(page, /<script src="frame\.[0-9a-f]{12}\.js"[^>]*><\/script>\n<script src="stalking-help\.[0-9a-f]{12}\.js"/, 'its own part first');
  assert.match(page, /<base target="_top">/);
  assert.match(page, /<a href="https:\/\/www\.bbc\.co\.uk\/weather"[^>]*data-quick-exit=""[^>]*target="_top"/, 'the exit leaves the tab with JavaScript off');
  assert.match(page, /data-stalking-help-frame="&#39;self&#39;"|data-stalking-help-frame="'self'"/, 'by default, only its own site may frame it');
  const headers = readFileSync(join(dist, 'frame-headers.txt'), 'utf8');
  assert.ok(headers.includes(`Content-Security-Policy: ${policy}; frame-ancestors 'self'`), headers);
  assert.doesNotMatch(readFileSync(join(dist, 'stalking-help.js'), 'utf8'), /ancestorOrigins/, "script-tag hosts download none of the framed version's part");
});

test('FRAME_ANCESTORS sets the list; a mistake in it stops the build, naming it', () => {
  const out = mkdtempSync(join(tmpdir(), 'framed-'));
  const pack = (list) => spawnSync(process.execPath, ['pkg-config/package.mjs', 'target/bindgen', 'target/fallback.html', 'target/widget.css', 'target/words.json', '--out', out], {
    cwd: root, encoding: 'utf8', env: { ...process.env, FRAME_ANCESTORS: list },
  });
  try {
    const good = pack("'self' https://contoso.sharepoint.com/ https://*.googleusercontent.com");
    assert.equal(good.status, 0, good.stderr);
    assert.match(readFileSync(join(out, 'frame-headers.txt'), 'utf8'), /frame-ancestors 'self' https:\/\/contoso\.sharepoint\.com https:\/\/\*\.googleusercontent\.com\n/);
    assert.match(readFileSync(join(out, 'frame.html'), 'utf8'), /data-stalking-help-frame="'self' https:\/\/contoso\.sharepoint\.com https:\/\/\*\.googleusercontent\.com"/);
    for (const [list, said] of [
      ['*', /"\*" would let every site frame it/],
      ['self', /"self" needs its quotes: 'self'/],
      ['https://intranet.example.org/wellbeing', /"https:\/\/intranet\.example\.org\/wellbeing" is not a site's origin/],
      ["'self' javascript:alert(1)", /"javascript:alert\(1\)" is not a site's origin/],
    ]) {
      const bad = pack(list);
      assert.equal(bad.status, 1, list);
      assert.match(bad.stderr, /^FRAME_ANCESTORS, the sites allowed to frame frame\.html, was not used: /);
      assert.match(bad.stderr, said);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
