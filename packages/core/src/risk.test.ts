import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earningVelocityReason, enrolmentRiskReasons } from './risk';
import { DEFAULT_RULES } from './rules';

const rules = DEFAULT_RULES.risk;
const DAY = 86_400_000;
const at = new Date('2026-06-01T12:00:00Z');
const ago = (days: number) => new Date(at.getTime() - days * DAY);
type Buy = { occurredAt: Date; points: number };
const velocity = (purchases: Buy[], over = rules) =>
  earningVelocityReason({ rules: over, at, purchases, points: (p) => p.points });

describe('enrolmentRiskReasons', () => {
  const base = { rules, deviceId: 'dev-1', ipAddress: '203.0.113.9', sameDevice: 0, sameIp: 0 };

  it('flags the enrolment beyond the limit of a device or an address, not the ones within it', () => {
    expect(enrolmentRiskReasons({ ...base, sameDevice: 2, sameIp: 9 })).toEqual([]);
    expect(enrolmentRiskReasons({ ...base, sameDevice: 3 })).toEqual([
      'SHARED_DEVICE: enrolment 4 from device dev-1 (limit 3)',
    ]);
    expect(enrolmentRiskReasons({ ...base, sameIp: 10 })).toEqual([
      'SHARED_IP: enrolment 11 from address 203.0.113.9 (limit 10)',
    ]);
  });

  it('needs the device or address given, and a limit set', () => {
    expect(
      enrolmentRiskReasons({ ...base, deviceId: null, ipAddress: null, sameDevice: 9, sameIp: 99 }),
    ).toEqual([]);
    const off = { ...rules, maxEnrolmentsPerDevice: null, maxEnrolmentsPerIp: null };
    expect(enrolmentRiskReasons({ ...base, rules: off, sameDevice: 9, sameIp: 99 })).toEqual([]);
  });
});

describe('earningVelocityReason', () => {
  it('flags 24 hours of purchase points far above the daily norm of the 90 days before', () => {
    // norm: 90 points a day (8,100 over 90 days); today 6,000 > 10 x 90 and >= 5,000
    const history = Array.from({ length: 90 }, (_, i) => ({ occurredAt: ago(i + 1.5), points: 90 }));
    expect(velocity([...history, { occurredAt: ago(0.5), points: 6000 }])).toBe(
      'EARNING_VELOCITY: 6000 purchase points in 24 h, against 90 a day over the 90 days before',
    );
    // within the norm's multiple, or under the floor: no flag
    const steady = Array.from({ length: 90 }, (_, i) => ({ occurredAt: ago(i + 1.5), points: 700 }));
    expect(velocity([...steady, { occurredAt: ago(0.5), points: 6000 }])).toBeNull();
    expect(velocity([{ occurredAt: ago(0.2), points: 4999 }])).toBeNull();
  });

  it('counts only the window and the baseline: later and older purchases are left out', () => {
    expect(velocity([{ occurredAt: new Date(at.getTime() + 1000), points: 9999 }])).toBeNull();
    expect(velocity([{ occurredAt: ago(1.01), points: 9999 }])).toBeNull(); // baseline, not window
    expect(velocity([{ occurredAt: ago(0.99), points: 5000 }])).not.toBeNull();
    expect(velocity([{ occurredAt: ago(0.99), points: 5000 }], { ...rules, velocity: null })).toBeNull();
  });

  it('flags exactly when the window clears both the floor and the multiple of the norm', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ days: fc.double({ min: 0, max: 120, noNaN: true }), points: fc.nat(3000) }), {
          maxLength: 60,
        }),
        (raw) => {
          const buys = raw.map((r) => ({ occurredAt: ago(r.days), points: r.points }));
          const sum = (lo: number, hi: number) =>
            raw.filter((r) => r.days >= lo && r.days < hi).reduce((s, r) => s + r.points, 0);
          const recent = sum(0, 1);
          const perDay = sum(1, 91) / 90;
          const flagged = velocity(buys) !== null;
          expect(flagged).toBe(recent >= 5000 && recent > 10 * perDay);
        },
      ),
    );
  });
});
