import ipaddr from 'ipaddr.js';
import { AltName, BasicConstraints, Certificate, RSAPublicKey } from 'pkijs';
import * as asn1js from 'asn1js';
import {
  EXTENSIONS,
  GENERAL_NAME,
  KEY_ALGORITHMS,
  MIN_KEY_BITS,
  NAMED_CURVES,
  NAME_ATTRIBUTES,
  SIGNATURE_ALGORITHMS,
} from './certificate-tables.ts';
import { readPem, type PemInput } from './pem.ts';

export interface CertificateKey {
  readonly type: 'RSA' | 'EC' | 'Ed25519' | 'Ed448' | 'unknown';
  /** Modulus size for RSA, curve size for EC; null when not known. */
  readonly bits: number | null;
  readonly curve: string | null;
  /** "RSA 2048-bit", "EC P-256". */
  readonly label: string;
}

export interface CertificateSummary {
  /** 1 for the first certificate pasted. */
  readonly position: number;
  readonly subject: string;
  readonly issuer: string;
  readonly subjectAltNames: readonly string[];
  readonly serialNumber: string;
  /** ISO 8601, UTC. */
  readonly notBefore: string;
  readonly notAfter: string;
  readonly key: CertificateKey;
  readonly signatureAlgorithm: string;
  readonly isCa: boolean;
  /** Signed by its own key (a root CA, or a self-signed server certificate). */
  readonly selfSigned: boolean;
  /** SHA-256 over the DER, colon-separated hex: what `openssl x509 -fingerprint -sha256` prints. */
  readonly sha256Fingerprint: string;
}

export type CertificateFindingKind =
  | 'self-signed'
  | 'expired'
  | 'not-yet-valid'
  | 'expiring-soon'
  | 'host-not-covered'
  | 'no-subject-alt-names'
  | 'chain-order'
  | 'missing-intermediate'
  | 'server-certificate-only'
  | 'signature-mismatch'
  | 'root-included'
  | 'weak-key'
  | 'weak-signature'
  | 'duplicate'
  | 'private-key-ignored'
  | 'no-host';

/** A problem bounces the request; a warning may; a note is for the record. */
export type FindingSeverity = 'problem' | 'warning' | 'note';

export interface CertificateFinding {
  readonly kind: CertificateFindingKind;
  readonly severity: FindingSeverity;
  /** The certificate it is about (position, from 1), or null for the chain as a whole. */
  readonly certificate: number | null;
  readonly message: string;
}

export type CertificateReport =
  | {
      readonly ok: true;
      readonly certificates: readonly CertificateSummary[];
      readonly findings: readonly CertificateFinding[];
      /** What no offline check can prove, said every time. */
      readonly cannotProve: string;
    }
  | { readonly ok: false; readonly reason: string };

export interface InspectOptions {
  /** The host Oracle will call; the server certificate must name it. */
  readonly host?: string;
  /** Epoch milliseconds. */
  readonly now: number;
}

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export const CERTIFICATE_CANNOT_PROVE =
  'Offline, this check cannot prove that the root CA is publicly trusted, that no certificate was revoked, or that the server really sends this chain: Oracle’s TLS handshake checks all three. Compare with what the server sends: openssl s_client -connect HOST:443 -servername HOST -showcerts';

interface Parsed {
  readonly certificate: Certificate;
  readonly summary: CertificateSummary;
}

/**
 * Reads a pasted or dropped certificate chain (PEM, or one DER certificate) and says what would
 * bounce an outbound allowlist request: self-signed, expired, wrong host, chain order or gaps,
 * weak keys or SHA-1. Never throws: malformed input comes back as a reason.
 */
export async function inspectCertificateChain(
  input: PemInput,
  options: InspectOptions,
): Promise<CertificateReport> {
  const pem = readPem(input);
  if (!pem.ok) return pem;
  const findings: CertificateFinding[] = [];
  if (pem.privateKeys > 0) {
    findings.push({
      kind: 'private-key-ignored',
      severity: 'warning',
      certificate: null,
      message:
        'A private key was pasted with the certificates. It was ignored and is not kept: never send a private key to anyone, Oracle included. Replace that key if it left your servers.',
    });
  }
  const parsed: Parsed[] = [];
  for (const [index, der] of pem.certificates.entries()) {
    const result = await parseCertificate(der, index + 1);
    if (!result.ok) return result;
    parsed.push(result.parsed);
  }
  const certificates = parsed.map((item) => item.summary);
  try {
    findings.push(...validityFindings(certificates, options.now));
    findings.push(...strengthFindings(certificates));
    findings.push(...(await chainFindings(parsed)));
    findings.push(...hostFindings(certificates, options.host));
  } catch (error) {
    // PKI.js reads some fields only when asked (a damaged date inside an extension): say so.
    return { ok: false, reason: unreadable('The chain', error) };
  }
  return { ok: true, certificates, findings, cannotProve: CERTIFICATE_CANNOT_PROVE };
}

