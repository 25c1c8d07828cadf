import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/index.ts';
import { leadingLines } from '../../../src/core/reference/index.ts';
import { FIXED_NOW } from '../corpus.ts';

describe('leadingLines', () => {
  it('cuts after the last whole line within the limit', () => {
    expect(leadingLines('aaa\nbbb\nccc\n', 9)).toBe('aaa\nbbb\n');
    expect(leadingLines('aaa\r\nbbb\r\nccc', 10)).toBe('aaa\r\nbbb\r\n');
  });

  it('has no early part for a short text or one without a line break', () => {
    expect(leadingLines('short\ntext', 100)).toBeNull();
    expect(leadingLines('x'.repeat(50), 10)).toBeNull();
  });

  it('never cuts at a quoted-printable soft break, which a reference may span', () => {
    const text = 'Reference #18.4c96df17.16446=\n09140.2a155db\nnext line\n';
    expect(leadingLines(text, 35)).toBeNull();
    expect(leadingLines(`intro\n${text}`, 40)).toBe('intro\n');
  });

  it('yields only references the whole text has', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Reference #18.4c96df17.1644609140.2a155db',
        'ref 97.a1b2c3d4.1644609141.1f=',
        '9.1e16a5c.1644600000.deadbeef',
        '',
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.integer({ min: 1, max: 400 }),
        (lines, max) => {
          const text = lines.join('\n');
          const leading = leadingLines(text, max);
          if (leading === null) return;
          expect(text.startsWith(leading)).toBe(true);
          const whole = new Set(
            extractReferences(text, { now: FIXED_NOW }).references.map((r) => r.reference),
          );
          for (const reference of extractReferences(leading, { now: FIXED_NOW }).references)
            expect(whole.has(reference.reference)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
