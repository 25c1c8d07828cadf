import { describeDuration, formatUtc, LOG_WINDOW_TEXT, referenceAge } from '../time/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import type { DraftWarning } from './draft-types.ts';

export interface Urgency {
  /** The description's urgency line, in absolute times: it stays true while the SR waits. */
  readonly line: string | null;
  readonly warnings: DraftWarning[];
  /** Every reference is past Akamai's longest log window: a lookup will probably find nothing. */
  readonly logsGone: boolean;
}

/**
 * When the freshest reference happened and when the draft was written, both in UTC: Oracle
 * reads the SR hours later, so an age ("12 minutes old") would be stale by then.
 */
function whenLine(freshestEpoch: number, now: number, single: boolean): string {
  const drafted = formatUtc(Math.floor(now / 1000));
  const happened = formatUtc(freshestEpoch);
  // The same day needs no second date.
  const when = happened.slice(0, 11) === drafted.slice(0, 11) ? happened.slice(11) : happened;
  const draftedText = `${drafted.slice(0, 16)} UTC`;
  return single
    ? `Urgency: Akamai keeps these logs only ${LOG_WINDOW_TEXT}; the reference is from ${when} (drafted ${draftedText})`
    : `Urgency: Akamai keeps logs ${LOG_WINDOW_TEXT}; the freshest reference is from ${when} (drafted ${draftedText})`;
}

/** How long Akamai's logs last against how old the references are: a line and the warnings. */
export function urgency(freshestFirst: readonly DecodedReference[], now: number): Urgency {
  const warnings: DraftWarning[] = [];
  const freshest = freshestFirst[0];
  const oldest = freshestFirst.at(-1);
  if (freshest === undefined || oldest === undefined) {
    return { line: null, warnings, logsGone: false };
  }
  const ages = freshestFirst.map((reference) => referenceAge(reference.epochSeconds, now));
  if (ages.some((age) => age.standing === 'future')) {
    warnings.push({
      kind: 'future-timestamp',
      message:
        "Some references are timestamped after this device's clock: check the clock or the copied text.",
    });
  }
  const freshAge = referenceAge(freshest.epochSeconds, now);
  const oldAge = referenceAge(oldest.epochSeconds, now);
  const freshText = describeDuration(freshAge.ageSeconds);
  const oldText = describeDuration(oldAge.ageSeconds);
  if (freshAge.standing === 'probably-gone') {
    warnings.push({
      kind: 'logs-probably-gone',
      message: `The freshest reference is ${freshText} old: Akamai's logs for these are probably gone. File now, and add a fresh reference if the error still happens.`,
    });
  } else if (freshAge.standing === 'may-be-gone') {
    warnings.push({
      kind: 'logs-may-be-gone',
      message: `The freshest reference is ${freshText} old: Akamai's logs may already be gone. File now.`,
    });
  } else if (oldAge.standing === 'may-be-gone' || oldAge.standing === 'probably-gone') {
    warnings.push({
      kind: 'logs-may-be-gone',
      message: `The oldest reference is ${oldText} old and its logs may be gone; the freshest (${freshText} old) is listed first. File now.`,
    });
  }
  const logsGone = freshAge.standing === 'probably-gone';
  const when = whenLine(freshest.epochSeconds, now, freshestFirst.length === 1);
  const line = `${when}${logsGone ? ', past that window' : ''}.`;
  return { line, warnings, logsGone };
}
