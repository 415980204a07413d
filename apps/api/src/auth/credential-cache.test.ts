import { describe, expect, it } from 'vitest';
import type { Actor } from '../services/actor';
import { CredentialCache } from './credential-cache';

const actor = (id: string): Actor => ({ kind: 'apiKey', id, label: `key:${id}`, role: 'INTEGRATION' });
const entry = (id: string) => ({ actor: actor(id), expiresAt: null, stampedAt: 0 });

describe('CredentialCache', () => {
  it('keeps an entry for its time to live, then forgets it', () => {
    let t = 1_000;
    const c = new CredentialCache(5_000, 100, () => t);
    c.set('h1', c.generation(), entry('k1'));
    t += 4_999;
    expect(c.get('h1')?.actor.id).toBe('k1');
    t += 1;
    expect(c.get('h1')).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('does not store a lookup that started before an invalidation', () => {
    const c = new CredentialCache(5_000, 100, () => 0);
    const before = c.generation();
    c.invalidate(); // a revocation committed while the lookup was reading the old row
    c.set('h1', before, entry('k1'));
    expect(c.get('h1')).toBeUndefined();
    c.set('h1', c.generation(), entry('k1'));
    expect(c.get('h1')?.actor.id).toBe('k1');
  });

  it('forgets everything on invalidate', () => {
    const c = new CredentialCache(5_000, 100, () => 0);
    c.set('h1', c.generation(), entry('k1'));
    c.set('h2', c.generation(), entry('k2'));
    c.invalidate();
    expect(c.get('h1')).toBeUndefined();
    expect(c.get('h2')).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const c = new CredentialCache(5_000, 3, () => 0);
    for (const i of [1, 2, 3, 4]) c.set(`h${i}`, c.generation(), entry(`k${i}`));
    expect(c.size).toBe(3);
    expect(c.get('h1')).toBeUndefined();
    expect(c.get('h4')?.actor.id).toBe('k4');
  });

  it('hands out a frozen actor, so one request cannot change it for the next', () => {
    const c = new CredentialCache(5_000, 100, () => 0);
    c.set('h1', c.generation(), entry('k1'));
    const a = c.get('h1')!.actor as { role: string };
    expect(() => {
      a.role = 'ADMIN';
    }).toThrow(TypeError);
    expect(c.get('h1')?.actor.role).toBe('INTEGRATION');
  });

  it('caches nothing with a time to live of 0', () => {
    const c = new CredentialCache(0, 100, () => 0);
    c.set('h1', c.generation(), entry('k1'));
    expect(c.get('h1')).toBeUndefined();
  });
});
