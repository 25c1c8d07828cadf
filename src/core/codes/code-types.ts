/** Where a claim about a reason code comes from. Resolved to titles and links by `SOURCES`. */
export type SourceId = 'akamai-techdocs' | 'oracle-guide' | 'field-observation';

export type Confidence = 'high' | 'medium' | 'low';

/** One row of Akamai's published reason-code table (plus Oracle's code 25). */
export interface AkamaiCodeRecord {
  readonly code: number;
  /** Akamai's name, or null where Akamai publishes none (code 25). */
  readonly akamaiName: string | null;
  /** Oracle's wording from the integration guide's "Important Note" table, where it has one. */
  readonly oracleWording?: string;
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
  readonly confidenceNote?: string;
}

/** Who has to act to make the error go away. */
export type WhoActs = 'caller' | 'customer-config' | 'oracle' | 'nobody';

/**
 * Code families drive the ask in a service request: the same ask serves every code in a family.
 * `edge-denial`: a rule at the edge refused the request (WAF, allowlist, bot, geo, rate).
 * `origin`: the edge could not get a good answer from Oracle's origin.
 * `hostname`: the request named a host the edge does not serve.
 * `malformed-request`: the caller sent something the edge could not parse.
 * `edge-internal`: the edge itself failed or the client went away.
 */
export type CodeFamily =
  'edge-denial' | 'origin' | 'hostname' | 'malformed-request' | 'edge-internal' | 'unknown';

/** A statement with the evidence behind it, so the UI can show how sure we are. */
export interface SourcedText {
  readonly text: string;
  readonly source: SourceId;
  readonly confidence: Confidence;
}

/** Our explanation of a code that support engineers meet, in our own words. */
export interface CodeGuidance {
  readonly code: number;
  readonly family: CodeFamily;
  readonly meaning: SourcedText;
  /** The HTTP status the caller usually sees with this code. */
  readonly usualStatus: SourcedText;
  readonly likelyCauses: readonly string[];
  readonly whoActs: WhoActs;
  readonly nextSteps: readonly string[];
  /** Where Oracle's guide and Akamai's table differ, what the difference is and which to trust. */
  readonly disagreement?: SourcedText;
}

/** Everything the app knows about one code, merged from the table and the guidance. */
export interface ReasonCodeInfo {
  readonly code: number;
  readonly akamaiName: string | null;
  readonly oracleWording: string | null;
  readonly inAkamaiTable: boolean;
  readonly nameSources: readonly SourceId[];
  readonly nameConfidence: Confidence;
  readonly nameConfidenceNote: string | null;
  readonly family: CodeFamily;
  readonly whoActs: WhoActs;
  readonly guidance: CodeGuidance | null;
}
