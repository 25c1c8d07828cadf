import ipaddr from 'ipaddr.js';
import type { Connectivity } from '../service-request/index.ts';
import { classifyAddress, describeRange, type AddressClass } from './address-ranges.ts';
import { parseOcid } from './ocid.ts';

export type AllowlistSourceKind = 'ipv4-cidr' | 'ipv6-cidr' | 'vcn-ocid';

export interface AllowlistSource {
  readonly kind: AllowlistSourceKind;
  /** As it goes in the request: a network address with its prefix, or the OCID in lower case. */
  readonly value: string;
}

export type SourceWarningKind =
  | 'bare-address'
  | 'private'
  | 'shared'
  | 'loopback'
  | 'link-local'
  | 'documentation'
  | 'special'
  | 'broad'
  | 'vcn-over-public-internet';

export interface SourceWarning {
  readonly kind: SourceWarningKind;
  readonly message: string;
}

export type SourceCheck =
  | {
      readonly ok: true;
      readonly source: AllowlistSource;
      readonly warnings: readonly SourceWarning[];
    }
  | { readonly ok: false; readonly reason: string };

export interface SourceCheckOptions {
  /** How the caller reaches Oracle: decides what a private range or a VCN OCID means. */
  readonly connectivity?: Connectivity;
}

/**
 * Broader than these is almost never meant: a /8 is sixteen million addresses. Oracle's DevOps
 * team asks why, and the request bounces.
 */
const BROAD_PREFIX = { ipv4: 16, ipv6: 32 } as const;

const refuse = (reason: string) => ({ ok: false, reason }) as const;

/**
 * One inbound allowlist source as a customer writes it: a CIDR block, a bare IP (one address),
 * or a VCN OCID. Everything Oracle would bounce is refused with the reason; what is accepted but
 * probably not meant is warned about, for the connectivity the customer uses.
 */
export function checkAllowlistSource(text: string, options: SourceCheckOptions = {}): SourceCheck {
  const input = text.trim();
  if (input === '')
    return refuse('The line is empty: give a CIDR block, an IP address or a VCN OCID.');
  if (/^ocid1\./i.test(input)) return checkOcidSource(input, options);
  if (/^[\d.]+\s*-\s*[\d.]+$/.test(input) || /^[\d.:a-f]+\s*-\s*[\d.:a-f]+$/i.test(input)) {
    return refuse(
      `"${input}" is an address range: the allowlist takes CIDR blocks (for example 203.0.113.0/28).`,
    );
  }
  if (/\s/.test(input)) {
    return refuse(
      `"${input}" holds spaces: give one CIDR block, IP address or VCN OCID per line (a name for a group goes in the group name field).`,
    );
  }
  return checkAddressSource(input, options);
}

function checkOcidSource(input: string, options: SourceCheckOptions): SourceCheck {
  const parsed = parseOcid(input);
  if (!parsed.ok) return refuse(parsed.reason);
  const { ocid } = parsed;
  if (ocid.resourceType !== 'vcn') {
    return refuse(
      `This is ${OCID_TYPE_NAMES[ocid.resourceType] ?? `an OCID of type "${ocid.resourceType}"`}, not a VCN OCID. ${
        OCID_TYPE_HINTS[ocid.resourceType] ?? GENERIC_OCID_HINT
      }`,
    );
  }
  if (ocid.region === '') {
    return refuse(
      `${ocid.value} has no region part: a VCN OCID names its region (ocid1.vcn.oc1.<region>.…). Check that it was copied whole.`,
    );
  }
  const warnings: SourceWarning[] = [];
  if (options.connectivity === 'public-internet') {
    warnings.push({
      kind: 'vcn-over-public-internet',
      message:
        'A VCN OCID matches only calls that arrive through that VCN’s service gateway. Calls over the public internet are matched by their public egress CIDR: add that too.',
    });
  }
  return { ok: true, source: { kind: 'vcn-ocid', value: ocid.value }, warnings };
}

const GENERIC_OCID_HINT =
  'The allowlist takes the OCID of the VCN whose service gateway sends the calls (OCI Console: Networking > Virtual cloud networks > your VCN > OCID).';

const OCID_TYPE_NAMES: Readonly<Record<string, string>> = {
  tenancy: 'a tenancy OCID',
  compartment: 'a compartment OCID',
  instance: 'a compute instance OCID',
  subnet: 'a subnet OCID',
  servicegateway: 'a service gateway OCID',
  drg: 'a dynamic routing gateway (DRG) OCID',
  user: 'a user OCID',
};

const OCID_TYPE_HINTS: Readonly<Record<string, string>> = {
  subnet: 'Give the OCID of the VCN that holds this subnet (its page shows "VCN").',
  servicegateway: 'Give the OCID of the VCN this service gateway belongs to.',
  instance:
    'An instance is matched by its VCN: give the OCID of the VCN whose service gateway it uses, or the public CIDR it leaves from.',
};

