import { describeMeaning, lookupReasonCode } from '../codes/index.ts';
import type { DecodedReference } from '../reference/index.ts';
import { fileNameStamp } from '../time/index.ts';
import { renderFull, type DescriptionParts } from './description.ts';
import type { DraftInputs } from './draft-inputs.ts';
import { SEVERITY_LABELS, type SeverityLevel } from './severity.ts';
import { describeWhoActs } from './who-acts.ts';

/** The attached file: everything the description had no room for, every reference decoded. */

function decodedLine(reference: DecodedReference): string {
  const name = lookupReasonCode(reference.reasonCode).akamaiName;
  return `${reference.reference}\t${reference.utc}\t${reference.kind}\tcode ${reference.reasonCode}${name ? ` ${name}` : ''}\tedge ${reference.edgeIp} (${reference.edgeHostname})\trequest id ${reference.requestIdHex} = ${reference.requestId}\tseen ${reference.occurrences}x`;
}

function codeMeaningLine(code: number): string {
  const info = lookupReasonCode(code);
  const meaning = describeMeaning(info);
  return `Code ${code}${info.akamaiName ? ` (${info.akamaiName})` : ''}: ${meaning.text} [${meaning.confidence} confidence] Who acts: ${describeWhoActs(code)}`;
}

export function attachmentFileName(now: number): string {
  return `akamai-service-request-${fileNameStamp(now)}.txt`;
}

export function attachmentText(
  inputs: DraftInputs,
  parts: DescriptionParts,
  summary: string,
  level: SeverityLevel,
  /** Why this level was suggested, when the user did not choose it; null when they did. */
  suggestedBecause: string | null,
): string {
  return [
    `Summary: ${summary}`,
    // A level nobody chose is a suggestion: the file must not state it as decided.
    `Severity: ${SEVERITY_LABELS[level]}${suggestedBecause === null ? '' : ` (suggested: ${suggestedBecause})`}`,
    '',
    renderFull(parts),
    '',
    'What each code means:',
    ...inputs.codes.map(codeMeaningLine),
    '',
    'All references, decoded (freshest first):',
    ...[...inputs.freshestFirst, ...inputs.grns].map(decodedLine),
  ].join('\n');
}
