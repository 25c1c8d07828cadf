/**
 * The whole lines at the start of a long text, up to about `maxCharacters`: what can be decoded
 * first so the first results show while the rest is read. Cut only at a line break that ends a
 * line (not a quoted-printable soft break, `=` before it, which a reference may span), so no
 * reference is split: a cut reference could decode as a different, wrong one. A text with no
 * such break in that span has no safe early part and gets `null`.
 */
export function leadingLines(text: string, maxCharacters: number): string | null {
  if (text.length <= maxCharacters) return null;
  let cut = text.lastIndexOf('\n', maxCharacters);
  while (cut > 0 && isSoftBreak(text, cut)) cut = text.lastIndexOf('\n', cut - 1);
  return cut <= 0 ? null : text.slice(0, cut + 1);
}

function isSoftBreak(text: string, newline: number): boolean {
  const before = text[newline - 1] === '\r' ? newline - 2 : newline - 1;
  return text[before] === '=';
}
