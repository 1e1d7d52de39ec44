// The distributable as a host or a bundler gets it (run after pkg-config/build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;

test('the self-hosting folder has hashed files and a snippet whose integrity hash matches', () => {
  const files = readdirSync(dist);
  const loader = files.find((f) => /^stalking-help\.[0-9a-f]{12}\.js$/.test(f));
  assert.ok(loader, files.join());
  assert.ok(files.some((f) => /^stalking_help_widget\.[0-9a-f]{12}\.js$/.test(f)));
  assert.ok(files.some((f) => /^stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/.test(f)));
  const snippet = readFileSync(`${dist}snippet.html`, 'utf8');
  const [, src, integrity] = /src="[^"]*\/([^"/]+)" integrity="([^"]+)"/.exec(snippet);
  assert.equal(src, loader);
  const expected = `sha384-${createHash('sha384').update(readFileSync(dist + loader)).digest('base64')}`;
  assert.equal(integrity, expected);
  assert.match(snippet, /data-stalking-help-fallback|Exit this page/, 'the no-JavaScript snippet carries the static version');
  // The static version to paste into Welsh pages, in Welsh.
  const welsh = readFileSync(`${dist}static.cy.html`, 'utf8');
  assert.match(welsh, /lang="cy"/);
  assert.match(welsh, />Gadael y dudalen hon</);
  assert.doesNotMatch(welsh, /Exit this page/);
  assert.match(readFileSync(`${dist}LICENSE`, 'utf8'), /^MIT License/, 'the licence text ships with the files');
});

test('the loader names the hashed files and the integrity hash of both builds', () => {
  const loader = readFileSync(`${dist}stalking-help.js`, 'utf8');
  const files = readdirSync(dist);
  // The build most pages load, and the one that also reads a host's own services.
  for (const pattern of [/^stalking_help_widget_bg\.[0-9a-f]{12}\.wasm$/, /^stalking_help_widget_local_bg\.[0-9a-f]{12}\.wasm$/]) {
    const wasm = files.find((f) => pattern.test(f));
    assert.ok(wasm, `${pattern} in ${files.join()}`);
    assert.ok(loader.includes(JSON.stringify(wasm)));
    const wasmHash = `sha384-${createHash('sha384').update(readFileSync(dist + wasm)).digest('base64')}`;
    assert.ok(loader.includes(JSON.stringify(wasmHash)));
  }
  for (const pattern of [/^stalking_help_widget\.[0-9a-f]{12}\.js$/, /^stalking_help_widget_local\.[0-9a-f]{12}\.js$/]) {
    const glue = files.find((f) => pattern.test(f));
    assert.ok(glue && loader.includes(JSON.stringify(glue)), String(pattern));
  }
  assert.ok(!loader.includes('FALLBACK_TREE=null') && !loader.includes('var FALLBACK_TREE = null;'), 'the static version is filled in');
  assert.ok(!/innerHTML/.test(loader), 'no HTML is parsed in the browser (Trusted Types)');
  assert.ok(loader.includes('StalkingHelpQuickExit'), 'the quick exit comes in the same file');
});

test('the npm package is an ES module with types, and packs', () => {
  const npm = `${dist}npm/`;
  const meta = JSON.parse(readFileSync(`${npm}package.json`, 'utf8'));
  assert.equal(meta.type, 'module');
  assert.match(meta.version, /^\d+\.\d+\.\d+/);
  for (const file of [meta.module, meta.types, ...meta.files.filter((f) => !f.includes('*'))]) assert.ok(existsSync(npm + file), file);
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: npm, encoding: 'utf8' }));
  const names = packed[0].files.map((f) => f.path);
  for (const file of ['LICENSE', 'index.js', 'index.d.ts', 'quick-exit.js', 'stalking_help_widget.js', 'stalking_help_widget_bg.wasm', 'stalking_help_widget.d.ts', 'package.json']) {
    assert.ok(names.includes(file), `${file} in ${names.join()}`);
  }
  // The pieces parts bring when opened, and the splitter's loader that fetches them, are packed,
  // each piece named in that loader.
  const pieces = readdirSync(npm).filter((f) => /^(split_[a-z]+|chunk_\d+)\.wasm$/.test(f));
  assert.ok(pieces.length >= 2, pieces.join());
  const splitter = readFileSync(`${npm}__wasm_split.js`, 'utf8');
  for (const file of ['__wasm_split.js', ...pieces]) assert.ok(names.includes(file), `${file} in ${names.join()}`);
  for (const piece of pieces) assert.ok(splitter.includes(`"./${piece}?no-inline"`), `${piece} named in the splitter's loader`);
  // One build, the one that also reads a host's own services, so mount() does everything.
  const local = readdirSync(dist).find((f) => /^stalking_help_widget_local_bg\.[0-9a-f]{12}\.wasm$/.test(f));
  assert.ok(readFileSync(`${npm}stalking_help_widget_bg.wasm`).equals(readFileSync(dist + local)));
});

