// Turns a build into the distributable:
//
//   dist/                         for self-hosting behind one <script> tag
//     stalking-help.js            the loader (stable name, for simple set-ups and the demo): the
//                                 quick exit (src/exit/*.js) then the loader itself
//     stalking-help.HASH.js       the same loader under a content-hashed name, for long caching
//     stalking_help_widget.HASH.js, stalking_help_widget_bg.HASH.wasm   glue and widget
//     stalking_help_widget_local.HASH.js, stalking_help_widget_local_bg.HASH.wasm
//                                 the build that also reads a host's own services, which the
//                                 loader fetches instead only for a page with a
//                                 data-local-services block
//     snippet.html                the snippets to paste, with Subresource Integrity hashes
//     static.html                 the static version alone (the demo page serves it inside its
//                                 mount element, as the first snippet does)
//     frame.html                  the framed version: a page of its own to put in an <iframe>, for
//                                 hosts that cannot add a script tag (SharePoint, Google Sites,
//                                 learning platforms), under the same strict policy
//     frame.HASH.js               its own part (www/frame.js), which only it loads
//     frame-headers.txt           the headers its server should send with it: the policy again,
//                                 with frame-ancestors, the sites allowed to frame it
//     lang/en.json                every text by key, in English: the template for a host's own
//                                 language (also as en.HASH.json, which the loader checks a
//                                 host's catalogue against)
//     lang/TAG.HASH.json          each built-in language (Welsh), fetched with its integrity
//                                 hash only by a page in that language
//     static.TAG.html             the static version in that language, to paste into its pages
//   dist/npm/                     the npm package (ES module for bundlers, with types); its
//                                 entry, index.js, builds the quick exit into mount(). It
//                                 carries the build that reads a host's own services.
//
// The quick exit is filled in here with the widget's words; the loader with the hashed file
// names, the .wasm's integrity hash, the widget's stylesheet, and the static version rendered
// from the widget's own components, as a tree of nodes (so the browser never parses HTML for
// it). The loader and glue in dist/ are minified; the npm package keeps them readable (bundlers
// minify, and a host can audit the loader there or in www/).
//
//   node pkg-config/package.mjs <bindgen dir> <fallback.html> <widget.css> <words.json> [--base /widget/]
//        [--local <bindgen dir of the build with the local-services feature>] [--languages target/lang] [--out dist] [--frame-ancestors "'self' https://intranet.example.org"]
//
// The sites allowed to frame frame.html come from --frame-ancestors, or else the FRAME_ANCESTORS
// environment variable, or else only the site that serves it ('self').

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToTree, prune, treeToHtml } from './html-tree.mjs';
import { minifyScript } from './minify.mjs';
import { report } from './size-report.mjs';

const [bindgen, fallbackFile, stylesFile, wordsFile] = process.argv.slice(2);
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const base = option('--base') ?? '/widget/';
const crate = 'stalking_help_widget';
const out = option('--out') ?? 'dist';
const frameAncestors = checkAncestors(option('--frame-ancestors') ?? process.env.FRAME_ANCESTORS ?? "'self'");

/**
 * The frame-ancestors list, checked: 'self', 'none' (alone), or origins such as
 * https://intranet.example.org, http://localhost:8080, https://*.sharepoint.com or
 * http://localhost:* (any port). Anything else
 * stops the build with a message naming it, so a typing slip never opens the page to every site.
 */
