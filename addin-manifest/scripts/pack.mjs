// Builds the Teams app package of one environment, as the Agents Toolkit's teamsApp/zipAppPackage does:
//
//   node scripts/pack.mjs --env local|dev [--env-folder <dir>] [--out <zip>]
//
// 1. Reads env/.env.<env>, then env/.env.<env>.user (secrets, git-ignored); a variable set in the process
//    environment wins over both.
// 2. Fills every ${{VAR}} in appPackage/manifest.json, and refuses (exit 1, naming them) when any is unset or empty.
// 3. Validates the filled manifest against the official Teams schema bundled in @microsoft/app-manifest (offline:
//    the schema is read from that package, never downloaded), then against the package rules the schema cannot
//    express (every address on a valid domain, no wildcard domain outside ours, the SSO resource, icon sizes).
// 4. Writes appPackage/build/appPackage.<env>.zip (manifest.json, color.png, outline.png) and, beside it,
//    manifest.<env>.json (the filled manifest). --out puts the zip (and the manifest beside it) elsewhere.
// 5. Runs Office's own check on the filled manifest, as `npx office-addin-manifest validate <manifest>` would
//    (offline for a unified JSON manifest; it prints nothing when the manifest is valid).
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yazl from 'yazl';
import {
  IconSizes,
  PackageError,
  fillPlaceholders,
  officeValidate,
  packageRuleErrors,
  readEnvFile,
  schemaErrors,
} from './lib/app-package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appPackage = path.join(root, 'appPackage');

function writeZip(file, entries) {
  // A fixed timestamp, so packing the same inputs twice gives the same bytes.
  const mtime = new Date(Date.UTC(2026, 0, 1));
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) {
    zip.addBuffer(bytes, name, { mtime, mode: 0o100644 });
  }

  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

async function pack() {
  const { values: args } = parseArgs({
    options: {
      env: { type: 'string' },
      'env-folder': { type: 'string', default: path.join(root, 'env') },
      out: { type: 'string' },
    },
  });
  const env = args.env;
  if (!env || !/^[A-Za-z0-9_-]+$/.test(env)) {
    throw new PackageError('name the environment: --env local (or dev, or any env/.env.<name>)');
  }

  const envFile = path.resolve(args['env-folder'], `.env.${env}`);
  if (!existsSync(envFile)) {
    throw new PackageError(`${envFile} does not exist`);
  }

  const fromFiles = { TEAMSFX_ENV: env, ...readEnvFile(envFile), ...readEnvFile(`${envFile}.user`) };
  const lookup = (name) => (process.env[name] ? process.env[name] : fromFiles[name]);
  const shown = path.relative(process.cwd(), envFile);

  const { filled, missing } = fillPlaceholders(readFileSync(path.join(appPackage, 'manifest.json'), 'utf8'), lookup);
  if (missing.length > 0) {
    throw new PackageError(
      `appPackage/manifest.json needs values for ${missing.join(', ')}: set them in ${shown} ` +
        `(secrets in ${shown}.user) or in the environment. Provisioning (m365agents.yml) writes them; ` +
        'see addin-manifest/README.md.',
    );
  }

  const manifest = JSON.parse(filled);
  const errors = await schemaErrors(manifest);
  if (errors.length > 0) {
    throw new PackageError(`the filled manifest does not match the Teams schema v${manifest.manifestVersion}:\n  ${errors.join('\n  ')}`);
  }

  console.log(`schema: valid against the official Teams manifest schema v${manifest.manifestVersion} (@microsoft/app-manifest, offline)`);

  const icons = {};
  for (const kind of Object.keys(IconSizes)) {
    const file = path.join(appPackage, manifest.icons[kind]);
    icons[kind] = existsSync(file) ? readFileSync(file) : null;
  }

  const broken = packageRuleErrors(manifest, icons);
  if (broken.length > 0) {
    throw new PackageError(`the package breaks Teams package rules:\n  ${broken.join('\n  ')}`);
  }

  console.log('rules: valid domains, SSO resource and icon sizes are as Teams requires');

  // The filled manifest goes beside the zip, for office-addin-manifest and for reading.
  const zipFile = path.resolve(args.out ?? path.join(appPackage, 'build', `appPackage.${env}.zip`));
  mkdirSync(path.dirname(zipFile), { recursive: true });
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const filledFile = path.join(path.dirname(zipFile), `manifest.${env}.json`);
  writeFileSync(filledFile, manifestText);

  const office = officeValidate(filledFile);
  if (office.status !== 0) {
    throw new PackageError(`office-addin-manifest validate ${filledFile} exited with ${office.status}:\n${office.output}`);
  }

  console.log(`office-addin-manifest validate: exit 0${office.output ? `\n${office.output}` : ', no errors or warnings'}`);

  await writeZip(zipFile, [
    ['manifest.json', Buffer.from(manifestText)],
    [manifest.icons.color, icons.color],
    [manifest.icons.outline, icons.outline],
  ]);
  console.log(`filled manifest: ${filledFile}`);
  console.log(`package: ${zipFile} (manifest.json, ${manifest.icons.color}, ${manifest.icons.outline})`);
}

try {
  await pack();
} catch (error) {
  if (!(error instanceof PackageError)) {
    throw error;
  }

  console.error(`pack: ${error.message}`);
  process.exitCode = 1;
}
