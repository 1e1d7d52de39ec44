// Shrinks the JavaScript a visitor downloads (the loader and the glue) with terser: comments and
// spaces go, local names get shorter. Used by package.mjs and, for a fair comparison, on the Yew
// hello world's glue in the benchmark.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { minify } = require('./tools/node_modules/terser');

/** `code` minified; `module` for an ES module (the glue), otherwise a classic script (the loader). */
export async function minifyScript(code, { module = false } = {}) {
  const result = await minify(code, {
    module,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  return result.code;
}