function checkAncestors(text) {
  const sources = String(text).trim().split(/\s+/).filter(Boolean);
  const label = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
  const origin = new RegExp(`^https?://(\\*\\.)?(${label}\\.)*${label}(:[0-9]{1,5}|:\\*)?$`, 'i');
  const problems = [];
  if (!sources.length) problems.push("it is empty; use 'self' for the site that serves the page");
  for (const source of sources) {
    if (source === "'self'" || (source === "'none'" && sources.length === 1)) continue;
    if (source === '*' || /^https?:\/?\/?\*?$/i.test(source)) {
      problems.push(`${JSON.stringify(source)} would let every site frame it; name the sites`);
    } else if (/^(self|none)$/i.test(source)) {
      problems.push(`${JSON.stringify(source)} needs its quotes: '${source.toLowerCase()}'`);
    } else if (!origin.test(source.replace(/\/$/, ''))) {
      problems.push(`${JSON.stringify(source)} is not a site's origin like https://intranet.example.org (no path, no spaces inside)`);
    }
  }
  if (problems.length) {
    console.error(`FRAME_ANCESTORS, the sites allowed to frame frame.html, was not used: ${problems.join('; ')}.`);
    process.exit(1);
  }
  return sources.map((s) => s.replace(/\/$/, '')).join(' ');
}

const hash = (data, algorithm = 'sha256') => createHash(algorithm).update(data).digest();
const short = (data) => hash(data).toString('hex').slice(0, 12);
const sri = (data) => `sha384-${hash(data, 'sha384').toString('base64')}`;

// What visitors download is minified; the npm package keeps the readable glue for bundlers.
// Each build is the glue, the first .wasm, and the pieces of the parts a visitor may never open
// (split_NAME.wasm), with the splitter's loader for them (__wasm_split.js), which the glue
// imports and which imports the glue back. Every file gets a hashed name and the loader an
// integrity hash for each, so a piece that is not the one this build made is refused: the
// splitter's loader is named from its text before the glue's name is put in (the two name each
// other), and its integrity hash is of its text as shipped.
//
// The splitter's loader keeps a piece once it has arrived, so a piece fetched a second time
// failed the first time: that try goes past the browser's cache (WebKit hands a page the copy
// it already holds, even one its integrity check refused, until told to reload).
const RETRY_PAST_CACHE = `const tried = new Set();
const again = (part) => (tried.has(part) ? "reload" : (tried.add(part), "default"));
`;
async function pack(dir, label) {
  const readableGlue = readFileSync(join(dir, `${crate}.js`), 'utf8');
  const wasm = readFileSync(join(dir, `${crate}_bg.wasm`));
  const wasmName = `${crate}${label}_bg.${short(wasm)}.wasm`;
  const pieces = readdirSync(dir)
    .filter((f) => /^(split_[a-z0-9_]+|chunk_[0-9]+)\.wasm$/.test(f))
    .sort()
    .map((file) => {
      const data = readFileSync(join(dir, file));
      // A part's piece is named after it; code two pieces share, "shared" and a number.
      const part = file.startsWith('split_') ? file.slice('split_'.length, -'.wasm'.length) : `shared${file.slice('chunk_'.length, -'.wasm'.length)}`;
      return { file, part, data, name: `${crate}${label}_${part}.${short(data)}.wasm` };
    });
  let splitter = RETRY_PAST_CACHE + readFileSync(join(dir, '__wasm_split.js'), 'utf8');
  for (const piece of pieces) {
    splitter = replaceAll(splitter, [[
      `fetch(new URL("./${piece.file}", import.meta.url))`,
      `fetch(new URL(${JSON.stringify(`./${piece.name}`)}, import.meta.url), { integrity: ${JSON.stringify(sri(piece.data))}, credentials: "same-origin", cache: again(${JSON.stringify(piece.part)}) })`,
    ]], `${dir}/__wasm_split.js`);
  }
  const splitterName = `${crate}${label}_split.${short(splitter)}.js`;
  // The glue imports the splitter's loader once for each piece.
  const importSplitter = 'from "./__wasm_split.js"';
  if (!readableGlue.includes(importSplitter)) throw new Error(`${dir}/${crate}.js no longer contains: ${importSplitter}`);
  const glue = Buffer.from(await minifyScript(
    readableGlue.split(importSplitter).join(`from ${JSON.stringify(`./${splitterName}`)}`),
    { module: true },
  ));
  const glueName = `${crate}${label}.${short(glue)}.js`;
  const split = Buffer.from(await minifyScript(replaceAll(splitter, [
    [`from "./${crate}.js"`, `from ${JSON.stringify(`./${glueName}`)}`],
  ], `${dir}/__wasm_split.js`), { module: true }));
  return { readableGlue, glue, glueName, wasm, wasmName, split, splitterName, pieces, dir };
}

