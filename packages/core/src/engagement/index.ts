export * from './tasks';
export * from './extension';
export * from './draws';
export * from './sha256';
export * from './leaderboards';
export * from './group-buys';
export * from './boosts';
