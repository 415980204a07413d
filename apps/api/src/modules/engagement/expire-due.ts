/**
 * The expiry jobs of group buys and boosts: the rows still OPEN whose deadline has passed, each
 * expired in its own transaction by `expire` (which re-checks under the row's lock), so a run that
 * crashed half-way, a second run or one racing it expires each row once.
 */
import type { EntityName } from '@mikro-orm/core';
import type { App } from '../../services/app';

export async function expireEachDue<T extends { id: string; status: string }>(
  app: App,
  entity: EntityName<T>,
  deadline: keyof T & string,
  expire: (id: string) => Promise<boolean>,
  limit = 500,
): Promise<number> {
  const due = (await app.orm.em
    .fork()
    .find(entity, { status: 'OPEN', [deadline]: { $lte: app.clock.now() } } as never, {
      orderBy: { [deadline]: 'asc' } as never,
      limit,
    })) as T[];
  let expired = 0;
  for (const row of due) if (await expire(row.id)) expired++;
  return expired;
}