function unreadable(what: string, error: unknown): string {
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return `${what} is not a readable X.509 certificate${detail}: it may be cut short, damaged or not a certificate at all.`;
}

type ParseResult =
  { readonly ok: true; readonly parsed: Parsed } | { readonly ok: false; readonly reason: string };

async function parseCertificate(
  der: Uint8Array<ArrayBuffer>,
  position: number,
): Promise<ParseResult> {
  try {
    return await readCertificate(der, position);
  } catch (error) {
    // Damage can surface in any field PKI.js decodes, not only in the outer structure.
    return { ok: false, reason: unreadable(`Certificate ${position}`, error) };
  }
}

async function readCertificate(
  der: Uint8Array<ArrayBuffer>,
  position: number,
): Promise<ParseResult> {
  const certificate = Certificate.fromBER(der);
  const selfSigned =
    certificate.subject.isEqual(certificate.issuer) &&
    (await verifies(certificate, certificate)) !== false;
  const digest = await crypto.subtle.digest('SHA-256', der);
  const summary: CertificateSummary = {
    position,
    subject: formatName(certificate.subject.typesAndValues),
    issuer: formatName(certificate.issuer.typesAndValues),
    subjectAltNames: subjectAltNames(certificate),
    serialNumber: hex(certificate.serialNumber.valueBlock.valueHexView, ''),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
    key: describeKey(certificate),
    signatureAlgorithm:
      SIGNATURE_ALGORITHMS[certificate.signatureAlgorithm.algorithmId]?.name ??
      certificate.signatureAlgorithm.algorithmId,
    isCa: isCa(certificate),
    selfSigned,
    sha256Fingerprint: hex(new Uint8Array(digest), ':'),
  };
  return { ok: true, parsed: { certificate, summary } };
}

/** True or false when the signature could be checked; null when this browser cannot check it. */
async function verifies(subject: Certificate, issuer: Certificate): Promise<boolean | null> {
  try {
    return await subject.verify(issuer);
  } catch {
    return null;
  }
}

const hex = (bytes: Uint8Array, separator: string): string =>
  [...bytes].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(separator);

function formatName(
  attributes: readonly {
    readonly type: string;
    readonly value: { readonly valueBlock: unknown };
  }[],
): string {
  return attributes
    .map(({ type, value }) => {
      const block = value.valueBlock as { value?: unknown };
      const text = typeof block.value === 'string' ? block.value : '(binary)';
      return `${NAME_ATTRIBUTES[type] ?? type}=${text}`;
    })
    .join(', ');
}

function extension(certificate: Certificate, id: string) {
  return certificate.extensions?.find((item) => item.extnID === id);
}

function subjectAltNames(certificate: Certificate): string[] {
  const parsed = extension(certificate, EXTENSIONS.subjectAltName)?.parsedValue as unknown;
  if (!(parsed instanceof AltName)) return [];
  return parsed.altNames.flatMap((name) => {
    if (name.type === GENERAL_NAME.dnsName && typeof name.value === 'string') return [name.value];
    if (name.type === GENERAL_NAME.ipAddress && name.value instanceof asn1js.OctetString) {
      const bytes = [...name.value.valueBlock.valueHexView];
      return bytes.length === 4 || bytes.length === 16
        ? [ipaddr.fromByteArray(bytes).toString()]
        : [];
    }
    return [];
  });
}

function isCa(certificate: Certificate): boolean {
  const parsed = extension(certificate, EXTENSIONS.basicConstraints)?.parsedValue as unknown;
  return parsed instanceof BasicConstraints && parsed.cA;
}

function describeKey(certificate: Certificate): CertificateKey {
  const info = certificate.subjectPublicKeyInfo;
  const algorithm = info.algorithm.algorithmId;
  if (algorithm === KEY_ALGORITHMS.rsa || algorithm === KEY_ALGORITHMS.rsaPss) {
    const key = info.parsedKey;
    const modulus = key instanceof RSAPublicKey ? key.modulus.valueBlock.valueHexView : null;
    // DER integers carry a leading zero byte when the top bit is set.
    const bits = modulus ? bitLength(modulus) : null;
    return { type: 'RSA', bits, curve: null, label: bits ? `RSA ${bits}-bit` : 'RSA' };
  }
  if (algorithm === KEY_ALGORITHMS.ec) {
    const params = info.algorithm.algorithmParams as unknown;
    const oid = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : '';
    const curve = NAMED_CURVES[oid];
    return curve
      ? { type: 'EC', bits: curve.bits, curve: curve.name, label: `EC ${curve.name}` }
      : { type: 'EC', bits: null, curve: oid || null, label: `EC ${oid || 'unknown curve'}` };
  }
  if (algorithm === KEY_ALGORITHMS.ed25519)
    return { type: 'Ed25519', bits: 256, curve: null, label: 'Ed25519' };
  if (algorithm === KEY_ALGORITHMS.ed448)
    return { type: 'Ed448', bits: 456, curve: null, label: 'Ed448' };
  return { type: 'unknown', bits: null, curve: null, label: `Key algorithm ${algorithm}` };
}

