/** Formats integer minor units (fen, cents) in the currency's own number of decimals. */
export function formatMinor(minor: number, currency: string): string {
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minor / 10 ** digits);
}

export function formatRatioAsPercent(ratio: number): string {
  return `${(ratio * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
}

export function formatMultiplier(multiplier: number): string {
  return `×${multiplier.toLocaleString(undefined, { maximumFractionDigits: 2 })}`;
}
