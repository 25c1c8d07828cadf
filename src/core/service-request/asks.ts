import type { ServiceRequestContext } from './context.ts';
import { listCodes, type CodeGroup } from './draft-inputs.ts';
import { LOG_WINDOW_TEXT } from '../time/index.ts';
import { ASK_WORDING } from './wording.ts';

export interface Asks {
  /** One ask per kind of failure, in full. */
  readonly full: string[];
  /** The same in fewer words, by code. */
  readonly short: string[];
  /** One line, the questions left to the attachment: the last resort. */
  readonly minimal: string[];
}

/**
 * What the SR asks Oracle to do, for each kind of failure, at three lengths. When every
 * reference is past Akamai's log window (`logsGone`), a lookup would find nothing: the SR asks
 * what Oracle can still check and promises a fresh reference instead.
 */
export function asks(
  groups: readonly CodeGroup[],
  context: ServiceRequestContext,
  count: number,
  logsGone = false,
): Asks {
  // Named only when the user chose to share it, after "what to change" in the denial ask.
  const egress =
    context.includeEgressIp && context.egressIp ? ` (our egress IP/CIDR: ${context.egressIp})` : '';
  const these = count === 1 ? 'the reference' : 'these references';
  const gone = `${count === 1 ? 'the reference is' : 'these references are'} older than Akamai's log window (${LOG_WINDOW_TEXT}): please tell us what you can still check, and we will reproduce the error and send a fresh reference`;
  const lookUp = logsGone ? `${gone}; with it,` : `please look ${these} up in Akamai's logs and`;
  const only = groups.length === 1 ? groups[0] : undefined;
  const short = [
    logsGone
      ? "What we ask (older than Akamai's log window: what can you still check? a fresh reference follows), by code:"
      : "What we ask (look each reference up in Akamai's logs), by code:",
    ...groups.map(
      ({ group, codes }) =>
        `- ${codes.join(', ')}: ${ASK_WORDING[group].askShort.replace('{egress}', egress)}`,
    ),
  ];
  const minimal = [
    `What we ask: ${logsGone ? `${gone}; then` : "look each reference up in Akamai's logs and"} tell us the cause (${groups
      .map(({ group, codes }) => `${codes.join(', ')}: ${ASK_WORDING[group].name}`)
      .join('; ')}); our questions per code are in the attached file.`,
  ];
  if (only !== undefined) {
    return {
      minimal,
      full: [`What we ask: ${lookUp} ${ASK_WORDING[only.group].ask.replace('{egress}', egress)}`],
      short,
    };
  }
  return {
    full: [
      logsGone ? `What we ask: ${gone}; with it:` : `What we ask: ${lookUp} then:`,
      ...groups.map(
        ({ group, codes }) =>
          `- ${listCodes(codes)} (${ASK_WORDING[group].name}): ${ASK_WORDING[group].ask.replace('{egress}', egress)}`,
      ),
    ],
    short,
    minimal,
  };
}
