import ipaddr from 'ipaddr.js';
import type { Connectivity } from '../service-request/index.ts';

export type DnsTool = 'nslookup' | 'dig' | 'resolve-dnsname';

export interface CnameLink {
  readonly name: string;
  readonly target: string;
}

export interface DnsAnswer {
  readonly tool: DnsTool;
  /** The name looked up, when the output says it. */
  readonly name: string | null;
  readonly cnameChain: readonly CnameLink[];
  readonly addresses: readonly string[];
  /** The first name in the chain under an Akamai domain, or null when none is. */
  readonly akamaiName: string | null;
  readonly resolvesThrough: 'akamai' | 'direct';
}

export type DnsAnalysis =
  | ({ readonly ok: true; readonly explanation: string } & DnsAnswer)
  | { readonly ok: false; readonly reason: string };

/** Domains Akamai serves traffic from; a CNAME into one of them means the call goes to Akamai. */
export const AKAMAI_DOMAINS = [
  'akamaiedge.net',
  'edgekey.net',
  'akamai.net',
  'edgesuite.net',
  'akamaitechnologies.com',
  'akamaized.net',
  'akamaihd.net',
  'akamaiedge-staging.net',
  'edgekey-staging.net',
  'edgesuite-staging.net',
] as const;

const NO_ANSWER: readonly [RegExp, string][] = [
  [
    /NXDOMAIN|Non-existent domain|DNS name does not exist|can't find/i,
    'the name does not exist in DNS (NXDOMAIN)',
  ],
  [/SERVFAIL|Server failed/i, 'the DNS server failed to answer (SERVFAIL)'],
  [/timed out|no servers could be reached/i, 'the DNS server did not answer (timed out)'],
  [/REFUSED/, 'the DNS server refused the query (REFUSED)'],
];

const clean = (name: string): string => name.trim().replace(/\.$/, '').toLowerCase();
const isAddress = (text: string): boolean =>
  ipaddr.isValid(text) && (text.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(text));

