import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/core/index.ts';
import { FIXED_NOW } from './corpus.ts';
import { analyse, fileFrom } from './triage-fixtures.ts';

const reference = fc
  .record({
    code: fc.integer({ min: 1, max: 255 }),
    ip: fc.integer({ min: 0x01000001, max: 0xffffffff }),
    epoch: fc.integer({ min: 1_500_000_000, max: FIXED_NOW / 1000 }),
    rid: fc.integer({ min: 0, max: 0xffffff }),
  })
  .map(({ code, ip, epoch, rid }) => `${code}.${ip.toString(16)}.${epoch}.${rid.toString(16)}`);

const line = fc
  .tuple(fc.string({ maxLength: 30 }), fc.option(reference), fc.string({ maxLength: 30 }))
  .map(
    ([before, found, after]) =>
      `${before.replace(/[\r\n]/g, '')} ${found === null ? '' : `Reference #${found}`} ${after.replace(/[\r\n]/g, '')}`,
  );

describe('reading a file in chunks', () => {
  it('finds exactly what decoding the whole text at once finds, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 512, max: 4096 }),
        async (lines, chunkBytes) => {
          const text = lines.join('\n');
          const whole = extractReferences(text, { now: FIXED_NOW }).references;
          const { entries } = await analyse(fileFrom('random.log', text), { chunkBytes });
          const summary = (references: { reference: string; occurrences: number }[]) =>
            references
              .map(({ reference: canonical, occurrences }) => [canonical, occurrences])
              .sort();
          expect(summary(entries.map((entry) => entry.reference))).toEqual(summary(whole));
        },
      ),
      { numRuns: 150 },
    );
  });
});
