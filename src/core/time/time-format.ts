import { intlFormatDistance } from 'date-fns';

const pad = (value: number): string => String(value).padStart(2, '0');

/** `2022-02-11 19:52:20 UTC`: the form Oracle and Akamai read in an SR. */
export function formatUtc(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`
  );
}

/** ISO 8601 in UTC without milliseconds, for exports and machine-readable fields. */
export function isoUtc(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and there are only a few zones: keep each one. */
function zoneFormatter(timeZone: string, locale: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let formatter = zoneFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
      timeZoneName: 'short',
    });
    zoneFormatters.set(key, formatter);
  }
  return formatter;
}

/** The same instant in a named time zone, e.g. `11 Feb 2022, 20:52:20 CET`. */
export function formatInZone(epochSeconds: number, timeZone: string, locale = 'en-GB'): string {
  return zoneFormatter(timeZone, locale).format(new Date(epochSeconds * 1000));
}

/**
 * "3 hours ago" or "in 30 minutes", relative to `nowMs`. Uses the platform's Intl data rather
 * than a bundled date-fns locale, which would add kilobytes to the first screen.
 */
export function formatRelativeAge(epochSeconds: number, nowMs: number, locale = 'en'): string {
  return intlFormatDistance(new Date(epochSeconds * 1000), new Date(nowMs), { locale });
}

/** A duration as people say it in an incident: `1 h 57 min 50 s`, `3 d 4 h`, `0 s`. */
export function formatSpan(seconds: number): string {
  const units: readonly [number, string][] = [
    [86_400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  let rest = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  for (const [size, unit] of units) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) parts.push(`${amount} ${unit}`);
  }
  // Seconds stop mattering once a span runs to days.
  return parts.length === 0 ? '0 s' : parts.slice(0, 3).join(' ');
}
