import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateMiddle } from '../../../src/core/text/index.ts';

describe('truncateMiddle', () => {
  const url =
    'https://api.example-utility.com/rest/apis/customer/v1/accounts/1234567890/contacts/primary';

  it('keeps a short value whole', () => {
    expect(truncateMiddle('https://a.example/x', 40)).toEqual({
      text: 'https://a.example/x',
      truncated: false,
    });
  });

  it('keeps the host and the last segment, cutting the middle at a slash', () => {
    const { text, truncated } = truncateMiddle(url, 48);
    expect(truncated).toBe(true);
    expect(text).toMatch(/^https:\/\/api\.example-utility\.com\/.*…\/.*primary$/);
    expect([...text].length).toBeLessThanOrEqual(48);
  });

  it('never exceeds the limit and always keeps both ends (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 300 }).filter((value) => !value.includes('…')),
        fc.integer({ min: 4, max: 200 }),
        (value, max) => {
          const { text, truncated } = truncateMiddle(value, max);
          const characters = [...value];
          if (!truncated) {
            expect(text).toBe(value);
            return;
          }
          expect([...text].length).toBeLessThanOrEqual(max);
          const [head = '', tail = ''] = text.split('…');
          expect(value.startsWith(head)).toBe(true);
          expect(value.endsWith(tail)).toBe(true);
          expect(characters.length).toBeGreaterThan(max);
        },
      ),
    );
  });
});
