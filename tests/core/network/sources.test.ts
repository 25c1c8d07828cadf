import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkAllowlistPath,
  checkAllowlistSource,
  checkOutboundTarget,
  checkSourceLines,
  type SourceWarningKind,
} from '../../../src/core/network/index.ts';

const VCN = 'ocid1.vcn.oc1.iad.amaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg';

describe('checkAllowlistSource accepts', () => {
  it.each([
    ['52.16.0.0/16', 'ipv4-cidr', '52.16.0.0/16', []],
    ['198.18.0.0/15', 'ipv4-cidr', '198.18.0.0/15', ['special', 'broad']],
    ['52.10.20.0/28', 'ipv4-cidr', '52.10.20.0/28', []],
    ['52.10.20.7', 'ipv4-cidr', '52.10.20.7/32', ['bare-address']],
    [' 52.10.20.0/24 ', 'ipv4-cidr', '52.10.20.0/24', []],
    ['2a00:1450:4001::/48', 'ipv6-cidr', '2a00:1450:4001::/48', []],
    ['2A00:1450:4001:0:0:0:0:0/48', 'ipv6-cidr', '2a00:1450:4001::/48', []],
    ['2a00:1450:4001::1', 'ipv6-cidr', '2a00:1450:4001::1/128', ['bare-address']],
    ['10.20.0.0/16', 'ipv4-cidr', '10.20.0.0/16', ['private']],
    ['fd12:3456::/32', 'ipv6-cidr', 'fd12:3456::/32', ['private']],
    ['100.64.0.0/24', 'ipv4-cidr', '100.64.0.0/24', ['shared']],
    ['127.0.0.1', 'ipv4-cidr', '127.0.0.1/32', ['bare-address', 'loopback']],
    ['::1', 'ipv6-cidr', '::1/128', ['bare-address', 'loopback']],
    ['169.254.10.0/24', 'ipv4-cidr', '169.254.10.0/24', ['link-local']],
    ['fe80::/64', 'ipv6-cidr', 'fe80::/64', ['link-local']],
    ['203.0.113.0/24', 'ipv4-cidr', '203.0.113.0/24', ['documentation']],
    ['2001:db8::/32', 'ipv6-cidr', '2001:db8::/32', ['documentation']],
    ['52.0.0.0/8', 'ipv4-cidr', '52.0.0.0/8', ['broad']],
    ['2a00::/16', 'ipv6-cidr', '2a00::/16', ['broad']],
    ['224.0.0.0/24', 'ipv4-cidr', '224.0.0.0/24', ['special']],
    [VCN.toUpperCase(), 'vcn-ocid', VCN, []],
  ] as const)('%s', (input, kind, value, warnings: readonly SourceWarningKind[]) => {
    const result = checkAllowlistSource(input);
    expect(result).toMatchObject({ ok: true, source: { kind, value } });
    if (result.ok) expect(result.warnings.map((warning) => warning.kind)).toEqual(warnings);
  });
});

