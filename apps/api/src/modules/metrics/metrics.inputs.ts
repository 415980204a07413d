/** GraphQL input types of the metrics module (public contract). */
import { Field, Float, InputType } from 'type-graphql';
import { SafeInt } from '../../graphql/scalars';

@InputType()
export class AlertThresholdsInput {
  @Field(() => Float, { nullable: true }) costToSalesRedLine?: number | null;
  @Field(() => Float, { nullable: true, description: 'a share of the red line, above 0 and at most 1' })
  warningFraction?: number | null;
  @Field(() => SafeInt, { nullable: true }) maxDailyIssuedPoints?: number | null;
  @Field(() => Float, { nullable: true }) minFlowRatio?: number | null;
  @Field(() => Float, { nullable: true }) maxAccumulationRatio?: number | null;
}
