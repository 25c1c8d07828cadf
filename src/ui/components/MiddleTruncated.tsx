import { truncateMiddle } from '../../core/text/index.ts';

interface MiddleTruncatedProps {
  readonly value: string;
  readonly maxCharacters: number;
}

/**
 * A long value (a URL) in one or two lines with its middle cut out. Screen readers get the whole
 * value; it shows on hover (title) and on keyboard focus (the element takes focus only when
 * something was cut); every export carries it whole.
 */
export function MiddleTruncated({ value, maxCharacters }: MiddleTruncatedProps) {
  const { text, truncated } = truncateMiddle(value, maxCharacters);
  if (!truncated) return <span className="url">{value}</span>;
  return (
    <span className="url truncated" title={value} tabIndex={0}>
      {/* The whole value first: it is what a screen reader and a copied selection get. */}
      <span className="url-full">{value}</span>
      <span aria-hidden="true" className="url-short">
        {text}
      </span>
    </span>
  );
}
