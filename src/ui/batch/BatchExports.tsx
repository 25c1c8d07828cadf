import {
  exportFileName,
  referencesToCsv,
  referencesToJson,
  summaryToCsv,
  summaryToJson,
  type BatchEntry,
  type BatchSummary,
  type Timeline,
} from '../../core/index.ts';
import { downloadText } from '../download.ts';

interface BatchExportsProps {
  readonly entries: readonly BatchEntry[];
  readonly summary: BatchSummary;
  readonly timeline: Timeline;
}

export function BatchExports({ entries, summary, timeline }: BatchExportsProps) {
  const save = (
    what: 'references' | 'summary',
    extension: 'csv' | 'json',
    build: (now: number) => string,
  ) => {
    const now = Date.now();
    downloadText(exportFileName(what, extension, now), build(now));
  };
  return (
    <section aria-labelledby="exports-heading" className="exports">
      <h2 id="exports-heading">Export</h2>
      <p className="hint">
        Made in this browser. Decoded fields and requests only (times in ISO 8601 UTC): never the
        pasted text, cookies or tokens.
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => save('references', 'csv', () => referencesToCsv(entries))}
        >
          References as CSV ({entries.length})
        </button>
        <button
          type="button"
          onClick={() => save('references', 'json', (now) => referencesToJson(entries, now))}
        >
          References as JSON
        </button>
        <button type="button" onClick={() => save('summary', 'csv', () => summaryToCsv(summary))}>
          Summary as CSV
        </button>
        <button
          type="button"
          onClick={() => save('summary', 'json', (now) => summaryToJson(summary, timeline, now))}
        >
          Summary and timeline as JSON
        </button>
      </div>
    </section>
  );
}
