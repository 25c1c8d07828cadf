import { useId, useMemo, useState } from 'react';
import { filterReasonCodes, listReasonCodes } from '../../core/codes/index.ts';
import { useProgressiveCount } from '../hooks/useProgressiveCount.ts';
import { paths } from '../paths.ts';

const ALL_CODES = listReasonCodes();
/** Rows in the first paint, then per task after it, so no task runs long on a slow phone. */
const FIRST_PAINT_ROWS = 20;
const ROWS_PER_TASK = 12;

export function CodesPage() {
  const [query, setQuery] = useState('');
  const codes = useMemo(() => filterReasonCodes(ALL_CODES, query), [query]);
  const rows = codes.slice(0, useProgressiveCount(codes.length, FIRST_PAINT_ROWS, ROWS_PER_TASK));
  const filterId = useId();

  return (
    <>
      <h1>Akamai reason codes</h1>
      <p>
        The first field of a reference is the reason code. Names come from Akamai&apos;s published
        table; meanings are ours, with Oracle&apos;s wording beside them where its guide has one.
        Filter by a status such as 403 to find the codes that answer with it.
      </p>
      <label htmlFor={filterId}>Filter codes by number, name or words</label>
      <input
        id={filterId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
      />
      <p role="status">
        {codes.length === ALL_CODES.length
          ? `${codes.length} codes`
          : `${codes.length} of ${ALL_CODES.length} codes match`}
      </p>
      <div className="table-scroll">
        <table className="codes-table">
          <caption className="visually-hidden">Reason codes</caption>
          <colgroup>
            <col className="col-code" />
            <col className="col-name" />
            <col />
            <col className="col-status" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Akamai name</th>
              <th scope="col">Meaning</th>
              <th scope="col">Usual HTTP status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((info) => (
              <tr key={info.code}>
                <th scope="row">
                  {/* A plain hash link: 241 router Links cost half a second on a slow phone. */}
                  <a href={`#${paths.code(info.code)}`}>{info.code}</a>
                </th>
                <td>{info.akamaiName ?? 'not in Akamai’s table (per Oracle)'}</td>
                <td>
                  {info.guidance?.meaning.text ?? info.oracleWording ?? ''}
                  {info.oracleWording !== null && info.guidance !== null && (
                    <span className="oracle-wording"> Oracle: “{info.oracleWording}”</span>
                  )}
                </td>
                <td>{info.guidance?.usualStatus.text ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
