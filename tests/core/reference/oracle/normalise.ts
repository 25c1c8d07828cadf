/*
 * FROZEN TEST ORACLE: the extraction as it was before issue 15 made it faster (src/core/normalise.ts at
 * d63e196), kept verbatim but for import paths, only so that extraction-equivalence.property.test.ts
 * can check old and new give the same output. Kept while both exist; delete this folder together
 * with that test once the old implementation is retired. Never import it from src.
 */
/**
 * Turns text as people paste it (HTML source, JSON strings, e-mail sources, URL-encoded links)
 * back into the characters a person reads, so one pattern can find references in all of them.
 *
 * One combined regex pass decodes entities, percent escapes, backslash escapes, quoted-printable
 * soft line breaks and invisible characters. A further pass runs only when a decoded character
 * could start a new escape (`&amp;#46;` decodes to `&#46;`), and never more than a few times, so
 * hostile input (megabytes of `&#46;` or nested `&amp;amp;`) stays linear.
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

const BACKSLASH_CHARACTERS: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };

/*
 * Alternatives, in order: decimal entity, hex entity, named entity, percent escape of a printable
 * ASCII byte, backslash escape (case-sensitive on purpose: `\N` in a Windows path is no escape),
 * zero-width character or soft hyphen.
 */
const ESCAPE =
  /&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&([a-zA-Z]{2,8});|%([2-7][0-9a-fA-F])|\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt"'/\\])|[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const STARTS_AN_ESCAPE = /[&#%\\=\u00ad\u200b-\u200d\u2060\ufeff]/;

const QUOTED_PRINTABLE_BYTE = /=([0-9A-F]{2})/g;
const SOFT_LINE_BREAK = /=\r?\n/g;
const QUOTED_PRINTABLE_HEADER = /content-transfer-encoding:\s*quoted-printable/i;
/** Encoders wrap quoted-printable at 76 columns, ending each wrapped line with `=`. */
const WRAPPED_LINE_LENGTH = { min: 60, max: 76 } as const;

function hasWrappedSoftBreak(text: string): boolean {
  for (const softBreak of ['=\n', '=\r\n']) {
    for (let at = text.indexOf(softBreak); at !== -1; at = text.indexOf(softBreak, at + 1)) {
      const lineLength = at + 1 - (text.lastIndexOf('\n', at) + 1);
      if (lineLength >= WRAPPED_LINE_LENGTH.min && lineLength <= WRAPPED_LINE_LENGTH.max)
        return true;
    }
  }
  return false;
}

/**
 * Quoted-printable, declared or recognisable by its wrapping. Elsewhere `=` at a line end is
 * just `key=` in a log, and joining the next line to it would glue a reference to the key.
 */
function isQuotedPrintable(text: string): boolean {
  return QUOTED_PRINTABLE_HEADER.test(text) || hasWrappedSoftBreak(text);
}

function fromCodePoint(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}

function decodeEscape(
  match: string,
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
  percent: string | undefined,
  backslash: string | undefined,
): string {
  if (decimal !== undefined) return fromCodePoint(Number(decimal));
  if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  if (percent !== undefined) return String.fromCharCode(parseInt(percent, 16));
  if (backslash !== undefined) {
    return backslash.length > 1
      ? String.fromCharCode(parseInt(backslash.slice(1), 16))
      : (BACKSLASH_CHARACTERS[backslash] ?? backslash);
  }
  // An invisible character: drop it.
  return '';
}

/** One pass; says whether its output may hold escapes that the pass itself created. */
function decodeOnce(text: string): { text: string; mayHoldNewEscapes: boolean } {
  let mayHoldNewEscapes = false;
  const decoded = text.replace(ESCAPE, (match, ...groups: (string | undefined)[]) => {
    const [decimal, hex, name, percent, backslash] = groups;
    const replacement = decodeEscape(match, decimal, hex, name, percent, backslash);
    // A dropped invisible character may join the halves of an escape it split.
    if (replacement === '' || (replacement !== match && STARTS_AN_ESCAPE.test(replacement))) {
      mayHoldNewEscapes = true;
    }
    return replacement;
  });
  return { text: decoded, mayHoldNewEscapes };
}

export function normaliseText(text: string): string {
  let current = isQuotedPrintable(text)
    ? text
        .replace(SOFT_LINE_BREAK, '')
        .replace(QUOTED_PRINTABLE_BYTE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
  for (let round = 0; round < MAX_DECODING_ROUNDS; round += 1) {
    const { text: decoded, mayHoldNewEscapes } = decodeOnce(current);
    current = decoded;
    if (!mayHoldNewEscapes) break;
  }
  return current;
}
