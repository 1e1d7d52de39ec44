// Before the browser tests: the distributable packaged again into target/framed-dist/ (served at
// /framed/), built as a host would build it for an intranet on another origin, with
// FRAME_ANCESTORS naming the tests' framing host (this server under the name localhost), and with
// settings files beside it (the exit address among them: a frame's address may not carry one),
// and a broken one. dist/ itself keeps the default ('self' only).
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FRAMED_DIST = join(repo, 'target', 'framed-dist');

export default function setup() {
  execFileSync(process.execPath, [
    'pkg-config/package.mjs', 'target/bindgen', 'target/fallback.html', 'target/widget.css', 'target/words.json', '--local', 'target/bindgen-local', '--languages', 'target/lang',
    '--out', FRAMED_DIST, '--frame-ancestors', "'self' http://localhost:*",
  ], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  // The server puts its own origin in place of {{origin}} in these when it sends them.
  for (const name of ['frame-settings.json', 'frame-settings-broken.json']) {
    copyFileSync(join(repo, 'tests', 'fixtures', name), join(FRAMED_DIST, name));
  }
  // The neutral site the framed tests leave for, and a slow one.
  writeFileSync(join(FRAMED_DIST, 'neutral.json'), JSON.stringify({ exitUrl: '{{origin}}/fixtures/neutral.html' }));
  writeFileSync(join(FRAMED_DIST, 'neutral-slow.json'), JSON.stringify({ exitUrl: '{{origin}}/fixtures/neutral.html?delay=1500' }));
}
