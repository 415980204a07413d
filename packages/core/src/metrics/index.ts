export * from './rollup';
export * from './definitions';
export * from './redemption-rate';
export * from './ifrs15';
export * from './roll-forward';
export * from './series';
export * from './forecast';
export * from './alerts';
