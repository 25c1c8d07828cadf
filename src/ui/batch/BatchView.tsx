import { useDeferredValue, useEffect, useRef } from 'react';
import type { BatchAccess } from '../files/batch-store.ts';
import { useNow } from '../hooks/useNow.ts';
import { BatchExports } from './BatchExports.tsx';
import { BatchSummaryView } from './BatchSummaryView.tsx';
import { BatchTable } from './BatchTable.tsx';
import { TimelineChart } from './TimelineChart.tsx';

/**
 * A batch is read through its digest (figures counted where the batch lives: the file worker
 * while files are read) and questions for the rows on screen; nothing here holds or walks every
 * reference.
 */
export interface BatchViewProps {
  readonly batch: BatchAccess;
}

function SummaryPanel({ batch }: BatchViewProps) {
  const { summary, logWindow } = batch.digest;
  // The log window moves with the clock: counted again each minute, not only when files come.
  const now = useNow();
  const counted = useRef(now);
  useEffect(() => {
    if (now === counted.current) return;
    counted.current = now;
    batch.refresh();
  }, [batch, now]);
  return <BatchSummaryView summary={summary} logWindow={logWindow} />;
}

function TimelinePanel({ batch }: BatchViewProps) {
  const { timeline } = batch.digest;
  return timeline.buckets.length > 0 ? <TimelineChart timeline={timeline} /> : null;
}

export function BatchView({ batch }: BatchViewProps) {
  // Typing and clicking go first; the figures follow when the page is idle.
  const deferred = useDeferredValue(batch);
  return (
    <div className="batch-view">
      <SummaryPanel batch={deferred} />
      <TimelinePanel batch={deferred} />
      <BatchTable batch={deferred} />
      <BatchExports batch={deferred} />
    </div>
  );
}
