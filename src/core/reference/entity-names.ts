/**
 * The named HTML entities normalisation decodes: a table, kept as data apart from the code that
 * reads names (`escape-decoder.ts`, which looks them up by a key it builds as it reads).
 * The named entities decoded (names compared without case), and the character of each.
 */
export const NAMED_ENTITIES: readonly (readonly [name: string, code: number])[] = [
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
