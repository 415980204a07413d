/** Ledger entries per page on a member's page. */
export const LEDGER_PAGE = 20;
/** How many of the newest ledger entries the redemptions card reads. */
export const REDEMPTIONS_WINDOW = 100;
