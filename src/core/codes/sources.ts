import type { SourceId, WhoActs } from './code-types.ts';

export interface SourceDescription {
  readonly title: string;
  /** Where a reader can check the claim. Shown as text; the app never fetches it. */
  readonly where: string;
}

export const SOURCES: Readonly<Record<SourceId, SourceDescription>> = {
  'akamai-techdocs': {
    title: "Akamai's published error-code table",
    where: 'techdocs.akamai.com/edge-diagnostics/docs/error-codes',
  },
  'oracle-guide': {
    title: 'Oracle Utilities Cloud Services integration guide, "Important Note" table',
    where: 'Oracle Utilities Cloud Services: Integrate Using Web Services',
  },
  'field-observation': {
    title: 'Observed in real Akamai error pages, logs and response headers',
    where: 'public error pages, curl transcripts and HAR files matched against their HTTP headers',
  },
};

export const WHO_ACTS_LABELS: Readonly<Record<WhoActs, string>> = {
  caller: "The caller: fix the request or the caller's network first",
  'customer-config': 'Your configuration: the hostname or endpoint your integration uses',
  oracle: "Oracle: origin, certificate, WAF or allowlist rules on Oracle's side (raise an SR)",
  nobody: 'Nobody: this is a request id, not an error',
};
