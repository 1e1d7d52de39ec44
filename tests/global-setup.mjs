// Before the browser tests: the framed version packaged for the tests' framing host (see
// framed-setup.mjs), and saved records made by the widget's own writer (prerender --record), so no
// test has to build anything within its own time limit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import framedSetup from './framed-setup.mjs';

const repo = new URL('..', import.meta.url).pathname;
export const RECORDS = join(repo, 'target', 'records');

/** The records the tests open: [file, entries, numbered from]. */
const MADE = [
  ['long.txt', 45, 0],
  ['full.txt', 1000, 0],
  ['nearly-full.txt', 990, 0],
  // 50 entries: 5 already in nearly-full.txt, 10 that fit after it, 35 that do not.
  ['more.txt', 50, 985],
];

export default function setup() {
  framedSetup();
  mkdirSync(RECORDS, { recursive: true });
  for (const [file, n, first] of MADE) {
    const text = execFileSync('cargo', ['run', '--locked', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', '--record', String(n), String(first)], {
      cwd: repo, maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(join(RECORDS, file), text);
  }
}
