import { SOURCES, type Confidence, type SourceId } from '../../core/index.ts';

interface SourceNoteProps {
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
  readonly note?: string | null;
}

/** How sure we are of a claim and where it comes from, shown beside the claim. */
export function SourceNote({ sources, confidence, note = null }: SourceNoteProps) {
  return (
    <span className="source-note">
      Source: {sources.map((source) => SOURCES[source].title).join(' + ') || 'none published'} ·{' '}
      <span className={`confidence confidence-${confidence}`}>{confidence} confidence</span>
      {note !== null && ` (${note})`}
    </span>
  );
}
