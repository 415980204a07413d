/**
 * @accrue/stats: experiment statistics as pure functions (no I/O, no clock). Nothing from the API,
 * the dashboard or core is imported here; distribution functions come from @stdlib.
 */
export * from './distributions';
export * from './summary';
export * from './tests';
export * from './adjust';
export * from './srm';
export * from './power';
export * from './experiment';