export function isAkamaiName(name: string): boolean {
  const host = clean(name);
  return AKAMAI_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Reads the output of `nslookup`, `dig` (full or +short) or PowerShell's `Resolve-DnsName` for
 * one name, and says whether that name resolves through Akamai or directly to addresses.
 */
export function analyseDnsAnswer(
  text: string,
  options: { readonly connectivity?: Connectivity } = {},
): DnsAnalysis {
  const input = text.replace(/\r\n?/g, '\n').trim();
  if (input === '') {
    return {
      ok: false,
      reason:
        'Nothing to check yet: paste the output of nslookup, dig or Resolve-DnsName for the service name.',
    };
  }
  const tool = detectTool(input);
  const parsed =
    tool === 'dig'
      ? readDig(input)
      : tool === 'resolve-dnsname'
        ? readResolveDnsName(input)
        : readNslookup(input);
  if (parsed.addresses.length === 0 && parsed.cnameChain.length === 0) {
    const failure = NO_ANSWER.find(([pattern]) => pattern.test(input));
    return {
      ok: false,
      reason: failure
        ? `The lookup found no address: ${failure[1]}. Check the spelling of the name and the DNS server used.`
        : 'No answer found in the text: paste the whole output of nslookup, dig or Resolve-DnsName, including the answer lines.',
    };
  }
  const chainNames = [
    parsed.name,
    ...parsed.cnameChain.flatMap((link) => [link.name, link.target]),
  ].filter((name): name is string => name !== null);
  const akamaiName = chainNames.find(isAkamaiName) ?? null;
  const answer: DnsAnswer = {
    tool,
    name: parsed.name ?? parsed.cnameChain[0]?.name ?? null,
    cnameChain: parsed.cnameChain,
    addresses: parsed.addresses,
    akamaiName,
    resolvesThrough: akamaiName === null ? 'direct' : 'akamai',
  };
  return { ok: true, ...answer, explanation: explainDnsAnswer(answer, options.connectivity) };
}

function detectTool(input: string): DnsTool {
  if (/<<>>\s*DiG|;; ANSWER SECTION|^;; /m.test(input)) return 'dig';
  if (
    /^Name\s+Type\s+TTL\s+Section/m.test(input) ||
    /^\s*(QueryType|IP4Address|IP6Address|NameHost)\s*:/m.test(input)
  ) {
    return 'resolve-dnsname';
  }
  if (/^(Server|Address|Name|Addresses|Aliases):/m.test(input) || /canonical name =/.test(input))
    return 'nslookup';
  return 'dig';
}

interface Parsed {
  name: string | null;
  cnameChain: CnameLink[];
  addresses: string[];
}

function addAddress(parsed: Parsed, text: string) {
  const address = text.trim();
  if (isAddress(address) && !parsed.addresses.includes(address)) parsed.addresses.push(address);
}

/** Windows and BIND nslookup: the answer follows the server's own lines. */
function readNslookup(input: string): Parsed {
  const parsed: Parsed = { name: null, cnameChain: [], addresses: [] };
  const answerStart = input.search(/^(Non-authoritative answer:|Name:)/m);
  const answer = answerStart === -1 ? '' : input.slice(answerStart);
  let list: 'addresses' | 'aliases' | null = null;
  const aliases: string[] = [];
  for (const rawLine of answer.split('\n')) {
    const line = rawLine.trim();
    const cname = /^(\S+)\s+canonical name\s*=\s*(\S+)$/.exec(line);
    if (cname) {
      parsed.cnameChain.push({ name: clean(cname[1] ?? ''), target: clean(cname[2] ?? '') });
      continue;
    }
    const field = /^(Name|Address|Addresses|Aliases):\s*(.*)$/.exec(line);
    if (field) {
      const [, key, value = ''] = field;
      if (key === 'Name') {
        parsed.name = clean(value);
        list = null;
      } else if (key === 'Aliases') {
        list = 'aliases';
        if (value) aliases.push(clean(value));
      } else {
        list = 'addresses';
        addAddress(parsed, value);
      }
      continue;
    }
    if (line === '') {
      list = null;
    } else if (list === 'addresses') addAddress(parsed, line);
    else if (list === 'aliases') aliases.push(clean(line));
  }
  if (aliases.length > 0 && parsed.name !== null) {
    // Windows prints the canonical name as "Name" and the chain that led to it as "Aliases".
    const chain = [...aliases, parsed.name];
    parsed.cnameChain = chain
      .slice(1)
      .map((target, index) => ({ name: chain[index] ?? '', target }));
    parsed.name = aliases[0] ?? parsed.name;
  } else if (parsed.cnameChain.length > 0) {
    parsed.name = parsed.cnameChain[0]?.name ?? parsed.name;
  }
  return parsed;
}

function readDig(input: string): Parsed {
  const parsed: Parsed = { name: null, cnameChain: [], addresses: [] };
  const question = /^;([^\s;]+)\s+(?:IN\s+)?(?:A|AAAA|CNAME|ANY)\s*$/m.exec(input);
  if (question) parsed.name = clean(question[1] ?? '');
  const records = [...input.matchAll(/^([^\s;]+)\s+\d+\s+(?:IN\s+)?(A|AAAA|CNAME)\s+(\S+)\s*$/gm)];
  if (records.length > 0) {
    for (const [, owner = '', type, data = ''] of records) {
      if (type === 'CNAME') parsed.cnameChain.push({ name: clean(owner), target: clean(data) });
      else addAddress(parsed, data);
    }
    parsed.name ??= clean(records[0]?.[1] ?? '');
    return parsed;
  }
  // dig +short: the chain's targets, one per line, then the addresses.
  const lines = input
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith(';'));
  const targets: string[] = [];
  for (const line of lines) {
    if (isAddress(line)) addAddress(parsed, line);
    else if (/^[a-z0-9_.-]+\.?$/i.test(line)) targets.push(clean(line));
  }
  parsed.cnameChain = targets
    .slice(1)
    .map((target, index) => ({ name: targets[index] ?? '', target }));
  if (targets.length === 1 && targets[0] !== undefined)
    parsed.cnameChain = [{ name: '(the name looked up)', target: targets[0] }];
  return parsed;
}

