import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CERTIFICATE_CANNOT_PROVE,
  MAX_CERTIFICATE_FILE_BYTES,
  certificateFileText,
  withoutPrivateKeys,
  hostCovered,
  inspectCertificateChain,
  type CertificateFindingKind,
  type CertificateReport,
} from '../../../src/core/network/index.ts';
import { DAY, NOW, makeTestPki, type TestPki } from './certificate-factory.ts';

let pki: TestPki;
beforeAll(async () => {
  pki = await makeTestPki();
}, 120_000);

const kinds = (report: CertificateReport): CertificateFindingKind[] =>
  report.ok ? report.findings.map((finding) => finding.kind) : [];

async function inspect(chain: string | Uint8Array, host = 'api.example.com', now = NOW) {
  return inspectCertificateChain(chain, { host, now });
}

describe('inspectCertificateChain findings', () => {
  const cases: readonly [
    string,
    (p: TestPki) => string,
    string,
    readonly CertificateFindingKind[],
  ][] = [
    [
      'good chain with an intermediate',
      (p) => p.server.pem + p.intermediate.pem,
      'api.example.com',
      [],
    ],
    [
      'good chain with the root',
      (p) => p.server.pem + p.intermediate.pem + p.root.pem,
      'api.example.com',
      ['root-included'],
    ],
    [
      'second SAN, any case, trailing dot',
      (p) => p.server.pem + p.intermediate.pem,
      'WWW.Example.com.',
      [],
    ],
    ['self-signed', (p) => p.selfSigned.pem, 'api.example.com', ['self-signed']],
    ['expired', (p) => p.expired.pem + p.intermediate.pem, 'old.example.com', ['expired']],
    [
      'expiring within 30 days',
      (p) => p.expiringSoon.pem + p.intermediate.pem,
      'soon.example.com',
      ['expiring-soon'],
    ],
    [
      'not yet valid',
      (p) => p.notYetValid.pem + p.intermediate.pem,
      'future.example.com',
      ['not-yet-valid'],
    ],
    [
      'wrong host',
      (p) => p.server.pem + p.intermediate.pem,
      'billing.example.com',
      ['host-not-covered'],
    ],
    [
      'wildcard covers one label',
      (p) => p.wildcard.pem + p.intermediate.pem,
      'billing.example.com',
      [],
    ],
    [
      'wildcard does not cover two labels',
      (p) => p.wildcard.pem + p.intermediate.pem,
      'a.b.example.com',
      ['host-not-covered'],
    ],
    [
      'wildcard does not cover the bare domain',
      (p) => p.wildcard.pem + p.intermediate.pem,
      'example.com',
      ['host-not-covered'],
    ],
    ['IP address SAN', (p) => p.wildcard.pem + p.intermediate.pem, '203.0.113.10', []],
    [
      'server certificate alone',
      (p) => p.server.pem,
      'api.example.com',
      ['server-certificate-only'],
    ],
    [
      'reversed order',
      (p) => p.intermediate.pem + p.server.pem,
      'api.example.com',
      ['chain-order'],
    ],
    [
      'root between',
      (p) => p.server.pem + p.root.pem + p.intermediate.pem,
      'api.example.com',
      ['chain-order'],
    ],
    [
      'missing intermediate',
      (p) => p.server.pem + p.root.pem,
      'api.example.com',
      ['missing-intermediate', 'root-included'],
    ],
    [
      'renewed intermediate, same name',
      (p) => p.server.pem + p.otherIntermediate.pem,
      'api.example.com',
      ['signature-mismatch'],
    ],
    ['weak RSA key', (p) => p.weakRsa.pem, 'weak.example.com', ['weak-key', 'self-signed']],
    [
      'no subject alternative names',
      (p) => p.noSan.pem + p.intermediate.pem,
      'nosan.example.com',
      ['no-subject-alt-names'],
    ],
    [
      'duplicate',
      (p) => p.server.pem + p.server.pem + p.intermediate.pem,
      'api.example.com',
      ['duplicate', 'chain-order'],
    ],
  ];

  it.each(cases)('%s', async (_, chain, host, expected) => {
    const report = await inspect(chain(pki), host);
    expect(report.ok).toBe(true);
    expect([...kinds(report)].sort()).toEqual([...expected].sort());
  });

  it('names a SHA-1 signature made by a CA, not a root’s own', async () => {
    const root = await inspect(pki.sha1.pem, 'api.example.com');
    expect(kinds(root)).not.toContain('weak-signature');
    expect(root.ok && root.certificates[0]?.signatureAlgorithm).toBe('sha1WithRSAEncryption');
    const leaf = await inspect(pki.sha1Leaf.pem + pki.sha1.pem, 'legacy.example.com');
    expect(kinds(leaf).sort()).toEqual(['root-included', 'weak-signature']);
    const finding = leaf.ok
      ? leaf.findings.find((item) => item.kind === 'weak-signature')
      : undefined;
    expect(finding).toMatchObject({ certificate: 1, severity: 'problem' });
    expect(finding?.message).toMatch(/signed with SHA-1 \(sha1WithRSAEncryption\)/);
  });

  it('says when a certificate expires, in days', async () => {
    const report = await inspect(pki.expiringSoon.pem + pki.intermediate.pem, 'soon.example.com');
    const finding = report.ok ? report.findings[0] : undefined;
    expect(finding).toMatchObject({ severity: 'warning', certificate: 1 });
    expect(finding?.message).toMatch(/in 12 days/);
    const later = await inspect(
      pki.expiringSoon.pem + pki.intermediate.pem,
      'soon.example.com',
      NOW + 13 * DAY,
    );
    expect(kinds(later)).toEqual(['expired']);
  });
});

