import type { ProgramRules } from './types';
/** The defaults a fresh program starts with (product.md). */
export declare const DEFAULT_RULES: ProgramRules;
export declare const DEFAULT_TIERS: { name: string; rank: number; qualifyingSpendMinor: number; earnMultiplier: number; birthdayMultiplier: number; perks: string[] }[];