describe('checkAllowlistSource refuses', () => {
  it.each([
    ['203.0.113.5/24', /host bits set: the network is 203\.0\.113\.0\/24/],
    ['2001:db8::1/32', /host bits set: the network is 2001:db8::\/32/],
    ['0.0.0.0/0', /every IPv4 address/],
    ['::/0', /every IPv6 address/],
    ['256.1.1.1', /not a valid IPv4 address/],
    ['10.1', /not a valid IPv4 address/],
    ['010.1.1.1', /without leading zeros/],
    ['10.0.0.0/33', /prefix length.*0 to 32/],
    ['10.0.0.0/-1', /not a prefix length/],
    ['2001:db8::/129', /0 to 128/],
    ['2001:db8:::1', /not a valid IPv6 address/],
    ['fe80::1%eth0', /zone index/],
    ['::ffff:52.10.20.7', /IPv4 address written as IPv6: give it as 52\.10\.20\.7/],
    ['10.0.0.1 - 10.0.0.9', /address range/],
    ['10.0.0.1-10.0.0.9', /address range/],
    ['office network', /holds spaces/],
    ['example.com', /neither an IP address, a CIDR block nor a VCN OCID/],
    ['', /empty/],
    [
      'ocid1.tenancy.oc1..aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg',
      /tenancy OCID, not a VCN OCID/,
    ],
    [
      'ocid1.compartment.oc1..aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg',
      /compartment OCID/,
    ],
    [
      'ocid1.instance.oc1.iad.aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg',
      /compute instance OCID/,
    ],
    [
      'ocid1.subnet.oc1.iad.aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg',
      /OCID of the VCN that holds this subnet/,
    ],
    ['ocid1.vcn.oc1.iad.aaaa', /cut short/],
    ['ocid1.vcn.oc1..aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg', /no region part/],
    ['ocid1.vcn', /not a well-formed OCID/],
  ])('%s', (input, reason) => {
    const result = checkAllowlistSource(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('checkAllowlistSource in context', () => {
  it('says a private range is seen only through a service gateway, or never over the internet', () => {
    const viaVpn = checkAllowlistSource('10.20.0.0/16', { connectivity: 'vpn-connect' });
    const viaInternet = checkAllowlistSource('10.20.0.0/16', { connectivity: 'public-internet' });
    expect(viaVpn.ok && viaVpn.warnings[0]?.message).toMatch(
      /only for calls through your VCN’s service gateway/,
    );
    expect(viaInternet.ok && viaInternet.warnings[0]?.message).toMatch(/never this one/);
  });

  it('warns that a VCN OCID does not match calls over the public internet', () => {
    const result = checkAllowlistSource(VCN, { connectivity: 'public-internet' });
    expect(result.ok && result.warnings.map((warning) => warning.kind)).toEqual([
      'vcn-over-public-internet',
    ]);
    const viaFastConnect = checkAllowlistSource(VCN, { connectivity: 'fastconnect' });
    expect(viaFastConnect.ok && viaFastConnect.warnings).toEqual([]);
  });

  it('checks one source per line, skipping blanks and comments, keeping line numbers', () => {
    const verdicts = checkSourceLines(
      '# office\n52.10.20.0/24\n\n203.0.113.5/24  # typo\nnot-an-ip\n',
    );
    expect(verdicts.map(({ line, text, result }) => [line, text, result.ok])).toEqual([
      [2, '52.10.20.0/24', true],
      [4, '203.0.113.5/24', false],
      [5, 'not-an-ip', false],
    ]);
  });

  it('never throws, and what it accepts checks again to itself', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.ipV4(),
      fc.ipV6(),
      fc
        .tuple(fc.oneof(fc.ipV4(), fc.ipV6()), fc.integer({ min: -2, max: 130 }))
        .map(([ip, bits]) => `${ip}/${bits}`),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = checkAllowlistSource(input);
        if (!result.ok) return typeof result.reason === 'string' && result.reason.length > 0;
        const again = checkAllowlistSource(result.source.value);
        return again.ok && again.source.value === result.source.value;
      }),
    );
  });
});

describe('checkOutboundTarget', () => {
  it.each([
    [
      'https://api.example.com/ouaf/callback',
      'https://api.example.com/ouaf/callback',
      'api.example.com',
      '/ouaf/callback',
      [],
    ],
    ['api.example.com', 'https://api.example.com/', 'api.example.com', '/', []],
    ['HTTPS://API.Example.com:443/x', 'https://api.example.com/x', 'api.example.com', '/x', []],
    [
      'https://api.example.com/x?token=abc#frag',
      'https://api.example.com/x',
      'api.example.com',
      '/x',
      ['query-dropped', 'fragment-dropped'],
    ],
    ['https://52.10.20.7/hook', 'https://52.10.20.7/hook', '52.10.20.7', '/hook', ['ip-address']],
    [
      'https://10.0.0.5/hook',
      'https://10.0.0.5/hook',
      '10.0.0.5',
      '/hook',
      ['ip-address', 'private-address'],
    ],
    [
      'https://169.254.169.254/',
      'https://169.254.169.254/',
      '169.254.169.254',
      '/',
      ['ip-address', 'private-address'],
    ],
    [
      'https://[fe80::1]/x',
      'https://[fe80::1]/x',
      'fe80::1',
      '/x',
      ['ip-address', 'private-address'],
    ],
    ['https://erp.corp/api', 'https://erp.corp/api', 'erp.corp', '/api', ['internal-name']],
  ])('accepts %s', (input, url, host, path, warnings) => {
    const result = checkOutboundTarget(input);
    expect(result).toMatchObject({ ok: true, target: { url, host, path, port: 443 } });
    if (result.ok) expect(result.warnings.map((warning) => warning.kind)).toEqual(warnings);
  });

  it.each([
    ['http://api.example.com/x', /plain http/],
    ['ftp://files.example.com', /not https/],
    ['https://api.example.com:8443/x', /Port 8443: .*reverse proxy that listens on 443/],
    ['api.example.com:8080', /Port 8080/],
    ['https://user:secret@api.example.com/x', /user name or password/],
    ['https://*.example.com', /wildcard/],
    ['https://intranet/x', /single-label/],
    ['https://exa_mple.com/', /not a valid DNS label/],
    ['https://1.2.3/', /neither a DNS name nor a valid IP address/],
    ['https://api example.com', /spaces/],
    ['', /empty/],
  ])('refuses %s', (input, reason) => {
    const result = checkOutboundTarget(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl()),
        (input) => typeof checkOutboundTarget(input).ok === 'boolean',
      ),
    );
  });
});

describe('checkAllowlistPath', () => {
  it.each([
    ['/rest/apis/', { ok: true, path: '/rest/apis/' }],
    ['https://ccs.example.com/rest/busSvc/K1?x=1', { ok: true, path: '/rest/busSvc/K1' }],
    ['rest/apis', { ok: false }],
    ['/rest apis', { ok: false }],
  ])('%s', (input, expected) => {
    expect(checkAllowlistPath(input)).toMatchObject(expected);
  });
});