function checkAddressSource(input: string, options: SourceCheckOptions): SourceCheck {
  const slash = input.indexOf('/');
  const addressText = slash === -1 ? input : input.slice(0, slash);
  const prefixText = slash === -1 ? null : input.slice(slash + 1);
  const parsedAddress = parseAddress(addressText);
  if (!parsedAddress.ok) return parsedAddress;
  const { address } = parsedAddress;
  const version = address.kind();
  const maxPrefix = version === 'ipv4' ? 32 : 128;
  let prefix = maxPrefix;
  if (prefixText !== null) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > maxPrefix) {
      return refuse(
        `"/${prefixText}" is not a prefix length: an ${version === 'ipv4' ? 'IPv4' : 'IPv6'} prefix is a whole number from 0 to ${maxPrefix}.`,
      );
    }
    prefix = Number(prefixText);
  }
  const shown = `${address.toString()}/${prefix}`;
  if (prefix === 0) {
    return refuse(
      `${shown} is every ${version === 'ipv4' ? 'IPv4' : 'IPv6'} address: an allowlist of everything is no allowlist. Without any source, the default already admits every caller with valid credentials.`,
    );
  }
  const network = networkAddress(address, prefix);
  if (network.toString() !== address.toString()) {
    return refuse(
      `${shown} has host bits set: the network is ${network.toString()}/${prefix}. Write that, or /${maxPrefix} for the one address.`,
    );
  }
  const warnings: SourceWarning[] = [];
  if (prefixText === null) {
    warnings.push({
      kind: 'bare-address',
      message: `A single address: sent as ${shown}. If the caller leaves through a pool of addresses (a NAT or proxy farm), give the pool’s CIDR.`,
    });
  }
  const range = classifyAddress(network);
  const rangeWarning = warnForRange(range, options.connectivity);
  if (rangeWarning) warnings.push(rangeWarning);
  const broad = BROAD_PREFIX[version];
  if (prefix < broad) {
    const count = version === 'ipv4' ? (2 ** (32 - prefix)).toLocaleString('en-US') : null;
    warnings.push({
      kind: 'broad',
      message: `/${prefix} is very broad${count ? ` (${count} addresses)` : ''}: Oracle will ask why. Give the narrowest block your calls leave from.`,
    });
  }
  const kind: AllowlistSourceKind = version === 'ipv4' ? 'ipv4-cidr' : 'ipv6-cidr';
  return { ok: true, source: { kind, value: shown }, warnings };
}

type ParsedAddress =
  | { readonly ok: true; readonly address: ipaddr.IPv4 | ipaddr.IPv6 }
  | { readonly ok: false; readonly reason: string };

function parseAddress(text: string): ParsedAddress {
  if (text.includes(':')) {
    if (text.includes('%')) {
      return refuse(
        `"${text}" carries a zone index (%…), which only means something on one machine: remove it.`,
      );
    }
    if (!ipaddr.IPv6.isValid(text)) {
      return refuse(`"${text}" is not a valid IPv6 address.`);
    }
    const address = ipaddr.IPv6.parse(text);
    // An IPv4-mapped IPv6 address is an IPv4 caller: the allowlist matches it as IPv4.
    if (address.isIPv4MappedAddress()) {
      return refuse(
        `"${text}" is an IPv4 address written as IPv6: give it as ${address.toIPv4Address().toString()}.`,
      );
    }
    return { ok: true, address };
  }
  // Four decimal parts only: "10.1" or "010.0.0.1" are read differently by different tools.
  if (!ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return refuse(
      /^[\d.]+$/.test(text)
        ? `"${text}" is not a valid IPv4 address: write four numbers from 0 to 255, without leading zeros (like 203.0.113.10).`
        : `"${text}" is neither an IP address, a CIDR block nor a VCN OCID.`,
    );
  }
  return { ok: true, address: ipaddr.IPv4.parse(text) };
}

function networkAddress(address: ipaddr.IPv4 | ipaddr.IPv6, prefix: number) {
  return address.kind() === 'ipv4'
    ? ipaddr.IPv4.networkAddressFromCIDR(`${address.toString()}/${prefix}`)
    : ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/${prefix}`);
}

function warnForRange(
  range: AddressClass,
  connectivity: Connectivity | undefined,
): SourceWarning | null {
  const name = describeRange(range);
  switch (range) {
    case 'public':
      return null;
    case 'private':
      return {
        kind: 'private',
        message:
          connectivity === 'public-internet'
            ? `${name}: over the public internet Oracle sees your public egress address, never this one. Give the public CIDR your calls leave from.`
            : `${name}: a private range can be a source only for calls through your VCN’s service gateway, where Oracle usually matches the VCN OCID instead. Check which one Oracle sees.`,
      };
    case 'shared':
      return {
        kind: 'shared',
        message: `${name}: these addresses sit behind a carrier’s NAT and never reach Oracle. Give the public address the carrier translates them to.`,
      };
    case 'loopback':
      return {
        kind: 'loopback',
        message: `${name}: this is the machine itself and never reaches Oracle. Give the public CIDR your calls leave from.`,
      };
    case 'link-local':
      return {
        kind: 'link-local',
        message: `${name}: these addresses do not leave the local network. Give the public CIDR your calls leave from.`,
      };
    case 'documentation':
      return {
        kind: 'documentation',
        message: `${name}: reserved for examples, never a real caller. Replace it with your own egress CIDR.`,
      };
    default:
      return {
        kind: 'special',
        message: `${name}: not a public unicast range, so no call to Oracle comes from it.`,
      };
  }
}
