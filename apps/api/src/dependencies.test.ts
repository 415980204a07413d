/**
 * What the server imports at run time must be a production dependency: the container image installs
 * `--prod` only, so a package left in devDependencies crashes it at start (this happened with `pg`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
/** test support, never loaded by the built server */
const TEST_ONLY = [/\.test\.ts$/, /^src\/test\//];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

describe('run-time dependencies', () => {
  it('every package the server imports is in dependencies', () => {
    const missing: string[] = [];
    for (const file of sources(join(root, 'src'))) {
      const rel = relative(root, file);
      if (TEST_ONLY.some((re) => re.test(rel))) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)'([^'.][^']*)'/g)) {
        const pkg = packageOf(m[1]);
        if (pkg.startsWith('node:') || builtinModules.includes(pkg)) continue;
        if (!(pkg in manifest.dependencies)) missing.push(`${rel}: ${pkg}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
