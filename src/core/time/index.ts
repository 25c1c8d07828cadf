/** Time: a reference's age against Akamai's log window, and how times are written. Imports no other area. */
export { SECONDS_PER_DAY, SECONDS_PER_HOUR } from './seconds.ts';
export {
  LOG_WINDOW_HOURS,
  referenceAge,
  type LogWindowStanding,
  type ReferenceAge,
} from './age.ts';
export { formatInZone, formatRelativeAge, formatSpan, formatUtc, isoUtc } from './time-format.ts';
