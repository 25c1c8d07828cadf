/**
 * A count as a person reads it: "100,000", not "100000". Always with the same separator (not the
 * browser's locale): counts are copied into SRs and compared with Oracle's figures.
 */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
