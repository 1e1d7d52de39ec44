// A small static server for the demo host page and the built widget, on 127.0.0.1 only.
//
//   node www/server.mjs [--port 8080] [--fixtures] [--log-requests] [--break-exit] [--gzip]
//                       [--break-pieces=missing|changed[:N]]
//
//   /            the demo host page (www/)
//   /widget/     the distributable (dist/), as a host would self-host it
//   /fixtures/   with --fixtures: the test host pages (tests/fixtures/pages/)
//   /npm-app/    with --fixtures: the host app built from the npm package (tests/npm-app/)
//   /framed/     with --fixtures: the distributable packaged for the tests' framing host
//                (target/framed-dist/, which tests/framed-setup.mjs makes)
//   /bare/       with --fixtures: dist/ again, sent without security headers, as a plain static
//                host would: no policy and no frame-ancestors (the framed version then guards itself)
//   /vendor/     with --fixtures: the tests' npm packages (GOV.UK Frontend, Bootstrap, Tailwind),
//                and /assets/ GOV.UK Frontend's fonts and images, for the framework host pages
//   /bench/      with --bench: pages the benchmark writes (target/bench/)
//
// With --gzip, text and .wasm are sent gzipped to a browser that accepts it, as most hosts'
// servers do (the benchmark's phone profile measures what such a visitor waits for).
// With --break-pieces, the widget's pieces (the parts fetched when opened) are missing (404) or
// changed by one byte, for the tests that show a part saying so while everything else works;
// with --break-pieces=missing:N or changed:N only each piece's first N requests are, and later
// ones are served whole (a fault that passes, so trying again must work).
//
// It sends .wasm as application/wasm, as every host must, and gives HTML pages a strict
// Content Security Policy, the kind the widget promises to work under. In an HTML page, the
// comment <!-- stalking-help: static version --> is replaced by dist/static.html, the static
// version the first snippet carries, so the demo page is that snippet as a host pastes it and
// shows the quick exit, 999, 101 and the main helplines with JavaScript switched off. The framed
// version (frame.html, and frame.TAG.html in each built-in language) is sent with the headers the
// build wrote beside it (frame-headers.txt), as its host's server is asked to.
//
// For the tests: `{{origin}}` in an HTML page (or a settings file of the tests' framed version)
// becomes this server's origin (so a fixture can name a neutral page here as its exit address); `?delay=MS` holds any response back that long (at most
// 5 s); --log-requests prints "request <path>" for every request, so a test can prove the page
// asked for nothing else, and "referer <path> <address>" for each that came with a Referer; --break-exit serves a loader whose quick exit no longer replaces the page
// in history, so a test can prove it notices.

import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT || 8080));

