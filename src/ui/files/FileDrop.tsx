import { useId, useRef } from 'react';
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, formatBytes } from '../../core/triage/index.ts';
import type { FileBatch } from './useFileBatch.ts';

interface FileDropProps {
  readonly batch: FileBatch;
  /** Files chosen with the button (drops anywhere on the page go the same way). */
  readonly onFiles: (files: readonly File[]) => void;
  /** Set while a file is dragged over the page (the whole page takes drops). */
  readonly dragging: boolean;
  readonly keepQuery: boolean;
  readonly onKeepQueryChange: (keep: boolean) => void;
}

export function FileDrop({
  batch,
  onFiles,
  dragging,
  keepQuery,
  onKeepQueryChange,
}: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();
  const keepQueryId = useId();

  return (
    <section className={dragging ? 'file-drop dragging' : 'file-drop'} aria-labelledby={headingId}>
      <h2 id={headingId}>Files</h2>
      <p id={hintId} className="hint">
        Drop logs, error pages, e-mails or HAR recordings anywhere on this page, or choose them.
        Read by this browser only, never uploaded.
      </p>
      <div className="file-actions">
        <button type="button" aria-describedby={hintId} onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_EXTENSIONS.join(',')}
          aria-label="Files to decode"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) onFiles(files);
            // Choosing the same file again must read it again.
            event.target.value = '';
          }}
        />
        {batch.busy && (
          <button type="button" onClick={() => batch.store.cancel()}>
            Cancel reading
          </button>
        )}
        {batch.files.length > 0 && !batch.busy && (
          <button type="button" className="secondary" onClick={() => batch.store.clear()}>
            Remove all files
          </button>
        )}
      </div>
      <details className="file-details">
        <summary>Which files, and what is kept</summary>
        <p>
          {ACCEPTED_EXTENSIONS.join(' ')}, up to {formatBytes(MAX_FILE_BYTES)} each. From a HAR only
          the references and their requests are kept: cookies, Authorization headers and tokens are
          dropped.
        </p>
        <span className="checkbox">
          <input
            id={keepQueryId}
            type="checkbox"
            checked={keepQuery}
            onChange={(event) => onKeepQueryChange(event.target.checked)}
          />
          <label htmlFor={keepQueryId}>
            Keep query strings in URLs (parameters that look like credentials are still removed)
          </label>
        </span>
      </details>
    </section>
  );
}