function readResolveDnsName(input: string): Parsed {
  const parsed: Parsed = { name: null, cnameChain: [], addresses: [] };
  // The table format; a console narrower than a name wraps it onto the next line.
  const rows: { owner: string; type: string; data: string }[] = [];
  let previousWasRow = false;
  for (const rawLine of input.split('\n')) {
    const line = rawLine.trim();
    const row = /^(\S+)\s+(A|AAAA|CNAME)\s+\d+\s+\S+\s+(\S+)$/.exec(line);
    const last = rows[rows.length - 1];
    if (row) rows.push({ owner: row[1] ?? '', type: row[2] ?? '', data: row[3] ?? '' });
    else if (previousWasRow && last && /^\S+$/.test(line)) last.owner += line;
    previousWasRow = row !== null;
  }
  for (const { owner, type, data } of rows) {
    if (type === 'CNAME') parsed.cnameChain.push({ name: clean(owner), target: clean(data) });
    else addAddress(parsed, data);
    parsed.name ??= clean(owner);
  }
  // The list format: one "Key : value" block per record.
  for (const block of input.split(/\n\s*\n/)) {
    const fields = new Map(
      [...block.matchAll(/^\s*(\w+)\s*:\s*(.*?)\s*$/gm)].map((match) => [
        match[1] ?? '',
        match[2] ?? '',
      ]),
    );
    const owner = fields.get('Name');
    const type = fields.get('QueryType') ?? fields.get('Type');
    if (owner === undefined || type === undefined) continue;
    if (type === 'CNAME' && fields.get('NameHost')) {
      parsed.cnameChain.push({ name: clean(owner), target: clean(fields.get('NameHost') ?? '') });
    }
    addAddress(
      parsed,
      fields.get('IP4Address') ?? fields.get('IP6Address') ?? fields.get('IPAddress') ?? '',
    );
    parsed.name ??= clean(owner);
  }
  return parsed;
}

/** What the answer means for how the caller reaches Oracle. */
export function explainDnsAnswer(
  answer: DnsAnswer,
  connectivity: Connectivity | undefined,
): string {
  const name = answer.name ?? 'The name';
  const addresses = answer.addresses.length > 0 ? answer.addresses.join(', ') : 'no address';
  const viaPrivate = connectivity === 'vpn-connect' || connectivity === 'fastconnect';
  const link = connectivity === 'fastconnect' ? 'FastConnect' : 'VPN Connect';
  if (answer.resolvesThrough === 'akamai') {
    if (viaPrivate) {
      return `${name} resolves through Akamai (${answer.akamaiName ?? ''}) to ${addresses}: calls to it leave over the public internet, not through ${link} and your service gateway. Ask Oracle for the home-region IP addresses, and set the DNS your callers use so the service names resolve to them, not to Akamai.`;
    }
    return `${name} resolves through Akamai (${answer.akamaiName ?? ''}) to ${addresses}: as expected over the public internet. Akamai's error reference IDs come from these edge servers.`;
  }
  if (viaPrivate) {
    return `${name} resolves directly to ${addresses}, not through Akamai: as expected for ${link}, if these are the home-region IP addresses Oracle gave you. Compare them with Oracle's answer.`;
  }
  return `${name} resolves directly to ${addresses}, not through Akamai. Over the public internet Oracle's service names go through Akamai: a local DNS entry or hosts file may point it elsewhere, or this is not an Oracle service name.`;
}
