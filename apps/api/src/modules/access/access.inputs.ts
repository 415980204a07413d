/** GraphQL input types of the access module (public contract). */
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../graphql/enums';

@InputType()
export class LoginInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
}

@InputType()
export class CreateStaffUserInput {
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String) password!: string;
  @Field(() => Role) role!: Role;
}

@InputType()
export class UpdateStaffUserInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) password?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true disables the user and revokes their sessions' })
  disabled?: boolean | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) id!: string;
}
