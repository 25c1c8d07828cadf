import ipaddr from 'ipaddr.js';
import { classifyAddress, describeRange } from './address-ranges.ts';

/** Oracle Utilities Cloud Services call external systems only on this port. */
export const OUTBOUND_PORT = 443;

export interface OutboundTarget {
  /** The target as it goes in the request: https, host, path; no default port, no query. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

export type TargetWarningKind =
  'ip-address' | 'private-address' | 'internal-name' | 'query-dropped' | 'fragment-dropped';

export interface TargetWarning {
  readonly kind: TargetWarningKind;
  readonly message: string;
}

export type TargetCheck =
  | {
      readonly ok: true;
      readonly target: OutboundTarget;
      readonly warnings: readonly TargetWarning[];
    }
  | { readonly ok: false; readonly reason: string };

const REVERSE_PROXY =
  'Oracle calls ONLY port 443: move the API to 443, or put a reverse proxy that listens on 443 (with a CA-issued certificate) in front of it.';

/** Names that only resolve inside a company network: Oracle's resolvers cannot see them. */
const INTERNAL_SUFFIXES = [
  '.local',
  '.localdomain',
  '.internal',
  '.intranet',
  '.corp',
  '.lan',
  '.home.arpa',
];

const refuse = (reason: string) => ({ ok: false, reason }) as const;

/**
 * One outbound allowlist target as a customer writes it: a URL or a bare DNS name. Refused if
 * Oracle cannot call it (not https, not port 443, credentials in it, not a host name at all).
 */
export function checkOutboundTarget(text: string): TargetCheck {
  const input = text.trim();
  if (input === '')
    return refuse('The line is empty: give a URL (https://api.example.com/path) or a DNS name.');
  if (/\s/.test(input))
    return refuse(`"${input}" holds spaces: give one URL or DNS name per line.`);
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input);
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? null;
  if (scheme === 'http') {
    return refuse(
      `"${input}" is plain http: Oracle calls external systems over https only, on port 443, with a CA-issued certificate.`,
    );
  }
  if (scheme !== null && scheme !== 'https') {
    return refuse(`"${scheme}://" is not https: Oracle calls external systems over https only.`);
  }
  if (input.startsWith('*.') || input.includes('://*.')) {
    return refuse(
      `"${input}" is a wildcard: the outbound allowlist names each host. List the hosts Oracle must call.`,
    );
  }
  // Browsers read "1.2.3" or "0x7f.1" as IPv4 addresses; a ticket must say exactly one.
  const rawHost = /^(?:https:\/\/)?([^/:?#]+)/i.exec(input)?.[1] ?? '';
  if (
    /^(?:0x[0-9a-f]*|\d+)(?:\.(?:0x[0-9a-f]*|\d+))*\.?$/i.test(rawHost) &&
    !ipaddr.IPv4.isValidFourPartDecimal(rawHost)
  ) {
    return refuse(`"${rawHost}" is neither a DNS name nor a valid IP address.`);
  }
  let url: URL;
  try {
    url = new URL(scheme === null ? `https://${input}` : input);
  } catch {
    return refuse(`"${input}" is not a valid URL or DNS name.`);
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(
      `"${input}" carries a user name or password before the host: remove it. Oracle sends basic authentication or an OAuth token in the request, never in the allowlisted URL (and a password must not go in a ticket).`,
    );
  }
  if (url.port !== '' && Number(url.port) !== OUTBOUND_PORT) {
    return refuse(`Port ${url.port}: ${REVERSE_PROXY}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const warnings: TargetWarning[] = [];
  if (ipaddr.isValid(host)) {
    warnings.push(...warnForAddress(host));
  } else {
    const hostProblem = checkHostName(host);
    if (hostProblem !== null) return refuse(hostProblem);
    const internal = INTERNAL_SUFFIXES.find((suffix) => host.endsWith(suffix));
    if (internal) {
      warnings.push({
        kind: 'internal-name',
        message: `${host} ends in "${internal}", a name that resolves only inside a private network: Oracle needs a public DNS name.`,
      });
    }
  }
  if (url.search !== '') {
    warnings.push({
      kind: 'query-dropped',
      message:
        'The query string was left out: the allowlist names the host and path, and a query can carry personal data.',
    });
  }
  if (url.hash !== '') {
    warnings.push({
      kind: 'fragment-dropped',
      message: 'The #fragment was left out: it is never sent to a server.',
    });
  }
  const path = url.pathname === '' ? '/' : url.pathname;
  const shownHost = url.hostname;
  return {
    ok: true,
    target: { url: `https://${shownHost}${path}`, host, port: OUTBOUND_PORT, path },
    warnings,
  };
}

function warnForAddress(host: string): TargetWarning[] {
  const warnings: TargetWarning[] = [
    {
      kind: 'ip-address',
      message: `${host} is an IP address: give the DNS name. The TLS certificate must name the host Oracle calls, and CA-issued certificates for IP addresses are rare.`,
    },
  ];
  const range = classifyAddress(ipaddr.parse(host));
  if (range !== 'public') {
    warnings.push({
      kind: 'private-address',
      message: `${describeRange(range)}: Oracle can reach only public addresses. Expose the API on a public address, for example through a reverse proxy.`,
    });
  }
  return warnings;
}

/** RFC 1123 host names, with at least one dot: a single label is never a public name. */
function checkHostName(host: string): string | null {
  if (host.length > 253)
    return `The host name is ${host.length} characters long: at most 253 are allowed.`;
  const labels = host.split('.');
  if (labels.length < 2) {
    return `"${host}" is a single-label name, which resolves only inside a private network: Oracle needs a fully qualified public DNS name (api.example.com).`;
  }
  const bad = labels.find((label) => !/^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label));
  if (bad !== undefined) {
    return `"${bad}" in ${host} is not a valid DNS label: letters, digits and inner hyphens only, 1 to 63 characters.`;
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return `"${host}" is neither a DNS name nor a valid IP address.`;
  }
  return null;
}
