// Compiles the add-in's unit tests (TypeScript) with esbuild and runs them with node's own test runner.
// office-addin-mock stays an external CommonJS package; everything else is bundled per test file.
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'test-dist');
await rm(out, { recursive: true, force: true });
const entries = (await readdir(here)).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(here, f));
await build({
  entryPoints: entries,
  outdir: out,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ['node20'],
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const files = (await readdir(out)).filter((f) => f.endsWith('.test.cjs')).map((f) => path.join(out, f));
const reporter = process.argv.includes('--tap') ? ['--test-reporter=tap'] : [];
const result = spawnSync(process.execPath, ['--test', ...reporter, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
