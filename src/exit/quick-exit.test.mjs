// The quick exit's pure parts, from rules.js itself, under Node's test runner: the
// Shift shortcut's counting, the exit address rule and the re-wording rule (both against the
// cases the widget's own tests read), and what counts as typing. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { checkAddress, checkExitSetting, checkText, createShiftCounter, exitSettings, isNewTab, isTyping, trimHost, DEFAULT_EXIT_URL } = require('./rules.js');
const fixture = (name) => JSON.parse(readFileSync(new URL(`./cases/${name}`, import.meta.url), 'utf8')).cases;

function tracker() {
  const events = [];
  const counter = createShiftCounter({
    onProgress: (remaining) => events.push(`progress ${remaining}`),
    onReset: () => events.push('reset'),
    onExit: () => events.push('exit'),
  });
  const shift = (at, code = 'ShiftLeft') => {
    counter.keydown('Shift', false, code);
    counter.keyup('Shift', at, code);
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

test('left and right Shift both count, even pressed so that they overlap', () => {
  const { events, shift, counter } = tracker();
  shift(0, 'ShiftLeft');
  shift(100, 'ShiftRight');
  assert.deepEqual(events, ['progress 2', 'progress 1']);
  // Left down, right down, left up, right up: two presses, not one, and nothing "used as a modifier".
  const second = tracker();
  second.counter.keydown('Shift', false, 'ShiftLeft');
  second.counter.keydown('Shift', false, 'ShiftRight');
  second.counter.keyup('Shift', 0, 'ShiftLeft');
  second.counter.keyup('Shift', 10, 'ShiftRight');
  second.shift(20, 'ShiftLeft');
  assert.deepEqual(second.events, ['progress 2', 'progress 1', 'exit']);
});

test('a Shift released without being seen pressed does not count', () => {
  const { events, counter } = tracker();
  counter.keyup('Shift', 0, 'ShiftLeft');
  assert.deepEqual(events, []);
});

test('the exit address rule judges every shared case as the widget does', () => {
  const cases = fixture('exit-addresses.json');
  assert.ok(cases.length > 30);
  for (const c of cases) {
    const why = checkAddress(c.address.trim(), true);
    assert.equal(why === null, c.accepted, `${JSON.stringify(c.address)}: ${why}`);
    if (!c.accepted) assert.ok(why.includes(c.reason), `${JSON.stringify(c.address)}: ${why} does not say ${c.reason}`);
  }
  assert.match(checkAddress(`https://example.org/${'a'.repeat(2000)}`, true), /longer than 2000/);
});

test('a host may give several exit addresses; each bad one is named and the rest kept', () => {
  assert.deepEqual(checkExitSetting(null), { urls: [DEFAULT_EXIT_URL], errors: [] });
  assert.deepEqual(checkExitSetting(' https://www.google.co.uk/ ').urls, ['https://www.google.co.uk/']);
  const mixed = checkExitSetting('https://www.google.co.uk/  javascript:alert(1)\nhttps://www.gov.uk/');
  assert.deepEqual(mixed.urls, ['https://www.google.co.uk/', 'https://www.gov.uk/']);
  assert.equal(mixed.errors.length, 1);
  assert.match(mixed.errors[0], /data-exit-url="javascript:alert\(1\)" was not used: .*the others are used/);
  const none = checkExitSetting('javascript:alert(1)');
  assert.deepEqual(none.urls, [DEFAULT_EXIT_URL]);
  assert.match(none.errors[0], new RegExp(`using ${DEFAULT_EXIT_URL}`));
  assert.equal(checkExitSetting('').errors.length, 1, 'an empty setting is named too');
});

test('re-worded texts, and the exit\'s texts in a catalogue, are judged by the shared cases as the widget does', () => {
  const cases = fixture('host-texts.json');
  assert.ok(cases.length > 20);
  for (const c of cases) {
    const value = c.value.replace('@@@LONG@@@', 'x'.repeat(301));
    const why = checkText(c.key, value, !!c.catalogue);
    assert.equal(why === null, c.accepted, `${c.key}=${JSON.stringify(value)}: ${why}`);
    if (!c.accepted) assert.ok(why.includes(c.reason), `${c.key}: ${why} does not say ${c.reason}`);
  }
});

test('a host\'s exit setting, attribute and JSON block together, gives the addresses the widget reads from it', () => {
  const cases = fixture('exit-settings.json');
  assert.ok(cases.length > 15);
  for (const c of cases) {
    const attribute = (name) => (name === 'data-exit-url' && 'attribute' in c ? c.attribute : null);
    const settings = exitSettings(attribute, c.json || {});
    const checked = checkExitSetting(settings.url);
    const about = `${JSON.stringify(c.attribute)} ${JSON.stringify(c.json)}`;
    assert.deepEqual(checked.urls, c.urls, about);
    assert.equal(checked.errors.length, c.refused, `${about}: ${checked.errors}`);
  }
  assert.equal(trimHost('\u00a0\ufeff\u0085 x \u3000'), 'x');
});

test('a host\'s settings given twice: the attributes, then the block, the last one winning, as the widget reads them', () => {
  const cases = fixture('settings-precedence.json');
  assert.ok(cases.length >= 10);
  for (const c of cases) {
    const attribute = (name) => (Object.prototype.hasOwnProperty.call(c.attributes, name) ? c.attributes[name] : null);
    const settings = exitSettings(attribute, c.json || {});
    const about = `${JSON.stringify(c.attributes)} ${JSON.stringify(c.json)}`;
    assert.deepEqual(checkExitSetting(settings.url).urls, c.urls, about);
    assert.deepEqual(settings.words, c.words, about);
    assert.equal(isNewTab(settings.newTab), c.newTab, about);
  }
});

test('typing into text fields, selects and editable elements is recognised, by the input\'s real type', () => {
  // `type` as the browser reports it: it makes an unknown or obsolete type attribute "text".
  const el = (tagName, type, extra = {}) => ({ nodeType: 1, tagName, type, ...extra });
  assert.ok(isTyping(el('INPUT', 'text')), 'an input with no type is text');
  assert.ok(isTyping(el('INPUT', 'search')));
  assert.ok(isTyping(el('INPUT', 'email')));
  assert.ok(isTyping(el('INPUT', 'datetime-local')));
  assert.ok(isTyping(el('INPUT', 'password')));
  assert.ok(isTyping(el('TEXTAREA')));
  assert.ok(isTyping(el('SELECT')));
  assert.ok(isTyping(el('DIV', undefined, { isContentEditable: true })));
  for (const type of ['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color', 'hidden']) {
    assert.ok(!isTyping(el('INPUT', type)), type);
  }
  assert.ok(!isTyping(el('BUTTON')));
  assert.ok(!isTyping(el('A')));
  assert.ok(!isTyping(null));
});

test('a Shift held for a click (extending a selection) is a modifier, not a press', () => {
  const { events, counter, shift } = tracker();
  shift(0);
  // Shift down, a pointer press while it is held (the listener passes it on as 'Pointer'), Shift up.
  counter.keydown('Shift', false, 'ShiftLeft');
  counter.keydown('Pointer', false, '');
  counter.keyup('Shift', 100, 'ShiftLeft');
  shift(200);
  shift(300);
  assert.deepEqual(events, ['progress 2', 'reset', 'progress 2', 'progress 1']);
});

test('the readable rule refuses exactly the shared list of characters, as the widget does', () => {
  const { notReadable } = JSON.parse(readFileSync(new URL('./cases/host-texts.json', import.meta.url), 'utf8'));
  const ranges = [];
  let start = null;
  for (let c = 0; c <= 0x10000; c += 1) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    const unreadable = c < 0x10000 && !surrogate && checkText('exit-cover', String.fromCharCode(c), true) !== null;
    if (unreadable && start === null) start = c;
    if (!unreadable && !surrogate && start !== null) {
      ranges.push(start === c - 1 ? start.toString(16) : `${start.toString(16)}-${(c - 1).toString(16)}`);
      start = null;
    }
  }
  assert.deepEqual(ranges, notReadable);
});
