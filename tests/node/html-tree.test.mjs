// The static version is shipped as a tree of nodes, not HTML (pkg-config/html-tree.mjs), so the
// loader never parses HTML in the browser. Here: the tree says exactly what the HTML said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { htmlToTree, treeToHtml } from '../../pkg-config/html-tree.mjs';

test('elements, attributes, text and character references become nodes', () => {
  assert.deepEqual(htmlToTree('<p class="x" data-a="">Hi &amp; &lt;bye&gt; &#x27;you&#39;</p>'), ['p', { class: 'x', 'data-a': '' }, "Hi & <bye> 'you'"]);
  assert.deepEqual(htmlToTree('<ul><li>a</li><li><a href="tel:999">b</a></li></ul>'), ['ul', {}, ['li', {}, 'a'], ['li', {}, ['a', { href: 'tel:999' }, 'b']]]);
  assert.deepEqual(htmlToTree('<p>line<br>next</p>'), ['p', {}, 'line', ['br', {}], 'next']);
  assert.deepEqual(htmlToTree('<a href="?a=1&amp;b=&quot;2&quot;">x</a>')[1].href, '?a=1&b="2"');
});

test('anything the renderer would not write stops the build', () => {
  assert.throws(() => htmlToTree('<p>open'), /never closed/);
  assert.throws(() => htmlToTree('<p></div>'), /closes <p>/);
  assert.throws(() => htmlToTree('<!-- c --><p></p>'), /cannot read/);
  assert.throws(() => htmlToTree('<p onclick=\'x\'></p>'), /cannot read/);
  assert.throws(() => htmlToTree('<p>&bogus;</p>'), /character reference/);
  assert.throws(() => htmlToTree('<p></p><p></p>'), /one element/);
});

test('the real static version round-trips', () => {
  assert.ok(existsSync('target/fallback.html'), 'target/fallback.html is missing: run pkg-config/build first');
  const html = readFileSync('target/fallback.html', 'utf8').trim();
  const tree = htmlToTree(html);
  assert.equal(tree[0], 'div');
  assert.equal(tree[1].class, 'widget');
  const again = treeToHtml(tree);
  assert.deepEqual(htmlToTree(again), tree);
  const text = (n) => (typeof n === 'string' ? n : n.slice(2).map(text).join(''));
  assert.ok(text(tree).includes('Exit this page') && text(tree).includes('Call 999'));
});

test('a pruned, spaced copy drops what needs JavaScript and keeps links apart', async () => {
  const { prune } = await import('../../pkg-config/html-tree.mjs');
  const tree = htmlToTree('<div><p class="exit-hint">Shift</p><a href="tel:999">999</a><a href="tel:101">101</a>text</div>');
  const pruned = prune(tree, ([, a]) => a.class === 'exit-hint');
  assert.equal(treeToHtml(pruned, true), '<div><a href="tel:999">999</a>\n<a href="tel:101">101</a>text</div>');
});
