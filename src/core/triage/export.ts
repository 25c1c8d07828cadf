import { lookupReasonCode } from '../codes/index.ts';
import { fileNameStamp, isoUtcFromMs } from '../time/index.ts';
import type { BatchEntry } from './batch.ts';
import type { BatchSummary } from './summary.ts';
import type { Timeline } from './timeline.ts';

/**
 * CSV and JSON of decoded references and of the summary, for spreadsheets, tickets and scripts.
 * Only decoded fields and sanitised requests go out: never the pasted or dropped text.
 */

type Cell = string | number | null;

interface Column {
  readonly header: string;
  readonly value: (entry: BatchEntry) => Cell;
}

const joined = (values: readonly string[]): string => values.join('; ');

/** One row per reference; the first request it answered (most references answer exactly one). */
export const REFERENCE_COLUMNS: readonly Column[] = [
  { header: 'reference', value: (e) => e.reference.reference },
  { header: 'as_written', value: (e) => e.reference.asWritten },
  { header: 'kind', value: (e) => e.reference.kind },
  { header: 'reason_code', value: (e) => e.reference.reasonCode },
  { header: 'reason_name', value: (e) => lookupReasonCode(e.reference.reasonCode).akamaiName },
  { header: 'edge_ip', value: (e) => e.reference.edgeIp },
  { header: 'edge_ip_hex', value: (e) => e.reference.edgeIpHex },
  { header: 'edge_hostname', value: (e) => e.reference.edgeHostname },
  { header: 'time_utc', value: (e) => e.reference.utc },
  { header: 'epoch_seconds', value: (e) => e.reference.epochSeconds },
  { header: 'request_id_hex', value: (e) => e.reference.requestIdHex },
  { header: 'request_id', value: (e) => e.reference.requestId },
  { header: 'labels', value: (e) => joined(e.reference.labels) },
  { header: 'occurrences', value: (e) => e.reference.occurrences },
  { header: 'related_reference', value: (e) => e.reference.relatedReference },
  { header: 'errors_url', value: (e) => e.reference.errorsUrl },
  { header: 'warnings', value: (e) => joined(e.reference.warnings.map((w) => w.code)) },
  { header: 'sources', value: (e) => joined(e.sources) },
  { header: 'request_method', value: (e) => e.requests[0]?.method ?? null },
  { header: 'request_url', value: (e) => e.requests[0]?.url ?? null },
  { header: 'response_status', value: (e) => e.requests[0]?.status ?? null },
  { header: 'request_started_utc', value: (e) => e.requests[0]?.startedUtc ?? null },
  { header: 'server_ip', value: (e) => e.requests[0]?.serverIp ?? null },
  { header: 'request_from', value: (e) => e.requests[0]?.from ?? null },
  { header: 'other_requests', value: (e) => Math.max(0, e.requests.length - 1) },
];

/**
 * RFC 4180 quoting. A cell a spreadsheet would run as a formula (=, +, -, @) gets a leading
 * apostrophe: file names and URLs come from other people's systems.
 */
function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function referencesToCsv(entries: readonly BatchEntry[]): string {
  return csv([
    REFERENCE_COLUMNS.map((column) => column.header),
    ...entries.map((entry) => REFERENCE_COLUMNS.map((column) => column.value(entry))),
  ]);
}

const EXPORT_FORMAT_VERSION = 1;

export function referencesToJson(entries: readonly BatchEntry[], generatedAtMs: number): string {
  return JSON.stringify(
    {
      format: 'akamai-reference-decoder/references',
      version: EXPORT_FORMAT_VERSION,
      generatedUtc: isoUtcFromMs(generatedAtMs),
      references: entries.map((entry) => ({
        ...entry.reference,
        reasonName: lookupReasonCode(entry.reference.reasonCode).akamaiName,
        sources: entry.sources,
        requests: entry.requests,
      })),
    },
    null,
    2,
  );
}

/** The summary as one long table: section, key, count (a spreadsheet pivots it easily). */
export function summaryToCsv(summary: BatchSummary): string {
  const rows: Cell[][] = [['section', 'key', 'detail', 'count']];
  rows.push(['total', 'refusals', null, summary.refusals]);
  rows.push(['total', 'grns', null, summary.grns]);
  rows.push(['total', 'occurrences', null, summary.occurrences]);
  rows.push(['total', 'without_request', null, summary.withoutRequest]);
  rows.push(['time', 'first_seen_utc', summary.firstSeenUtc, null]);
  rows.push(['time', 'last_seen_utc', summary.lastSeenUtc, null]);
  rows.push(['time', 'span_seconds', null, summary.spanSeconds]);
  for (const row of summary.byCode) rows.push(['reason_code', row.reasonCode, row.name, row.count]);
  for (const row of summary.byEdgeIp)
    rows.push(['edge_ip', row.edgeIp, row.edgeHostname, row.count]);
  for (const row of summary.byHostPath) rows.push(['host_path', row.host, row.path, row.count]);
  return csv(rows);
}

export function summaryToJson(
  summary: BatchSummary,
  timeline: Timeline,
  generatedAtMs: number,
): string {
  return JSON.stringify(
    {
      format: 'akamai-reference-decoder/summary',
      version: EXPORT_FORMAT_VERSION,
      generatedUtc: isoUtcFromMs(generatedAtMs),
      summary,
      timeline,
    },
    null,
    2,
  );
}

/** `akamai-references-20261128-1707Z.csv`: sorts by date, safe on every file system. */
export function exportFileName(
  what: 'references' | 'summary',
  extension: 'csv' | 'json',
  nowMs: number,
): string {
  return `akamai-${what}-${fileNameStamp(nowMs)}.${extension}`;
}