const main = await pack(bindgen, '');
const { readableGlue, glue, wasm } = main;
const types = readFileSync(join(bindgen, `${crate}.d.ts`));
// The build that also reads a host's own services; without one, the one build does both.
const localDir = option('--local');
const local = localDir ? await pack(localDir, '_local') : main;
const readableLocalGlue = local.readableGlue;
const localGlue = local.glue;
const localWasm = local.wasm;
const fallback = readFileSync(fallbackFile, 'utf8').trim();
const fallbackTree = htmlToTree(fallback);
// For pasting into the page, where it shows with JavaScript off: without the shortcut's hint and
// its status line (the shortcut needs JavaScript), and spaced so it reads without the widget's
// stylesheet. The loader draws the full static version in its place when it runs.
// Nor the sentence for a widget that failed: there is no widget there to fail.
const scriptOnly = ([, attrs]) => attrs.class === 'exit-hint' || attrs.class === 'fallback-failed' || 'data-quick-exit-status' in attrs;
const noScript = treeToHtml(prune(fallbackTree, scriptOnly), true);
const words = JSON.parse(readFileSync(wordsFile, 'utf8'));
const styles = readFileSync(stylesFile, 'utf8').trim();
const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];

const { glueName, wasmName } = main;
const localGlueName = localDir ? local.glueName : '';
const localWasmName = localDir ? local.wasmName : '';

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
// Its files: the rules (with the words), and at their @browser line the part that runs in a
// browser, in the one closure: the exit itself, where its bar sticks, and the static version.
const EXIT = 'src/exit/rules.js';
const rulesSource = readFileSync(EXIT, 'utf8');
const wordsLine = /^ {2}var WORDS = .*;$/m.exec(rulesSource);
if (!wordsLine) throw new Error(`${EXIT} no longer has its WORDS line`);
const browserLine = /^ {2}\/\/ @browser:.*$/m.exec(rulesSource);
if (!browserLine) throw new Error(`${EXIT} no longer has its @browser line`);
const browserPart = ['quick-exit.js', 'pinned.js', 'static.js'].map((f) => readFileSync(`src/exit/${f}`, 'utf8')).join('\n');
const quickExit = replaceAll(rulesSource, [
  [wordsLine[0], `  var WORDS = ${JSON.stringify(words)};`],
  [browserLine[0], browserPart],
], EXIT);

// The loader's languages, joined into the loader at its @languages line (www/languages.js).
const languagesSource = readFileSync('www/languages.js', 'utf8');

