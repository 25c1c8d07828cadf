import type { BatchSortKey, RequestContext } from '../../../src/core/triage/index.ts';
import fc from 'fast-check';

/**
 * A reference line as logs and headers hold them, drawn from few codes, edge IPs, seconds and
 * request ids: ties, repeats and GRN/error pairs of the same response are common.
 */
export const sightingLine = fc
  .record({
    grn: fc.boolean(),
    code: fc.constantFrom(18, 18, 30, 97, 102, 3, 7),
    ip: fc.constantFrom(0x4c96df17, 0x4c96df18, 0x01020304, 0x7f000001),
    epoch: fc.oneof(
      { weight: 30, arbitrary: fc.integer({ min: 1_764_000_000, max: 1_764_000_040 }) },
      // Far from the rest: the timeline lists these apart, several in one second.
      { weight: 1, arbitrary: fc.constantFrom(1_700_000_000, 1_600_000_000, 1_764_400_000) },
    ),
    rid: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ grn, code, ip, epoch, rid }) =>
    grn
      ? `Akamai-GRN: 0.${ip.toString(16)}.${epoch}.${rid.toString(16)}`
      : `Reference #${code}.${ip.toString(16)}.${epoch}.${rid.toString(16)}`,
  );

/** The request a reference answered, from a small set so filters and counts find repeats. */
export const requestContext = fc.record<RequestContext>({
  method: fc.constantFrom('GET', 'POST', null),
  url: fc.constantFrom('https://a.example.com/x', 'https://b.example.com/y/z', null),
  host: fc.constantFrom('a.example.com', 'b.example.com', null),
  path: fc.constantFrom('/x', '/y/z', null),
  status: fc.constantFrom(403, 503, 200, null),
  startedUtc: fc.constant(null),
  serverIp: fc.constant(null),
  from: fc.constant('har' as const),
});

/** Every column the table sorts by. */
export const SORT_KEYS: readonly BatchSortKey[] = [
  'time',
  'reasonCode',
  'edgeIp',
  'request',
  'status',
  'occurrences',
];
