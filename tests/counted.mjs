// Says whether a suite really ran: at least one test passed, and none was skipped, left to do, or
// run alone with .only. A runner can exit 0 with nothing run (an empty or renamed folder, every
// test skipped), and then a green summary would mean nothing.
//
//   node tests/counted.mjs tap FILE          the TAP report of `node --test`
//   node tests/counted.mjs playwright FILE   Playwright's JSON report
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);
let text;
try {
  text = readFileSync(file, 'utf8');
} catch {
  console.error(`no report at ${file}: the suite did not run`);
  process.exit(1);
}
let ran;
let skipped;
if (kind === 'tap') {
  const count = (name) => Number((new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text) || [])[1] ?? NaN);
  ran = count('pass');
  skipped = count('skipped') + count('todo');
} else if (kind === 'playwright') {
  const { stats } = JSON.parse(text);
  ran = stats.expected;
  skipped = stats.skipped;
} else {
  console.error('usage: node tests/counted.mjs tap|playwright FILE');
  process.exit(2);
}
if (!(ran > 0)) {
  console.error(`${file}: no test passed (${ran}); a suite that runs nothing is not a pass`);
  process.exit(1);
}
if (skipped !== 0) {
  console.error(`${file}: ${skipped} test(s) skipped or left to do; every test must run`);
  process.exit(1);
}
console.log(`${ran} tests ran, none skipped`);
