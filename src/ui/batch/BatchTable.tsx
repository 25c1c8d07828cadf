import {
  type BatchEntry,
  batchFilterOf,
  batchRow,
  type BatchRow,
  type BatchSortKey,
  codeChoices,
  exportFileName,
  type SelectionChange,
  type SortDirection,
  statusChoices,
  tableStatusText,
} from '../../core/triage/index.ts';
import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { MiddleTruncated } from '../components/MiddleTruncated.tsx';
import type { BatchAccess } from '../files/batch-store.ts';
import { useBatchAnswer } from '../files/useBatchAnswer.ts';
import { downloadText } from '../download.ts';
import { paths } from '../paths.ts';
import { NO_PENDING_SELECTION, rowTicked, withChange } from './pending-selection.ts';
import { publishOnScreen } from '../service-request/on-screen.ts';
import { describeSelectionOffer } from '../../core/share/index.ts';
import { formatCount } from '../../core/text/index.ts';

const ROWS_PER_PAGE = 100;
/** A URL in a row is cut in the middle past this (one or two lines); whole on hover and focus. */
const URL_CHARACTERS = 56;
const SOURCE_CHARACTERS = 24;

/** The columns after the selection box; those with a sort key sort when their header is pressed. */
const COLUMNS: readonly { readonly label: string; readonly sortKey: BatchSortKey | null }[] = [
  { label: 'Time (UTC)', sortKey: 'time' },
  { label: 'Reference', sortKey: null },
  { label: 'Code', sortKey: 'reasonCode' },
  { label: 'Edge IP', sortKey: 'edgeIp' },
  { label: 'Request', sortKey: 'request' },
  { label: 'Status', sortKey: 'status' },
  { label: 'Seen', sortKey: 'occurrences' },
  { label: 'Found in', sortKey: null },
];

function requestCell({ request }: BatchRow) {
  if (request === null) return <span className="muted">not known</span>;
  return (
    <>
      {request.method !== null && <strong>{request.method} </strong>}
      {request.url !== null && (
        <MiddleTruncated value={request.url} maxCharacters={URL_CHARACTERS} />
      )}
      {request.more > 0 && <span className="muted"> (+{request.more} more)</span>}
    </>
  );
}

interface BatchTableProps {
  readonly batch: BatchAccess;
}

/**
 * One page of the batch in the chosen order, asked of the batch (in the file worker while files
 * are read): the order is kept there as rows come, a filter walks the rows there, and the
 * selection is kept there too, so the page never holds or walks the whole batch.
 */
