// Builds the tab into dist/: two bundles (map page, configuration page), the HTML pages and the
// stylesheet; and the Office add-in's task pane into dist/addin/ (its bundle, its page, and Office.js from
// @microsoft/office-js under dist/addin/office-js/). `--report-size` prints the gzip size of what a browser downloads for the map page.
import { build } from 'esbuild';
import { copyFile, cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const reportSize = process.argv.includes('--report-size');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// Each page is built on its own so they share no chunk (no request waterfall before the first
// render); the only split is teams-js, imported dynamically and loaded only inside Teams.
const bundlePage = (name, entry, outdir) => build({
  entryPoints: { [name]: path.join(root, entry) },
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: ['es2022'],
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
await bundlePage('map', 'src/pages/map-page.ts', dist);
await bundlePage('config', 'src/pages/config-page.ts', dist);
await bundlePage('console', 'src/pages/console-page.ts', dist);
await bundlePage('plenary', 'src/pages/plenary-page.ts', dist);

// The task pane is a page of its own, one folder down so its URL is /tab/addin/taskpane.html.
await bundlePage('taskpane', 'src/addin/taskpane-page.ts', path.join(dist, 'addin'));
await copyFile(path.join(root, 'src/addin/taskpane.html'), path.join(dist, 'addin', 'taskpane.html'));

// The ribbon button icons the unified manifest names (https://<host>/tab/addin/icon-{16,32,80}.png) are drawn
// once, with the app package's icons (addin-manifest/scripts/icons.mjs); the host serves them beside the pane.
for (const size of [16, 32, 80]) {
  await copyFile(path.join(root, '../../addin-manifest/assets', `icon-${size}.png`), path.join(dist, 'addin', `icon-${size}.png`));
}

// office.js loads the script for the Office application it finds itself in (and its strings) from beside
// itself, so the package's whole runtime goes along; the .debug.js twins, typings and IntelliSense files do not.
const officeJs = path.join(root, 'node_modules/@microsoft/office-js/dist');
await cp(officeJs, path.join(dist, 'addin', 'office-js'), {
  recursive: true,
  filter: (source) => !/\.debug\.js$|\.d\.ts$|vsdoc\.js$/.test(source),
});

await build({
  entryPoints: { styles: path.join(root, 'src/styles/index.css') },
  outdir: dist,
  bundle: true,
  minify: true,
  logLevel: 'warning',
});

for (const file of ['index.html', 'config.html', 'console.html', 'plenary.html']) {
  await copyFile(path.join(root, 'src', file), path.join(dist, file));
}

if (reportSize) {
  // What the map page downloads: the page, its script and stylesheet; inside Teams also the
  // teams-js chunk its script imports.
  const entry = await readFile(path.join(dist, 'map.js'), 'utf8');
  const imported = (pattern) => [...entry.matchAll(pattern)].map((m) => m[1]);
  const standalone = ['index.html', 'map.js', 'styles.css', ...imported(/from\s*["']\.\/(chunks\/[^"']+\.js)["']/g)];
  const inTeams = [...standalone, ...imported(/import\(\s*["']\.\/(chunks\/[^"']+\.js)["']\s*\)/g)];
  for (const [label, files] of [['standalone', standalone], ['in Teams', inTeams]]) {
    let raw = 0;
    let gzip = 0;
    for (const file of new Set(files)) {
      const bytes = await readFile(path.join(dist, file));
      raw += (await stat(path.join(dist, file))).size;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }

    console.log(`map page ${label}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
  }
}
