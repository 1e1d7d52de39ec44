// The loader's rules that the widget applies too, from www/stalking-help.js itself, under Node's
// test runner: what counts as a language tag, and how a host's own catalogue is checked against
// English. Each against the cases the widget's own tests read (src/shell/cases/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { TAG, checkTexts } = require('../../www/stalking-help.js');
const cases = (name) => JSON.parse(readFileSync(new URL(`../../src/shell/cases/${name}`, import.meta.url), 'utf8'));

test('a language tag is judged as the widget judges it', () => {
  const list = cases('language-tags.json').cases;
  assert.ok(list.length >= 15);
  for (const c of list) {
    assert.equal(TAG.test(c.tag.trim()), c.valid, JSON.stringify(c.tag));
  }
});

test('a host\'s catalogue is checked key by key as the widget checks a language', () => {
  const { english, cases: list } = cases('catalogue-check.json');
  assert.ok(list.length >= 6);
  for (const c of list) {
    const checked = checkTexts(english, c.given);
    const about = JSON.stringify(c.given);
    assert.deepEqual(checked.texts, c.texts, about);
    assert.deepEqual(checked.missing, c.missing, about);
    assert.deepEqual(checked.unknown, c.unknown, about);
    // The loader says why beside each key: "find.count_other (must be text holding {n})".
    assert.deepEqual(checked.wrong.map((w) => w.split(' ')[0]), c.wrong, about);
  }
});
