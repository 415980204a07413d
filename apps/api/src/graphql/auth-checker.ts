import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { can, type Permission } from '../auth/permissions';
import type { GqlContext } from './context';

/** Every resolver says which permission it needs: @Authorized('purchase:write'). */
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
