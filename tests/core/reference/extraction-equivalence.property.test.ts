import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/index.ts';
import { extractLocatedReferences, normaliseText } from '../../../src/core/reference/index.ts';
import { corpus, FIXED_NOW, readFixture } from '../corpus.ts';
import { extractLocatedReferences as oracleExtractLocated } from './oracle/extract.ts';
import { normaliseText as oracleNormalise } from './oracle/normalise.ts';

/**
 * The faster extraction (issue 15) must give exactly what the old one gave: the same normalised
 * text, references, order, labels, occurrences, first indexes and rejections with their reasons,
 * on any text. The old implementation is kept in ./oracle while both exist. Runs:
 * EQUIVALENCE_RUNS=20000 npx vitest run tests/core/reference/extraction-equivalence.property.test.ts
 */
const RUNS = Number(process.env.EQUIVALENCE_RUNS ?? 600);
/** Many runs are heavy work: a few milliseconds each on a busy machine. */
const TIMEOUT_MS = Math.max(5_000, RUNS * 5);

const options = { now: FIXED_NOW };

const validReference = fc
  .record({
    code: fc.integer({ min: 0, max: 300 }),
    ip: fc.integer({ min: 0, max: 0xffffffff }),
    epoch: fc.integer({ min: 1_000_000_000, max: FIXED_NOW / 1000 + 5 * 86_400 }),
    rid: fc.integer({ min: 0, max: 0xffffffff }),
    upper: fc.boolean(),
  })
  .map(({ code, ip, epoch, rid, upper }) => {
    const written = `${code}.${ip.toString(16)}.${epoch}.${rid.toString(16)}`;
    return upper ? written.toUpperCase() : written;
  });

/** The same reference with its dots (or all of it) written as an escape. */
const encodedReference = fc
  .tuple(
    validReference,
    fc.constantFrom(
      '&#46;',
      '&#x2e;',
      '&#X2E;',
      '&period;',
      '&amp;#46;',
      '&amp;amp;#46;',
      '%2E',
      '%2e',
      '%252E',
      '\\u002e',
      '\\x2e',
      '=2E',
      '.\u200b',
      '\u00ad.',
    ),
  )
  .map(([written, dot]) => written.replaceAll('.', dot));

/** Entities, percent and backslash escapes, quoted-printable, invisible characters. */
const escapeAtom = fc.constantFrom(
  '&#46;',
  '&#x2e;',
  '&#35;',
  '&#32;',
  '&#10;',
  '&#13;',
  '&#38;',
  '&#37;',
  '&#92;',
  '&#61;',
  '&#8203;',
  '&#1114111;',
  '&#1114112;',
  '&#9999999;',
  '&#xffffff;',
  '&#xd83d;',
  '&#56832;',
  '\\ud83d',
  '&#233;',
  '&#x201c;',
  '&#',
  '&#x',
  '&',
  '&amp;',
  '&AMP;',
  '&amp;amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&num;',
  '&sol;',
  '&colon;',
  '&equals;',
  '&percnt;',
  '&unknown;',
  '&a;',
  '%2E',
  '%2e',
  '%25',
  '%23',
  '%20',
  '%3A',
  '%5C',
  '%7F',
  '%26',
  '%2',
  '%',
  '%%',
  '\\n',
  '\\r',
  '\\t',
  '\\"',
  "\\'",
  '\\/',
  '\\\\',
  '\\u002e',
  '\\u0026',
  '\\u200b',
  '\\x2e',
  '\\x25',
  '\\N',
  '\\',
  '=\n',
  '=\r\n',
  '=2E',
  '=3D',
  '=',
  'Content-Transfer-Encoding: quoted-printable\n',
  `${'w'.repeat(66)}=\n`,
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
);

const atom = fc.oneof(
  { weight: 4, arbitrary: validReference },
  { weight: 2, arbitrary: encodedReference },
  {
    weight: 6,
    // Pieces of references and look-alikes.
    arbitrary: fc.constantFrom(
      '18',
      '0',
      '1',
      '9',
      '12345',
      '.',
      '..',
      '4c96df17',
      '4C96DF17',
      '1644609140',
      '99999999999',
      '2a155db',
      'ffffffffff',
      'xxxx',
      '<ts>',
      '{id}',
      '*',
      '...',
      'g',
      'z',
      '_',
      '-',
      '18.4c96df17.1644609140.2a155db',
      '0.4c96df17.1644609140.2a155db',
      '18.4c96df17.1644609140',
      '18.4c96df17.1644609140.2a155db.9',
      '30.xxxx.<ts>.{id}',
      '1.1.1.1.',
    ),
  },
  {
    weight: 4,
    // Labels, whole and partial.
    arbitrary: fc.constantFrom(
      'Reference #',
      'Reference&#32;&#35;',
      'Reference # ',
      'reference number: ',
      'Reference No. ',
      'reference no#',
      'Reference ID: "',
      "reference_id='",
      'reference-id=',
      'referenceid',
      'REFERENCE ID#',
      'Akamai-GRN: ',
      'akamai-grn="',
      'Akamai-GRN:',
      'x-reference-error: ',
      'X-Reference-Error="',
      'errors.edgesuite.net/',
      'https://errors.edgesuite.net/',
      'http://errors.edgesuite.net/',
      '#',
      'reference',
      'Reference  ',
      'error',
      // Tails as long as a label's can be, and a label inside a labelled look-alike's token.
      'Reference    #    ',
      'REFERENCE        :    ',
      'reference \t \u00a0 :\t \u3000 ',
      'akamai-grn"    =    "',
      "x-reference-error'\t\t\t\t:\t\t\t\t'",
      'Reference ID"    #    "',
      'Reference #1.xreferenceid',
      'Reference #12.a.reference_id',
    ),
  },
  { weight: 5, arbitrary: escapeAtom },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '"',
      "'",
      ':',
      '=',
      '/',
      ',',
      ';',
      '(',
      ')',
      '<',
      '>',
      '\u00a0',
      '\u2028',
      'é',
      'ſ',
      '\u212a',
      '日本',
      '😀',
      'GET https://ccs.example.com/rest/x 403 ',
      'Access Denied ',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  {
    weight: 1,
    // A labelled reference whose look-alike token runs on into another label.
    arbitrary: fc
      .tuple(
        fc.constantFrom('#', 'Reference #', 'Akamai-GRN: ', ' '),
        validReference,
        fc.constantFrom(
          '.referenceid1.2',
          '.reference_id=3.4',
          '.a.reference-id5.6',
          '. Reference #7.8',
        ),
      )
      .map((parts) => parts.join('')),
  },
);