describe('inspectCertificateChain details', () => {
  it('lists subject, issuer, SANs, validity, key, signature and fingerprint', async () => {
    const report = await inspect(pki.server.pem + pki.intermediate.pem);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.certificates[0]).toMatchObject({
      position: 1,
      subject: 'C=US, O=Test Org, CN=api.example.com',
      issuer: 'C=US, O=Test Org, CN=Test Issuing CA 1',
      subjectAltNames: ['api.example.com', 'www.example.com'],
      key: { type: 'EC', bits: 256, curve: 'P-256', label: 'EC P-256' },
      signatureAlgorithm: 'ecdsa-with-SHA256',
      isCa: false,
      selfSigned: false,
    });
    expect(report.certificates[0]?.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(report.certificates[1]).toMatchObject({ isCa: true, subjectAltNames: [] });
    expect(report.cannotProve).toBe(CERTIFICATE_CANNOT_PROVE);
    expect(report.cannotProve).toMatch(/cannot prove that the root CA is publicly trusted/);
  });

  it('reads RSA key sizes', async () => {
    const report = await inspect(pki.weakRsa.pem, 'weak.example.com');
    expect(report.ok && report.certificates[0]?.key).toEqual({
      type: 'RSA',
      bits: 1024,
      curve: null,
      label: 'RSA 1024-bit',
    });
  });

  it('reads a DER file and a PEM file given as bytes', async () => {
    const fromDer = await inspect(
      new Uint8Array(pki.server.certificate.toSchema(true).toBER(false)),
    );
    expect(fromDer.ok && fromDer.certificates[0]?.subject).toMatch(/api\.example\.com/);
    const fromBytes = await inspect(
      new TextEncoder().encode(pki.server.pem + pki.intermediate.pem),
    );
    expect(fromBytes.ok && fromBytes.certificates).toHaveLength(2);
  });

  it('ignores a private key pasted with the chain, and says so', async () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n';
    const report = await inspect(pki.server.pem + key + pki.intermediate.pem);
    expect(report.ok && report.certificates).toHaveLength(2);
    expect(kinds(report)).toContain('private-key-ignored');
    expect(JSON.stringify(report)).not.toContain('MIGHAgEAMBMGByqGSM49');
  });

  it('names the host that is not covered and the names that are', async () => {
    const report = await inspect(pki.server.pem + pki.intermediate.pem, 'billing.example.com');
    const finding = report.ok
      ? report.findings.find((item) => item.kind === 'host-not-covered')
      : undefined;
    expect(finding?.message).toBe(
      'Certificate 1 does not cover billing.example.com: it names api.example.com, www.example.com. The TLS handshake fails on the host name.',
    );
  });

  it('says nothing about the host when none is given, but notes it', async () => {
    const report = await inspectCertificateChain(pki.server.pem + pki.intermediate.pem, {
      now: NOW,
    });
    expect(kinds(report)).toEqual(['no-host']);
  });
});

