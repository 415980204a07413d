import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../services/actor';
import type { App } from '../services/app';
import { createLoaders, type Loaders } from './loaders';

export interface GqlContext {
  app: App;
  actor: Actor | null;
  /** a read-only EntityManager fork for this request (writes use their own transaction) */
  em: EntityManager;
  loaders: Loaders;
}

/** The fork and the loaders are made on first use: a write (its own transaction) needs neither. */
export function createContext(app: App, actor: Actor | null): GqlContext {
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  return {
    app,
    actor,
    get em() {
      return (em ??= app.orm.em.fork());
    },
    get loaders() {
      return (loaders ??= createLoaders(this.em, app));
    },
  };
}
