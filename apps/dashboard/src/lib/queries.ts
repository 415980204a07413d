// Hand-written for now; these documents and types move to @accrue/sdk (generated from the API's
// emitted schema) once it exists.

export const OVERVIEW_QUERY = /* GraphQL */ `
  {
    programSettings {
      name
      currency
      timezone
      costToSalesRedLine
    }
    tiers {
      id
      name
      rank
      qualifyingSpendMinor
      earnMultiplier
      memberCount
    }
  }
`;

export interface OverviewTier {
  id: string;
  name: string;
  rank: number;
  /** SafeInt: integer minor units of the program currency. */
  qualifyingSpendMinor: number;
  earnMultiplier: number;
  memberCount: number;
}

export interface OverviewData {
  programSettings: {
    name: string;
    currency: string;
    timezone: string;
    /** A ratio: 0.02 is a 2% cost-to-sales red line. */
    costToSalesRedLine: number;
  };
  tiers: OverviewTier[];
}
