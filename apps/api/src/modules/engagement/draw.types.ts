/** GraphQL types and inputs of points draws. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberRefInput } from '../members/member.inputs';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Member } from '../members/member.types';
import { PageInfo, UserError } from '../../graphql/types';

export enum DrawPhase {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DRAWN = 'DRAWN',
}
registerEnumType(DrawPhase, { name: 'DrawPhase' });

@ObjectType()
export class DrawPrize {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) stock!: number;
}

@ObjectType()
export class DrawWinner {
  @Field(() => Int) position!: number;
  @Field(() => ID) prizeId!: string;
  @Field(() => String, { description: '"<entryId>#<i>": the ticket that won' }) ticket!: string;
  @Field(() => ID) memberId!: string;
}

@ObjectType({ description: 'One purchase of entries with points (cancellable while the draw is open).' })
export class DrawEntry {
  @Field(() => ID) id!: string;
  @Field(() => ID) drawId!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => Int) count!: number;
  @Field(() => SafeInt) points!: number;
  @Field(() => String) status!: string;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({
  description:
    'A points draw. seedHash is SHA-256(seed), published from creation; seed is revealed once drawn. Winners = core drawWinners(seed, active entries in id order) — see bench/verify-draw.mjs.',
})
export class PointsDraw {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => SafeInt) entryCostPoints!: number;
  @Field(() => Int, { nullable: true }) maxEntriesPerMember?: number | null;
  @Field(() => DateTime) opensAt!: Date;
  @Field(() => DateTime) closesAt!: Date;
  @Field(() => DrawPhase) phase!: DrawPhase;
  @Field(() => String) seedHash!: string;
  @Field(() => String, { nullable: true, description: 'revealed once the winners are drawn' }) seed?:
    string | null;
  @Field(() => DateTime, { nullable: true }) drawnAt?: Date | null;
  @Field(() => [DrawPrize]) prizes!: DrawPrize[];
  @Field(() => [DrawWinner], { description: 'empty until drawn' }) winners!: DrawWinner[];
  @Field(() => [DrawEntry], {
    description: 'the active entries in id order, once drawn (what the winners are computed from)',
  })
  entries!: DrawEntry[];
}

@ObjectType()
export class PointsDrawEdge {
  @Field(() => String) cursor!: string;
  @Field(() => PointsDraw) node!: PointsDraw;
}

@ObjectType()
export class PointsDrawConnection {
  @Field(() => [PointsDrawEdge]) edges!: PointsDrawEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@InputType()
export class DrawPrizeInput {
  @Field(() => String) name!: string;
  @Field(() => Int) stock!: number;
}

@InputType()
export class CreatePointsDrawInput {
  @Field(() => String) name!: string;
  @Field(() => SafeInt) entryCostPoints!: number;
  @Field(() => Int, { nullable: true }) maxEntriesPerMember?: number | null;
  @Field(() => DateTime) opensAt!: Date;
  @Field(() => DateTime) closesAt!: Date;
  @Field(() => [DrawPrizeInput]) prizes!: DrawPrizeInput[];
}

@ObjectType()
export class PointsDrawPayload {
  @Field(() => PointsDraw, { nullable: true }) draw?: PointsDraw | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class BuyDrawEntriesInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => ID) drawId!: string;
  @Field(() => Int) count!: number;
  @Field(() => String, { description: 'idempotency key' }) key!: string;
}

@InputType()
export class CancelDrawEntryInput {
  @Field(() => ID) entryId!: string;
}

@InputType()
export class DrawWinnersInput {
  @Field(() => ID) drawId!: string;
}

@ObjectType()
export class DrawEntryPayload {
  @Field(() => DrawEntry, { nullable: true }) entry?: DrawEntry | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
