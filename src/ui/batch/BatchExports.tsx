import {
  akamaiCodeName,
  type BatchCollection,
  exportFileName,
  referencesToCsv,
  referencesToJson,
  summaryToCsv,
  summaryToJson,
} from '../../core/triage/index.ts';
import { downloadText } from '../download.ts';

/** Exports are built when asked for, not on every update of a streaming batch. */
export function BatchExports({
  batch,
}: {
  readonly batch: BatchCollection;
  /** Re-rendered per version so the count on the button follows the batch. */
  readonly version: number;
}) {
  const entries = batch.entries();
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
        <button
          type="button"
          onClick={() => save('summary', 'csv', () => summaryToCsv(batch.summary(akamaiCodeName)))}
        >
          Summary as CSV
        </button>
        <button
          type="button"
          onClick={() =>
            save('summary', 'json', (now) =>
              summaryToJson(batch.summary(akamaiCodeName), batch.timeline(akamaiCodeName), now),
            )
          }
        >
          Summary and timeline as JSON
        </button>
      </div>
    </section>
  );
}