function bitLength(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length && bytes[index] === 0) index += 1;
  const first = bytes[index];
  if (first === undefined) return 0;
  return (bytes.length - index - 1) * 8 + first.toString(2).length;
}

const named = (summary: CertificateSummary): string =>
  `certificate ${summary.position} (${summary.subject || 'no subject'})`;

function validityFindings(
  certificates: readonly CertificateSummary[],
  now: number,
): CertificateFinding[] {
  return certificates.flatMap((summary): CertificateFinding[] => {
    const notBefore = Date.parse(summary.notBefore);
    const notAfter = Date.parse(summary.notAfter);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    if (now < notBefore) {
      return [
        {
          kind: 'not-yet-valid',
          severity: 'problem',
          certificate: summary.position,
          message: `${capitalise(named(summary))} is not valid before ${day(notBefore)}: the handshake fails until then (or the server's clock is wrong).`,
        },
      ];
    }
    if (now > notAfter) {
      return [
        {
          kind: 'expired',
          severity: 'problem',
          certificate: summary.position,
          message: `${capitalise(named(summary))} expired on ${day(notAfter)}: renew it before asking for the allowlist entry.`,
        },
      ];
    }
    const daysLeft = Math.floor((notAfter - now) / DAY_MS);
    if (daysLeft < EXPIRY_WARNING_DAYS) {
      return [
        {
          kind: 'expiring-soon',
          severity: 'warning',
          certificate: summary.position,
          message: `${capitalise(named(summary))} expires on ${day(notAfter)}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}: renew it first, or the calls stop again soon after the change.`,
        },
      ];
    }
    return [];
  });
}

function strengthFindings(certificates: readonly CertificateSummary[]): CertificateFinding[] {
  return certificates.flatMap((summary): CertificateFinding[] => {
    const findings: CertificateFinding[] = [];
    const { key } = summary;
    const minimum = key.type === 'RSA' || key.type === 'EC' ? MIN_KEY_BITS[key.type] : null;
    if (minimum !== null && key.bits !== null && key.bits < minimum) {
      findings.push({
        kind: 'weak-key',
        severity: 'problem',
        certificate: summary.position,
        message: `${capitalise(named(summary))} has a ${key.label} key: at least ${minimum} bits are needed; TLS clients refuse weaker keys.`,
      });
    }
    const hash = Object.values(SIGNATURE_ALGORITHMS).find(
      (item) => item.name === summary.signatureAlgorithm,
    )?.hash;
    // A root's own signature is never checked by clients: only signatures made by a CA count.
    if ((hash === 'SHA-1' || hash === 'MD5') && !summary.selfSigned) {
      findings.push({
        kind: 'weak-signature',
        severity: 'problem',
        certificate: summary.position,
        message: `${capitalise(named(summary))} is signed with ${hash} (${summary.signatureAlgorithm}): TLS clients refuse it. Reissue it with SHA-256.`,
      });
    }
    return findings;
  });
}

