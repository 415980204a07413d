/**
 * Column helpers of the ORM entities. MikroORM 6 maps bigint to string by default;
 * BigIntType('number') keeps them JS numbers (every value is a safe integer: the API's SafeInt
 * scalar guarantees it).
 */
import { BigIntType } from '@mikro-orm/core';

// MikroORM 6 maps bigint to string by default; BigIntType('number') keeps them JS numbers.
export const bigint = () => ({ type: new BigIntType('number') });
export const datetime = () => ({ type: 'datetime', length: 3 }) as const;
