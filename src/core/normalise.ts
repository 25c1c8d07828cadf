/**
 * Turns text as people paste it (HTML source, JSON strings, e-mail sources, URL-encoded links)
 * back into the characters a person reads, so one pattern can find references in all of them.
 * Every step is a single linear regex pass; the decoding loop is bounded, so hostile input
 * (megabytes of `&#46;` or nested `&amp;amp;`) costs a few passes, never more.
 */

const MAX_DECODING_ROUNDS = 4;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  num: '#',
  period: '.',
  sol: '/',
  colon: ':',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
  equals: '=',
  percnt: '%',
};

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
const PERCENT_ESCAPE = /%([2-7][0-9a-f])/gi;
// Case-sensitive on purpose: `\N` or `\T` in a Windows path is not an escape.
const BACKSLASH_ESCAPE = /\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt"'/\\])/g;
const SOFT_LINE_BREAK = /=\r?\n/g;
const QUOTED_PRINTABLE_BYTE = /=([0-9A-F]{2})/g;
const QUOTED_PRINTABLE_HEADER = /content-transfer-encoding:\s*quoted-printable/i;
// Zero-width characters and the soft hyphen hide inside copied text and split tokens.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function fromCodePoint(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}

function decodeEntity(match: string, decimal?: string, hex?: string, name?: string): string {
  if (decimal !== undefined) return fromCodePoint(Number(decimal));
  if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
  return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? match;
}

const BACKSLASH_CHARACTERS: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };

function decodeBackslash(_match: string, escape: string): string {
  if (escape.startsWith('u') || escape.startsWith('x')) {
    return String.fromCharCode(parseInt(escape.slice(1), 16));
  }
  return BACKSLASH_CHARACTERS[escape] ?? escape;
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(SOFT_LINE_BREAK, '');
  // Only a declared quoted-printable body gets `=XX` decoding: elsewhere `=20` is a query value.
  return QUOTED_PRINTABLE_HEADER.test(text)
    ? joined.replace(QUOTED_PRINTABLE_BYTE, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : joined;
}

function decodeOneRound(text: string): string {
  return text
    .replace(ENTITY, decodeEntity)
    .replace(PERCENT_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(BACKSLASH_ESCAPE, decodeBackslash);
}

export function normaliseText(text: string): string {
  let current = decodeQuotedPrintable(text).replace(INVISIBLE, '');
  for (let round = 0; round < MAX_DECODING_ROUNDS; round += 1) {
    const next = decodeOneRound(current);
    if (next === current) break;
    current = next.replace(INVISIBLE, '');
  }
  return current;
}
