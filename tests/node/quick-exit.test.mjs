// The quick exit's pure parts, from the loader itself, under Node's test runner: the Shift
// shortcut's counting and the exit address check. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { checkExitUrl, createShiftCounter, DEFAULT_EXIT_URL } = require('../../www/stalking-help.js');

function tracker() {
  const events = [];
  const counter = createShiftCounter({
    onProgress: (remaining) => events.push(`progress ${remaining}`),
    onReset: () => events.push('reset'),
    onExit: () => events.push('exit'),
  });
  const shift = (at) => {
    counter.keydown('Shift', false);
    counter.keyup('Shift', at);
  };
  return { counter, events, shift };
}

test('three Shift presses within five seconds exit, announcing progress', () => {
  const { events, shift } = tracker();
  shift(0);
  shift(1000);
  shift(2000);
  assert.deepEqual(events, ['progress 2', 'progress 1', 'exit']);
});

test('presses spread over more than five seconds do not exit', () => {
  const { events, shift, counter } = tracker();
  shift(0);
  shift(3000);
  counter.tick(5001);
  shift(6000);
  assert.ok(!events.includes('exit'), events.join());
  assert.deepEqual(events, ['progress 2', 'progress 1', 'reset', 'progress 2']);
});

test('a late third press starts a new count instead of exiting', () => {
  const { events, shift } = tracker();
  shift(0);
  shift(1000);
  shift(5500);
  assert.deepEqual(events, ['progress 2', 'progress 1', 'reset', 'progress 2']);
});

test('Shift used as a modifier (Shift+A) never counts', () => {
  const { events, counter } = tracker();
  for (let i = 0; i < 3; i += 1) {
    counter.keydown('Shift', false);
    counter.keydown('A', false);
    counter.keyup('Shift', i * 100);
  }
  assert.ok(!events.includes('exit'));
  assert.ok(!events.some((e) => e.startsWith('progress')));
});

test('another key between presses starts the count again', () => {
  const { events, shift, counter } = tracker();
  shift(0);
  shift(100);
  counter.keydown('a', false);
  shift(200);
  assert.deepEqual(events, ['progress 2', 'progress 1', 'reset', 'progress 2']);
});

test('a held Shift repeating does not add presses', () => {
  const { events, counter } = tracker();
  counter.keydown('Shift', false);
  counter.keydown('Shift', true);
  counter.keydown('Shift', true);
  counter.keyup('Shift', 0);
  assert.deepEqual(events, ['progress 2']);
});

test('clearing forgets a count in progress', () => {
  const { events, shift, counter } = tracker();
  shift(0);
  counter.clear();
  shift(100);
  shift(200);
  assert.ok(!events.includes('exit'));
});

test('the exit address must be an absolute http(s) address', () => {
  assert.equal(checkExitUrl(null).url, DEFAULT_EXIT_URL);
  assert.equal(checkExitUrl(null).error, undefined);
  assert.equal(checkExitUrl(' https://www.google.co.uk/ ').url, 'https://www.google.co.uk/');
  assert.equal(checkExitUrl('http://example.org/x').url, 'http://example.org/x');
  for (const bad of [
    'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,hi', 'vbscript:x', '/relative', '//example.org',
    'https://', 'https://user:pw@evil.example/', 'https://nodot/', 'https://exa mple.org', 'https://a.org/"onmouseover=x',
    '', 'ftp://example.org/',
  ]) {
    const checked = checkExitUrl(bad);
    assert.equal(checked.url, DEFAULT_EXIT_URL, bad);
    assert.match(checked.error, /data-exit-url=.* was not used/, bad);
  }
});
