import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseDnsAnswer, isAkamaiName } from '../../../src/core/network/index.ts';
import { readFixture } from '../corpus.ts';

const NAME = 'ccs-prod.oracleutilities.example.com';
const VIA_AKAMAI = {
  ok: true,
  name: NAME,
  cnameChain: [
    { name: NAME, target: `${NAME}.edgekey.net` },
    { name: `${NAME}.edgekey.net`, target: 'e4321.a.akamaiedge.net' },
  ],
  akamaiName: `${NAME}.edgekey.net`,
  resolvesThrough: 'akamai',
};

describe('analyseDnsAnswer reads each tool', () => {
  it.each([
    [
      'nslookup-windows-akamai.txt',
      'nslookup',
      VIA_AKAMAI,
      ['2600:1408:ec00:38e::10e1', '23.45.67.89'],
    ],
    [
      'nslookup-linux-akamai.txt',
      'nslookup',
      VIA_AKAMAI,
      ['23.45.67.89', '2600:1408:ec00:38e::10e1'],
    ],
    ['dig-akamai.txt', 'dig', VIA_AKAMAI, ['23.45.67.89']],
    ['resolve-dnsname-table-akamai.txt', 'resolve-dnsname', VIA_AKAMAI, ['23.45.67.89']],
    [
      'nslookup-direct.txt',
      'nslookup',
      { ok: true, name: NAME, cnameChain: [], akamaiName: null, resolvesThrough: 'direct' },
      ['138.1.20.30'],
    ],
    [
      'dig-direct.txt',
      'dig',
      { ok: true, name: NAME, cnameChain: [], akamaiName: null, resolvesThrough: 'direct' },
      ['138.1.20.30', '138.1.20.31'],
    ],
    [
      'resolve-dnsname-direct.txt',
      'resolve-dnsname',
      { ok: true, name: NAME, cnameChain: [], akamaiName: null, resolvesThrough: 'direct' },
      ['138.1.20.30', '138.1.20.31'],
    ],
  ])('%s', (file, tool, expected, addresses) => {
    const result = analyseDnsAnswer(readFixture(`dns/${file}`));
    expect(result).toMatchObject({ ...expected, tool, addresses });
  });

  it('reads dig +short, where the name looked up is not printed', () => {
    const result = analyseDnsAnswer(readFixture('dns/dig-short-akamai.txt'));
    expect(result).toMatchObject({
      ok: true,
      tool: 'dig',
      addresses: ['23.45.67.89'],
      akamaiName: `${NAME}.edgekey.net`,
      resolvesThrough: 'akamai',
    });
  });

  it.each([
    ['nslookup-nxdomain.txt', /NXDOMAIN/],
    ['dig-nxdomain.txt', /NXDOMAIN/],
    ['resolve-dnsname-nxdomain.txt', /NXDOMAIN/],
  ])('explains a failed lookup: %s', (file, reason) => {
    const result = analyseDnsAnswer(readFixture(`dns/${file}`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([
    ['', /Nothing to check yet/],
    ['hello there', /No answer found/],
  ])('explains %j', (text, reason) => {
    const result = analyseDnsAnswer(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        (text) => typeof analyseDnsAnswer(text).ok === 'boolean',
      ),
    );
  });
});

describe('analyseDnsAnswer explains the result for the connectivity', () => {
  it.each([
    [
      'dig-akamai.txt',
      'vpn-connect',
      /through Akamai .* not through VPN Connect .*home-region IP addresses/,
    ],
    ['dig-akamai.txt', 'fastconnect', /not through FastConnect/],
    ['dig-akamai.txt', 'public-internet', /as expected over the public internet/],
    [
      'dig-direct.txt',
      'vpn-connect',
      /directly to 138\.1\.20\.30, 138\.1\.20\.31, not through Akamai: as expected for VPN Connect/,
    ],
    ['dig-direct.txt', 'public-internet', /local DNS entry or hosts file/],
  ] as const)('%s over %s', (file, connectivity, explanation) => {
    const result = analyseDnsAnswer(readFixture(`dns/${file}`), { connectivity });
    expect(result.ok && result.explanation).toMatch(explanation);
  });
});

describe('isAkamaiName', () => {
  it.each([
    ['e4321.a.akamaiedge.net', true],
    ['x.edgekey.net.', true],
    ['a1.g.akamai.net', true],
    ['www.example.com.edgesuite.net', true],
    ['AKAMAIEDGE.NET', true],
    ['notakamaiedge.net', false],
    ['akamaiedge.net.example.com', false],
  ])('%s', (name, expected) => {
    expect(isAkamaiName(name)).toBe(expected);
  });
});
