import { describe, expect, it } from 'vitest';
import { formatCount, formatShare } from '../../../src/core/text/index.ts';

describe('counts as a person reads them', () => {
  it('groups thousands with a comma, whatever the locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(200_002)).toBe('200,002');
    expect(formatCount(1_000_000)).toBe('1,000,000');
  });

  it('gives a share in whole percent, "<1%" for a few of many, nothing of nothing', () => {
    expect(formatShare(1, 2)).toBe('50%');
    expect(formatShare(40, 200_000)).toBe('<1%');
    expect(formatShare(0, 10)).toBe('0%');
    expect(formatShare(10, 10)).toBe('100%');
    expect(formatShare(3, 0)).toBe('');
  });
});
