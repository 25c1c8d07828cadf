import { useState } from 'react';
import { exportFileName, type ExportRequest } from '../../core/triage/index.ts';
import type { BatchAccess } from '../files/batch-store.ts';
import { downloadText } from '../download.ts';
import { formatCount } from '../../core/text/index.ts';

const EXPORTS: readonly {
  readonly label: string;
  readonly what: ExportRequest['what'];
  readonly format: ExportRequest['format'];
}[] = [
  { label: 'References as CSV', what: 'references', format: 'csv' },
  { label: 'References as JSON', what: 'references', format: 'json' },
  { label: 'Summary as CSV', what: 'summary', format: 'csv' },
  { label: 'Summary and timeline as JSON', what: 'summary', format: 'json' },
];

/**
 * Exports are built when asked for, where the batch lives (a million rows of CSV are made in
 * the file worker while the page stays usable), not on every update of a streaming batch.
 */
export function BatchExports({ batch }: { readonly batch: BatchAccess }) {
  const [preparing, setPreparing] = useState<string | null>(null);
  const save = async ({ label, what, format }: (typeof EXPORTS)[number], nowMs: number) => {
    const question = { kind: 'export', question: { what, format, nowMs } } as const;
    if (batch.answerNow !== null) {
      downloadText(exportFileName(what, format, nowMs), batch.answerNow(question));
      return;
    }
    setPreparing(label);
    try {
      downloadText(exportFileName(what, format, nowMs), await batch.ask(question));
    } finally {
      setPreparing(null);
    }
  };
  return (
    <section aria-labelledby="exports-heading" className="exports">
      <h2 id="exports-heading">Export</h2>
      <p className="hint">
        Made in this browser. Decoded fields and requests only (times in ISO 8601 UTC): never the
        pasted text, cookies or tokens.
      </p>
      <div className="button-row">
        {EXPORTS.map((choice) => (
          <button
            key={choice.label}
            type="button"
            disabled={preparing !== null}
            onClick={() => void save(choice, Date.now())}
          >
            {choice.what === 'references' && choice.format === 'csv'
              ? `${choice.label} (${formatCount(batch.digest.size)})`
              : choice.label}
          </button>
        ))}
      </div>
      <p role="status" className="hint">
        {preparing === null ? '' : `Preparing ${preparing.toLowerCase()}…`}
      </p>
    </section>
  );
}