/** The one loader file: the quick exit, then the loader filled in for these glue and .wasm files. */
function fill(source, [glueFile, glueIntegrity, wasmFile, integrity, splitFile, splitIntegrity], [localGlueFile, localGlueIntegrity, localWasmFile, localIntegrity, localSplitFile, localSplitIntegrity]) {
  const loader = replaceAll(source, [
    ["var SPLIT = '';", `var SPLIT = ${JSON.stringify(splitFile)};`],
    ["var SPLIT_INTEGRITY = '';", `var SPLIT_INTEGRITY = ${JSON.stringify(splitIntegrity)};`],
    ["var LOCAL_SPLIT = '';", `var LOCAL_SPLIT = ${JSON.stringify(localSplitFile)};`],
    ["var LOCAL_SPLIT_INTEGRITY = '';", `var LOCAL_SPLIT_INTEGRITY = ${JSON.stringify(localSplitIntegrity)};`],
    [/^ {2}\/\/ @languages:.*$/m.exec(source)[0], languagesSource],
    [`var GLUE = '${crate}.js';`, `var GLUE = ${JSON.stringify(glueFile)};`],
    ["var GLUE_INTEGRITY = '';", `var GLUE_INTEGRITY = ${JSON.stringify(glueIntegrity)};`],
    ["var LOCAL_GLUE_INTEGRITY = '';", `var LOCAL_GLUE_INTEGRITY = ${JSON.stringify(localGlueIntegrity)};`],
    [`var WASM = '${crate}_bg.wasm';`, `var WASM = ${JSON.stringify(wasmFile)};`],
    ["var WASM_INTEGRITY = '';", `var WASM_INTEGRITY = ${JSON.stringify(integrity)};`],
    ["var LOCAL_GLUE = '';", `var LOCAL_GLUE = ${JSON.stringify(localGlueFile)};`],
    ["var LOCAL_WASM = '';", `var LOCAL_WASM = ${JSON.stringify(localWasmFile)};`],
    ["var LOCAL_WASM_INTEGRITY = '';", `var LOCAL_WASM_INTEGRITY = ${JSON.stringify(localIntegrity)};`],
    ['var FALLBACK_TREE = null;', `var FALLBACK_TREE = ${JSON.stringify(fallbackTree)};`],
    ["var STYLES = '';", `var STYLES = ${JSON.stringify(styles)};`],
    ['var LANGUAGES = {};', `var LANGUAGES = ${JSON.stringify(builtIn)};`],
    ["var TEMPLATE = ['', ''];", `var TEMPLATE = ${JSON.stringify(template)};`],
  ], 'the loader');
  return `${quickExit}\n${loader}`;
}

// The languages: the template, and each built-in one with its static version as a tree and the
// quick exit's words. Their names and integrity hashes go into the loader.
const languageDir = option('--languages');
const languageFiles = new Map(); // name in lang/ -> contents
const builtIn = {};
const staticVersions = new Map(); // tag -> the static version to paste, in that language
const languageTrees = new Map(); // tag -> { title, fallback tree }, for its framed page
let template = ['', ''];
if (languageDir) {
  const english = readFileSync(join(languageDir, 'en.json'));
  const englishName = `en.${short(english)}.json`;
  languageFiles.set('en.json', english).set(englishName, english);
  template = [`lang/${englishName}`, sri(english)];
  for (const file of readdirSync(languageDir).filter((f) => f !== 'en.json' && f.endsWith('.json')).sort()) {
    const language = JSON.parse(readFileSync(join(languageDir, file), 'utf8'));
    language.fallback = htmlToTree(language.fallback.trim());
    // The static version in this language, to paste into a page in it.
    staticVersions.set(language.lang, treeToHtml(prune(language.fallback, scriptOnly), true));
    // Its framed page's title: the widget's own heading in that language.
    const title = JSON.parse(readFileSync(`src/words/${language.lang}.json`, 'utf8'))['widget.title'];
    languageTrees.set(language.lang, { title, fallback: language.fallback });
    const data = Buffer.from(JSON.stringify(language));
    const name = `${language.lang}.${short(data)}.json`;
    languageFiles.set(name, data);
    builtIn[language.lang] = [`lang/${name}`, sri(data), language.name];
  }
}

