/**
 * The named HTML entities normalisation decodes, and the key each name is looked up by. Separate
 * because it is a table (data), and because the key must be built the same way from the table
 * as from the text: both use `nameKey`.
 */

/** The named entities decoded (names compared without case), and the character of each. */
const NAMED_ENTITIES: readonly (readonly [name: string, code: number])[] = [
  ['amp', 0x26], // &
  ['lt', 0x3c], // <
  ['gt', 0x3e], // >
  ['quot', 0x22], // "
  ['apos', 0x27], // '
  ['nbsp', 0x20], // a plain space: references are split on it like on any blank
  ['num', 0x23], // #
  ['period', 0x2e], // .
  ['sol', 0x2f], // /
  ['colon', 0x3a], // :
  ['lowbar', 0x5f], // _
  ['hyphen', 0x2d], // -
  ['dash', 0x2d], // -
  ['equals', 0x3d], // =
  ['percnt', 0x25], // %
];

/** A name's letters packed into one number, five bits each, case folded: exact up to 10 letters. */
export const nameKey = (key: number, code: number): number => key * 32 + ((code | 0x20) - 0x60);

/**
 * The same names by their packed letters: a name is looked up as it is read, without cutting it
 * out of the text and lower-casing it (the hot path of entity-dense HTML, where most names are
 * `&eacute;` and others left as they are).
 */
export const NAMED_BY_KEY: ReadonlyMap<number, number> = new Map(
  NAMED_ENTITIES.map(([name, code]) => [
    Array.from(name).reduce((key, letter) => nameKey(key, letter.charCodeAt(0)), 0),
    code,
  ]),
);
