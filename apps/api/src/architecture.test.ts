/**
 * The import graph of apps/api/src: no circle (type imports included), and db/ (connections, SQL
 * helpers) imports no use case, no module and no pipeline.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = __dirname;

function graph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(root);
  const out = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const m of readFileSync(f, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
      const p = resolve(dirname(f), m[1]);
      const hit = [`${p}.ts`, join(p, 'index.ts')].find((c) => existsSync(c));
      if (hit) deps.push(relative(root, hit));
    }
    out.set(relative(root, f), deps);
  }
  return out;
}

describe('the import graph of apps/api/src', () => {
  const g = graph();

  it('has no circle', () => {
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (n: string) => {
      state.set(n, 1);
      stack.push(n);
      for (const d of g.get(n) ?? []) {
        if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d].join(' -> '));
        else if (!state.get(d)) visit(d);
      }
      stack.pop();
      state.set(n, 2);
    };
    for (const f of g.keys()) if (!state.get(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('has no arrow from db/ to a use case, a module or the pipeline', () => {
    const wrong = [...g]
      .filter(([f]) => f.startsWith('db/'))
      .flatMap(([f, deps]) =>
        deps.filter((d) => /^(services\/use-cases|modules|pipeline)\//.test(d)).map((d) => `${f} -> ${d}`),
      );
    expect(wrong).toEqual([]);
    expect(g.size).toBeGreaterThan(50);
  });
});
