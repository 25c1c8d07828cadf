interface DraftTextProps {
  /** The heading, as My Oracle Support names the field ("Problem summary"). */
  readonly title: string;
  /** The accessible name of the text itself. */
  readonly label: string;
  readonly text: string;
  readonly limit: number;
  /** What follows the character count ("6 of 6 references listed"). */
  readonly note?: string;
}

/** One field of a draft, as it will be pasted: its heading, its length against the limit, the text. */
export function DraftText({ title, label, text, limit, note }: DraftTextProps) {
  return (
    <>
      <h3>{title}</h3>
      <p className="counter">
        {text.length} / {limit} characters{note ? `; ${note}` : ''}
      </p>
      <pre className="draft-text" aria-label={label}>
        {text}
      </pre>
    </>
  );
}
