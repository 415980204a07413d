import swc from 'unplugin-swc';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { compiledSources, SWC_JSC } from './src/test/worker-sources';

const require = createRequire(import.meta.url);

// the SQLite writer thread cannot load TypeScript: it runs the sources compiled (src/test/worker-sources.ts)
process.env.ACCRUE_TEST_WORKER_SOURCES = compiledSources();

/**
 * SWC (not esbuild) transforms the sources so decorator metadata is emitted for type-graphql.
 * `*.test.ts` need no I/O; `*.int.test.ts` use a real database (SQLite file and PostgreSQL).
 */
export default defineConfig({
  plugins: [swc.vite({ jsc: SWC_JSC })],
  // one copy of graphql-js (its CommonJS build), as type-graphql and graphql-scalars load it
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
