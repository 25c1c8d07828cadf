import { useId } from 'react';
import { describeTimeline, type Timeline } from '../../core/triage/index.ts';
import { formatCount } from '../../core/text/index.ts';

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 2;

export function TimelineChart({ timeline }: { readonly timeline: Timeline }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...timeline.buckets.map((bucket) => bucket.total));
  const slot = WIDTH / Math.max(1, timeline.buckets.length);
  const barWidth = Math.max(1, slot * 0.8);
  const plotHeight = HEIGHT - AXIS;
  const words = describeTimeline(timeline);

  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h2 id="timeline-heading">Errors over time (UTC)</h2>
      <p className="hint">
        Each bar counts the errors in {timeline.bucketLabel}; the tallest holds {formatCount(max)}.
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="timeline-chart"
        preserveAspectRatio="none"
      >
        <title id={titleId}>Errors per {timeline.bucketLabel}, stacked by reason code</title>
        <desc id={descId}>{words.description}</desc>
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
      {words.axis !== null && (
        <p className="axis-labels" aria-hidden="true">
          <span>{words.axis.start}</span>
          <span>{words.axis.end}</span>
        </p>
      )}
      <ul className="legend" aria-label="Reason codes in the chart">
        {timeline.series.map((series, index) => (
          <li key={series.key}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" className={`series series-${index}`} />
            </svg>{' '}
            {series.label} · {formatCount(series.total)}
          </li>
        ))}
      </ul>
      {words.outliers !== null && (
        <div className="outliers">
          <p>{words.outliers}</p>
          <ul>
            {timeline.outliers.map((outlier, index) => (
              <li key={outlier.reference}>
                {words.outlierLines[index]}, <code>{outlier.reference}</code>
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
                {timeline.series.map((series, index) => (
                  <th scope="col" key={series.key} className="number">
                    {words.seriesHeadings[index]}
                  </th>
                ))}
                <th scope="col" className="number">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {timeline.buckets.map((bucket, index) => (
                <tr key={bucket.startEpoch}>
                  <th scope="row">{words.bucketStarts[index]}</th>
                  {bucket.counts.map((count, index) => (
                    <td key={index} className="number">
                      {formatCount(count)}
                    </td>
                  ))}
                  <td className="number">{formatCount(bucket.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
