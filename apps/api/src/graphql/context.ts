import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../services/actor';
import type { App } from '../services/app';
import { createLoaders, type Loaders } from './loaders';

export interface GqlContext {
  app: App;
  actor: Actor | null;
  /** a bearer token was sent but is not valid (unknown, revoked or expired) */
  tokenRejected?: boolean;
  /** a read-only EntityManager fork for this request (writes use their own transaction) */
  em: EntityManager;
  loaders: Loaders;
}

/**
 * The fork and the loaders are made on first use: a write (its own transaction) needs neither.
 * The getters live on the prototype: Apollo copies the context's own properties for each operation
 * (Object.assign), which would call getters defined on the object itself and fork for every request.
 */
class RequestContext implements GqlContext {
  private forked: EntityManager | undefined = undefined;
  private made: Loaders | undefined = undefined;
  constructor(
    readonly app: App,
    readonly actor: Actor | null,
    readonly tokenRejected = false,
  ) {}
  get em(): EntityManager {
    return (this.forked ??= this.app.orm.em.fork());
  }
  get loaders(): Loaders {
    return (this.made ??= createLoaders(this.em, this.app));
  }
}

export function createContext(app: App, actor: Actor | null, tokenRejected = false): GqlContext {
  return new RequestContext(app, actor, tokenRejected);
}
