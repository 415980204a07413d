export * from './tasks';
export * from './extension';
