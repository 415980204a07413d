/**
 * Redemptions by reward and by kind over a window (cash offset, catalog, donation): how many, by
 * how many members, the points and their cost, and the value given, so finance sees which rewards
 * drain points. Completed redemptions only (a cancelled one gave nothing back in the end); read from
 * the redemption table (indexed by created_at), never the ledger.
 */
import { costOfPoints, redemptionKind, type RedemptionKind } from '@accrue/core';
import { RewardRow } from '../../db/entities/rewards';
import { emSql } from '../../db/sql/queries';
import { toNum } from '../../db/sql/codecs';
import { type Row } from '../../db/sql/types';
import type { App } from '../../services/app';
import { bad } from '../../services/validate';

export interface RedemptionsByRewardView {
  reward: RewardRow | null;
  kind: RedemptionKind;
  redemptions: number;
  members: number;
  points: number;
  costMinor: number;
  valueMinor: number;
}

export async function redemptionsByReward(
  app: App,
  input: { from: Date; to: Date },
): Promise<RedemptionsByRewardView[]> {
  if (Number.isNaN(input.from.getTime())) bad(['from'], 'must be an ISO-8601 date-time');
  if (Number.isNaN(input.to.getTime()) || input.to <= input.from) bad(['to'], 'must be after `from`');
  const program = await app.program.get(() => app.orm.em.fork());
  const em = app.orm.em.fork();
  const rows = await emSql(em).all<Row>(
    `select r."reward_id" as "reward_id", w."type" as "type", count(*) as "n", count(distinct r."member_id") as "m",
            sum(r."points") as "p", sum(r."value_minor") as "v"
       from "redemption" r left join "reward" w on w."id" = r."reward_id"
      where r."status" = 'COMPLETED' and r."created_at" >= ? and r."created_at" < ?
      group by r."reward_id", w."type"`,
    [input.from, input.to],
  );
  const ids = rows.map((r) => r.reward_id).filter((id): id is string => typeof id === 'string');
  const rewards = new Map(
    (ids.length ? await em.find(RewardRow, { id: { $in: ids } }) : []).map((r) => [r.id, r]),
  );
  return rows
    .map((r) => ({
      reward: typeof r.reward_id === 'string' ? (rewards.get(r.reward_id) ?? null) : null,
      kind: redemptionKind(r.type as string | null),
      redemptions: toNum(r.n),
      members: toNum(r.m),
      points: toNum(r.p),
      costMinor: costOfPoints(toNum(r.p), program.rules.pointValueMinor),
      valueMinor: toNum(r.v),
    }))
    .sort((a, b) => b.points - a.points);
}
