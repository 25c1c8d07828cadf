/**
 * A count as a person reads it: "100,000", not "100000". Always with the same separator (not the
 * browser's locale): counts are copied into SRs and compared with Oracle's figures.
 */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** A count's share of a total, as a table shows it: "<1%" for a few of many, never "0%". */
export function formatShare(count: number, total: number): string {
  if (total <= 0) return '';
  const percent = Math.round((count / total) * 100);
  return percent === 0 && count > 0 ? '<1%' : `${percent}%`;
}