const atomText = fc.array(atom, { maxLength: 60 }).map((atoms) => atoms.join(''));
const anyText = fc.oneof(
  { weight: 6, arbitrary: atomText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 200 }) },
);
/** Long enough and dense enough in escapes to be decoded in bulk (more than 64 escapes). */
const denseText = fc
  .array(fc.oneof(atom, escapeAtom, escapeAtom, escapeAtom), { minLength: 150, maxLength: 600 })
  .map((atoms) => atoms.join(''));

/**
 * Escapes cut into pieces and put back together by decoding: `&amp;#4` + `&#54;` + `;` only
 * becomes `.` in a later pass. Later passes read only around what the pass before decoded, so
 * these texts check that no new escape is missed or made up anywhere else, however far apart.
 */
const escapeFragment = fc.constantFrom(
  '&',
  '#',
  '4',
  '6',
  ';',
  'x',
  '2',
  'e',
  'E',
  'a',
  'm',
  'p',
  '%',
  '5',
  '\\',
  'u',
  '0',
  '00000',
  '.',
  '&#',
  '&amp;',
  '&AMP;',
  '&#38;',
  '&#35;',
  '&#52;',
  '&#54;',
  '&#59;',
  '&#x26;',
  '&num;',
  '%25',
  '%26',
  '%23',
  '%32',
  '%3B',
  '\\u0026',
  '\\x25',
  '\\\\',
  '&#8203;',
  '&#1114112;',
  '\u200b',
  '\u00ad',
  '18.4c96df17.1644609140.2a155db',
  'Reference #',
  ' ',
  '\n',
);
const fragmentText = fc.oneof(
  fc.array(escapeFragment, { maxLength: 80 }).map((fragments) => fragments.join('')),
  // Fragments far apart: separate spans of a long text.
  fc
    .array(fc.array(escapeFragment, { maxLength: 12 }), { maxLength: 6 })
    .map((groups) => groups.map((group) => group.join('')).join(' '.repeat(150))),
);

/** The end of the previous chunk of a file, as file-analysis hands it on (already normalised). */
const lead = fc.oneof(
  fc.constant(''),
  atomText.map((text) => oracleNormalise(text).slice(-64)),
);

describe('the faster extraction gives exactly what the old one gave', () => {
  it(
    'normaliseText: the same text, on any input',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          expect(normaliseText(text)).toBe(oracleNormalise(text));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'extractLocatedReferences: the same normalised text, references, first indexes and rejections',
    () => {
      fc.assert(
        fc.property(anyText, lead, (text, before) => {
          expect(extractLocatedReferences(text, options, before)).toEqual(
            oracleExtractLocated(text, options, before),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'escapes made by decoding, near and far apart: the same normalised text',
    () => {
      fc.assert(
        fc.property(fragmentText, (text) => {
          expect(normaliseText(text)).toBe(oracleNormalise(text));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'long texts dense in escapes (decoded in bulk): the same normalised text and results',
    () => {
      fc.assert(
        fc.property(denseText, (text) => {
          expect(extractLocatedReferences(text, options)).toEqual(
            oracleExtractLocated(text, options),
          );
        }),
        { numRuns: Math.ceil(RUNS / 5) },
      );
    },
    TIMEOUT_MS,
  );

  it('bulk decoding across its 65,536-unit chunks: a surrogate pair cut at any place stays whole', () => {
    // 70 dense escapes switch to bulk decoding, which has written 70 units before the `é`s.
    for (let count = 65_460; count <= 65_470; count += 1) {
      const text = `${'&#46;'.repeat(70)}${'é'.repeat(count)}😀&#x1F600;\\ud83d&#46;😀${'&#46;x'.repeat(20)}`;
      expect(normaliseText(text)).toBe(oracleNormalise(text));
    }
  });

  it('extractReferences: the same result on every corpus entry and fixture', () => {
    const texts = [
      ...corpus.map((entry) => entry.raw),
      ...[
        'akamai-access-denied.html',
        'triage/forwarded.eml',
        'triage/hand-counted.log',
        'triage/incident.har',
      ].map(readFixture),
    ];
    for (const text of texts) {
      const { located, rejected } = oracleExtractLocated(text, options);
      expect(extractReferences(text, options)).toEqual({
        references: located.map((entry) => entry.reference),
        rejected,
      });
    }
  });
});
