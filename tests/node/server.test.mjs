// The demo server (www/server.mjs): it answers only GET and HEAD, never follows a symbolic link
// out of a served folder, marks every answer nosniff, and sends the strict policy the README
// says the browser tests run under.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pages = join(root, 'tests', 'fixtures', 'pages');
const link = join(pages, 'link-to-outside.txt');
let server;
let origin;

before(async () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  server = spawn(process.execPath, [join(root, 'www', 'server.mjs'), '--port', String(port), '--fixtures'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready once it says where it listens.
  let said = '';
  while (!said.includes('http://')) said += (await once(server.stdout, 'data'))[0];
  origin = `http://127.0.0.1:${port}`;
  rmSync(link, { force: true });
  symlinkSync('/etc/hostname', link);
});

after(() => {
  rmSync(link, { force: true });
  server.kill();
});

test('a page comes with the strict policy, nosniff and no referrer', async () => {
  const response = await fetch(`${origin}/fixtures/bare.html`);
  assert.equal(response.status, 200);
  const policy = response.headers.get('content-security-policy');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /default-src 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
});

test('only GET and HEAD are answered', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
    const response = await fetch(`${origin}/fixtures/bare.html`, { method });
    assert.equal(response.status, 405, method);
    assert.equal(response.headers.get('allow'), 'GET, HEAD');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  }
  const head = await fetch(`${origin}/fixtures/bare.html`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal((await head.text()).length, 0);
});

test('a symbolic link inside a served folder is refused, not followed', async () => {
  const response = await fetch(`${origin}/fixtures/link-to-outside.txt`);
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
});

test('errors say nosniff too, and nothing outside the served folders is reachable', async () => {
  for (const path of ['/fixtures/no-such-page.html', '/server.mjs', '/%2e%2e/Cargo.toml', '/fixtures/..%2f..%2fCargo.toml']) {
    const response = await fetch(`${origin}${path}`);
    assert.ok([403, 404].includes(response.status), `${path}: ${response.status}`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
  }
});
