/**
 * Allowlist and network requests: inbound sources, outbound targets and their certificates,
 * the DNS check for VPN Connect and FastConnect, and the ticket text for each.
 */
export {
  checkAllowlistSource,
  type AllowlistSource,
  type AllowlistSourceKind,
  type SourceCheck,
  type SourceCheckOptions,
  type SourceWarning,
  type SourceWarningKind,
} from './sources.ts';
export {
  OUTBOUND_PORT,
  checkOutboundTarget,
  type OutboundTarget,
  type TargetCheck,
  type TargetWarning,
  type TargetWarningKind,
} from './outbound.ts';
export {
  CERTIFICATE_CANNOT_PROVE,
  EXPIRY_WARNING_DAYS,
  hostCovered,
  inspectCertificateChain,
  type CertificateFinding,
  type CertificateFindingKind,
  type CertificateKey,
  type CertificateReport,
  type CertificateSummary,
  type FindingSeverity,
  type InspectOptions,
} from './certificates.ts';
export {
  MAX_CERTIFICATES,
  MAX_CERTIFICATE_FILE_BYTES,
  certificateFileText,
  withoutPrivateKeys,
  type CertificateFileText,
  type PemInput,
} from './pem.ts';
export {
  AKAMAI_DOMAINS,
  analyseDnsAnswer,
  explainDnsAnswer,
  isAkamaiName,
  type CnameLink,
  type DnsAnalysis,
  type DnsAnswer,
  type DnsTool,
} from './dns.ts';
export { checkAllowlistPath, type PathCheck } from './paths.ts';
export { checkPathLines, checkSourceLines, checkTargetLines, type LineVerdict } from './lines.ts';
export {
  draftAllowlistRequest,
  type AllowlistRequestDraft,
  type AllowlistRequestInput,
  type AllowlistRequestKind,
  type HomeRegionRequestInput,
  type InboundRequestInput,
  type OutboundRequestInput,
  type RequestProblem,
} from './draft.ts';
export { networkOffers, type NetworkOffers, type OfferContext } from './decoder-offers.ts';
