// Turns a build into the distributable:
//
//   dist/                         for self-hosting behind one <script> tag
//     stalking-help.js            the loader (stable name, for simple set-ups and the demo): the
//                                 quick exit (www/quick-exit.js) then the loader itself
//     stalking-help.HASH.js       the same loader under a content-hashed name, for long caching
//     stalking_help_widget.HASH.js, stalking_help_widget_bg.HASH.wasm   glue and widget
//     snippet.html                the snippets to paste, with Subresource Integrity hashes
//     static.html                 the static version alone (the demo page serves it inside its
//                                 mount element, as the first snippet does)
//   dist/npm/                     the npm package (ES module for bundlers, with types); its
//                                 entry, index.js, builds the quick exit into mount()
//
// The quick exit is filled in here with the widget's words; the loader with the hashed file
// names, the .wasm's integrity hash, the widget's stylesheet, and the static version rendered
// from the widget's own components, as a tree of nodes (so the browser never parses HTML for
// it). The loader and glue in dist/ are minified; the npm package keeps them readable (bundlers
// minify, and a host can audit the loader there or in www/).
//
//   node pkg-config/package.mjs <bindgen dir> <fallback.html> <widget.css> <words.json> [--base /widget/]

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToTree, prune, treeToHtml } from './html-tree.mjs';
import { minifyScript } from './minify.mjs';
import { report } from './size-report.mjs';

const [bindgen, fallbackFile, stylesFile, wordsFile] = process.argv.slice(2);
const baseIndex = process.argv.indexOf('--base');
const base = baseIndex > 0 ? process.argv[baseIndex + 1] : '/widget/';
const crate = 'stalking_help_widget';
const out = 'dist';

const hash = (data, algorithm = 'sha256') => createHash(algorithm).update(data).digest();
const short = (data) => hash(data).toString('hex').slice(0, 12);
const sri = (data) => `sha384-${hash(data, 'sha384').toString('base64')}`;

// What visitors download is minified; the npm package keeps the readable glue for bundlers.
const readableGlue = readFileSync(join(bindgen, `${crate}.js`), 'utf8');
const glue = Buffer.from(await minifyScript(readableGlue, { module: true }));
const wasm = readFileSync(join(bindgen, `${crate}_bg.wasm`));
const types = readFileSync(join(bindgen, `${crate}.d.ts`));
const fallback = readFileSync(fallbackFile, 'utf8').trim();
const fallbackTree = htmlToTree(fallback);
// For pasting into the page, where it shows with JavaScript off: without the shortcut's hint and
// its status line (the shortcut needs JavaScript), and spaced so it reads without the widget's
// stylesheet. The loader draws the full static version in its place when it runs.
const noScript = treeToHtml(
  prune(fallbackTree, ([, attrs]) => attrs.class === 'exit-hint' || 'data-quick-exit-status' in attrs),
  true,
);
const words = JSON.parse(readFileSync(wordsFile, 'utf8'));
const styles = readFileSync(stylesFile, 'utf8').trim();
const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];

const glueName = `${crate}.${short(glue)}.js`;
const wasmName = `${crate}_bg.${short(wasm)}.wasm`;