const loaderSource = readFileSync('www/stalking-help.js', 'utf8');
const loader = Buffer.from(await minifyScript(fill(
  loaderSource,
  [glueName, sri(glue), wasmName, sri(wasm), main.splitterName, sri(main.split)],
  localDir ? [localGlueName, sri(localGlue), localWasmName, sri(localWasm), local.splitterName, sri(local.split)] : ['', '', '', '', '', ''],
)));
const loaderName = `stalking-help.${short(loader)}.js`;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'npm'), { recursive: true });
for (const build of localDir ? [main, local] : [main]) {
  writeFileSync(join(out, build.glueName), build.glue);
  writeFileSync(join(out, build.wasmName), build.wasm);
  writeFileSync(join(out, build.splitterName), build.split);
  for (const piece of build.pieces) writeFileSync(join(out, piece.name), piece.data);
}
writeFileSync(join(out, 'stalking-help.js'), loader);
writeFileSync(join(out, loaderName), loader);
writeFileSync(join(out, `${crate}.d.ts`), types);
writeFileSync(join(out, 'static.html'), `${noScript}\n`);
for (const [tag, html] of staticVersions) writeFileSync(join(out, `static.${tag}.html`), `${html}\n`);
mkdirSync(join(out, 'lang'), { recursive: true });
mkdirSync(join(out, 'npm', 'lang'), { recursive: true });
for (const [name, data] of languageFiles) {
  writeFileSync(join(out, 'lang', name), data);
  writeFileSync(join(out, 'npm', 'lang', name), data);
}

// The npm package: plain names, so bundlers can resolve them; the loader is included too. It
// carries one build, the one that also reads a host's own services, so mount() does everything.
const npm = join(out, 'npm');
writeFileSync(join(npm, `${crate}.js`), readableLocalGlue);
writeFileSync(join(npm, `${crate}_bg.wasm`), localWasm);
// Each piece by a plain relative address, as bundlers expect, marked so that Vite never inlines
// a small one as a data: address, which a Content Security Policy's connect-src would refuse
// (other bundlers and plain servers ignore the mark).
writeFileSync(join(npm, '__wasm_split.js'), local.pieces.reduce(
  (text, piece) => replaceAll(text, [[
    `fetch(new URL("./${piece.file}", import.meta.url))`,
    `fetch(new URL("./${piece.file}?no-inline", import.meta.url), { cache: again(${JSON.stringify(piece.part)}) })`,
  ]], `${local.dir}/__wasm_split.js`),
  RETRY_PAST_CACHE + readFileSync(join(local.dir, '__wasm_split.js'), 'utf8'),
));
for (const piece of local.pieces) writeFileSync(join(npm, piece.file), piece.data);
writeFileSync(join(npm, `${crate}.d.ts`), types);
writeFileSync(join(npm, 'stalking-help.js'), fill(loaderSource, [`${crate}.js`, sri(Buffer.from(readableLocalGlue)), `${crate}_bg.wasm`, sri(localWasm), '__wasm_split.js', ''], ['', '', '', '', '', '']));
writeFileSync(join(npm, 'quick-exit.js'), quickExit);
writeFileSync(join(npm, 'index.js'), replaceAll(readFileSync('pkg-config/npm/index.js', 'utf8'), [
  ["const STYLES = '';", `const STYLES = ${JSON.stringify(styles)};`],
  ['const FALLBACK_TREE = null;', `const FALLBACK_TREE = ${JSON.stringify(fallbackTree)};`],
], 'pkg-config/npm/index.js'));
copyFileSync('pkg-config/npm/index.d.ts', join(npm, 'index.d.ts'));
copyFileSync('README.md', join(npm, 'README.md'));
// The licence text travels with every copy: hosts and packagers look for it beside the files.
copyFileSync('LICENSE', join(npm, 'LICENSE'));
copyFileSync('LICENSE', join(out, 'LICENSE'));
const meta = JSON.parse(readFileSync('pkg-config/package.json', 'utf8'));
meta.version = version;
writeFileSync(join(npm, 'package.json'), `${JSON.stringify(meta, null, 2)}\n`);

