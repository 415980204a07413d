import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'accrue-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI from its TypeScript source, as `node dist/main.js …` would run. */
function cli(...args: string[]) {
  const dbPath = join(dir, `${args.join('_') || 'none'}.sqlite`);
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'main.ts'), ...args], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, ACCRUE_SQLITE_PATH: dbPath, DATABASE_URL: '', NODE_ENV: 'test' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...r, dbPath };
}

describe('the CLI', () => {
  it('refuses an unknown command before it opens or migrates a database', () => {
    const r = cli('bogus');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Unknown command "bogus"');
    expect(r.stderr).toContain('serve|migrate|seed-demo|expire|emit-schema');
    expect(existsSync(r.dbPath)).toBe(false);
  });

  it('prints its usage for --help, without a database', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: node main\.js \[serve\|migrate/);
    expect(existsSync(r.dbPath)).toBe(false);
  });
});