const roots = [
  ['/widget/', join(repo, 'dist')],
  ...(args.includes('--fixtures') ? [['/fixtures/', join(repo, 'tests', 'fixtures', 'pages')]] : []),
  ...(args.includes('--fixtures') ? [['/npm-app/', join(repo, 'target', 'npm-app', 'dist')]] : []),
  ...(args.includes('--fixtures') ? [['/framed/', join(repo, 'target', 'framed-dist')]] : []),
  ...(args.includes('--fixtures') ? [['/bare/', join(repo, 'dist')]] : []),
  // Real frameworks' own files, from the tests' npm packages (pinned in tests/package-lock.json),
  // for the framework host pages; GOV.UK Frontend's stylesheet asks for its fonts at /assets/.
  ...(args.includes('--fixtures') ? [['/vendor/', join(repo, 'tests', 'node_modules')]] : []),
  ...(args.includes('--fixtures') ? [['/assets/', join(repo, 'tests', 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets')]] : []),
  ...(args.includes('--bench') ? [['/bench/', join(repo, 'target', 'bench')]] : []),
  ['/', join(repo, 'www')],
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// The policy the demo page runs under: no inline script or style, no eval; WebAssembly
// compilation allowed; nothing loaded from anywhere but this origin.
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The widget needs no fonts; the framework test pages load their own (GOV.UK's) from here.
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Files the server never sends even though they sit in a served folder.
const hidden = new Set(['server.mjs', 'serve']);
const STATIC_MARK = '<!-- stalking-help: static version -->';
const logRequests = args.includes('--log-requests');
const breakExit = args.includes('--break-exit');
const gzipped = args.includes('--gzip');
const [breakPieces, breakTimes] = (args.find((a) => a.startsWith('--break-pieces=')) || '').slice('--break-pieces='.length).split(':');
const pieceRequests = new Map();
const PIECE = /[\\/]stalking_help_widget(_local)?_(?!bg\.|split\.)[a-z0-9]+\.[0-9a-f]{12}\.wasm$/;
const COMPRESSIBLE = /^(text\/|application\/(wasm|json)|image\/svg)/;

async function handle(request, response) {
  // A static server: reading only. Anything else is refused before the file system is touched.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const url = new URL(request.url, 'http://localhost');
  if (logRequests) {
    console.log(`request ${url.pathname}${url.search}`);
    // What the page that asked told this server about itself: a test proves the exit tells nothing.
    if (request.headers.referer) console.log(`referer ${url.pathname} ${request.headers.referer}`);
  }
  const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 5000);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return send(response, 400, 'Bad request');
  }
  const [prefix, dir] = roots.find(([p]) => path.startsWith(p));
  let file = normalize(join(dir, path.slice(prefix.length)));
  if (file !== dir && !file.startsWith(dir + sep)) {
    return send(response, 403, 'Forbidden');
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    // No symbolic links: the file must be exactly where its address says, inside its folder, so
    // a link placed in a served folder cannot hand out a file from elsewhere.
    if ((await realpath(file)) !== join(await realpath(dir), relative(dir, file))) {
      return send(response, 403, 'Forbidden');
    }
    if (hidden.has(file.slice(file.lastIndexOf(sep) + 1))) return send(response, 404, 'Not found');
    let body = await readFile(file);
    const type = types[extname(file)] || 'application/octet-stream';
    if (type.startsWith('text/html') && body.includes(STATIC_MARK)) {
      const staticVersion = await readFile(join(repo, 'dist', 'static.html'), 'utf8').catch(() => '');
      body = Buffer.from(body.toString('utf8').replace(STATIC_MARK, () => staticVersion.trim()));
    }
    // Also in the tests' framed version's settings files, which name a neutral page here.
    const templated = type.startsWith('text/html') || (prefix === '/framed/' && type === 'application/json');
    if (templated && body.includes('{{origin}}')) {
      body = Buffer.from(body.toString('utf8').replaceAll('{{origin}}', `http://127.0.0.1:${port}`));
    }
    if (breakPieces && PIECE.test(file)) pieceRequests.set(file, (pieceRequests.get(file) || 0) + 1);
    if (breakPieces && PIECE.test(file) && !(breakTimes && pieceRequests.get(file) > Number(breakTimes))) {
      if (breakPieces === 'missing') return send(response, 404, 'Not found');
      body = Buffer.from(body);
      body[body.length - 1] ^= 0xff;
    }
    if (breakExit && file.endsWith(`${sep}stalking-help.js`)) {
      // The broken loader the tests must catch: leaving adds to history instead of replacing.
      body = Buffer.from(body.toString('utf8').replace(/location\.replace\(/g, 'location.assign('));
    }
    const headers = {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (prefix === '/bare/') {
      // A static host that sends no headers of its own.
      delete headers['Referrer-Policy'];
    } else if (/[\\/]frame(\.[a-z-]+)?\.html$/.test(file)) {
      Object.assign(headers, await frameHeaders(file));
    } else if (type.startsWith('text/html') && !file.includes(`${sep}no-csp`)) {
      // A test host page that frames the framed version may frame this server's pages.
      const frames = prefix === '/fixtures/' && body.includes('<iframe');
      headers['Content-Security-Policy'] = frames ? STRICT_CSP.replace("frame-ancestors 'none'", `frame-src http://127.0.0.1:${port}; frame-ancestors 'none'`) : STRICT_CSP;
    }
    if (gzipped && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    send(response, 404, 'Not found');
  }
}

/** The headers the build wrote for a framed version, from frame-headers.txt beside it. */
async function frameHeaders(file) {
  const text = await readFile(join(file, '..', 'frame-headers.txt'), 'utf8');
  return Object.fromEntries(
    text.split('\n').filter((line) => line.trim() && !line.startsWith('#')).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    }),
  );
}

function send(response, status, text, extra = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra });
  response.end(text);
}

createServer((req, res) => {
  handle(req, res).catch(() => send(res, 500, 'Server error'));
}).listen(port, '127.0.0.1', () => {
  console.log(`Demo host page: http://127.0.0.1:${port}/`);
});
