import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { updateProgramSettings } from './update-program-settings';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { UpdateProgramSettingsInput } from './program.inputs';
import { toProgramSettings } from '../../graphql/map';
import { ProgramSettings, UpdateProgramSettingsPayload } from './program.types';

/** The program's settings. */
@Resolver()
export class ProgramResolver {
  @Authorized('program:read')
  @Query(() => ProgramSettings)
  async programSettings(@Ctx() ctx: GqlContext) {
    return toProgramSettings(await ctx.loaders.program());
  }

  @Authorized('program:write')
  @Mutation(() => UpdateProgramSettingsPayload)
  updateProgramSettings(
    @Arg('input', () => UpdateProgramSettingsInput) input: UpdateProgramSettingsInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      await updateProgramSettings(ctx.app, ctx.actor!, input);
      return { settings: toProgramSettings(await ctx.app.program.get(ctx.app.orm.em.fork())) };
    });
  }
}
