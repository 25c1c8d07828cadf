import type { CodeFamily, ReasonCodeInfo } from './code-types.ts';

/**
 * What happened, in words a support engineer reads at a glance: the headline of a card, before
 * any code number or Akamai name. One line per family, because the family decides the next step.
 */
export const FAMILY_HEADLINES: Readonly<Record<CodeFamily, string>> = {
  'edge-denial': 'Refused by a rule at Akamai’s edge',
  origin: 'Oracle’s server behind Akamai did not answer properly',
  hostname: 'Akamai does not serve the host name that was called',
  'malformed-request': 'Akamai could not read the request',
  'edge-internal': 'Akamai’s edge failed, or the caller went away',
  unknown: 'Refused with a code Akamai does not publish',
};

/** The headline for a reason code: plain words first, the code after. */
export function plainHeadline(info: ReasonCodeInfo): string {
  if (info.family === 'unknown' && info.akamaiName !== null) {
    return `Refused by Akamai: ${info.akamaiName} (code ${info.code})`;
  }
  return `${FAMILY_HEADLINES[info.family]} (code ${info.code})`;
}
