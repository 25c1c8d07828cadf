import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SR_REFERENCE_LIMIT,
  batchFromExtraction,
  referencesForServiceRequest,
  sortBatch,
} from '../../../src/core/triage/index.ts';
import { analysePastedText } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const sighting = fc
  .record({
    grn: fc.boolean(),
    ip: fc.integer({ min: 0x01000001, max: 0xffffffff }),
    // Few distinct seconds, so ties in time are common and the tie-break is exercised.
    epoch: fc.integer({ min: 1_764_000_000, max: 1_764_000_020 }),
    rid: fc.integer({ min: 0, max: 0xfffff }),
  })
  .map(({ grn, ip, epoch, rid }) =>
    grn
      ? `Akamai-GRN: 0.${ip.toString(16)}.${epoch}.${rid.toString(16)}`
      : `Reference #18.${ip.toString(16)}.${epoch}.${rid.toString(16)}`,
  );

describe('referencesForServiceRequest', () => {
  it('gives the freshest error references, latest first, as sorting the whole batch would', () => {
    fc.assert(
      fc.property(fc.array(sighting, { maxLength: 400 }), (lines) => {
        const { found } = analysePastedText(lines.join('\n'), { now: FIXED_NOW });
        const entries = batchFromExtraction('pasted text', { found, rejected: [] });
        const errors = entries.filter((entry) => entry.reference.kind === 'error');
        const sorted = sortBatch(errors, 'time', 'descending');
        expect(referencesForServiceRequest(entries)).toEqual({
          references: sorted.slice(0, SR_REFERENCE_LIMIT).map((entry) => entry.reference.reference),
          leftOut: Math.max(0, errors.length - SR_REFERENCE_LIMIT),
          grnsLeftOut: entries.length - errors.length,
          // The whole selection's size and span, however many the link carries.
          scale:
            errors.length === 0
              ? null
              : {
                  errors: errors.length,
                  firstEpoch: sorted.at(-1)?.reference.epochSeconds,
                  lastEpoch: sorted[0]?.reference.epochSeconds,
                  codes: [18],
                },
        });
      }),
      { numRuns: 200 },
    );
  });
});
