import type { LineVerdict } from '../../core/network/index.ts';

/** One accepted or refused line, as the core judged it. */
export interface ShownVerdict {
  readonly accepted: string | null;
  readonly refused: string | null;
  readonly notes: readonly string[];
}

interface LineVerdictsProps<Result> {
  readonly id: string;
  readonly label: string;
  readonly verdicts: readonly LineVerdict<Result>[];
  readonly show: (result: Result) => ShownVerdict;
}

/** Each line's verdict, beside the box it was typed in, in words (not only colour). */
export function LineVerdicts<Result>({ id, label, verdicts, show }: LineVerdictsProps<Result>) {
  return (
    <div id={id} className="line-verdicts" aria-live="polite">
      {verdicts.length === 0 ? (
        <p className="hint">Each line’s verdict appears here as you type.</p>
      ) : (
        <ol aria-label={label}>
          {verdicts.map(({ line, text, result }) => {
            const verdict = show(result);
            return (
              <li
                key={`${line}:${text}`}
                className={verdict.accepted === null ? 'verdict-refused' : 'verdict-accepted'}
              >
                <span className="verdict-line">Line {line}:</span>{' '}
                {verdict.accepted !== null ? (
                  <>
                    <strong>✓ OK</strong> <code>{verdict.accepted}</code>
                  </>
                ) : (
                  <>
                    <strong>✗ Refused</strong> <code>{text}</code>: {verdict.refused}
                  </>
                )}
                {verdict.notes.length > 0 && (
                  <ul className="verdict-notes">
                    {verdict.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
