// Turns a build into the distributable:
//
//   dist/                         for self-hosting behind one <script> tag
//     stalking-help.js            the loader (stable name, for simple set-ups and the demo)
//     stalking-help.HASH.js       the same loader under a content-hashed name, for long caching
//     stalking_help_widget.HASH.js, stalking_help_widget_bg.HASH.wasm   glue and widget
//     snippet.html                the snippets to paste, with Subresource Integrity hashes
//   dist/npm/                     the npm package (ES module for bundlers, with types)
//
// The loader is filled in here with the hashed file names, the .wasm's integrity hash, the
// widget's stylesheet, and the static fallback rendered from the widget's own components. The
// loader and glue in dist/ are minified; the npm package keeps them readable (bundlers minify,
// and a host can audit the loader there or in www/).
//
//   node pkg-config/package.mjs <bindgen dir> <fallback.html> <widget.css> [--base /widget/]

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyScript } from './minify.mjs';
import { report } from './size-report.mjs';

const [bindgen, fallbackFile, stylesFile] = process.argv.slice(2);
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
const styles = readFileSync(stylesFile, 'utf8').trim();
const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];

const glueName = `${crate}.${short(glue)}.js`;
const wasmName = `${crate}_bg.${short(wasm)}.wasm`;

function fill(source, glueFile, wasmFile, integrity) {
  const replacements = [
    [`var GLUE = '${crate}.js';`, `var GLUE = ${JSON.stringify(glueFile)};`],
    [`var WASM = '${crate}_bg.wasm';`, `var WASM = ${JSON.stringify(wasmFile)};`],
    ["var WASM_INTEGRITY = '';", `var WASM_INTEGRITY = ${JSON.stringify(integrity)};`],
    ["var FALLBACK_HTML = '';", `var FALLBACK_HTML = ${JSON.stringify(fallback)};`],
    ["var STYLES = '';", `var STYLES = ${JSON.stringify(styles)};`],
  ];
  let text = source;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`the loader no longer contains: ${from}`);
    text = text.replace(from, () => to);
  }
  return text;
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

// The npm package: plain names, so bundlers can resolve them; the loader is included too.
const npm = join(out, 'npm');
writeFileSync(join(npm, `${crate}.js`), readableGlue);
writeFileSync(join(npm, `${crate}_bg.wasm`), wasm);
writeFileSync(join(npm, `${crate}.d.ts`), types);
writeFileSync(join(npm, 'stalking-help.js'), fill(loaderSource, `${crate}.js`, `${crate}_bg.wasm`, sri(wasm)));
copyFileSync('README.md', join(npm, 'README.md'));
const meta = JSON.parse(readFileSync('pkg-config/package.json', 'utf8'));
meta.version = version;
writeFileSync(join(npm, 'package.json'), `${JSON.stringify(meta, null, 2)}\n`);

// Optional hints for the page's <head>: the browser starts fetching the glue and the .wasm while
// it is still reading the page, instead of after the loader has run. Same request mode as the
// loader's own requests, so each file is fetched once. The .wasm hint carries no integrity hash
// (browsers ignore one on a fetch preload); the loader's request still checks it.
const preload = `<link rel="modulepreload" href="${base}${glueName}" integrity="${sri(glue)}" crossorigin="anonymous">
<link rel="preload" href="${base}${wasmName}" as="fetch" type="application/wasm" crossorigin="anonymous">`;

const snippet = `<!-- Stalking help widget ${version}. Paste where the widget should appear. -->
<div data-stalking-help></div>
<script src="${base}${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous" defer></script>

<!-- Optional, in the <head> of the page: the widget's files start downloading sooner. -->
${preload}

<!-- The same, with the static version already in the page, so that the quick exit, 999, 101 and
     the main helplines show even with JavaScript switched off. The widget replaces it when it starts. -->
<div data-stalking-help>
${fallback}
</div>
<script src="${base}${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous" defer></script>
`;
writeFileSync(join(out, 'snippet.html'), snippet);

console.log(`Snippet (also in ${out}/snippet.html):\n`);
console.log(snippet.split('\n').slice(0, 3).join('\n'));
console.log('');
report(out, ['stalking-help.js', glueName, wasmName]);
