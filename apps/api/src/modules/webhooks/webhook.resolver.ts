import { ID_PREFIX } from '../../ids';
/** Webhook endpoints, their delivery log and replay (ADMIN writes; FINANCE reads). */
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/entities/webhooks';
import { replayWebhook } from './replay-webhook';
import { createWebhookEndpoint, updateWebhookEndpoint } from './webhook-endpoints';
import { str } from '../../services/validate';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { CreateWebhookEndpointInput, ReplayWebhookInput, UpdateWebhookEndpointInput } from './webhook.inputs';
import { toWebhookDelivery, toWebhookEndpoint } from '../../graphql/map';
import { paginate } from '../../graphql/pagination';
import {
  CreateWebhookEndpointPayload,
  ReplayWebhookPayload,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointPayload,
} from './webhook.types';
import { ConnectionArgsType } from '../../graphql/pagination';

@Resolver()
export class WebhookResolver {
  @Authorized('webhooks:read')
  @Query(() => [WebhookEndpoint])
  async webhookEndpoints(@Ctx() ctx: GqlContext) {
    return (await ctx.em.find(WebhookEndpointRow, {}, { orderBy: { id: 'asc' }, limit: 1000 })).map(
      toWebhookEndpoint,
    );
  }

  @Authorized('webhooks:read')
  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first.' })
  async webhookDeliveries(
    @Arg('endpointId', () => ID, { nullable: true }) endpointId: string | null,
    @Arg('status', () => String, { nullable: true }) status: string | null,
    @Args(() => ConnectionArgsType) args: ConnectionArgsType,
    @Ctx() ctx: GqlContext,
  ) {
    const where: Record<string, string> = {};
    const ep = str(endpointId, ['endpointId'], { max: 40 });
    const st = str(status, ['status'], {
      max: 16,
      pattern: /^(PENDING|SUCCEEDED|FAILED)$/,
      patternMessage: 'must be PENDING, SUCCEEDED or FAILED',
    });
    if (ep) where.endpointId = ep;
    if (st) where.status = st;
    const page = await paginate(ctx.em, WebhookDeliveryRow, where, args, 'desc', ID_PREFIX.webhookDelivery);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toWebhookDelivery(e.node) })) };
  }

  @Authorized('webhooks:write')
  @Mutation(() => CreateWebhookEndpointPayload)
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await createWebhookEndpoint(ctx.app, ctx.actor!, input);
      return { endpoint: toWebhookEndpoint(r.endpoint), secret: r.secret };
    });
  }

  @Authorized('webhooks:write')
  @Mutation(() => WebhookEndpointPayload)
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await updateWebhookEndpoint(ctx.app, ctx.actor!, input);
      return { endpoint: toWebhookEndpoint(r.endpoint), secret: r.secret };
    });
  }

  @Authorized('webhooks:write')
  @Mutation(() => ReplayWebhookPayload)
  replayWebhook(@Arg('input', () => ReplayWebhookInput) input: ReplayWebhookInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({
      deliveries: (await replayWebhook(ctx.app, ctx.actor!, input)).map(toWebhookDelivery),
    }));
  }
}
