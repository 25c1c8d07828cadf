import {
  describeDuration,
  LOG_WINDOW_HOURS,
  LOG_WINDOW_TEXT,
  referenceAge,
} from '../time/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import type { DraftWarning } from './draft-types.ts';

/** How long Akamai's logs last against how old the references are: a line and the warnings. */
export function urgency(
  freshestFirst: readonly DecodedReference[],
  now: number,
): { line: string | null; warnings: DraftWarning[] } {
  const warnings: DraftWarning[] = [];
  const freshest = freshestFirst[0];
  const oldest = freshestFirst.at(-1);
  if (freshest === undefined || oldest === undefined) return { line: null, warnings };
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
  const line =
    freshestFirst.length === 1
      ? `Urgency: Akamai keeps these logs only ${LOG_WINDOW_TEXT}; the reference is ${freshText} old.`
      : `Urgency: Akamai keeps logs ${LOG_WINDOW_HOURS.surelyKept}-${LOG_WINDOW_HOURS.possiblyKept} h; freshest ${freshText} old, oldest ${oldText}.`;
  return { line, warnings };
}
