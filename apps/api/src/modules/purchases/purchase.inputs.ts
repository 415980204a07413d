/** GraphQL input types of the purchases module (public contract). */
import { Field, InputType, Int } from 'type-graphql';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { MemberRefInput } from '../members/member.inputs';

@InputType()
export class PurchaseItemInput {
  @Field(() => String) sku!: string;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => SafeInt) amountMinor!: number;
}

@InputType()
export class RecordPurchaseInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String) orderId!: string;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
  @Field(() => [PurchaseItemInput], { nullable: true }) items?: PurchaseItemInput[] | null;
}

@InputType()
export class RefundPurchaseInput {
  @Field(() => String) orderId!: string;
  @Field(() => String) refundId!: string;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
}
