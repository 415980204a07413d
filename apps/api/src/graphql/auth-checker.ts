import { GraphQLError } from 'graphql';
import { Authorized as authorizedBy, type AuthChecker } from 'type-graphql';
import { can, type Permission } from '../auth/permissions';
import type { GqlContext } from './context';

/**
 * The decorator every resolver and guarded field names its permission with:
 * @Authorized('purchase:write') (none: any signed-in actor). Only the permissions of the matrix
 * (auth/permissions.ts) compile: a typo is a type error.
 */
export const Authorized = (...permissions: Permission[]) => authorizedBy<Permission>(...permissions);

/** Checks the permission @Authorized names against the actor's role. */
export const authChecker: AuthChecker<GqlContext, Permission> = ({ context }, permissions) => {
  const actor = context.actor;
  if (!actor)
    throw new GraphQLError(
      context.tokenRejected
        ? 'Authentication failed: the bearer token is not valid (unknown, revoked or expired)'
        : 'Authentication required: send Authorization: Bearer <token>',
      { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
    );
  if (permissions.every((p) => can(actor.role, p))) return true;
  throw new GraphQLError(`Role ${actor.role} may not do this (needs ${permissions.join(', ')})`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
};
