import { useId } from 'react';
import type { ServiceRequestDraft } from '../../core/index.ts';
import { SEVERITY_LABELS, type SeverityLevel } from '../../core/service-request/index.ts';
import { DraftText } from '../components/DraftText.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { downloadText } from '../download.ts';

interface DraftViewProps {
  readonly draft: ServiceRequestDraft;
  readonly severityOverride: SeverityLevel | null;
  readonly onSeverityChange: (level: SeverityLevel | null) => void;
}

const LEVELS: readonly SeverityLevel[] = [1, 2, 3, 4];

export function DraftView({ draft, severityOverride, onSeverityChange }: DraftViewProps) {
  const severityId = useId();
  const { figures } = draft;
  const everything = `${draft.summary}\n\n${draft.description}`;

  return (
    <section className="draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading" tabIndex={-1}>
        Your service request
      </h2>

      {draft.warnings.length > 0 && (
        <ul className="warnings" aria-label="Before you file">
          {draft.warnings.map((warning) => (
            <li key={warning.kind}>{warning.message}</li>
          ))}
        </ul>
      )}
      {draft.guidance.length > 0 && (
        <ul className="guidance" aria-label="What the codes mean for you">
          {draft.guidance.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}

      <div className="field">
        <label htmlFor={severityId}>Severity</label>
        <select
          id={severityId}
          value={severityOverride ?? ''}
          onChange={(event) =>
            onSeverityChange(
              event.target.value === '' ? null : (Number(event.target.value) as SeverityLevel),
            )
          }
        >
          {/* Short when closed, so it fits a phone; the chosen level is spelt out below. */}
          <option value="">Suggested: severity {draft.severity.suggested}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {SEVERITY_LABELS[level]}
            </option>
          ))}
        </select>
        <p className="hint">
          {SEVERITY_LABELS[severityOverride ?? draft.severity.suggested]}. Why{' '}
          {draft.severity.suggested} was suggested: {draft.severity.reason}
        </p>
        {draft.severity.reminders.map((reminder) => (
          <p key={reminder} className="warnings">
            {reminder}
          </p>
        ))}
      </div>

      <DraftText
        title="Problem summary"
        label="Problem summary"
        text={draft.summary}
        limit={figures.summaryLimit}
      />
      <DraftText
        title="Problem description"
        label="Problem description"
        text={draft.description}
        limit={figures.descriptionLimit}
        note={`${figures.referencesInDescription} of ${figures.referencesTotal} references listed`}
      />

      {draft.movedToAttachment.length > 0 && (
        <div className="moved" role="note" aria-labelledby="moved-heading">
          <p id="moved-heading">
            <strong>In the attached file only</strong> (download it and attach it to the SR):
          </p>
          <ul>
            {draft.movedToAttachment.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="actions">
        <CopyButton text={draft.summary} label="Copy summary">
          Copy summary
        </CopyButton>
        <CopyButton text={draft.description} label="Copy description">
          Copy description
        </CopyButton>
        <CopyButton text={everything} label="Copy all">
          Copy all
        </CopyButton>
        <button
          type="button"
          onClick={() => downloadText(draft.attachmentFileName, draft.attachment)}
        >
          Download the attachment (.txt)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
    </section>
  );
}
