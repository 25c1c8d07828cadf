import { describe, expect, it } from 'vitest';
import {
  REFERENCE_COLUMNS,
  buildTimeline,
  exportFileName,
  referencesToCsv,
  referencesToJson,
  summariseBatch,
  summaryToCsv,
  summaryToJson,
  type BatchEntry,
} from '../../../src/core/triage/index.ts';
import { parseCsv } from './csv-parser.ts';
import { analyseAll, fileFrom } from './triage-fixtures.ts';

const GENERATED_AT = Date.UTC(2026, 10, 28, 17, 7, 42);

async function incident(): Promise<BatchEntry[]> {
  return analyseAll([
    fileFrom('hand-counted.log'),
    fileFrom('incident.har'),
    fileFrom('forwarded.eml'),
  ]);
}

describe('reference exports', () => {
  it('CSV parses back to the same references, field by field', async () => {
    const entries = await incident();
    const [header, ...rows] = parseCsv(referencesToCsv(entries));
    expect(header).toEqual(REFERENCE_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(entries.length);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    rows.forEach((row, index) => {
      const entry = entries[index] as BatchEntry;
      expect(row[column('reference')]).toBe(entry.reference.reference);
      expect(Number(row[column('reason_code')])).toBe(entry.reference.reasonCode);
      expect(row[column('edge_ip')]).toBe(entry.reference.edgeIp);
      expect(row[column('time_utc')]).toBe(entry.reference.utc);
      expect(row[column('time_utc')]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Number(row[column('request_id')])).toBe(entry.reference.requestId);
      expect(Number(row[column('occurrences')])).toBe(entry.reference.occurrences);
      expect(row[column('request_url')]).toBe(entry.requests[0]?.url ?? '');
      expect(row[column('request_method')]).toBe(entry.requests[0]?.method ?? '');
      expect(row[column('sources')]).toBe(entry.sources.join('; '));
    });
  });

  it('JSON parses back to the same references with every decoded field', async () => {
    const entries = await incident();
    const parsed = JSON.parse(referencesToJson(entries, GENERATED_AT)) as {
      generatedUtc: string;
      references: Record<string, unknown>[];
    };
    expect(parsed.generatedUtc).toBe('2026-11-28T17:07:42Z');
    expect(parsed.references).toHaveLength(entries.length);
    parsed.references.forEach((exported, index) => {
      const entry = entries[index] as BatchEntry;
      expect(exported).toMatchObject({
        ...entry.reference,
        sources: entry.sources,
        requests: entry.requests,
      });
    });
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', async () => {
    const [entry] = await analyseAll([
      fileFrom('=HYPERLINK("x"),\n.log', 'Reference #18.4c96df17.1644609140.2a155db'),
    ]);
    const [, row] = parseCsv(referencesToCsv([entry as BatchEntry]));
    expect(row?.[REFERENCE_COLUMNS.findIndex((column) => column.header === 'sources')]).toBe(
      `'=HYPERLINK("x"),\n.log`,
    );
  });

  it('carries none of the fake credentials of the HAR and the log', async () => {
    const entries = await incident();
    const summary = summariseBatch(entries);
    const exported = [
      referencesToCsv(entries),
      referencesToJson(entries, GENERATED_AT),
      summaryToCsv(summary),
      summaryToJson(summary, buildTimeline(entries), GENERATED_AT),
    ].join('\n');
    expect(exported).not.toMatch(/FAKE-|JSESSIONID|ak_bmsc|Bearer|password/i);
  });
});

describe('summary exports', () => {
  it('CSV and JSON carry the summary counted by hand', async () => {
    const entries = await analyseAll([fileFrom('hand-counted.log')]);
    const summary = summariseBatch(entries);
    const rows = parseCsv(summaryToCsv(summary));
    expect(rows[0]).toEqual(['section', 'key', 'detail', 'count']);
    expect(rows).toContainEqual(['total', 'refusals', '', '8']);
    expect(rows).toContainEqual(['time', 'first_seen_utc', '2025-11-28T09:01:10Z', '']);
    expect(rows).toContainEqual([
      'edge_ip',
      '23.223.150.76',
      'a23-223-150-76.deploy.akamaitechnologies.com',
      '4',
    ]);
    expect(rows).toContainEqual(['host_path', '', '/rest/apis/customer/v1/contacts', '1']);
    const json = JSON.parse(summaryToJson(summary, buildTimeline(entries), GENERATED_AT)) as {
      summary: unknown;
      timeline: { buckets: unknown[] };
    };
    expect(json.summary).toEqual(JSON.parse(JSON.stringify(summary)));
    expect(json.timeline.buckets).toHaveLength(24);
  });

  it('names files by kind and UTC date', () => {
    expect(exportFileName('references', 'csv', GENERATED_AT)).toBe(
      'akamai-references-20261128-1707Z.csv',
    );
    expect(exportFileName('summary', 'json', GENERATED_AT)).toBe(
      'akamai-summary-20261128-1707Z.json',
    );
  });
});