/** Replaces each `from` in `source` (which must be there) with its `to`. */
function replaceAll(source, replacements, what) {
  let text = source;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${what} no longer contains: ${from}`);
    text = text.replace(from, () => to);
  }
  return text;
}

// The quick exit with the widget's words (the same ones, unless the catalogue changed).
const exitSource = readFileSync('www/quick-exit.js', 'utf8');
const wordsLine = /^ {2}var WORDS = .*;$/m.exec(exitSource);
if (!wordsLine) throw new Error('www/quick-exit.js no longer has its WORDS line');
const quickExit = replaceAll(exitSource, [[wordsLine[0], `  var WORDS = ${JSON.stringify(words)};`]], 'www/quick-exit.js');

/** The one loader file: the quick exit, then the loader filled in for these glue and .wasm files. */
function fill(source, glueFile, wasmFile, integrity) {
  const loader = replaceAll(source, [
    [`var GLUE = '${crate}.js';`, `var GLUE = ${JSON.stringify(glueFile)};`],
    [`var WASM = '${crate}_bg.wasm';`, `var WASM = ${JSON.stringify(wasmFile)};`],
    ["var WASM_INTEGRITY = '';", `var WASM_INTEGRITY = ${JSON.stringify(integrity)};`],
    ['var FALLBACK_TREE = null;', `var FALLBACK_TREE = ${JSON.stringify(fallbackTree)};`],
    ["var STYLES = '';", `var STYLES = ${JSON.stringify(styles)};`],
  ], 'the loader');
  return `${quickExit}\n${loader}`;
}

const loaderSource = readFileSync('www/stalking-help.js', 'utf8');
const loader = Buffer.from(await minifyScript(fill(loaderSource, glueName, wasmName, sri(wasm))));
const loaderName = `stalking-help.${short(loader)}.js`;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'npm'), { recursive: true });
writeFileSync(join(out, glueName), glue);
writeFileSync(join(out, wasmName), wasm);
writeFileSync(join(out, 'stalking-help.js'), loader);
writeFileSync(join(out, loaderName), loader);
writeFileSync(join(out, `${crate}.d.ts`), types);
writeFileSync(join(out, 'static.html'), `${noScript}\n`);

// The npm package: plain names, so bundlers can resolve them; the loader is included too.
const npm = join(out, 'npm');
writeFileSync(join(npm, `${crate}.js`), readableGlue);
writeFileSync(join(npm, `${crate}_bg.wasm`), wasm);
writeFileSync(join(npm, `${crate}.d.ts`), types);
writeFileSync(join(npm, 'stalking-help.js'), fill(loaderSource, `${crate}.js`, `${crate}_bg.wasm`, sri(wasm)));
writeFileSync(join(npm, 'quick-exit.js'), quickExit);
copyFileSync('pkg-config/npm/index.js', join(npm, 'index.js'));
copyFileSync('pkg-config/npm/index.d.ts', join(npm, 'index.d.ts'));
copyFileSync('README.md', join(npm, 'README.md'));
// The licence text travels with every copy: hosts and packagers look for it beside the files.
copyFileSync('LICENSE', join(npm, 'LICENSE'));
copyFileSync('LICENSE', join(out, 'LICENSE'));
const meta = JSON.parse(readFileSync('pkg-config/package.json', 'utf8'));
meta.version = version;
writeFileSync(join(npm, 'package.json'), `${JSON.stringify(meta, null, 2)}\n`);

// Optional hints for the page's <head>: the browser starts fetching the glue and the .wasm while
// it is still reading the page, instead of after the loader has run. Same request mode as the
// loader's own requests, so each file is fetched once. The .wasm hint carries no integrity hash
// (browsers ignore one on a fetch preload); the loader's request still checks it.
const preload = `<link rel="modulepreload" href="${base}${glueName}" integrity="${sri(glue)}" crossorigin="anonymous">
<link rel="preload" href="${base}${wasmName}" as="fetch" type="application/wasm" crossorigin="anonymous">`;

const snippet = `<!-- Stalking help widget ${version}. Paste where the widget should appear.
     The static version inside shows the quick exit, 999, 101 and the main helplines even with
     JavaScript switched off (as in Tor Browser's safest setting); the widget replaces it when
     it starts. If you set data-exit-url, put the same address in the "Exit this page" link. -->
<div data-stalking-help>
${noScript}
</div>
<script src="${base}${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous" defer></script>

<!-- Optional, in the <head> of the page: the widget's files start downloading sooner. -->
${preload}

<!-- The shortest form, if you would rather not paste the static version: with JavaScript off,
     visitors then see nothing here. -->
<div data-stalking-help></div>
<script src="${base}${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous" defer></script>
`;
writeFileSync(join(out, 'snippet.html'), snippet);

console.log(`The script tag of the snippet (${out}/snippet.html has it whole, with the static version to paste):\n`);
console.log(snippet.split('\n').find((line) => line.startsWith('<script')));
console.log('');
report(out, ['stalking-help.js', glueName, wasmName]);
