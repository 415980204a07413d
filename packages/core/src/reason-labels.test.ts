import { describe, expect, it } from 'vitest';
import { CAMPAIGN_EFFECT_TYPES } from './campaigns/types';
import { POINTS_SOURCE_LABEL, REASON_LABEL, reasonLabel } from './reason-labels';
import { REASON } from './purchase-rules';
import { POINTS_SOURCES } from './types';

const RAW = /^[A-Z][A-Z0-9_]+$/;

describe('ledger labels', () => {
  it('labels every source and reason code in words, never the code itself', () => {
    for (const s of POINTS_SOURCES) expect(POINTS_SOURCE_LABEL[s]).not.toMatch(RAW);
    for (const r of Object.values(REASON)) {
      expect(REASON_LABEL[r]).toBeTruthy();
      expect(reasonLabel(r)).not.toMatch(RAW);
    }
  });

  it('labels each campaign effect as a campaign grant', () => {
    for (const e of CAMPAIGN_EFFECT_TYPES) expect(reasonLabel(`CAMPAIGN_${e}`)).toMatch(/^campaign [a-z]/);
    expect(reasonLabel('CAMPAIGN_FIXED_BONUS')).toBe('campaign fixed bonus');
  });

  it("keeps a person's sentence as written and never shows an unknown code raw", () => {
    expect(reasonLabel('Goodwill: late parcel')).toBe('Goodwill: late parcel');
    expect(reasonLabel('refund r-1 of order o-1')).toBe('refund r-1 of order o-1');
    expect(reasonLabel('SOME_NEW_CODE')).toBe('some new code');
    expect(reasonLabel(null)).toBeUndefined();
  });
});