test('every part of the loader is joined in: no line is left where one should be', () => {
  const files = readdirSync(dist).filter((f) => /^stalking-help(\.[0-9a-f]{12})?\.js$/.test(f)).map((f) => dist + f);
  files.push(`${dist}npm/stalking-help.js`, `${dist}npm/quick-exit.js`);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!/@browser:|@languages:/.test(text), `${file} still has a line to be joined`);
  }
  // And the joined loader carries each: the quick exit's leaving, and the languages.
  const loader = readFileSync(`${dist}stalking-help.js`, 'utf8');
  assert.ok(loader.includes('data-catalogue') && loader.includes('data-quick-exit-status'), 'the languages and the quick exit are in the loader');
});

test('what a visitor downloads stays within the size budget kept in the repository', () => {
  const budget = JSON.parse(readFileSync(new URL('../../pkg-config/size-budget.json', import.meta.url), 'utf8'));
  const files = readdirSync(dist).filter((f) => f === 'stalking-help.js' || /^stalking_help_widget(_bg|_split)?\.[0-9a-f]{12}\.(js|wasm)$/.test(f));
  assert.equal(files.length, 4, files.join());
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(dist + f), { level: 9 }).length, 0);
  assert.ok(gzip <= budget.gzipBytes, `the download is ${gzip} bytes gzip, over the budget of ${budget.gzipBytes} (pkg-config/size-budget.json): make it smaller, or raise the budget on purpose and say why`);
  // A page with its own services downloads the loader and the other build instead.
  const local = readdirSync(dist).filter((f) => f === 'stalking-help.js' || /^stalking_help_widget_local(_bg|_split)?\.[0-9a-f]{12}\.(js|wasm)$/.test(f));
  assert.equal(local.length, 4, local.join());
  const localGzip = local.reduce((sum, f) => sum + gzipSync(readFileSync(dist + f), { level: 9 }).length, 0);
  assert.ok(localGzip <= budget.localGzipBytes, `a page with its own services downloads ${localGzip} bytes gzip, over the budget of ${budget.localGzipBytes}`);
  // Each piece a part brings when first drawn.
  const pieces = readdirSync(dist).filter((f) => /^stalking_help_widget(_local)?_(?!bg\.|split\.)[a-z]+\.[0-9a-f]{12}\.wasm$/.test(f));
  assert.ok(pieces.length >= 2, `the record's piece, in each build: ${pieces.join()}`);
  for (const f of pieces) {
    const size = gzipSync(readFileSync(dist + f), { level: 9 }).length;
    assert.ok(size <= budget.pieceGzipBytes, `${f} is ${size} bytes gzip, over the budget of ${budget.pieceGzipBytes} for a piece`);
  }
  // And a page in a built-in language, its catalogue.
  const languages = readdirSync(`${dist}lang/`).filter((f) => /^[a-z]{2,3}\.[0-9a-f]{12}\.json$/.test(f) && !f.startsWith('en.'));
  assert.ok(languages.length >= 1, 'the Welsh catalogue is there');
  for (const f of languages) {
    const size = gzipSync(readFileSync(`${dist}lang/${f}`), { level: 9 }).length;
    assert.ok(size <= budget.languageGzipBytes, `lang/${f} is ${size} bytes gzip, over the budget of ${budget.languageGzipBytes}`);
  }
});
