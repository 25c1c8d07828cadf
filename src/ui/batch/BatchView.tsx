import { akamaiCodeName, type BatchCollection } from '../../core/triage/index.ts';
import { useDeferredValue, useMemo } from 'react';
import { useNow } from '../hooks/useNow.ts';
import { BatchExports } from './BatchExports.tsx';
import { BatchSummaryView } from './BatchSummaryView.tsx';
import { BatchTable } from './BatchTable.tsx';
import { TimelineChart } from './TimelineChart.tsx';

/**
 * A batch grows in place while files are read; `version` says when it changed. Every figure
 * here is read from counts the batch keeps as it grows (their cost is the number of codes,
 * edge servers, paths and seconds, not of references), and the table shows one page.
 */
export interface BatchViewProps {
  readonly batch: BatchCollection;
  readonly version: number;
}

function SummaryPanel({ batch, version }: BatchViewProps) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the batch changes in place: `version` says when
  const summary = useMemo(() => batch.summary(akamaiCodeName), [batch, version]);
  const now = useNow();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const logWindow = useMemo(() => batch.logWindow(now), [batch, version, now]);
  return <BatchSummaryView summary={summary} logWindow={logWindow} />;
}

function TimelinePanel({ batch, version }: BatchViewProps) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const timeline = useMemo(() => batch.timeline(akamaiCodeName), [batch, version]);
  return timeline.buckets.length > 0 ? <TimelineChart timeline={timeline} /> : null;
}

export function BatchView({ batch, version }: BatchViewProps) {
  // Typing and clicking go first; the figures follow when the page is idle.
  const deferred = useDeferredValue(version);
  return (
    <div className="batch-view">
      <SummaryPanel batch={batch} version={deferred} />
      <TimelinePanel batch={batch} version={deferred} />
      <BatchTable batch={batch} version={deferred} />
      <BatchExports batch={batch} version={deferred} />
    </div>
  );
}