export function BatchTable({ batch }: BatchTableProps) {
  const { digest } = batch;
  const codes = useMemo(() => codeChoices(digest.codes), [digest.codes]);
  const statuses = useMemo(() => statusChoices(digest.statuses), [digest.statuses]);
  const [filterText, setFilterText] = useState('');
  const [codeFilter, setCodeFilter] = useState('');
  const [sortKey, setSortKey] = useState<BatchSortKey>('time');
  const [direction, setDirection] = useState<SortDirection>('descending');
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  /** The last change of the selection the batch has taken: the rows are asked again after each. */
  const [selectionRevision, setSelectionRevision] = useState(0);
  const [pending, setPending] = useState(NO_PENDING_SELECTION);
  const filterId = useId();
  const codeId = useId();
  // Typing stays instant; filtering a large batch follows when the page is idle.
  const deferredText = useDeferredValue(filterText);
  const filter = batchFilterOf(deferredText, codeFilter);
  const answered = useBatchAnswer(
    batch,
    { kind: 'table', question: { sortKey, direction, filter, limit: shown } },
    selectionRevision,
  );
  const page = answered?.answer;
  // Clicks the batch has not answered yet show as clicked.
  const unanswered = answered === undefined || answered.revision < pending.change ? pending : null;
  const changeSelection = useCallback(
    (change: SelectionChange) => {
      const next = withChange(pending, change);
      setPending(next);
      const done = () => setSelectionRevision((revision) => Math.max(revision, next.change));
      if (batch.answerNow !== null) {
        batch.answerNow({ kind: 'select', question: change });
        done();
      } else {
        void batch.ask({ kind: 'select', question: change }).then(done);
      }
    },
    [batch, pending],
  );
  const [exporting, setExporting] = useState(false);
  // The selection's own CSV: what an SR for more than 100 references attaches.
  const exportSelected = async () => {
    const nowMs = Date.now();
    const question = {
      kind: 'export',
      question: { what: 'references', format: 'csv', nowMs, selectedOnly: true },
    } as const;
    setExporting(true);
    try {
      const text = batch.answerNow === null ? await batch.ask(question) : batch.answerNow(question);
      downloadText(exportFileName('references', 'csv', nowMs), text);
    } finally {
      setExporting(false);
    }
  };
  const toggle = useCallback(
    (reference: string, on: boolean) => changeSelection({ references: [reference], on }),
    [changeSelection],
  );
  const rows = page?.rows ?? [];
  const matching = page?.matching ?? 0;
  const selected = page?.selected ?? 0;
  const forRequest = page?.selectionPick;
  const offer = forRequest === undefined ? null : describeSelectionOffer(forRequest);

  const sortBy = (key: BatchSortKey) => {
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortKey(key);
      setDirection(key === 'occurrences' || key === 'time' ? 'descending' : 'ascending');
    }
  };

  return (
    <section aria-labelledby="batch-table-heading" className="batch-table">
      <h2 id="batch-table-heading">All references</h2>
      <div className="table-controls">
        <label htmlFor={filterId}>Filter references</label>
        <input
          id={filterId}
          type="search"
          value={filterText}
          placeholder="URL, edge IP, reference, file…"
          onChange={(event) => {
            setFilterText(event.target.value);
            setShown(ROWS_PER_PAGE);
          }}
        />
        <label htmlFor={codeId}>Reason code or HTTP status</label>
        <select
          id={codeId}
          value={codeFilter}
          onChange={(event) => {
            setCodeFilter(event.target.value);
            setShown(ROWS_PER_PAGE);
          }}
        >
          <option value="">All codes and statuses</option>
          <optgroup label="Reason code">
            {codes.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </optgroup>
          {statuses.length > 0 && (
            <optgroup label="HTTP status the caller got">
              {statuses.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <p role="status" className="table-status">
        {page === undefined
          ? 'Loading the table…'
          : tableStatusText(matching, page.total, selected)}
      </p>
      <div className="selection-actions">
        {forRequest !== undefined && offer?.label != null ? (
          <Link
            to={paths.serviceRequest(forRequest.references)}
            className="button-link"
            // The SR screen reads the requests behind the selected references from here.
            onClick={() => publishOnScreen(page?.selectionEntries ?? [], forRequest.scale)}
          >
            {offer.label}
          </Link>
        ) : (
          <span className="muted">Select references to draft one SR for them.</span>
        )}
        {selected > 0 && (
          <button type="button" onClick={() => changeSelection({ none: true })}>
            Clear selection
          </button>
        )}
        {selected > 0 && (
          <button type="button" disabled={exporting} onClick={() => void exportSelected()}>
            {exporting ? 'Preparing the CSV…' : `Selected as CSV (${formatCount(selected)})`}
          </button>
        )}
        {offer?.notes.map((note) => (
          <span key={note} className="note">
            {note}
          </span>
        ))}
      </div>
      <p className="scroll-hint muted">
        The table is wider than this screen: scroll it sideways for every column.
      </p>
      <div className="table-scroll">
        <table className="references-table">
          <caption className="offscreen">Decoded references, sortable by column</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={`Select all ${formatCount(matching)} matching references`}
                  checked={unanswered?.allMatching ?? page?.allMatchingSelected ?? false}
                  onChange={(event) =>
                    changeSelection({ matching: filter, on: event.target.checked })
                  }
                />
              </th>
              {COLUMNS.map(({ label, sortKey: columnKey }) =>
                columnKey === null ? (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ) : (
                  <SortHeader
                    key={label}
                    label={label}
                    active={sortKey === columnKey}
                    direction={direction}
                    onSort={() => sortBy(columnKey)}
                  />
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, selected: isSelected }) => (
              <Row
                key={entry.reference.reference}
                entry={entry}
                selected={rowTicked(unanswered, entry.reference.reference, isSelected)}
                onToggle={toggle}
              />
            ))}
          </tbody>
        </table>
      </div>
      {matching > rows.length && (
        <p className="more">
          Showing {formatCount(rows.length)} of {formatCount(matching)}.{' '}
          <button type="button" onClick={() => setShown((count) => count + ROWS_PER_PAGE)}>
            Show {Math.min(ROWS_PER_PAGE, matching - rows.length)} more
          </button>
        </p>
      )}
    </section>
  );
}

interface RowProps {
  readonly entry: BatchEntry;
  readonly selected: boolean;
  readonly onToggle: (reference: string, on: boolean) => void;
}

/** A row renders again only when its entry or its box changed, not on every batch update. */
const Row = memo(function Row({ entry, selected, onToggle }: RowProps) {
  const row = batchRow(entry);
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${row.reference}`}
          checked={selected}
          onChange={(event) => onToggle(row.reference, event.target.checked)}
        />
      </td>
      <td className="nowrap">{row.time}</td>
      <td className="mono nowrap">
        <Link to={paths.decode(row.reference)}>{row.reference}</Link>
        {row.isGrn && <span className="badge">GRN</span>}
      </td>
      <td className="number">{row.reasonCode}</td>
      <td className="mono nowrap">{row.edgeIp}</td>
      <td className="request-cell">{requestCell(row)}</td>
      <td className="number">{row.status}</td>
      <td className="number">{row.occurrences}</td>
      <td className="source-cell">
        <MiddleTruncated value={row.sources} maxCharacters={SOURCE_CHARACTERS} />
      </td>
    </tr>
  );
});

interface SortHeaderProps {
  readonly label: string;
  readonly active: boolean;
  readonly direction: SortDirection;
  readonly onSort: () => void;
}

function SortHeader({ label, active, direction, onSort }: SortHeaderProps) {
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true">{active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
