import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatSpan, formatUtc, type BatchSummary } from '../../core/index.ts';
import { paths } from '../paths.ts';

/** Top rows on screen; every row is in the exports. */
const ROWS_SHOWN = 10;

interface CountTableProps<T> {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly T[];
  readonly total: number;
  readonly cells: (row: T) => readonly ReactNode[];
  readonly rowKey: (row: T) => string;
}

function CountTable<T extends { readonly count: number }>({
  caption,
  headers,
  rows,
  total,
  cells,
  rowKey,
}: CountTableProps<T>) {
  const hidden = rows.length - ROWS_SHOWN;
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
          <th scope="col" className="number">
            Refusals
          </th>
          <th scope="col" className="number">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, ROWS_SHOWN).map((row) => (
          <tr key={rowKey(row)}>
            {cells(row).map((cell, index) => (
              <td key={headers[index]}>{cell}</td>
            ))}
            <td className="number">{row.count}</td>
            <td className="number">
              {total === 0 ? '' : `${Math.round((row.count / total) * 100)}%`}
            </td>
          </tr>
        ))}
      </tbody>
      {hidden > 0 && (
        <tfoot>
          <tr>
            <td colSpan={headers.length + 2}>
              and {hidden} more (all of them are in the summary export)
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export function BatchSummaryView({ summary }: { readonly summary: BatchSummary }) {
  return (
    <section aria-labelledby="summary-heading" className="batch-summary">
      <h2 id="summary-heading">Summary</h2>
      <dl className="summary-figures">
        <div>
          <dt>Refused requests</dt>
          <dd>{summary.refusals}</dd>
        </div>
        <div>
          <dt>GRNs (Akamai-GRN)</dt>
          <dd>{summary.grns}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>
            {summary.firstSeenUtc === null
              ? '–'
              : formatUtc(Date.parse(summary.firstSeenUtc) / 1000)}
          </dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>
            {summary.lastSeenUtc === null ? '–' : formatUtc(Date.parse(summary.lastSeenUtc) / 1000)}
          </dd>
        </div>
        <div>
          <dt>Time span</dt>
          <dd>{formatSpan(summary.spanSeconds)}</dd>
        </div>
      </dl>
      <div className="count-tables">
        <CountTable
          caption="By reason code"
          headers={['Code', 'Akamai name']}
          rows={summary.byCode}
          total={summary.refusals}
          rowKey={(row) => String(row.reasonCode)}
          cells={(row) => [
            <Link key="code" to={paths.code(row.reasonCode)}>
              {row.reasonCode}
            </Link>,
            row.name ?? 'no published name',
          ]}
        />
        <CountTable
          caption="By edge server"
          headers={['Edge IP']}
          rows={summary.byEdgeIp}
          total={summary.refusals}
          rowKey={(row) => row.edgeIp}
          cells={(row) => [
            <span key="ip" className="mono">
              {row.edgeIp}
            </span>,
          ]}
        />
        <CountTable
          caption={
            summary.withoutRequest > 0
              ? `By host and path (${summary.withoutRequest} with no request known)`
              : 'By host and path'
          }
          headers={['Host', 'Path']}
          rows={summary.byHostPath}
          total={summary.refusals}
          rowKey={(row) => `${row.host ?? ''} ${row.path}`}
          cells={(row) => [
            row.host ?? 'not named',
            <span key="path" className="mono">
              {row.path}
            </span>,
          ]}
        />
      </div>
    </section>
  );
}
