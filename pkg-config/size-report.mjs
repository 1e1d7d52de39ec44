// Prints the raw, gzip and brotli size of every file a visitor downloads, and the total.
//   node pkg-config/size-report.mjs [dir] [file …]
// With no files named, every .js and .wasm file in the folder except the npm package.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export function report(dir, names) {
  const files = names && names.length ? names : readdirSync(dir).filter((f) => /\.(js|wasm)$/.test(f)).sort();
  const rows = files.map((name) => {
    const data = readFileSync(join(dir, name));
    return {
      name,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ name: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    name: 'total', raw: 0, gzip: 0, brotli: 0,
  });
  const width = Math.max(...rows.map((r) => r.name.length), 5);
  const line = (r) => `${r.name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
  console.log(`What a visitor downloads from ${dir}/ (bytes)`);
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  rows.forEach((r) => console.log(line(r)));
  console.log(line(total));
  return { rows, total };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  report(process.argv[2] || 'dist', process.argv.slice(3));
}
