/*
 * FROZEN TEST ORACLE: the extraction as it was before issue 15 made it faster (src/core/build-reference.ts at
 * d63e196), kept verbatim but for import paths, only so that extraction-equivalence.property.test.ts
 * can check old and new give the same output. Kept while both exist; delete this folder together
 * with that test once the old implementation is retired. Never import it from src.
 */
import {
  decodeEdgeIp,
  edgeHostname,
  type ReferenceFields,
  reservedRangeOf,
} from '../../../../src/core/reference/index.ts';
import { GRN_LABEL, type ReferenceLabel } from './labels.ts';
import { lookupReasonCode } from '../../../../src/core/codes/index.ts';
import type {
  DecodedReference,
  ReferenceKind,
  ReferenceWarning,
} from '../../../../src/core/index.ts';
import { isoUtc } from '../../../../src/core/time/index.ts';

export interface Sighting {
  readonly asWritten: string;
  readonly labels: readonly ReferenceLabel[];
  readonly occurrences: number;
  readonly relatedReference: string | null;
}

export function canonicalReference(fields: ReferenceFields): string {
  return [fields.reasonCode, fields.edgeIpHex, fields.epochSeconds, fields.requestIdHex].join('.');
}

/** The last three fields: shared by an error reference and the GRN of the same response. */
export function requestTail(fields: ReferenceFields): string {
  return [fields.edgeIpHex, fields.epochSeconds, fields.requestIdHex].join('.');
}

export function kindOf(reasonCode: number, labels: readonly ReferenceLabel[]): ReferenceKind {
  return reasonCode === 0 && labels.includes(GRN_LABEL) ? 'grn' : 'error';
}

function warningsFor(
  fields: ReferenceFields,
  kind: ReferenceKind,
  edgeIp: string,
  nowSeconds: number,
): ReferenceWarning[] {
  const warnings: ReferenceWarning[] = [];
  if (fields.epochSeconds > nowSeconds) {
    warnings.push({
      code: 'future-timestamp',
      message:
        "The timestamp is later than this device's clock: check the clock or the copied text.",
    });
  }
  const info = lookupReasonCode(fields.reasonCode);
  if (kind === 'grn') {
    // A GRN is a request id: its leading 0 is not a reason code, so the table does not apply.
  } else if (fields.reasonCode === 0) {
    warnings.push({
      code: 'grn-or-custom-deny',
      message:
        'A reference starting with 0 is also the form of an Akamai GRN (a request id). If it came from an Akamai-GRN header, it is not an error.',
    });
  } else if (!info.inAkamaiTable && info.oracleWording !== null) {
    warnings.push({
      code: 'oracle-only-code',
      message: `Code ${fields.reasonCode} is not in Akamai's published table; its meaning here is Oracle's.`,
    });
  } else if (!info.inAkamaiTable) {
    warnings.push({
      code: 'not-in-akamai-table',
      message: `Code ${fields.reasonCode} is not in Akamai's published table: only Oracle's lookup of the reference can say what it means.`,
    });
  }
  const reserved = reservedRangeOf(edgeIp);
  if (reserved !== null) {
    warnings.push({
      code: 'reserved-edge-ip',
      message: `The edge IP decodes to ${edgeIp}, in ${reserved}, where no Akamai edge lives: the reference may be mistyped or cut.`,
    });
  }
  return warnings;
}

export function buildReference(
  fields: ReferenceFields,
  sighting: Sighting,
  nowSeconds: number,
): DecodedReference {
  const edgeIp = decodeEdgeIp(fields.edgeIpHex);
  const kind = kindOf(fields.reasonCode, sighting.labels);
  const reference = canonicalReference(fields);
  return {
    reference,
    asWritten: sighting.asWritten,
    reasonCode: fields.reasonCode,
    edgeIpHex: fields.edgeIpHex,
    edgeIp,
    edgeHostname: edgeHostname(edgeIp),
    epochSeconds: fields.epochSeconds,
    utc: isoUtc(fields.epochSeconds),
    requestIdHex: fields.requestIdHex,
    requestId: parseInt(fields.requestIdHex, 16),
    kind,
    label: sighting.labels[0] ?? null,
    labels: sighting.labels,
    occurrences: sighting.occurrences,
    errorsUrl: kind === 'error' ? `https://errors.edgesuite.net/${reference}` : null,
    relatedReference: sighting.relatedReference,
    warnings: warningsFor(fields, kind, edgeIp, nowSeconds),
  };
}
