import ipaddr from 'ipaddr.js';

/** What kind of addresses a block starts in, as far as reaching Oracle goes. */
export type AddressClass =
  | 'public'
  | 'private'
  | 'shared'
  | 'loopback'
  | 'link-local'
  | 'documentation'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

/**
 * ipaddr.js names the ranges; documentation blocks (RFC 5737, RFC 3849) are among its
 * "reserved" ones, and deserve their own message: people paste them from examples.
 */
const DOCUMENTATION_CIDRS = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'];
/** Parsed on first use, not on load: the first screen imports the core but never this. */
let documentationBlocks: [ipaddr.IPv4 | ipaddr.IPv6, number][] | null = null;

const RANGE_CLASSES: Readonly<Record<string, AddressClass>> = {
  unicast: 'public',
  private: 'private',
  uniqueLocal: 'private',
  carrierGradeNat: 'shared',
  loopback: 'loopback',
  linkLocal: 'link-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
};

const CLASS_NAMES: Readonly<Record<AddressClass, string>> = {
  public: 'A public range',
  private: 'A private range (RFC 1918 or IPv6 unique local)',
  shared: 'Shared address space (100.64.0.0/10, carrier-grade NAT)',
  loopback: 'A loopback address',
  'link-local': 'A link-local address',
  documentation: 'A documentation range (RFC 5737 / RFC 3849)',
  multicast: 'A multicast range',
  unspecified: 'The unspecified address',
  reserved: 'A reserved range',
};

export function classifyAddress(address: ipaddr.IPv4 | ipaddr.IPv6): AddressClass {
  documentationBlocks ??= DOCUMENTATION_CIDRS.map((cidr) => ipaddr.parseCIDR(cidr));
  const documentation = documentationBlocks.some(
    ([network, bits]) => network.kind() === address.kind() && address.match(network, bits),
  );
  if (documentation) return 'documentation';
  return RANGE_CLASSES[address.range()] ?? 'reserved';
}

export function describeRange(range: AddressClass): string {
  return CLASS_NAMES[range];
}
