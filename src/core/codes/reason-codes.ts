import { AKAMAI_CODE_TABLE } from './akamai-code-table.ts';
import { CODE_GUIDANCE } from './code-guidance.ts';
import type { AkamaiCodeRecord, CodeGuidance, ReasonCodeInfo } from './code-types.ts';

export const MAX_REASON_CODE = 255;

const recordsByCode = new Map<number, AkamaiCodeRecord>(
  AKAMAI_CODE_TABLE.map((record) => [record.code, record]),
);
const guidanceByCode = new Map<number, CodeGuidance>(
  CODE_GUIDANCE.map((guidance) => [guidance.code, guidance]),
);

function isInAkamaiTable(record: AkamaiCodeRecord | undefined): boolean {
  return record !== undefined && record.sources.includes('akamai-techdocs');
}

/**
 * What is known about a reason code. Never fails: a code with no published name still gets a
 * record that says so, because only Oracle's lookup of the reference can tell more.
 */
export function lookupReasonCode(code: number): ReasonCodeInfo {
  const record = recordsByCode.get(code);
  const guidance = guidanceByCode.get(code) ?? null;
  return {
    code,
    akamaiName: record?.akamaiName ?? null,
    oracleWording: record?.oracleWording ?? null,
    inAkamaiTable: isInAkamaiTable(record),
    nameSources: record?.sources ?? [],
    nameConfidence: record?.confidence ?? 'low',
    nameConfidenceNote: record?.confidenceNote ?? null,
    family: guidance?.family ?? 'unknown',
    // Whatever the code, only Oracle can read Akamai's logs for its property.
    whoActs: guidance?.whoActs ?? 'oracle',
    guidance,
  };
}

/** A reason code typed or carried in a link: a whole number from 0 to 255, else null. */
export function parseReasonCode(value: string): number | null {
  if (!/^\d{1,3}$/.test(value)) return null;
  const code = Number(value);
  return code <= MAX_REASON_CODE ? code : null;
}

/** Every code the app knows about, in numeric order: the table plus codes with guidance only. */
export function listReasonCodes(): ReasonCodeInfo[] {
  const codes = new Set<number>([...recordsByCode.keys(), ...guidanceByCode.keys()]);
  return [...codes].sort((a, b) => a - b).map(lookupReasonCode);
}

/** Words a person might search the code table by. */
function reasonCodeSearchText(info: ReasonCodeInfo): string {
  const guidance = info.guidance;
  return [
    String(info.code),
    info.akamaiName ?? '',
    info.oracleWording ?? '',
    guidance?.meaning.text ?? '',
    guidance?.usualStatus.text ?? '',
    ...(guidance?.likelyCauses ?? []),
  ]
    .join(' ')
    .toLowerCase();
}

/** Filter the table by number, name or words; every word of the query must match. */
export function filterReasonCodes(
  codes: readonly ReasonCodeInfo[],
  query: string,
): ReasonCodeInfo[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...codes];
  const exactNumber = /^\d{1,3}$/.test(query.trim()) ? Number(query.trim()) : null;
  // "403" is what people see in the browser: a status number also finds the codes that answer with it.
  const status =
    exactNumber !== null && exactNumber >= 100 && exactNumber <= 599 ? exactNumber : null;
  const statusPattern = status === null ? null : new RegExp(`\\b${status}\\b`);
  return codes.filter((info) => {
    if (exactNumber !== null) {
      return (
        info.code === exactNumber ||
        (statusPattern !== null && statusPattern.test(info.guidance?.usualStatus.text ?? ''))
      );
    }
    const haystack = reasonCodeSearchText(info);
    return words.every((word) => haystack.includes(word));
  });
}
