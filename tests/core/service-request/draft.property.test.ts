import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LIMIT,
  MIN_REFERENCES_LISTED,
  SUMMARY_LIMIT,
  TRIMMED_MARK,
} from '../../../src/core/service-request/index.ts';
import {
  decodeReference,
  draftServiceRequest,
  type DecodedReference,
} from '../../../src/core/index.ts';
import { INCIDENT_NOW, referenceWithTime } from './service-request-fixtures.ts';

const CODES = [0, 1, 6, 7, 9, 11, 18, 25, 30, 97, 102, 203, 250];

const incident = fc
  .uniqueArray(
    fc.record({
      code: fc.constantFrom(...CODES),
      ageSeconds: fc.integer({ min: 0, max: 3 * 86_400 }),
      rid: fc.integer({ min: 1, max: 0xffffff }),
    }),
    {
      minLength: 1,
      maxLength: 160,
      size: 'max',
      selector: ({ ageSeconds, rid }) => `${ageSeconds}.${rid}`,
    },
  )
  .map((items) =>
    items.map(({ code, ageSeconds, rid }): DecodedReference => {
      const epoch = Math.floor(INCIDENT_NOW / 1000) - ageSeconds;
      const result = decodeReference(`${code}.4c96df17.${epoch}.${rid.toString(16)}`, {
        now: INCIDENT_NOW,
      });
      if (!result.ok) throw new Error(result.reason);
      return { ...result.reference, kind: 'error' };
    }),
  );

const typed = fc.option(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3000 }), {
  nil: undefined,
});

describe('the description, whatever the incident', () => {
  it('fits, lists the freshest references first (at least the minimum), and drops no typed text silently', () => {
    fc.assert(
      fc.property(incident, typed, typed, (references, businessImpact, stepsToReproduce) => {
        const draft = draftServiceRequest({
          references,
          context: { environment: 'PROD', businessImpact, stepsToReproduce },
          now: INCIDENT_NOW,
        });
        expect(draft.description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
        expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
        const freshest = [...references].sort((a, b) => b.epochSeconds - a.epochSeconds);
        expect(draft.summary).toContain(freshest[0]?.reference);
        const listed = draft.figures.referencesInDescription;
        expect(listed).toBeGreaterThanOrEqual(Math.min(references.length, MIN_REFERENCES_LISTED));
        const lines = freshest
          .slice(0, listed)
          .map((reference) => referenceWithTime(draft.description, reference));
        expect(lines.every((line) => line >= 0)).toBe(true);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        for (const text of [businessImpact, stepsToReproduce]) {
          if (text === undefined || text.trim() === '') continue;
          expect(draft.attachment).toContain(text.trim());
          if (!draft.description.includes(text.trim())) {
            expect(
              draft.description.includes(TRIMMED_MARK) ||
                /: in the attached file\.$/m.test(draft.description),
            ).toBe(true);
            expect(draft.warnings.some((warning) => warning.kind === 'trimmed')).toBe(true);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
