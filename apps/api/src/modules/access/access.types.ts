/**
 * GraphQL object types of the access module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../graphql/enums';
import { DateTime } from '../../graphql/scalars';
import { Node, PageInfo, UserError } from '../../graphql/types';

// ------------------------------------------------------------------ staff, keys, audit

@ObjectType({ implements: Node })
export class StaffUser extends Node {
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: 'a disabled user cannot log in; their sessions are revoked' })
  disabled!: boolean;
  @Field(() => DateTime, { nullable: true }) createdAt!: Date | null;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, {
    nullable: true,
    description: 'the session token: send it as Authorization: Bearer <token>',
  })
  token?: string | null;
  @Field(() => DateTime, { nullable: true }) expiresAt?: Date | null;
  @Field(() => StaffUser, { nullable: true }) user?: StaffUser | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({
  description: 'An API key for an integration or storefront. The key itself is shown only once, at creation.',
})
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { description: 'the first characters of the key, to tell keys apart' })
  prefix!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => String, { nullable: true, description: 'the key, shown once: store it now' }) key?:
    string | null;
  @Field(() => ApiKey, { nullable: true }) apiKey?: ApiKey | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true }) apiKey?: ApiKey | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class UpdateStaffUserPayload {
  @Field(() => StaffUser, { nullable: true }) user?: StaffUser | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class CreateStaffUserPayload {
  @Field(() => StaffUser, { nullable: true }) user?: StaffUser | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ implements: Node })
export class AuditEntry extends Node {
  @Field(() => String) actor!: string;
  @Field(() => String) action!: string;
  @Field(() => String) target!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => DateTime) at!: Date;
}

@ObjectType()
export class AuditEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges!: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}
