/** The one place the API reads time. Tests and the demo loader pass their own. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export const fixedClock = (at: Date): Clock & { set(at: Date): void; advance(ms: number): void } => {
  let t = at.getTime();
  return {
    now: () => new Date(t),
    set: (d: Date) => {
      t = d.getTime();
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
};

/**
 * A clock that reads `start` when it is created and runs forward in real time from there
 * (`ACCRUE_CLOCK_START`, outside production): to try time-dependent rules, such as expiry,
 * reminders and the tier grace, against a server whose clock has moved on.
 */
export const startingClock = (start: Date, realNow: () => number = Date.now): Clock => {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
};
