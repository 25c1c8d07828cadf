import type { ServiceRequestContext } from './context.ts';
import { listCodes, type CodeGroup } from './draft-inputs.ts';
import { ASK_WORDING } from './wording.ts';

export interface Asks {
  /** One ask per kind of failure, in full. */
  readonly full: string[];
  /** The same in fewer words, by code. */
  readonly short: string[];
  /** One line, the questions left to the attachment: the last resort. */
  readonly minimal: string[];
}

/** What the SR asks Oracle to do, for each kind of failure, at three lengths. */
export function asks(
  groups: readonly CodeGroup[],
  context: ServiceRequestContext,
  count: number,
): Asks {
  const egress =
    context.includeEgressIp && context.egressIp
      ? ` for our egress IP/CIDR ${context.egressIp}`
      : '';
  const lookUp = `please look ${count === 1 ? 'the reference' : 'these references'} up in Akamai's logs`;
  const only = groups.length === 1 ? groups[0] : undefined;
  const short = [
    "What we ask (look each reference up in Akamai's logs), by code:",
    ...groups.map(
      ({ group, codes }) =>
        `- ${codes.join(', ')}: ${ASK_WORDING[group].askShort.replace('{egress}', egress)}`,
    ),
  ];
  const minimal = [
    `What we ask: look each reference up in Akamai's logs and tell us the cause (${groups
      .map(({ group, codes }) => `${codes.join(', ')}: ${ASK_WORDING[group].name}`)
      .join('; ')}); our questions per code are in the attached file.`,
  ];
  if (only !== undefined) {
    return {
      minimal,
      full: [
        `What we ask: ${lookUp} and ${ASK_WORDING[only.group].ask.replace('{egress}', egress)}`,
      ],
      short,
    };
  }
  return {
    full: [
      `What we ask: ${lookUp}, then:`,
      ...groups.map(
        ({ group, codes }) =>
          `- ${listCodes(codes)} (${ASK_WORDING[group].name}): ${ASK_WORDING[group].ask.replace('{egress}', egress)}`,
      ),
    ],
    short,
    minimal,
  };
}
