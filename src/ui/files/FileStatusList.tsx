import { describeDropped, formatBytes } from '../../core/triage/index.ts';
import { describeSecrets } from '../../core/privacy/index.ts';
import type { FileStatus } from './useFileBatch.ts';
import { formatCount } from '../../core/text/index.ts';

const plural = (count: number, one: string, many: string) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

function statusText(file: FileStatus): string {
  const { outcome } = file;
  if (outcome === null) {
    const percent = file.size === 0 ? 0 : Math.floor((file.bytesRead / file.size) * 100);
    return `Reading: ${percent}%, ${plural(file.found, 'reference', 'references')} so far`;
  }
  if (outcome.ok) {
    return `Decoded ${plural(outcome.references, 'reference', 'references')}${
      outcome.rejected > 0 ? `, ${outcome.rejected} not valid` : ''
    }`;
  }
  return outcome.cancelled ? 'Cancelled' : `Not read: ${file.name} ${outcome.reason}`;
}

function FileNotes({ file }: { readonly file: FileStatus }) {
  const { outcome } = file;
  if (outcome === null || !outcome.ok) return null;
  const dropped = outcome.dropped === null ? null : describeDropped(outcome.dropped);
  const secrets = describeSecrets(outcome.secrets, 'This file');
  const notes = [
    ...outcome.notes,
    ...(dropped === null ? [] : [`Dropped, never shown or exported: ${dropped}.`]),
    ...(secrets === null ? [] : [secrets]),
  ];
  if (notes.length === 0) return null;
  return (
    <ul className="file-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

export function FileStatusList({ files }: { readonly files: readonly FileStatus[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="file-list" aria-label="Files read">
      {files.map((file) => (
        <li
          key={file.id}
          className={file.outcome?.ok === false && !file.outcome.cancelled ? 'file failed' : 'file'}
          aria-busy={file.outcome === null}
        >
          <span className="file-name">{file.name}</span>{' '}
          <span className="file-size">({formatBytes(file.size)})</span>:{' '}
          <span className="file-status">{statusText(file)}</span>
          {file.outcome === null && (
            <progress
              max={Math.max(file.size, 1)}
              value={file.bytesRead}
              aria-label={`Reading ${file.name}`}
            />
          )}
          <FileNotes file={file} />
        </li>
      ))}
    </ul>
  );
}
