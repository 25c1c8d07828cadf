import { describe, expect, it } from 'vitest';
import {
  formatInZone,
  formatRelativeAge,
  formatUtc,
  isoUtc,
  referenceAge,
} from '../../../src/core/time/index.ts';

const ISSUED = 1644609140; // 2022-02-11 19:52:20 UTC
const at = (hoursLater: number) => (ISSUED + hoursLater * 3600) * 1000;

describe('referenceAge against the log window', () => {
  it.each([
    [-1, 'future'],
    [0, 'fresh'],
    [5.99, 'fresh'],
    [6, 'may-be-gone'],
    [24, 'may-be-gone'],
    [24.01, 'probably-gone'],
    [24 * 40, 'probably-gone'],
  ])('%f hours after issue: %s', (hours, standing) => {
    const age = referenceAge(ISSUED, at(hours));
    expect(age.standing).toBe(standing);
    expect(age.ageHours).toBeCloseTo(hours, 2);
    expect(age.advice.length).toBeGreaterThan(20);
  });
});

describe('time formatting takes the zone as an argument', () => {
  it('runs the tests in UTC', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  it('formats UTC, ISO, a named zone and a relative age', () => {
    expect(formatUtc(ISSUED)).toBe('2022-02-11 19:52:20 UTC');
    expect(isoUtc(ISSUED)).toBe('2022-02-11T19:52:20Z');
    expect(formatInZone(ISSUED, 'Europe/Berlin')).toBe('11 Feb 2022, 20:52:20 CET');
    expect(formatInZone(ISSUED, 'America/Chicago', 'en-US')).toBe('Feb 11, 2022, 13:52:20 CST');
    expect(formatRelativeAge(ISSUED, at(3))).toBe('3 hours ago');
    expect(formatRelativeAge(ISSUED, at(-0.5))).toBe('in 30 minutes');
  });
});
