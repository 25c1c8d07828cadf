/** Credentials: found and removed in one place, below triage and the service request. */
export {
  REDACTED,
  SECRET_DESCRIPTIONS,
  describeSecrets,
  findSecrets,
  listSecretKinds,
  mergeSecretFindings,
  redactSecrets,
  scrubSecrets,
  type ScrubResult,
  type SecretFinding,
  type SecretKind,
} from './credentials.ts';
export { withoutSecrets, type Cleaning, type FieldsWithoutSecrets } from './fields.ts';
export { REMOVED_PARAMETER, cleanUrl, type CleanUrl, type UrlOptions } from './url.ts';
