/** What is left of a long value after cutting out its middle, and whether anything was cut. */
export interface MiddleTruncation {
  readonly text: string;
  readonly truncated: boolean;
}

const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `maxCharacters` by cutting out its middle: the start of a URL names
 * the host and the end names the resource, so both are kept and the middle gives way. The cut
 * lands on a `/` near its edge when there is one, so path segments stay whole.
 */
export function truncateMiddle(text: string, maxCharacters: number): MiddleTruncation {
  const characters = [...text];
  if (characters.length <= maxCharacters) return { text, truncated: false };
  const room = Math.max(2, Math.floor(maxCharacters)) - ELLIPSIS.length;
  // A URL's scheme and host say which system was called: kept whole when they leave room for the end.
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\//i.exec(text)?.[0].length ?? 0;
  let headLength =
    origin > 0 && origin <= room * 0.7
      ? Math.max(origin, Math.ceil(room / 2))
      : Math.ceil(room / 2);
  let tailLength = room - headLength;
  // Prefer ending the head just after a slash and starting the tail at one, within a few characters.
  const slack = Math.floor(room / 6);
  const head = characters.slice(0, headLength).join('');
  const headSlash = head.lastIndexOf('/');
  if (headSlash >= 0 && headLength - (headSlash + 1) <= slack) {
    tailLength += headLength - (headSlash + 1);
    headLength = headSlash + 1;
  }
  const tailStart = characters.length - tailLength;
  const tail = characters.slice(tailStart).join('');
  const tailSlash = tail.indexOf('/');
  if (tailSlash > 0 && tailSlash <= slack) tailLength -= tailSlash;
  return {
    text:
      characters.slice(0, headLength).join('') +
      ELLIPSIS +
      characters.slice(characters.length - tailLength).join(''),
    truncated: true,
  };
}