// The framed version: a page of its own for an <iframe>. Its links open in the tab, not in the
// frame (most sites refuse to be framed), and its static version's exit link leaves the whole tab
// even with JavaScript off. Its policy is in the page (so it holds on any server) and, with
// frame-ancestors, which a page cannot set for itself, in frame-headers.txt for its server.
const frameScript = Buffer.from(await minifyScript(readFileSync('www/frame.js', 'utf8')));
const frameScriptName = `frame.${short(frameScript)}.js`;
writeFileSync(join(out, frameScriptName), frameScript);
const frameStyle = 'html,body{margin:0;padding:0;background:#fff}';
const framePolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  `style-src 'self' 'sha256-${hash(frameStyle).toString('base64')}'`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
const leaveTheTab = (node) => {
  if (typeof node === 'string') return node;
  const [tag, attrs, ...children] = node;
  const own = 'data-quick-exit' in attrs ? { ...attrs, target: '_top' } : attrs;
  return [tag, own, ...children.map(leaveTheTab)];
};
const escapeAttribute = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// One framed page for each language, in it from the first byte (its <html lang>, its title and
// its static version): frame.html in English, frame.TAG.html in each built-in language. The
// widget takes the page's language from <html lang>, so it needs no address setting.
const framePage = (lang, title, tree) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${framePolicy}">
<meta name="referrer" content="no-referrer">
<base target="_top">
<title>${escapeText(title)}</title>
<link rel="icon" href="data:,">
<style>${frameStyle}</style>
<script src="${frameScriptName}" integrity="${sri(frameScript)}" crossorigin="anonymous" defer></script>
<script src="${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous" defer></script>
</head>
<body>
<div data-stalking-help data-stalking-help-frame="${escapeAttribute(frameAncestors)}">
${treeToHtml(leaveTheTab(prune(tree, scriptOnly)), true)}
</div>
</body>
</html>
`;
writeFileSync(join(out, 'frame.html'), framePage('en-GB', 'Stalking and harassment help', fallbackTree));
for (const [tag, language] of languageTrees) {
  writeFileSync(join(out, `frame.${tag}.html`), framePage(tag, language.title, language.fallback));
}
writeFileSync(join(out, 'frame-headers.txt'), `# The headers to send with frame.html (the README's "Where a script tag is not allowed" shows
# how for common servers). frame-ancestors lists the sites allowed to frame it; a page cannot set
# that for itself. Do not also send X-Frame-Options with this page.
Content-Security-Policy: ${framePolicy}; frame-ancestors ${frameAncestors}
Referrer-Policy: no-referrer
X-Content-Type-Options: nosniff
`);

// Optional hints for the page's <head>: the browser starts fetching the glue and the .wasm while
// it is still reading the page, instead of after the loader has run. Same request mode as the
// loader's own requests, so each file is fetched once. The .wasm hint carries no integrity hash
// (browsers ignore one on a fetch preload); the loader's request still checks it. They name the
// build most pages use: a page with a data-local-services block loads the other one.
const preload = `<link rel="modulepreload" href="${base}${main.splitterName}" integrity="${sri(main.split)}" crossorigin="anonymous">
<link rel="modulepreload" href="${base}${glueName}" integrity="${sri(glue)}" crossorigin="anonymous">
<link rel="preload" href="${base}${wasmName}" as="fetch" type="application/wasm" crossorigin="anonymous">`;

const snippet = `<!-- Stalking help widget ${version}. Paste where the widget should appear.
     The static version inside shows the quick exit, 999, 101 and the main helplines even with
     JavaScript switched off (as in Tor Browser's safest setting); the widget replaces it when
     it starts. If you set data-exit-url, put the same address in the "Exit this page" link. -->
<div data-stalking-help>
${noScript}
</div>
<script src="${base}${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous" defer></script>

<!-- Optional, in the <head> of the page: the widget's files start downloading sooner.
     Leave them out on a page with a data-local-services block, which needs other files. -->
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
report(out, ['stalking-help.js', glueName, main.splitterName, wasmName]);
console.log('');
console.log('Fetched only when a part is first opened:');
report(out, main.pieces.map((p) => p.name));
if (localDir) {
  console.log('');
  console.log('Instead of the glue, splitter and .wasm, only on a page with a data-local-services block:');
  report(out, ['stalking-help.js', localGlueName, local.splitterName, localWasmName]);
}