async function chainFindings(parsed: readonly Parsed[]): Promise<CertificateFinding[]> {
  const findings: CertificateFinding[] = [];
  const summaries = parsed.map((item) => item.summary);
  const seen = new Map<string, number>();
  for (const summary of summaries) {
    const earlier = seen.get(summary.sha256Fingerprint);
    if (earlier !== undefined) {
      findings.push({
        kind: 'duplicate',
        severity: 'warning',
        certificate: summary.position,
        message: `Certificate ${summary.position} is the same as certificate ${earlier}: send each certificate once.`,
      });
    } else seen.set(summary.sha256Fingerprint, summary.position);
  }
  const [first] = parsed;
  if (first === undefined) return findings;
  if (first.summary.isCa && parsed.length > 1) {
    findings.push({
      kind: 'chain-order',
      severity: 'problem',
      certificate: 1,
      message: `The chain starts with a CA certificate (${first.summary.subject}). The server's own certificate comes first, then each issuer in turn.`,
    });
  } else if (first.summary.selfSigned) {
    findings.push({
      kind: 'self-signed',
      severity: 'problem',
      certificate: 1,
      message: `Certificate 1 (${first.summary.subject}) is self-signed: Oracle's TLS handshake refuses it. Use a CA-issued certificate, or a reverse proxy with one in front of the API.`,
    });
  }
  for (let index = 0; index < parsed.length - 1; index += 1) {
    const current = parsed[index];
    const next = parsed[index + 1];
    if (current === undefined || next === undefined || current.summary.selfSigned) continue;
    if (current.certificate.issuer.isEqual(next.certificate.subject)) {
      if ((await verifies(current.certificate, next.certificate)) === false) {
        findings.push({
          kind: 'signature-mismatch',
          severity: 'problem',
          certificate: current.summary.position,
          message: `Certificate ${current.summary.position} names certificate ${next.summary.position} as its issuer, but was not signed by its key: the issuer was probably renewed. Send the intermediate your CA issued with this certificate.`,
        });
      }
      continue;
    }
    const issuerAt = parsed.findIndex((item) =>
      current.certificate.issuer.isEqual(item.certificate.subject),
    );
    // A CA whose issuer is not here is the top of what was sent (roots are usually left out).
    if (issuerAt === -1 && current.summary.isCa) continue;
    findings.push(
      issuerAt !== -1
        ? {
            kind: 'chain-order',
            severity: 'problem',
            certificate: current.summary.position,
            message: `Certificate ${current.summary.position} is issued by certificate ${issuerAt + 1}, not by the one after it: put the certificates in order, server certificate first, then each issuer.`,
          }
        : {
            kind: 'missing-intermediate',
            severity: 'problem',
            certificate: current.summary.position,
            message: `Certificate ${current.summary.position} is issued by "${current.summary.issuer}", which is not in the chain: the intermediate certificate between them is missing.`,
          },
    );
  }
  const last = parsed[parsed.length - 1];
  if (last !== undefined && parsed.length > 1 && last.summary.selfSigned) {
    findings.push({
      kind: 'root-included',
      severity: 'note',
      certificate: last.summary.position,
      message: `The chain ends with a root CA (${last.summary.subject}). Servers need not send it; it does no harm.`,
    });
  }
  if (parsed.length === 1 && !first.summary.selfSigned) {
    findings.push({
      kind: 'server-certificate-only',
      severity: 'warning',
      certificate: 1,
      message: `Only the server certificate was given. Its issuer "${first.summary.issuer}" is almost always an intermediate CA, which the server must send too: paste the whole chain the server sends (or its full-chain file) to check it.`,
    });
  }
  return findings;
}

function hostFindings(
  certificates: readonly CertificateSummary[],
  host: string | undefined,
): CertificateFinding[] {
  const server = certificates.find((summary) => !summary.isCa) ?? certificates[0];
  if (server === undefined) return [];
  const findings: CertificateFinding[] = [];
  if (server.subjectAltNames.length === 0) {
    findings.push({
      kind: 'no-subject-alt-names',
      severity: 'problem',
      certificate: server.position,
      message: `Certificate ${server.position} names no host in a subject alternative name: TLS clients match the host only against those (not the common name). CA-issued certificates always carry them.`,
    });
  }
  const wanted = host?.trim() ?? '';
  if (wanted === '') {
    findings.push({
      kind: 'no-host',
      severity: 'note',
      certificate: null,
      message:
        'No host given: give the host Oracle will call to check that the certificate names it.',
    });
    return findings;
  }
  if (server.subjectAltNames.length > 0 && !hostCovered(wanted, server.subjectAltNames)) {
    findings.push({
      kind: 'host-not-covered',
      severity: 'problem',
      certificate: server.position,
      message: `Certificate ${server.position} does not cover ${normaliseHost(wanted)}: it names ${server.subjectAltNames.join(', ')}. The TLS handshake fails on the host name.`,
    });
  }
  return findings;
}

function normaliseHost(host: string): string {
  const trimmed = host.trim().replace(/\.$/, '').toLowerCase();
  try {
    return new URL(
      `https://${trimmed.includes(':') && !trimmed.startsWith('[') ? `[${trimmed}]` : trimmed}`,
    ).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return trimmed;
  }
}

/**
 * RFC 6125 matching: exact names, and a wildcard only as the whole leftmost label, standing for
 * exactly one label, never directly under a public suffix-like single label (`*.com`).
 */
export function hostCovered(host: string, subjectAltNames: readonly string[]): boolean {
  const wanted = normaliseHost(host);
  if (ipaddr.isValid(wanted)) {
    const address = ipaddr.parse(wanted).toString();
    return subjectAltNames.some(
      (name) => ipaddr.isValid(name) && ipaddr.parse(name).toString() === address,
    );
  }
  return subjectAltNames.some((name) => {
    const pattern = name.toLowerCase().replace(/\.$/, '');
    if (!pattern.startsWith('*.')) return pattern === wanted;
    const rest = pattern.slice(2);
    if (rest.split('.').length < 2 || rest.includes('*')) return false;
    const dot = wanted.indexOf('.');
    return dot > 0 && wanted.slice(dot + 1) === rest;
  });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
