import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertRefundable, refundClawbackPoints } from './earning';
import { DomainError } from './errors';

describe('refunds: random partial refund sequences', () => {
  it('cumulative refunds never exceed the amount; reversed points never exceed the order points and never drift', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.double({ min: 0, max: 0.7, noNaN: true }), { minLength: 1, maxLength: 15 }),
        (amountMinor, orderPoints, fractions) => {
          let refunded = 0;
          let reversed = 0;
          for (const f of fractions) {
            const refundMinor = Math.max(1, Math.round(amountMinor * f));
            try {
              assertRefundable(refunded, refundMinor, amountMinor);
            } catch (e) {
              expect((e as DomainError).code).toBe('REFUND_EXCEEDS_PURCHASE');
              expect(refunded + refundMinor).toBeGreaterThan(amountMinor);
              continue; // refused: nothing changes
            }
            const points = refundClawbackPoints({
              orderPoints,
              amountMinor,
              refundedBeforeMinor: refunded,
              refundMinor,
              reversedBefore: reversed,
            });
            expect(points).toBeGreaterThanOrEqual(0);
            refunded += refundMinor;
            reversed += points;
            expect(refunded).toBeLessThanOrEqual(amountMinor);
            expect(reversed).toBeLessThanOrEqual(orderPoints);
            // the cumulative form: always exactly the proportional share of what has been refunded
            expect(reversed).toBe(Math.floor((orderPoints * refunded) / amountMinor));
          }
          // refunding the rest reverses exactly the order's points; anything after that is refused
          if (refunded < amountMinor) {
            reversed += refundClawbackPoints({
              orderPoints,
              amountMinor,
              refundedBeforeMinor: refunded,
              refundMinor: amountMinor - refunded,
              reversedBefore: reversed,
            });
            refunded = amountMinor;
          }
          expect(reversed).toBe(orderPoints);
          expect(() => assertRefundable(refunded, 1, amountMinor)).toThrow(DomainError);
        },
      ),
      { numRuns: 500 },
    );
  });
});
