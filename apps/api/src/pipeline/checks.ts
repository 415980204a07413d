/**
 * A test-only check (on when NODE_ENV is test, see config.ts): a step that changes a column of the
 * loaded member row that it did not declare in `memberColumns` fails the purchase, so the host's
 * write of the declared columns can never drop a change (and a step cannot quietly reach into a
 * column another step owns).
 */
import type { MemberRow } from '../db/entities/members';
import type { MemberColumn } from './step';

const valueOf = (v: unknown) =>
  v instanceof Date ? v.getTime() : v !== null && typeof v === 'object' ? JSON.stringify(v) : v;

export function columnGuard(columns: readonly MemberColumn[]) {
  return {
    before(member: MemberRow): Map<MemberColumn, unknown> {
      return new Map(columns.map((c) => [c, valueOf(member[c])]));
    },
    after(
      step: string,
      member: MemberRow,
      seen: Map<MemberColumn, unknown>,
      declared: readonly MemberColumn[],
    ) {
      for (const [c, v] of seen)
        if (valueOf(member[c]) !== v && !declared.includes(c))
          throw new Error(
            `purchase step "${step}" changed member.${c} without declaring it in memberColumns`,
          );
    },
  };
}
