/** Paid extension of expiring points: marketing and admin set the terms; the storefront (or an integration) posts a paid extension. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { toMember } from '../../graphql/map';
import {
  ConfigurePaidExtensionInput,
  ExtendExpiringPointsInput,
  ExtendExpiringPointsPayload,
  PaidExtensionTerms,
  PaidExtensionTermsPayload,
} from './engagement.types';
import { PaidExtensionTermsRow } from '../../db/entities/engagement';
import { configurePaidExtension, DEFAULT_EXTENSION_TERMS, extendExpiringPoints } from './paid-extension';

const toTerms = (r: Omit<PaidExtensionTermsRow, 'id' | 'updatedAt'>): PaidExtensionTerms => ({
  feeMinor: r.feeMinor,
  extendDays: r.extendDays,
  windowDays: r.windowDays,
  active: r.active,
});

@Resolver()
export class PaidExtensionResolver {
  @Authorized('engagement:read')
  @Query(() => PaidExtensionTerms)
  async paidExtensionTerms(@Ctx() ctx: GqlContext) {
    return toTerms((await ctx.em.findOne(PaidExtensionTermsRow, { id: 1 })) ?? DEFAULT_EXTENSION_TERMS);
  }

  @Authorized('engagement:write')
  @Mutation(() => PaidExtensionTermsPayload)
  configurePaidExtension(
    @Arg('input', () => ConfigurePaidExtensionInput) input: ConfigurePaidExtensionInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({
      terms: toTerms(await configurePaidExtension(ctx.app, ctx.actor!, input)),
    }));
  }

  @Authorized('extension:write')
  @Mutation(() => ExtendExpiringPointsPayload, {
    description:
      'The member paid the fee: every lot expiring within the window is extended, once per lot. Idempotent by key.',
  })
  extendExpiringPoints(
    @Arg('input', () => ExtendExpiringPointsInput) input: ExtendExpiringPointsInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await extendExpiringPoints(ctx.app, input);
      return {
        member: toMember(r.member, ctx.actor),
        extension: { ...r.extension, lots: r.lots },
      };
    });
  }
}
