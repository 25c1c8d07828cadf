/**
 * The edge IP field is the edge machine's IPv4 address as hex, little-endian, without leading
 * zeros: left-pad to 8 digits, split into bytes, reverse. Six independent cross-checks against
 * X-Cache and Akamai-Server-IP headers agree; a big-endian reading gives multicast or reserved
 * addresses for real samples.
 */
export function decodeEdgeIp(edgeIpHex: string): string {
  const padded = edgeIpHex.padStart(8, '0');
  const bytes = [0, 2, 4, 6].map((offset) => parseInt(padded.slice(offset, offset + 2), 16));
  return bytes.reverse().join('.');
}

/** Akamai's own name for an edge machine, as seen in X-Cache headers. */
export function edgeHostname(edgeIp: string): string {
  return `a${edgeIp.replaceAll('.', '-')}.deploy.akamaitechnologies.com`;
}

interface ReservedRange {
  readonly firstOctet: number;
  readonly secondOctetFrom?: number;
  readonly secondOctetTo?: number;
  readonly name: string;
}

// A real edge is publicly routable. One of these means the reference was mistyped or cut.
const RESERVED_RANGES: readonly ReservedRange[] = [
  { firstOctet: 0, name: 'the "this network" range 0.0.0.0/8' },
  { firstOctet: 10, name: 'the private range 10.0.0.0/8' },
  { firstOctet: 127, name: 'the loopback range 127.0.0.0/8' },
  { firstOctet: 169, secondOctetFrom: 254, secondOctetTo: 254, name: 'the link-local range' },
  {
    firstOctet: 172,
    secondOctetFrom: 16,
    secondOctetTo: 31,
    name: 'the private range 172.16.0.0/12',
  },
  {
    firstOctet: 192,
    secondOctetFrom: 168,
    secondOctetTo: 168,
    name: 'the private range 192.168.0.0/16',
  },
];

/** Names the reserved range an address falls in, or null for a publicly routable address. */
export function reservedRangeOf(edgeIp: string): string | null {
  const [first = 0, second = 0] = edgeIp.split('.').map(Number);
  if (first >= 224) return 'the multicast or reserved range 224.0.0.0/3';
  const range = RESERVED_RANGES.find(
    (candidate) =>
      candidate.firstOctet === first &&
      (candidate.secondOctetFrom === undefined ||
        (second >= candidate.secondOctetFrom && second <= (candidate.secondOctetTo ?? 255))),
  );
  return range?.name ?? null;
}
