// The app package's checks, shared by pack.mjs and validate.mjs: dotenv reading, placeholder filling, the
// official Teams schema (offline, from @microsoft/app-manifest), the package rules the schema cannot express,
// and Office's own manifest check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const Placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** What each icon must measure (Teams: colour 192x192, outline 32x32). */
export const IconSizes = { color: 192, outline: 32 };

/** A problem the caller reports and exits on. */
export class PackageError extends Error {}

/** Reads a dotenv file: KEY=value lines, # comments, optional single or double quotes around the value. */
export function readEnvFile(file) {
  const values = {};
  if (!existsSync(file)) {
    return values;
  }

  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      continue;
    }

    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      throw new PackageError(`${file}: cannot read the line '${line}' (expected KEY=value)`);
    }

    let value = match[2];
    const quoted = /^(['"])(.*)\1$/.exec(value);
    value = quoted ? quoted[2] : value.replace(/\s+#.*$/, '').trim();
    values[match[1]] = value;
  }

  return values;
}

/** The manifest text with every placeholder filled (JSON-escaped), or the names that have no value. */
export function fillPlaceholders(template, lookup) {
  const missing = new Set();
  const filled = template.replace(Placeholder, (_, name) => {
    const value = lookup(name);
    if (value === undefined || value === '') {
      missing.add(name);
      return '';
    }

    return JSON.stringify(value).slice(1, -1);
  });
  return { filled, missing: [...missing].sort() };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return null;
  }

  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The official schema of the manifest's version, from the copy bundled in @microsoft/app-manifest. */
export function bundledSchema(manifestVersion) {
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) {
    throw new PackageError(`@microsoft/app-manifest bundles no schema for manifestVersion ${manifestVersion} (looked for ${file})`);
  }

  // The published schema files contain \a and \v escapes that JSON.parse refuses; the package cleans them the same way.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/** Rules Teams applies to a package that its JSON schema cannot express. */
export function packageRuleErrors(manifest, icons) {
  const errors = [];
  const domains = manifest.validDomains ?? [];
  const ours = domains.filter((d) => !d.includes('*'));
  for (const domain of domains.filter((d) => d.includes('*'))) {
    // A wildcard is allowed only beneath one of our own domains (*.ours.example), never *.com or *.azurewebsites.net.
    const base = domain.replace(/^\*\./, '');
    if (!domain.startsWith('*.') || base.includes('*') || !ours.some((d) => d === base || d.endsWith(`.${base}`))) {
      errors.push(`validDomains: '${domain}' is a wildcard outside the app's own domains (${ours.join(', ')})`);
    }
  }

  const onValidDomain = (url) => {
    const host = new URL(url).host;
    return domains.some((d) => d === host || (d.startsWith('*.') && host.endsWith(d.slice(1))));
  };
  const addresses = [
    ...(manifest.configurableTabs ?? []).map((t) => ['configurableTabs[].configurationUrl', t.configurationUrl]),
    ...(manifest.staticTabs ?? []).filter((t) => t.contentUrl).map((t) => ['staticTabs[].contentUrl', t.contentUrl]),
    ...(manifest.extensions ?? []).flatMap((e) => (e.runtimes ?? []).map((r) => ['extensions[].runtimes[].code.page', r.code.page])),
  ];
  for (const [where, url] of addresses) {
    if (!url.startsWith('https://')) {
      errors.push(`${where}: '${url}' must be an https address`);
    } else if (!onValidDomain(url)) {
      errors.push(`${where}: '${url}' is not on a domain listed in validDomains`);
    }
  }

  const sso = manifest.webApplicationInfo;
  if (sso?.resource) {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(sso.resource);
    if (!match) {
      errors.push(`webApplicationInfo.resource '${sso.resource}' must read api://<domain>/<client id>`);
    } else if (!domains.includes(match[1]) || match[2] !== sso.id) {
      errors.push(`webApplicationInfo.resource '${sso.resource}' must name a valid domain and webApplicationInfo.id (${sso.id})`);
    }
  }

  for (const [kind, size] of Object.entries(IconSizes)) {
    const measured = icons[kind] && pngSize(icons[kind]);
    if (!measured) {
      errors.push(`icons.${kind}: ${manifest.icons?.[kind]} is missing or not a PNG`);
    } else if (measured.width !== size || measured.height !== size) {
      errors.push(`icons.${kind}: ${manifest.icons[kind]} is ${measured.width}x${measured.height}, must be ${size}x${size}`);
    }
  }

  return errors;
}

/** The official schema's errors for the manifest (none = valid), checked offline against the bundled schema. */
export async function schemaErrors(manifest) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.manifestVersion));
}

/** Runs `office-addin-manifest validate <file>` (offline for a JSON manifest); its exit code and output. */
export function officeValidate(manifestFile) {
  const run = spawnSync(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'validate', manifestFile], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}`.trim() };
}
