import { useDeferredValue, useMemo } from 'react';
import {
  buildTimeline,
  countInsideLogWindow,
  summariseBatch,
  type BatchEntry,
} from '../../core/triage/index.ts';
import { useNow } from '../hooks/useNow.ts';
import { BatchExports } from './BatchExports.tsx';
import { BatchSummaryView } from './BatchSummaryView.tsx';
import { BatchTable } from './BatchTable.tsx';
import { TimelineChart } from './TimelineChart.tsx';

/*
 * Each part computes its own figures in its own component: React renders a deferred update
 * component by component and yields between them, so 50,000 references never make one long task.
 */

function SummaryPanel({ entries }: { readonly entries: readonly BatchEntry[] }) {
  const summary = useMemo(() => summariseBatch(entries), [entries]);
  const now = useNow();
  const logWindow = useMemo(() => countInsideLogWindow(entries, now), [entries, now]);
  return <BatchSummaryView summary={summary} logWindow={logWindow} />;
}

function TimelinePanel({ entries }: { readonly entries: readonly BatchEntry[] }) {
  const timeline = useMemo(() => buildTimeline(entries), [entries]);
  return timeline.buckets.length > 0 ? <TimelineChart timeline={timeline} /> : null;
}

export function BatchView({ entries }: { readonly entries: readonly BatchEntry[] }) {
  const deferred = useDeferredValue(entries);
  return (
    <div className="batch-view">
      <SummaryPanel entries={deferred} />
      <TimelinePanel entries={deferred} />
      <BatchTable entries={deferred} />
      <BatchExports entries={deferred} />
    </div>
  );
}
