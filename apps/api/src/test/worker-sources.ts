/**
 * Test support for the SQLite writer thread (pipeline/sqlite-writer.ts). Under vitest the API runs from its
 * TypeScript sources, which a worker thread cannot load. They are compiled here with SWC, with the
 * options the test runner uses, into node_modules/.cache/accrue-writer/<hash of the sources>, where
 * packages resolve as from src/. The compiled build (dist/) never needs this: vitest.config.ts
 * compiles them once per run and hands the directory to pipeline/sqlite-writer.ts (and to any
 * process a test starts) in ACCRUE_TEST_WORKER_SOURCES.
 *
 * SWC is loaded in this thread, not in the worker: its native binding cannot be loaded again by a
 * second worker once a first one was stopped (the process dies).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** How SWC compiles the sources for the tests (vitest.config.ts uses it too): decorator metadata on. */
export const SWC_JSC = {
  parser: { syntax: 'typescript' as const, decorators: true },
  transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  target: 'es2022' as const,
};

let compiledDir: string | null = null;

/** The directory of the compiled sources (mirroring src/), compiled once per version of them. */
export function compiledSources(): string {
  if (compiledDir) return compiledDir;
  const req = createRequire(__filename);
  const { transformSync } = req('@swc/core') as typeof import('@swc/core');
  const srcRoot = join(__dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
    }
  };
  walk(srcRoot);
  // one directory per version of the sources, shared by the test files' processes
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${relative(srcRoot, f)}\0${readFileSync(f, 'utf8')}\0`);
  const cache = join(srcRoot, '..', 'node_modules', '.cache', 'accrue-writer');
  const out = join(cache, hash.digest('hex').slice(0, 16));
  if (!existsSync(out)) {
    const tmp = `${out}.${process.pid}.tmp`;
    for (const from of files) {
      const to = join(tmp, relative(srcRoot, from)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(to), { recursive: true });
      const { code } = transformSync(readFileSync(from, 'utf8'), {
        filename: from,
        sourceMaps: 'inline',
        module: { type: 'commonjs' },
        jsc: SWC_JSC,
      });
      writeFileSync(to, code);
    }
    try {
      renameSync(tmp, out);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process renamed its copy first
    }
    for (const old of readdirSync(cache))
      if (join(cache, old) !== out && !old.endsWith('.tmp'))
        rmSync(join(cache, old), { recursive: true, force: true });
  }
  compiledDir = out;
  return out;
}
