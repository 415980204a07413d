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

export function createContext(app: App, actor: Actor | null): GqlContext {
  const em = app.orm.em.fork();
  return { app, actor, em, loaders: createLoaders(em, app) };
}
