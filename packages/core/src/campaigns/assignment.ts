/**
 * Experiment assignment, deterministic and sticky, compatible with GrowthBook's hash version 2
 * (`hash(seed, value, 2)` in its SDKs) so anyone can cross-check a member's arm:
 *   n = (fnv1a32(String(fnv1a32(campaignKey + memberId))) % 10000) / 10000
 * FNV-1a 32-bit runs over UTF-16 code units, as JavaScript's charCodeAt. `n` below the holdout
 * share means holdout; the rest is split by cumulative variant weight, in the variants' order.
 */
import type { CampaignDefinition } from './types';

/** FNV-1a, 32 bits, over the UTF-16 code units of `s` */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** GrowthBook's hash version 2: a bucket in [0, 1) with 4 decimals */
export function experimentHash(seed: string, value: string): number {
  return bucketOf(seed, value) / 10000;
}

/** the integer bucket 0..9999 behind experimentHash */
function bucketOf(seed: string, value: string): number {
  return fnv1a32(String(fnv1a32(seed + value))) % 10000;
}

export interface Assignment {
  /** null in the holdout */
  variantKey: string | null;
  inHoldout: boolean;
  /** n, in [0, 1) */
  bucket: number;
}

/** Percent to basis points (the bucket's resolution), so the comparison is exact. */
const basisPoints = (percent: number) => Math.round(percent * 100);

export function assignVariant(
  c: Pick<CampaignDefinition, 'key' | 'variants' | 'holdoutPercent'>,
  memberId: string,
): Assignment {
  const k = bucketOf(c.key, memberId);
  const bucket = k / 10000;
  let edge = basisPoints(c.holdoutPercent);
  if (k < edge || c.variants.length === 0) return { variantKey: null, inHoldout: true, bucket };
  let cumulative = c.holdoutPercent;
  for (const v of c.variants) {
    cumulative += v.weight;
    edge = basisPoints(cumulative);
    if (k < edge) return { variantKey: v.key, inHoldout: false, bucket };
  }
  // weights that add up to a hair under 100 leave the last bucket to the last variant
  return { variantKey: c.variants[c.variants.length - 1].key, inHoldout: false, bucket };
}
