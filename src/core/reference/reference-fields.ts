import { MAX_REASON_CODE } from '../codes/index.ts';
import { SECONDS_PER_DAY, describeDuration } from '../time/index.ts';

/** No Akamai reference predates 2005; an older timestamp is a misreading. */
export const EARLIEST_EPOCH_SECONDS = Date.UTC(2005, 0, 1) / 1000;
/** Edge clocks are right; a user's clock may be a little off. Beyond this, the string is wrong. */
export const FUTURE_TOLERANCE_SECONDS = SECONDS_PER_DAY;

const FIELD_NAMES = ['reason code', 'edge IP', 'timestamp', 'request id'] as const;
const FIELD_COUNT = FIELD_NAMES.length;
const MAX_HEX_DIGITS = 8;
const PLACEHOLDER = /^(?:x+|<[^>]*>?|\{[^}]*\}?|\.\.\.|\*+)$/i;

export interface ReferenceFields {
  readonly reasonCode: number;
  readonly edgeIpHex: string;
  readonly epochSeconds: number;
  readonly requestIdHex: string;
}

export type FieldsResult =
  | { readonly ok: true; readonly fields: ReferenceFields }
  | { readonly ok: false; readonly reason: string };

const fail = (reason: string): FieldsResult => ({ ok: false, reason });

function checkHexField(label: string, value: string): string | null {
  if (!/^[0-9a-f]+$/i.test(value)) return `${label} '${value}' is not hexadecimal`;
  if (value.length > MAX_HEX_DIGITS) {
    return `${label} '${value}' has ${value.length} hex digits; at most ${MAX_HEX_DIGITS} are possible`;
  }
  return null;
}

function checkEpoch(value: string, nowSeconds: number): string | null {
  if (!/^\d+$/.test(value)) return `timestamp '${value}' is not a whole number of seconds`;
  const epochSeconds = Number(value);
  if (epochSeconds < EARLIEST_EPOCH_SECONDS) {
    return `timestamp ${value} is before 2005, older than any Akamai reference`;
  }
  const secondsAhead = epochSeconds - nowSeconds;
  if (secondsAhead > FUTURE_TOLERANCE_SECONDS) {
    return `timestamp is ${describeDuration(secondsAhead, 'hours')} in the future`;
  }
  return null;
}

/**
 * Checks the four dot-separated fields of a reference and says, for the first field that breaks
 * a rule, which field and which rule. `parts` is the candidate split on dots.
 */
export function validateReferenceFields(
  parts: readonly string[],
  nowSeconds: number,
): FieldsResult {
  const [code = '', edgeIpHex = '', epoch = '', requestIdHex = ''] = parts;
  // A template like `30.xxxx...` is a placeholder first and incomplete second.
  const placeholderIndex = parts.findIndex((part) => PLACEHOLDER.test(part));
  if (placeholderIndex >= 0) {
    const fieldName = FIELD_NAMES[placeholderIndex] ?? 'extra field';
    return fail(`${fieldName} '${parts[placeholderIndex]}' is a placeholder, not a value`);
  }
  if (parts.length < FIELD_COUNT) {
    return fail(
      `'${parts.join('.')}' is incomplete: it has ${parts.length} of the ${FIELD_COUNT} fields (code.edge-ip.timestamp.request-id)`,
    );
  }
  if (parts.length > FIELD_COUNT) {
    return fail(
      `'${parts.join('.')}' has ${parts.length} fields; a reference has exactly ${FIELD_COUNT}`,
    );
  }
  if (!/^\d+$/.test(code)) return fail(`reason code '${code}' is not a decimal number`);
  const reasonCode = Number(code);
  if (reasonCode > MAX_REASON_CODE)
    return fail(`reason code ${code} is outside 0-${MAX_REASON_CODE}`);

  const problem =
    checkHexField('edge IP', edgeIpHex) ??
    checkEpoch(epoch, nowSeconds) ??
    checkHexField('request id', requestIdHex);
  if (problem !== null) return fail(problem);

  return {
    ok: true,
    fields: {
      reasonCode,
      edgeIpHex: edgeIpHex.toLowerCase(),
      epochSeconds: Number(epoch),
      requestIdHex: requestIdHex.toLowerCase(),
    },
  };
}
