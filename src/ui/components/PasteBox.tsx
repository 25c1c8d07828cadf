import { useId, useState } from 'react';
import { formatBytes } from '../../core/triage/index.ts';

/**
 * Above this size a paste is decoded but not put in the box: Chromium needs seconds to lay out
 * megabytes in a textarea (6 s for 10 MB, measured), which would freeze the page.
 */
export const LARGE_PASTE_CHARACTERS = 200_000;

export const PASTE_LABEL = 'Paste reference IDs or any text containing them';

interface PasteBoxProps {
  /** What the box shows: typed text, or text pasted below the large-paste size. */
  readonly typedText: string;
  readonly onType: (text: string) => void;
  /** A paste too large for the box: decode it, keep it out of the box. */
  readonly onLargePaste: (text: string) => void;
}

export function PasteBox({ typedText, onType, onLargePaste }: PasteBoxProps) {
  const [largePasteSize, setLargePasteSize] = useState<number | null>(null);
  const inputId = useId();
  const hintId = useId();

  return (
    <>
      <label htmlFor={inputId} className="paste-label">
        {PASTE_LABEL}
      </label>
      <p id={hintId} className="hint">
        An error page (or its HTML source), a log, response headers, an e-mail: every reference in
        it is found and decoded as you paste. Nothing leaves this browser.
      </p>
      {largePasteSize !== null && (
        <p className="large-paste" role="status">
          Pasted {formatBytes(largePasteSize)} ({largePasteSize.toLocaleString('en')} characters):
          decoded in full below, but not shown in the box, which would freeze the page.{' '}
          <button
            type="button"
            onClick={() => {
              setLargePasteSize(null);
              onType('');
            }}
          >
            Clear the pasted text
          </button>
        </p>
      )}
      <textarea
        id={inputId}
        aria-describedby={hintId}
        value={typedText}
        placeholder={
          largePasteSize !== null ? 'Type or paste here to replace the large paste' : undefined
        }
        onChange={(event) => {
          setLargePasteSize(null);
          onType(event.target.value);
        }}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (pasted.length < LARGE_PASTE_CHARACTERS) return;
          event.preventDefault();
          setLargePasteSize(pasted.length);
          onLargePaste(pasted);
        }}
        rows={8}
        spellCheck={false}
        autoComplete="off"
      />
    </>
  );
}
