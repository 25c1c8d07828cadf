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
  return isoUtcFromMs(epochSeconds * 1000);
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

/** Hours say enough while the log window matters; past two days, days do. */
const DAYS_FROM_HOURS = 48;

const count = (amount: number, unit: string) => `${amount} ${unit}${amount === 1 ? '' : 's'}`;

/**
 * How long, as a sentence says it: "23 minutes", "3 hours 5 min", "2 days"; with `'hours'`
 * precision, whole hours ("30 hours"). Hours up to 48, days after.
 */
export function describeDuration(seconds: number, precision: 'minutes' | 'hours' = 'minutes') {
  if (precision === 'hours') {
    const hours = Math.floor(seconds / 3600);
    return hours < DAYS_FROM_HOURS ? count(hours, 'hour') : count(Math.floor(hours / 24), 'day');
  }
  const minutes = Math.max(0, Math.round(seconds / 60));
  if (minutes < 1) return count(Math.max(0, Math.round(seconds)), 'second');
  if (minutes < 60) return count(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < DAYS_FROM_HOURS) {
    const rest = minutes % 60;
    return rest === 0 ? count(hours, 'hour') : `${count(hours, 'hour')} ${rest} min`;
  }
  return `${Math.floor(hours / 24)} days`;
}

/** ISO 8601 in UTC without milliseconds, from milliseconds since the epoch. */
export function isoUtcFromMs(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `20261128-1707Z`: a file name's time, sorting by date and safe on every file system. */
export function fileNameStamp(epochMs: number): string {
  return isoUtcFromMs(epochMs)
    .replace(/[-:]/g, '')
    .replace(/T(\d{4}).*$/, '-$1Z');
}
