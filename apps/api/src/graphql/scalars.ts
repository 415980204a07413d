import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/** The contract's scalars: DateTime (ISO-8601, UTC) and SafeInt (money in minor units, points). */
export const DateTime = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), name: 'DateTime' });
export const SafeInt = SafeIntResolver;
