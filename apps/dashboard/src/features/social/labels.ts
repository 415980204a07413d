/** Group buy and boost statuses in words, with their badge colours (the API sends upper-case codes). */
type Variant = 'secondary' | 'outline' | 'success' | 'warning';

export interface StatusWords {
  label: string;
  variant: Variant;
}

const words = (table: Record<string, StatusWords>, code: string): StatusWords =>
  table[code] ?? { label: code.toLowerCase().replace(/_/g, ' '), variant: 'outline' };

const GROUP_STATUS: Record<string, StatusWords> = {
  OPEN: { label: 'open', variant: 'success' },
  FILLED: { label: 'filled', variant: 'secondary' },
  EXPIRED: { label: 'expired', variant: 'outline' },
};

const HOLD_STATUS: Record<string, StatusWords> = {
  NONE: { label: 'no points held', variant: 'outline' },
  HELD: { label: 'held until the group fills', variant: 'warning' },
  SPENT: { label: 'spent on the order', variant: 'secondary' },
  RELEASED: { label: 'released to the member', variant: 'outline' },
};

const BOOST_STATUS: Record<string, StatusWords> = {
  OPEN: { label: 'open', variant: 'success' },
  REDEEMED: { label: 'reward redeemed', variant: 'secondary' },
  EXPIRED: { label: 'expired', variant: 'outline' },
};

const CONTRIBUTION_STATUS: Record<string, StatusWords> = {
  HELD: { label: 'held', variant: 'warning' },
  SPENT: { label: 'spent on the reward', variant: 'secondary' },
  RETURNED: { label: 'returned to the friend', variant: 'outline' },
};

export const groupStatus = (code: string) => words(GROUP_STATUS, code);
export const holdStatus = (code: string) => words(HOLD_STATUS, code);
export const boostStatus = (code: string) => words(BOOST_STATUS, code);
export const contributionStatus = (code: string) => words(CONTRIBUTION_STATUS, code);