describe('inspectCertificateChain explains malformed input', () => {
  it.each([
    ['', /Nothing to check yet/],
    ['hello world', /No certificate found/],
    [
      '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
      /private key, not a certificate/,
    ],
    [
      '-----BEGIN CERTIFICATE REQUEST-----\nMIIC\n-----END CERTIFICATE REQUEST-----',
      /certificate signing request/,
    ],
    ['-----BEGIN PKCS7-----\nMIIC\n-----END PKCS7-----', /PKCS #7/],
    ['-----BEGIN CERTIFICATE-----\nMIIC', /cut short/],
    ['-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----', /not valid base64/],
    [
      '-----BEGIN CERTIFICATE-----\nMIIBIjANBgkq\n-----END CERTIFICATE-----',
      /Certificate 1 is not a readable X\.509 certificate/,
    ],
  ])('%s', async (input, reason) => {
    const report = await inspect(input);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.reason).toMatch(reason);
  });

  it('explains a truncated certificate body', async () => {
    const lines = pki.server.pem.trim().split('\n');
    const truncated = [...lines.slice(0, 3), lines[lines.length - 1]].join('\n');
    const report = await inspect(truncated);
    expect(report.ok).toBe(false);
    if (!report.ok)
      expect(report.reason).toMatch(/not valid base64|not a readable X\.509 certificate/);
  });
});

describe('hostCovered (RFC 6125)', () => {
  it.each([
    ['api.example.com', ['api.example.com'], true],
    ['API.example.com', ['api.EXAMPLE.com'], true],
    ['a.example.com', ['*.example.com'], true],
    ['a.b.example.com', ['*.example.com'], false],
    ['example.com', ['*.example.com'], false],
    ['example.com', ['*.com'], false],
    ['foo.example.com', ['f*.example.com'], false],
    ['foo.example.com', ['foo.*.com'], false],
    ['2001:db8::1', ['2001:DB8:0::1'], true],
    ['203.0.113.10', ['*.example.com'], false],
  ])('%s against %j', (host, names, covered) => {
    expect(hostCovered(host, names)).toBe(covered);
  });
});

describe('inspectCertificateChain never throws', () => {
  it('on random bytes or text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 })),
        async (input) => {
          const report = await inspectCertificateChain(input, {
            host: 'api.example.com',
            now: NOW,
          });
          return report.ok || report.reason.length > 0;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on a certificate with a byte changed anywhere', async () => {
    const der = new Uint8Array(pki.server.certificate.toSchema(true).toBER(false));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: der.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, delta) => {
          const changed = der.slice();
          changed[at] = ((changed[at] ?? 0) + delta) % 256;
          const report = await inspectCertificateChain(changed, {
            host: 'api.example.com',
            now: NOW,
          });
          return report.ok || report.reason.length > 0;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on the damaged certificate a CI run found (a bad date deep inside, read late)', async () => {
    const der = new Uint8Array(pki.server.certificate.toSchema(true).toBER(false));
    const changed = der.slice();
    changed[297] = ((changed[297] ?? 0) + 150) % 256;
    const report = await inspectCertificateChain(changed, { host: 'api.example.com', now: NOW });
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.reason).toMatch(/^Certificate 1 is not a readable X\.509/);
  });
});

describe('certificateFileText and withoutPrivateKeys', () => {
  it('wraps a binary (DER) file as PEM that reads back to the same certificate', async () => {
    const der = new Uint8Array(pki.server.certificate.toSchema(true).toBER(false));
    const result = certificateFileText(der);
    expect(result.ok && result.text).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/,
    );
    const report = result.ok ? await inspect(result.text) : null;
    const direct = await inspect(der);
    expect(report?.ok && report.certificates[0]?.sha256Fingerprint).toBe(
      direct.ok && direct.certificates[0]?.sha256Fingerprint,
    );
  });

  it('passes PEM text through and refuses what is neither', () => {
    expect(certificateFileText(new TextEncoder().encode(pki.root.pem))).toEqual({
      ok: true,
      text: pki.root.pem,
    });
    expect(certificateFileText(new TextEncoder().encode('hello'))).toMatchObject({
      ok: false,
      reason: /neither PEM text nor a binary/,
    });
    expect(certificateFileText(new Uint8Array(MAX_CERTIFICATE_FILE_BYTES + 1))).toMatchObject({
      ok: false,
      reason: /a certificate chain is a few KB/,
    });
  });

  it('takes out every private key block, whatever its kind, even one cut short', () => {
    const keys = [
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      '-----BEGIN RSA PRIVATE KEY-----\nBBBB\n-----END RSA PRIVATE KEY-----\n',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nCCCC\n-----END ENCRYPTED PRIVATE KEY-----\n',
    ];
    const text = `${keys[0]}${pki.server.pem}${keys[1]}${pki.intermediate.pem}${keys[2]}-----BEGIN EC PRIVATE KEY-----\nDDDD`;
    expect(withoutPrivateKeys(text)).toBe(pki.server.pem + pki.intermediate.pem);
  });
});
