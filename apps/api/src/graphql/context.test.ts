import { describe, expect, it } from 'vitest';
import type { App } from '../services/app';
import { createContext } from './context';

/** Apollo hands each operation a copy of the context made this way (ApolloServer.ts cloneObject). */
const apolloCopy = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o)), o);

describe('request context', () => {
  const fakeApp = () => {
    let forks = 0;
    const app = { orm: { em: { fork: () => ({ fork: ++forks }) } } } as unknown as App;
    return { app, forks: () => forks };
  };

  it('forks no EntityManager when Apollo copies it for a request that never reads', () => {
    const { app, forks } = fakeApp();
    apolloCopy(createContext(app, null));
    expect(forks()).toBe(0);
  });

  it('forks once, on first use, and keeps the fork for the request', () => {
    const { app, forks } = fakeApp();
    const ctx = apolloCopy(createContext(app, null));
    const em = ctx.em;
    expect(ctx.em).toBe(em);
    expect(forks()).toBe(1);
    expect(ctx.app).toBe(app);
  });
});
