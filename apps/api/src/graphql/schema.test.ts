import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema';

const contractPath = join(__dirname, '../../../../../shared/contract/schema.graphql');
const emittedPath = join(__dirname, '../../schema.graphql');

describe('the emitted schema', () => {
  it('is a superset of the public contract', () => {
    const contract = buildSchema(readFileSync(contractPath, 'utf8'));
    const emitted = buildSchema(readFileSync(emittedPath, 'utf8'));
    expect(findBreakingChanges(contract, emitted).map((c) => c.description)).toEqual([]);
  });

  it('is what the code builds (apps/api/schema.graphql is current)', async () => {
    const built = printSchema(lexicographicSortSchema(await buildAppSchema()));
    const committed = printSchema(lexicographicSortSchema(buildSchema(readFileSync(emittedPath, 'utf8'))));
    expect(built).toBe(committed);
  });
});
