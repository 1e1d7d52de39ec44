// Turns the static version's HTML (rendered at build time by the widget's own components) into a
// tree of nodes the loader builds with createElement and setAttribute, so it never parses HTML
// in the visitor's browser: a page that enforces Trusted Types blocks innerHTML, and the static
// version must show there too.
//
//   htmlToTree('<p class="x">Hi &amp; bye</p>')  →  ['p', { class: 'x' }, 'Hi & bye']
//
// It reads only what the server-side renderer writes (elements, double-quoted attributes, text,
// character references) and throws on anything else, so a change there fails the build instead
// of shipping a broken static version.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(ref in NAMED)) throw new Error(`html-tree: unknown character reference ${whole}`);
    return NAMED[ref];
  });
}

export function htmlToTree(html) {
  const top = ['#top', {}];
  const stack = [top];
  const token = /<\/([a-z][a-z0-9-]*)>|<([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9_.:-]*(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gy;
  let at = 0;
  while (at < html.length) {
    token.lastIndex = at;
    const m = token.exec(html);
    if (!m) throw new Error(`html-tree: cannot read the HTML at ${JSON.stringify(html.slice(at, at + 40))}`);
    at = token.lastIndex;
    const [, close, open, attributes, selfClosing, text] = m;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      parent.push(decode(text));
    } else if (close) {
      if (parent[0] !== close) throw new Error(`html-tree: </${close}> closes <${parent[0]}>`);
      stack.pop();
    } else {
      const attrs = {};
      for (const a of attributes.matchAll(/([a-z][a-z0-9_.:-]*)(?:="([^"]*)")?/g)) {
        attrs[a[1]] = a[2] === undefined ? '' : decode(a[2]);
      }
      const node = [open, attrs];
      parent.push(node);
      if (!selfClosing && !VOID.has(open)) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`html-tree: <${stack[stack.length - 1][0]}> is never closed`);
  const nodes = top.slice(2).filter((n) => typeof n !== 'string' || n.trim());
  if (nodes.length !== 1 || typeof nodes[0] === 'string') throw new Error('html-tree: expected one element at the top');
  return nodes[0];
}

/**
 * The tree written back as HTML: text and attribute values escaped. With `spaced`, a line break
 * goes between two elements side by side, so that without the widget's stylesheet (JavaScript
 * off, the host's styles only) links and details do not run into each other.
 */
export function treeToHtml(node, spaced = false) {
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (typeof node === 'string') return esc(node);
  const [tag, attrs, ...children] = node;
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  if (VOID.has(tag)) return `<${tag}${a}>`;
  const inner = children.map((child, i) => {
    const gap = spaced && i > 0 && typeof child !== 'string' && typeof children[i - 1] !== 'string' ? '\n' : '';
    return gap + treeToHtml(child, spaced);
  });
  return `<${tag}${a}>${inner.join('')}</${tag}>`;
}

/** The tree without the nodes `drop` picks (and everything inside them). */
export function prune(node, drop) {
  if (typeof node === 'string') return node;
  const [tag, attrs, ...children] = node;
  return [tag, attrs, ...children.filter((c) => typeof c === 'string' || !drop(c)).map((c) => prune(c, drop))];
}
