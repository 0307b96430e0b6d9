// Builds the tab into dist/: two bundles (map page, configuration page), the HTML pages and the
// stylesheet. `--report-size` prints the gzip size of what a browser downloads for the map page.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const reportSize = process.argv.includes('--report-size');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await build({
  entryPoints: {
    map: path.join(root, 'src/pages/map-page.ts'),
    config: path.join(root, 'src/pages/config-page.ts'),
  },
  outdir: dist,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: ['es2022'],
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});

for (const file of ['index.html', 'config.html', 'styles.css']) {
  await copyFile(path.join(root, 'src', file), path.join(dist, file));
}

if (reportSize) {
  // What the map page loads: its entry, the chunks it imports and the stylesheet.
  const files = ['map.js', 'styles.css', 'index.html'];
  const entry = await readFile(path.join(dist, 'map.js'), 'utf8');
  for (const match of entry.matchAll(/["'](\.\/chunks\/[^"']+\.js)["']/g)) {
    files.push(match[1].slice(2));
  }

  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = await readFile(path.join(dist, file));
    raw += (await stat(path.join(dist, file))).size;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }

  console.log(`map page: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
