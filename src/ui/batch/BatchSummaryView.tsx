import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { LOG_WINDOW_HOURS, formatSpan, formatUtc } from '../../core/time/index.ts';
import {
  describeLogWindow,
  type BatchSummary,
  type LogWindowCounts,
} from '../../core/triage/index.ts';
import { MiddleTruncated } from '../components/MiddleTruncated.tsx';
import { paths } from '../paths.ts';
import { formatCount, formatShare } from '../../core/text/index.ts';

/** Top rows on screen; every row is in the exports. */
const ROWS_SHOWN = 10;
/** Host and path are cut in the middle past this many characters (whole on hover/focus). */
const PATH_CHARACTERS = 56;

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
    // Each table scrolls in its own box: a long path never widens the page or the next table.
    <div className="count-table-box">
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
              Errors
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
              <td className="number">{formatCount(row.count)}</td>
              <td className="number">{formatShare(row.count, total)}</td>
            </tr>
          ))}
        </tbody>
        {hidden > 0 && (
          <tfoot>
            <tr>
              <td colSpan={headers.length + 2}>
                and {formatCount(hidden)} more (all of them are in the summary export)
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** ERR_ACCESS_DENIED may break after each underscore, never inside a word. */
function breakable(name: string): ReactNode {
  return name.split('_').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          _<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

function Figure({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface BatchSummaryViewProps {
  readonly summary: BatchSummary;
  readonly logWindow: LogWindowCounts;
}

export function BatchSummaryView({ summary, logWindow }: BatchSummaryViewProps) {
  const logWindowWords = describeLogWindow(logWindow);
  const utc = (iso: string | null) => (iso === null ? '–' : formatUtc(Date.parse(iso) / 1000));
  return (
    <section aria-labelledby="summary-heading" className="batch-summary">
      <h2 id="summary-heading">Summary</h2>
      <dl className="summary-figures">
        <Figure label="Error references">{formatCount(summary.refusals)}</Figure>
        <Figure label={`Inside ${LOG_WINDOW_HOURS.surelyKept} h (logs kept)`}>
          {formatCount(logWindow.within6Hours)}
        </Figure>
        <Figure label={`Inside ${LOG_WINDOW_HOURS.possiblyKept} h (logs may be kept)`}>
          {formatCount(logWindow.within24Hours)}
        </Figure>
        <Figure label="GRNs (Akamai-GRN)">{formatCount(summary.grns)}</Figure>
        <Figure label="First seen">{utc(summary.firstSeenUtc)}</Figure>
        <Figure label="Last seen">{utc(summary.lastSeenUtc)}</Figure>
        <Figure label="Time span">{formatSpan(summary.spanSeconds)}</Figure>
      </dl>
      <p
        className={
          logWindowWords.fresh
            ? 'log-window log-window-fresh'
            : 'log-window log-window-probably-gone'
        }
      >
        {logWindowWords.text}
      </p>
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
            <span key="name">{row.name === null ? 'no published name' : breakable(row.name)}</span>,
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
              ? `By host and path (${formatCount(summary.withoutRequest)} with no request known)`
              : 'By host and path'
          }
          headers={['Host and path']}
          rows={summary.byHostPath}
          total={summary.refusals}
          rowKey={(row) => `${row.host ?? ''} ${row.path}`}
          cells={(row) => [
            <MiddleTruncated
              key="path"
              value={`${row.host ?? '(host not named)'}${row.path}`}
              maxCharacters={PATH_CHARACTERS}
            />,
          ]}
        />
      </div>
    </section>
  );
}
