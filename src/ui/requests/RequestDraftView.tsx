import type { AllowlistRequestDraft } from '../../core/network/index.ts';
import { DraftText } from '../components/DraftText.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { downloadText } from '../download.ts';

interface RequestDraftViewProps {
  readonly draft: AllowlistRequestDraft;
  readonly fileName: string;
}

/** The ticket text, live: summary and description are two fields in My Oracle Support. */
export function RequestDraftView({ draft, fileName }: RequestDraftViewProps) {
  const { figures } = draft;
  return (
    <section className="draft" aria-labelledby="request-draft-heading">
      <h2 id="request-draft-heading">Your request</h2>
      {draft.problems.length > 0 && (
        <ul className="warnings" aria-label="Before you file">
          {draft.problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
      <DraftText
        title="Problem summary"
        label="Request summary"
        text={draft.summary}
        limit={figures.summaryLimit}
      />
      <DraftText
        title="Problem description"
        label="Request description"
        text={draft.description}
        limit={figures.descriptionLimit}
        note={
          figures.itemsTotal > 0
            ? `${figures.itemsListed} of ${figures.itemsTotal} listed`
            : undefined
        }
      />
      <div className="actions">
        <CopyButton text={draft.summary} label="Copy summary">
          Copy summary
        </CopyButton>
        <CopyButton text={draft.description} label="Copy description">
          Copy description
        </CopyButton>
        {figures.itemsListed < figures.itemsTotal && (
          <button type="button" onClick={() => downloadText(fileName, draft.fullText)}>
            Download .txt (full list)
          </button>
        )}
      </div>
    </section>
  );
}
