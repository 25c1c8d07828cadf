import { useEffect, useState } from 'react';
import { copyText } from '../clipboard.ts';

type CopyState = 'idle' | 'copied' | 'failed';
const RESET_AFTER_MS = 2500;

interface CopyButtonProps {
  readonly text: string;
  /** The accessible name, e.g. "Copy reference 18.4c96df17.1644609140.2a155db". */
  readonly label: string;
  readonly children?: React.ReactNode;
  /** Secondary beside a page's main action (a card's "Draft SR"); primary where copying is the point. */
  readonly variant?: 'primary' | 'secondary';
}

export function CopyButton({
  text,
  label,
  children = 'Copy',
  variant = 'primary',
}: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), RESET_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span className="copy">
      <button
        type="button"
        aria-label={label}
        className={variant === 'secondary' ? 'secondary' : undefined}
        onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {children}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && 'Copied'}
        {state === 'failed' && 'Copy failed: select the text and press Ctrl+C'}
      </span>
    </span>
  );
}
