import { buildSchema, graphql, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { coercionErrorField, literalErrorField } from './errors';
import { DateTime, SafeInt } from './scalars';

/** graphql-js's own messages for variables it cannot coerce (the schema mirrors recordPurchase's input). */
const schema = buildSchema(`
  scalar DateTime
  scalar SafeInt
  input ItemInput { sku: String!, amountMinor: SafeInt! }
  input PurchaseInput { orderId: String!, amountMinor: SafeInt!, occurredAt: DateTime, items: [ItemInput!] }
  type Query { ok: Boolean }
  type Mutation { recordPurchase(input: PurchaseInput!): Boolean }
`);
Object.assign(schema.getType('DateTime')!, { parseValue: DateTime.parseValue });
Object.assign(schema.getType('SafeInt')!, {
  parseValue: SafeInt.parseValue,
  parseLiteral: SafeInt.parseLiteral,
});

async function messageFor(input: unknown): Promise<string> {
  const r = await graphql({
    schema,
    source: 'mutation ($input: PurchaseInput!) { recordPurchase(input: $input) }',
    variableValues: { input },
  });
  expect(r.errors).toHaveLength(1);
  return r.errors![0].message;
}

describe('coercionErrorField', () => {
  const valid = { orderId: 'o-1', amountMinor: 100 };

  it('names the field of a malformed scalar, down to list items', async () => {
    expect(coercionErrorField(await messageFor({ ...valid, occurredAt: '2025-02-30 noon' }))).toEqual([
      'input',
      'occurredAt',
    ]);
    expect(coercionErrorField(await messageFor({ ...valid, amountMinor: 'ten' }))).toEqual([
      'input',
      'amountMinor',
    ]);
    expect(
      coercionErrorField(
        await messageFor({
          ...valid,
          items: [
            { sku: 'a', amountMinor: 1 },
            { sku: 'b', amountMinor: 1.5 },
          ],
        }),
      ),
    ).toEqual(['input', 'items', '1', 'amountMinor']);
  });

  it('names a missing or unknown field, and the variable itself when it is null', async () => {
    expect(coercionErrorField(await messageFor({ orderId: 'o-1' }))).toEqual(['input', 'amountMinor']);
    expect(coercionErrorField(await messageFor({ ...valid, colour: 'red' }))).toEqual(['input', 'colour']);
    expect(coercionErrorField(await messageFor(null))).toEqual(['input']);
  });

  it('leaves other messages alone, even with a quoted " at " inside the value', async () => {
    expect(coercionErrorField('Something else went wrong')).toBeNull();
    expect(coercionErrorField(await messageFor({ ...valid, occurredAt: 'x at "input.orderId"; y' }))).toEqual(
      ['input', 'occurredAt'],
    );
  });
});

describe('literalErrorField', () => {
  /** the fields named by the validation errors of a query with its values written inline */
  const fieldsOf = (input: string) =>
    validate(schema, parse(`mutation { recordPurchase(input: ${input}) }`)).map(literalErrorField);

  it('names the field of a malformed literal, down to list items', () => {
    expect(fieldsOf('{ orderId: "o", amountMinor: 1e20 }')).toEqual([['input', 'amountMinor']]);
    expect(fieldsOf('{ orderId: "o", amountMinor: "ten" }')).toEqual([['input', 'amountMinor']]);
    expect(
      fieldsOf(
        '{ orderId: "o", amountMinor: 5, items: [{ sku: "a", amountMinor: 1 }, { sku: "b", amountMinor: 1.5 }] }',
      ),
    ).toEqual([['input', 'items', '1', 'amountMinor']]);
  });

  it('names a missing or unknown field', () => {
    expect(fieldsOf('{ orderId: "o" }')).toEqual([['input', 'amountMinor']]);
    expect(fieldsOf('{ orderId: "o", amountMinor: 5, colour: "red" }')).toEqual([['input', 'colour']]);
  });

  it('leaves other validation errors alone', () => {
    const [e] = validate(
      schema,
      parse('mutation { recordPurchase(input: { orderId: "o", amountMinor: 5 }) { x } }'),
    );
    expect(literalErrorField(e)).toBeNull();
    const [unknownField] = validate(schema, parse('{ nope }'));
    expect(literalErrorField(unknownField)).toBeNull();
  });
});
