import { parseReasonCode } from '../codes/index.ts';
import { formatUtc } from '../time/index.ts';
import type { BatchEntry } from './batch.ts';
import type { BatchFilter } from './batch-table.ts';
import type { CodeCount, StatusCount } from './batch-tally.ts';
import { formatCount } from '../text/index.ts';

/** One row of the references table, as its cells read. */
export interface BatchRow {
  readonly reference: string;
  readonly isGrn: boolean;
  /** `2025-11-28 08:53:20` (the column says UTC). */
  readonly time: string;
  readonly reasonCode: number;
  readonly edgeIp: string;
  /** The first request it answered, or null when none is known. */
  readonly request: {
    readonly method: string | null;
    readonly url: string | null;
    /** Further requests it answered (shown as "+n more"). */
    readonly more: number;
  } | null;
  /** The HTTP status the caller got, or '' when not known. */
  readonly status: string;
  readonly occurrences: number;
  /** Where it was seen: file names and "pasted text", comma-separated. */
  readonly sources: string;
}

export function batchRow(entry: BatchEntry): BatchRow {
  const { reference } = entry;
  const request = entry.requests[0];
  const known = request !== undefined && (request.url !== null || request.method !== null);
  return {
    reference: reference.reference,
    isGrn: reference.kind === 'grn',
    time: formatUtc(reference.epochSeconds).replace(' UTC', ''),
    reasonCode: reference.reasonCode,
    edgeIp: reference.edgeIp,
    request: known
      ? { method: request.method, url: request.url, more: entry.requests.length - 1 }
      : null,
    status: request?.status == null ? '' : String(request.status),
    occurrences: reference.occurrences,
    sources: entry.sources.join(', '),
  };
}

/** One choice of the table's code-or-status menu: its value and what it reads. */
export interface BatchChoice {
  readonly value: string;
  readonly label: string;
}

export function codeChoices(codes: readonly CodeCount[]): BatchChoice[] {
  return codes.map((code) => ({
    value: `code:${code.reasonCode}`,
    label: `${code.reasonCode}${code.name === null ? '' : `: ${code.name}`} (${formatCount(code.count)})`,
  }));
}

export function statusChoices(statuses: readonly StatusCount[]): BatchChoice[] {
  return statuses.map((status) => ({
    value: `status:${status.status}`,
    label: `HTTP ${status.status} (${formatCount(status.count)})`,
  }));
}

/** The table's filter from its search words and the menu's value ('' for every code). */
export function batchFilterOf(text: string, choice: string): BatchFilter {
  const [kind, value = ''] = choice.split(':');
  const status = Number(value);
  const code = parseReasonCode(value);
  return {
    text,
    reasonCode: kind === 'code' ? code : null,
    httpStatus: kind === 'status' && Number.isInteger(status) && value !== '' ? status : null,
  };
}

/** "1,000 references." or "12 of 1,000 references match.", then the selection. */
export function tableStatusText(matching: number, total: number, selected: number): string {
  const counts =
    matching === total
      ? `${formatCount(total)} references.`
      : `${formatCount(matching)} of ${formatCount(total)} references match.`;
  return selected > 0 ? `${counts} ${formatCount(selected)} selected.` : counts;
}
