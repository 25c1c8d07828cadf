import type { Confidence, ReasonCodeInfo, SourceId } from './code-types.ts';

/** What a code means, or that its meaning is unpublished: one wording for SR, card and code page. */
export interface CodeMeaning {
  readonly text: string;
  /** A few words for a list line in an SR or table. */
  readonly short: string;
  /** False when no source describes the code: only Oracle's lookup of a reference can. */
  readonly published: boolean;
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
}

const LOOKUP_ONLY = "only Oracle's lookup of the reference in Akamai's logs can tell the cause.";

function firstSentence(text: string): string {
  return (text.split(/(?<=\.)\s/)[0] ?? text).replace(/\.$/, '');
}

/**
 * The meaning we can stand behind. A code Akamai names but does not describe (203,
 * ERR_FWD_CAE_HEADERS) is "unpublished" with the name's own confidence, wherever it is shown.
 */
export function describeMeaning(info: ReasonCodeInfo): CodeMeaning {
  const { guidance } = info;
  if (guidance !== null) {
    return {
      text: guidance.meaning.text,
      short: firstSentence(guidance.meaning.text),
      published: true,
      sources: [guidance.meaning.source],
      confidence: guidance.meaning.confidence,
    };
  }
  if (info.oracleWording !== null) {
    return {
      text: info.oracleWording,
      short: firstSentence(info.oracleWording),
      published: true,
      sources: ['oracle-guide'],
      confidence: 'low',
    };
  }
  if (info.akamaiName !== null) {
    return {
      text: `Unpublished: Akamai's table names this code ${info.akamaiName} but describes no meaning; ${LOOKUP_ONLY}`,
      short: `meaning unpublished (Akamai names it ${info.akamaiName})`,
      published: false,
      sources: info.nameSources,
      confidence: info.nameConfidence,
    };
  }
  return {
    text: `Unpublished: neither Akamai's table nor Oracle's guide lists this code; ${LOOKUP_ONLY}`,
    short: 'meaning unpublished (in no published table)',
    published: false,
    sources: [],
    confidence: info.nameConfidence,
  };
}
