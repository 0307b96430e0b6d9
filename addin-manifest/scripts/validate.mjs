// Checks a filled manifest -- the manifest.json of an unpacked app package, with its icons beside it -- the
// way pack.mjs does before zipping: the official Teams schema (offline), the package rules, then
// office-addin-manifest validate. Exit 1 with the reasons when any check fails.
//
//   node scripts/validate.mjs <folder>/manifest.json
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IconSizes, PackageError, officeValidate, packageRuleErrors, schemaErrors } from './lib/app-package.mjs';

async function validate(manifestFile) {
  if (!manifestFile || !existsSync(manifestFile)) {
    throw new PackageError(`name a filled manifest.json to check (got '${manifestFile ?? ''}')`);
  }

  const text = readFileSync(manifestFile, 'utf8');
  if (text.includes('${{')) {
    throw new PackageError(`${manifestFile} still holds \${{...}} placeholders: check the filled one (pack.mjs writes it)`);
  }

  const manifest = JSON.parse(text);
  const errors = await schemaErrors(manifest);
  if (errors.length > 0) {
    throw new PackageError(`not valid against the Teams schema v${manifest.manifestVersion}:\n  ${errors.join('\n  ')}`);
  }

  console.log(`schema: valid against the official Teams manifest schema v${manifest.manifestVersion} (@microsoft/app-manifest, offline)`);

  const icons = {};
  for (const kind of Object.keys(IconSizes)) {
    const file = path.join(path.dirname(manifestFile), manifest.icons?.[kind] ?? '');
    icons[kind] = manifest.icons?.[kind] && existsSync(file) ? readFileSync(file) : null;
  }

  const broken = packageRuleErrors(manifest, icons);
  if (broken.length > 0) {
    throw new PackageError(`breaks Teams package rules:\n  ${broken.join('\n  ')}`);
  }

  console.log('rules: valid domains, SSO resource and icon sizes are as Teams requires');

  const office = officeValidate(manifestFile);
  if (office.status !== 0) {
    throw new PackageError(`office-addin-manifest validate exited with ${office.status}:\n${office.output}`);
  }

  console.log(`office-addin-manifest validate: exit 0${office.output ? `\n${office.output}` : ', no errors or warnings'}`);
}

try {
  await validate(process.argv[2]);
} catch (error) {
  if (!(error instanceof PackageError)) {
    throw error;
  }

  console.error(`validate: ${error.message}`);
  process.exitCode = 1;
}
