import { useId } from 'react';
import { formatUtc } from '../../core/time/index.ts';
import { type Timeline } from '../../core/triage/index.ts';

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 2;

/** `11:30` within one day, `28 Nov 11:30` across days: enough to place a bar. */
function shortTime(iso: string, acrossDays: boolean): string {
  const full = formatUtc(Date.parse(iso) / 1000); // 2025-11-28 11:30:00 UTC
  return acrossDays ? full.slice(5, 16) : full.slice(11, 16);
}

function describe(timeline: Timeline): string {
  const total = timeline.buckets.reduce((sum, bucket) => sum + bucket.total, 0);
  const first = timeline.buckets[0];
  const last = timeline.buckets.at(-1);
  if (first === undefined || last === undefined) return 'No errors to chart.';
  const busiest = timeline.buckets.reduce((a, b) => (b.total > a.total ? b : a));
  const series = timeline.series.map((s) => `${s.label}: ${s.total}`).join('; ');
  return (
    `${total} errors from ${formatUtc(first.startEpoch)} to ${formatUtc(Date.parse(last.endUtc) / 1000)}, ` +
    `one bar per ${timeline.bucketLabel}. The busiest bar starts ` +
    `${formatUtc(busiest.startEpoch)} with ${busiest.total}. By code: ${series}.` +
    (timeline.outlierCount > 0 ? ` ${outlierSentence(timeline)}` : '')
  );
}

function outlierSentence(timeline: Timeline): string {
  const count = timeline.outlierCount;
  return `${count === 1 ? '1 error lies' : `${count} errors lie`} far from the rest in time and ${count === 1 ? 'is' : 'are'} listed below the chart instead.`;
}

export function TimelineChart({ timeline }: { readonly timeline: Timeline }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...timeline.buckets.map((bucket) => bucket.total));
  const slot = WIDTH / Math.max(1, timeline.buckets.length);
  const barWidth = Math.max(1, slot * 0.8);
  const plotHeight = HEIGHT - AXIS;
  const first = timeline.buckets[0];
  const last = timeline.buckets.at(-1);
  const acrossDays =
    first !== undefined &&
    last !== undefined &&
    first.startUtc.slice(0, 10) !== last.endUtc.slice(0, 10);

  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h2 id="timeline-heading">Errors over time (UTC)</h2>
      <p className="hint">
        Each bar counts the errors in {timeline.bucketLabel}; the tallest holds {max}.
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="timeline-chart"
        preserveAspectRatio="none"
      >
        <title id={titleId}>Errors per {timeline.bucketLabel}, stacked by reason code</title>
        <desc id={descId}>{describe(timeline)}</desc>
        <line x1={0} x2={WIDTH} y1={plotHeight} y2={plotHeight} className="axis" />
        {timeline.buckets.map((bucket, index) => {
          let y = plotHeight;
          return (
            <g key={bucket.startEpoch}>
              {bucket.counts.map((count, seriesIndex) => {
                if (count === 0) return null;
                const height = (count / max) * (plotHeight - 4);
                y -= height;
                return (
                  <rect
                    key={seriesIndex}
                    x={index * slot + (slot - barWidth) / 2}
                    y={y}
                    width={barWidth}
                    height={height}
                    className={`series series-${seriesIndex}`}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      {/* Labels outside the stretched drawing, so they keep their shape at every width. */}
      {first !== undefined && last !== undefined && (
        <p className="axis-labels" aria-hidden="true">
          <span>{shortTime(first.startUtc, acrossDays)}</span>
          <span>{shortTime(last.endUtc, acrossDays)}</span>
        </p>
      )}
      <ul className="legend" aria-label="Reason codes in the chart">
        {timeline.series.map((series, index) => (
          <li key={series.key}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" className={`series series-${index}`} />
            </svg>{' '}
            {series.label} · {series.total}
          </li>
        ))}
      </ul>
      {timeline.outlierCount > 0 && (
        <div className="outliers">
          <p>{outlierSentence(timeline)}</p>
          <ul>
            {timeline.outliers.map((outlier) => (
              <li key={outlier.reference}>
                {formatUtc(outlier.epochSeconds)}: code {outlier.reasonCode},{' '}
                <code>{outlier.reference}</code>
              </li>
            ))}
          </ul>
          {timeline.outlierCount > timeline.outliers.length && (
            <p className="hint">
              and {timeline.outlierCount - timeline.outliers.length} more (all are in the table
              below and in the exports).
            </p>
          )}
        </div>
      )}
      <details>
        <summary>The chart as a table</summary>
        <div className="table-scroll">
          <table className="timeline-table">
            <caption>Errors per {timeline.bucketLabel} (UTC)</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                {timeline.series.map((series) => (
                  <th scope="col" key={series.key} className="number">
                    {series.key === 'other' ? 'Other' : `Code ${series.key}`}
                  </th>
                ))}
                <th scope="col" className="number">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {timeline.buckets.map((bucket) => (
                <tr key={bucket.startEpoch}>
                  <th scope="row">{formatUtc(bucket.startEpoch)}</th>
                  {bucket.counts.map((count, index) => (
                    <td key={index} className="number">
                      {count}
                    </td>
                  ))}
                  <td className="number">{bucket.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
