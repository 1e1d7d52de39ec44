// Builds the small host app in this folder with Vite, against the npm package in dist/npm as a
// host would install it (node_modules/stalking-help-widget, a link to the package folder), into
// target/npm-app/dist, which the test server serves at /npm-app/. Run after pkg-config/build.
//
//   node tests/npm-app/build.mjs
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const app = join(repo, 'target', 'npm-app');
const npmPackage = join(repo, 'dist', 'npm');
if (!existsSync(join(npmPackage, 'package.json'))) throw new Error('run pkg-config/build first: dist/npm is missing');

rmSync(app, { recursive: true, force: true });
mkdirSync(join(app, 'node_modules'), { recursive: true });
for (const file of ['index.html', 'main.js']) cpSync(join(here, file), join(app, file));
symlinkSync(npmPackage, join(app, 'node_modules', 'stalking-help-widget'), 'dir');

await build({
  root: app,
  base: '/npm-app/',
  logLevel: 'warn',
  build: { outDir: join(app, 'dist'), emptyOutDir: true, target: 'es2022' },
});
console.log(`Built the npm host app into ${join(app, 'dist')}`);
