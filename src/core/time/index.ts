/** Time: a reference's age against Akamai's log window, and how times are written. Imports no other area. */
export { SECONDS_PER_DAY, SECONDS_PER_HOUR } from './seconds.ts';
export { LOG_WINDOW_HOURS, LOG_WINDOW_TEXT } from './log-window.ts';
export {
  logWindowStanding,
  referenceAge,
  type LogWindowStanding,
  type ReferenceAge,
} from './age.ts';
export {
  describeDuration,
  fileNameStamp,
  formatInZone,
  formatRelativeAge,
  formatSpan,
  formatUtc,
  isoUtc,
  isoUtcFromMs,
} from './time-format.ts';
