import { useMemo } from 'react';
import { buildTimeline, summariseBatch, type BatchEntry } from '../../core/index.ts';
import { BatchExports } from './BatchExports.tsx';
import { BatchSummaryView } from './BatchSummaryView.tsx';
import { BatchTable } from './BatchTable.tsx';
import { TimelineChart } from './TimelineChart.tsx';

export function BatchView({ entries }: { readonly entries: readonly BatchEntry[] }) {
  const summary = useMemo(() => summariseBatch(entries), [entries]);
  const timeline = useMemo(() => buildTimeline(entries), [entries]);
  return (
    <div className="batch-view">
      <BatchSummaryView summary={summary} />
      {timeline.buckets.length > 0 && <TimelineChart timeline={timeline} />}
      <BatchTable entries={entries} codes={summary.byCode} />
      <BatchExports entries={entries} summary={summary} timeline={timeline} />
    </div>
  );
}
