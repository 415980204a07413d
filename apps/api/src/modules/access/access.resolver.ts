/**
 * Staff users, sessions (login, logout) and API keys: thin resolvers over this module's use cases.
 */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { ApiKeyRow, StaffUserRow } from '../../db/entities/access';
import { createApiKey } from './create-api-key';
import { createStaffUser } from './create-staff-user';
import { login } from './login';
import { logout } from './logout';
import { revokeApiKey } from './revoke-api-key';
import { updateStaffUser } from './update-staff-user';
import type { GqlContext } from '../../graphql/context';
import { Role } from '../../graphql/enums';
import { payload } from '../../graphql/errors';
import {
  CreateApiKeyInput,
  CreateStaffUserInput,
  LoginInput,
  RevokeApiKeyInput,
  UpdateStaffUserInput,
} from './access.inputs';
import { toApiKey, toStaffUser } from '../../graphql/map';
import {
  ApiKey,
  ApiKeyPayload,
  CreateApiKeyPayload,
  CreateStaffUserPayload,
  LoginPayload,
  LogoutPayload,
  StaffUser,
  UpdateStaffUserPayload,
} from './access.types';

@Resolver()
export class AccessResolver {
  /** The signed-in staff user (the bootstrap admin appears as a pseudo-user); null for API keys. */
  @Authorized('viewer:read')
  @Query(() => StaffUser, { nullable: true })
  async viewer(@Ctx() ctx: GqlContext): Promise<StaffUser | null> {
    const a = ctx.actor!;
    if (a.kind === 'staff') {
      const row = await ctx.em.findOne(StaffUserRow, { id: a.id });
      return row && toStaffUser(row);
    }
    if (a.kind === 'bootstrap')
      return Object.assign(new StaffUser(), {
        id: 'stf_bootstrap',
        email: a.label,
        name: 'Bootstrap admin',
        role: Role.ADMIN,
        disabled: false,
        createdAt: null,
      });
    return null;
  }

  /** The one operation that needs no token. */
  @Mutation(() => LoginPayload)
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await login(ctx.app, input);
      return { token: r.token, expiresAt: r.expiresAt, user: toStaffUser(r.user) };
    });
  }

  @Authorized('viewer:read')
  @Mutation(() => LogoutPayload, { description: 'Revokes the session token this request was sent with.' })
  logout(@Ctx() ctx: GqlContext) {
    return payload(async () => {
      await logout(ctx.app, ctx.actor!);
      return { ok: true };
    });
  }

  @Authorized('staff:read')
  @Query(() => [StaffUser])
  async staffUsers(@Ctx() ctx: GqlContext) {
    return (await ctx.em.find(StaffUserRow, {}, { orderBy: { id: 'asc' }, limit: 1000 })).map(toStaffUser);
  }

  @Authorized('staff:write')
  @Mutation(() => CreateStaffUserPayload)
  createStaffUser(
    @Arg('input', () => CreateStaffUserInput) input: CreateStaffUserInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({ user: toStaffUser(await createStaffUser(ctx.app, ctx.actor!, input)) }));
  }

  @Authorized('staff:write')
  @Mutation(() => UpdateStaffUserPayload)
  updateStaffUser(
    @Arg('input', () => UpdateStaffUserInput) input: UpdateStaffUserInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({ user: toStaffUser(await updateStaffUser(ctx.app, ctx.actor!, input)) }));
  }

  @Authorized('apikeys:read')
  @Query(() => [ApiKey])
  async apiKeys(@Ctx() ctx: GqlContext) {
    return (await ctx.em.find(ApiKeyRow, {}, { orderBy: { id: 'asc' }, limit: 1000 })).map(toApiKey);
  }

  @Authorized('apikeys:write')
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await createApiKey(ctx.app, ctx.actor!, input);
      return { key: r.key, apiKey: toApiKey(r.row) };
    });
  }

  @Authorized('apikeys:write')
  @Mutation(() => ApiKeyPayload)
  revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({ apiKey: toApiKey(await revokeApiKey(ctx.app, ctx.actor!, input)) }));
  }
}
