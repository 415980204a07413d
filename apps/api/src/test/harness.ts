/**
 * Integration-test harness: a real database (a fresh SQLite file, or a fresh PostgreSQL database
 * created for the test file and dropped after) and the real HTTP server on a random port.
 *
 * Which databases: ACCRUE_TEST_DATABASES=sqlite,postgresql (default both).
 * PostgreSQL admin URL: ACCRUE_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * (Tests read their own settings here; the product reads configuration only in src/config.ts.)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { bootApp } from '../bootstrap';
import { fixedClock, systemClock, type Clock } from '../clock';
import { loadConfig } from '../config';
import { closeApp, type App } from '../services/app';
import { startServer } from '../server';

export type DbKind = 'sqlite' | 'postgresql';

export const TEST_DATABASES: DbKind[] = (process.env.ACCRUE_TEST_DATABASES ?? 'sqlite,postgresql')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is DbKind => s === 'sqlite' || s === 'postgresql');

const PG_ADMIN_URL = process.env.ACCRUE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const ADMIN_SECRET = 'test-admin-secret-0123456789';

export interface GqlResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string[] } }[];
  status: number;
}

export interface TestApp {
  kind: DbKind;
  app: App;
  url: string;
  /** runs a typed document with the bootstrap admin token (or `token`) */
  gql<T, V>(
    doc: TypedDocumentNode<T, V> | string,
    variables?: V,
    token?: string | null,
  ): Promise<GqlResult<T>>;
  /** like gql, but fails the test on any top-level error and returns data */
  ok<T, V>(doc: TypedDocumentNode<T, V> | string, variables?: V, token?: string | null): Promise<T>;
  close(): Promise<void>;
}

async function adminQuery(sql: string) {
  const c = new Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function startTestApp(
  kind: DbKind,
  opts: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const name = `accrue_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let dir: string | null = null;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    ACCRUE_ADMIN_SECRET: ADMIN_SECRET,
    ACCRUE_EXPIRY_INTERVAL_SECONDS: '0',
    ACCRUE_LOG_LEVEL: 'silent',
    ...opts.env,
  };
  if (kind === 'sqlite') {
    dir = mkdtempSync(join(tmpdir(), 'accrue-test-'));
    env.ACCRUE_SQLITE_PATH = join(dir, 'test.sqlite');
  } else {
    await adminQuery(`create database ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  const app = await bootApp(loadConfig(env), opts.clock ?? systemClock);
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const gql = async <T, V>(
    doc: TypedDocumentNode<T, V> | string,
    variables?: V,
    token: string | null = ADMIN_SECRET,
  ) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };
  return {
    kind,
    app,
    url: server.url,
    gql,
    ok: async (doc, variables, token) => {
      const r = await gql(doc, variables, token);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data!;
    },
    close: async () => {
      await server.close();
      await closeApp(app, true);
      if (dir) rmSync(dir, { recursive: true, force: true });
      else await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

export { fixedClock };
