import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  SR_REFERENCE_LIMIT,
  countByCode,
  countByStatus,
  filterBatch,
  referencesForServiceRequest,
  sortBatch,
  type BatchEntry,
  type BatchSortKey,
  type SortDirection,
} from '../../core/triage/index.ts';
import { formatUtc } from '../../core/time/index.ts';
import { parseReasonCode } from '../../core/codes/index.ts';
import { MiddleTruncated } from '../components/MiddleTruncated.tsx';
import { paths } from '../paths.ts';

const ROWS_PER_PAGE = 100;
/** A URL in a row is cut in the middle past this (one or two lines); whole on hover and focus. */
const URL_CHARACTERS = 56;
const SOURCE_CHARACTERS = 24;

/** The one filter menu offers reason codes and the HTTP statuses the requests answered. */
type CodeChoice = { kind: 'code'; value: number } | { kind: 'status'; value: number } | null;

function parseChoice(choice: string): CodeChoice {
  const [kind, value] = choice.split(':');
  if (kind === 'status' && value !== undefined) return { kind, value: Number(value) };
  const code = parseReasonCode(value ?? '');
  return kind === 'code' && code !== null ? { kind, value: code } : null;
}

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

function requestCell(entry: BatchEntry) {
  const request = entry.requests[0];
  if (request === undefined || (request.url === null && request.method === null)) {
    return <span className="muted">not known</span>;
  }
  return (
    <>
      {request.method !== null && <strong>{request.method} </strong>}
      {request.url !== null && (
        <MiddleTruncated value={request.url} maxCharacters={URL_CHARACTERS} />
      )}
      {entry.requests.length > 1 && (
        <span className="muted"> (+{entry.requests.length - 1} more)</span>
      )}
    </>
  );
}

export function BatchTable({ entries }: { readonly entries: readonly BatchEntry[] }) {
  const codes = useMemo(() => countByCode(entries), [entries]);
  const statuses = useMemo(() => countByStatus(entries), [entries]);
  const [filterText, setFilterText] = useState('');
  const [codeFilter, setCodeFilter] = useState('');
  const [sortKey, setSortKey] = useState<BatchSortKey>('time');
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const filterId = useId();
  const codeId = useId();
  // Typing stays instant; filtering and sorting a large batch follow when the page is idle.
  const deferredText = useDeferredValue(filterText);

  const rows = useMemo(() => {
    const choice = parseChoice(codeFilter);
    return sortBatch(
      filterBatch(entries, {
        text: deferredText,
        reasonCode: choice?.kind === 'code' ? choice.value : null,
        httpStatus: choice?.kind === 'status' ? choice.value : null,
      }),
      sortKey,
      direction,
    );
  }, [entries, deferredText, codeFilter, sortKey, direction]);
  const visible = rows.slice(0, shown);
  const selectedEntries = useMemo(
    () => entries.filter((entry) => selected.has(entry.reference.reference)),
    [entries, selected],
  );
  // Only a new selection or new entries change it: not every render (a keystroke, a page).
  const forRequest = useMemo(() => referencesForServiceRequest(selectedEntries), [selectedEntries]);
  const allRowsSelected =
    rows.length > 0 && rows.every((row) => selected.has(row.reference.reference));

  const toggle = (reference: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(reference);
      else next.delete(reference);
      return next;
    });

  const sortBy = (key: BatchSortKey) => {
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortKey(key);
      setDirection(key === 'occurrences' ? 'descending' : 'ascending');
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
            {codes.map((code) => (
              <option key={code.reasonCode} value={`code:${code.reasonCode}`}>
                {code.reasonCode}
                {code.name === null ? '' : `: ${code.name}`} ({code.count})
              </option>
            ))}
          </optgroup>
          {statuses.length > 0 && (
            <optgroup label="HTTP status the caller got">
              {statuses.map((status) => (
                <option key={status.status} value={`status:${status.status}`}>
                  HTTP {status.status} ({status.count})
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <p role="status" className="table-status">
        {rows.length === entries.length
          ? `${entries.length} references.`
          : `${rows.length} of ${entries.length} references match.`}{' '}
        {selected.size > 0 && `${selected.size} selected.`}
      </p>
      <div className="selection-actions">
        {forRequest.references.length > 0 ? (
          <Link to={paths.serviceRequest(forRequest.references)} className="button-link">
            Draft an SR for {forRequest.references.length} selected{' '}
            {forRequest.references.length === 1 ? 'reference' : 'references'}
          </Link>
        ) : (
          <span className="muted">Select references to draft one SR for them.</span>
        )}
        {selected.size > 0 && (
          <button type="button" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        )}
        {forRequest.leftOut > 0 && (
          <span className="note">
            An SR link carries at most {SR_REFERENCE_LIMIT} references: the freshest{' '}
            {SR_REFERENCE_LIMIT} are used; attach the CSV export for the other {forRequest.leftOut}.
          </span>
        )}
        {forRequest.grnsLeftOut > 0 && (
          <span className="note">
            {forRequest.grnsLeftOut} selected GRN{forRequest.grnsLeftOut === 1 ? ' is' : 's are'}{' '}
            left out: a GRN names a response, not a refusal.
          </span>
        )}
      </div>
      <div className="table-scroll">
        <table className="references-table">
          <caption className="offscreen">Decoded references, sortable by column</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={`Select all ${rows.length} matching references`}
                  checked={allRowsSelected}
                  onChange={(event) =>
                    setSelected((current) => {
                      const next = new Set(current);
                      for (const row of rows) {
                        if (event.target.checked) next.add(row.reference.reference);
                        else next.delete(row.reference.reference);
                      }
                      return next;
                    })
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
            {visible.map((entry) => {
              const { reference } = entry;
              return (
                <tr key={reference.reference}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${reference.reference}`}
                      checked={selected.has(reference.reference)}
                      onChange={(event) => toggle(reference.reference, event.target.checked)}
                    />
                  </td>
                  <td className="nowrap">
                    {formatUtc(reference.epochSeconds).replace(' UTC', '')}
                  </td>
                  <td className="mono nowrap">
                    <Link to={paths.decode(reference.reference)}>{reference.reference}</Link>
                    {reference.kind === 'grn' && <span className="badge">GRN</span>}
                  </td>
                  <td className="number">{reference.reasonCode}</td>
                  <td className="mono nowrap">{reference.edgeIp}</td>
                  <td className="request-cell">{requestCell(entry)}</td>
                  <td className="number">{entry.requests[0]?.status ?? ''}</td>
                  <td className="number">{reference.occurrences}</td>
                  <td className="source-cell">
                    <MiddleTruncated
                      value={entry.sources.join(', ')}
                      maxCharacters={SOURCE_CHARACTERS}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > visible.length && (
        <p className="more">
          Showing {visible.length} of {rows.length}.{' '}
          <button type="button" onClick={() => setShown((count) => count + ROWS_PER_PAGE)}>
            Show {Math.min(ROWS_PER_PAGE, rows.length - visible.length)} more
          </button>
        </p>
      )}
    </section>
  );
}

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
