import { describe, expect, it } from 'vitest';
import { analysePastedText, extractReferences } from '../../../src/core/index.ts';
import { batchFromExtraction, combineSources } from '../../../src/core/triage/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const ERROR = '18.4c96df17.1644609140.2a155db';
const GRN = '0.4c96df17.1644609140.2a155db';

function entriesOf(source: string, text: string) {
  const { found } = analysePastedText(text, { now: FIXED_NOW });
  return batchFromExtraction(source, { found, rejected: [] });
}

describe('a GRN and the error of the same response are tied together', () => {
  it('in one text', () => {
    const { references } = extractReferences(
      `Reference #${ERROR}\nAkamai-GRN: ${GRN}\nReference #18.4c96df17.1644609999.1`,
      { now: FIXED_NOW },
    );
    const byReference = new Map(references.map((r) => [r.reference, r.relatedReference]));
    expect(byReference.get(ERROR)).toBe(GRN);
    expect(byReference.get(GRN)).toBe(ERROR);
    expect(byReference.get('18.4c96df17.1644609999.1')).toBeNull();
  });

  it('across sources: a GRN header in one file, the error page in another', () => {
    const combined = combineSources([
      entriesOf('har', `Akamai-GRN: ${GRN}`),
      entriesOf('page', `Reference #${ERROR}`),
    ]);
    const byReference = new Map(combined.map((e) => [e.reference.reference, e.reference]));
    expect(byReference.get(ERROR)?.relatedReference).toBe(GRN);
    expect(byReference.get(GRN)?.relatedReference).toBe(ERROR);
  });

  it('not when the last three fields differ', () => {
    const combined = combineSources([
      entriesOf('har', `Akamai-GRN: 0.4c96df17.1644609140.2a155dc`),
      entriesOf('page', `Reference #${ERROR}`),
    ]);
    expect(combined.every((entry) => entry.reference.relatedReference === null)).toBe(true);
  });
});
