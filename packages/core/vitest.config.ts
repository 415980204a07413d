import { defineConfig } from 'vitest/config';
// property tests run hundreds of random sequences: on a busy 2-core machine they can take 10 s or more
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 } });
