import { LOG_WINDOW_HOURS } from './log-window.ts';
import { SECONDS_PER_HOUR } from './seconds.ts';

export type LogWindowStanding = 'future' | 'fresh' | 'may-be-gone' | 'probably-gone';

export interface ReferenceAge {
  /** Seconds since the reference was issued; negative for a future timestamp. */
  readonly ageSeconds: number;
  readonly ageHours: number;
  readonly standing: LogWindowStanding;
  /** One sentence for the user on what the age means for the lookup. */
  readonly advice: string;
}

const ADVICE: Readonly<Record<LogWindowStanding, string>> = {
  future:
    "The timestamp is ahead of this device's clock. Check the clock, or whether the reference was copied right.",
  fresh: "Within Akamai's log window: Oracle can still look it up. Raise the SR now.",
  'may-be-gone': `Older than ${LOG_WINDOW_HOURS.surelyKept} hours: Akamai's logs for it may already be gone. File the SR now.`,
  'probably-gone': `Older than ${LOG_WINDOW_HOURS.possiblyKept} hours: Akamai's logs are probably gone. File now and include a fresh reference if the error still happens.`,
};

function standingFor(ageHours: number): LogWindowStanding {
  if (ageHours < 0) return 'future';
  if (ageHours < LOG_WINDOW_HOURS.surelyKept) return 'fresh';
  if (ageHours <= LOG_WINDOW_HOURS.possiblyKept) return 'may-be-gone';
  return 'probably-gone';
}

/** How old a reference is at `nowMs` (milliseconds since the epoch, passed in for testability). */
export function referenceAge(epochSeconds: number, nowMs: number): ReferenceAge {
  const ageSeconds = Math.floor(nowMs / 1000) - epochSeconds;
  const ageHours = ageSeconds / SECONDS_PER_HOUR;
  const standing = standingFor(ageHours);
  return { ageSeconds, ageHours, standing, advice: ADVICE[standing] };
}

/** Only where a reference stands in the log window: counting a batch's seconds needs no more. */
export function logWindowStanding(epochSeconds: number, nowMs: number): LogWindowStanding {
  return standingFor((Math.floor(nowMs / 1000) - epochSeconds) / SECONDS_PER_HOUR);
}
