import { beforeAll, describe, expect, it } from 'vitest';
import { DESCRIPTION_LIMIT, SUMMARY_LIMIT } from '../../../src/core/service-request/index.ts';
import {
  analyseDnsAnswer,
  draftAllowlistRequest,
  inspectCertificateChain,
  networkOffers,
  type CertificateReport,
} from '../../../src/core/network/index.ts';
import { NOW, makeTestPki, type TestPki } from './certificate-factory.ts';
import { readFixture } from '../corpus.ts';

const VCN = 'ocid1.vcn.oc1.iad.amaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg';
const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffgggggggg';

describe('draftAllowlistRequest: inbound', () => {
  const input = {
    kind: 'inbound',
    action: 'add',
    environment: 'PROD',
    service: 'customer-cloud-service',
    sources: `52.10.20.0/28\n203.0.113.5/24\nnot-an-ip\n${VCN}`,
    sourceGroup: 'Head office',
    paths: '/rest/apis/customer/\n/rest/busSvc/F1-HealthCheck',
    pathGroup: 'Customer APIs',
    justification: 'New integration server for meter reads.',
    connectivity: 'vpn-connect',
  } as const;

  it('holds only the good sources, the group, the rule and the justification', () => {
    const draft = draftAllowlistRequest(input);
    expect(draft.summary).toBe('Inbound allowlist, PROD: add 2 sources for 2 paths');
    expect(draft.description).toContain('- 52.10.20.0/28');
    expect(draft.description).toContain(`- ${VCN}`);
    expect(draft.description).not.toContain('203.0.113');
    expect(draft.description).not.toContain('not-an-ip');
    expect(draft.description).toContain(
      'Environment: PROD (Oracle Utilities Customer Cloud Service)',
    );
    expect(draft.description).toContain('Named source group: Head office');
    expect(draft.description).toContain(
      'Allow rule: these sources may reach the path group "Customer APIs":\n- /rest/apis/customer/\n- /rest/busSvc/F1-HealthCheck',
    );
    expect(draft.description).toContain('Justification: New integration server for meter reads.');
    expect(draft.problems).toEqual([
      {
        field: 'sources',
        message: expect.stringMatching(
          /^2 source lines left out of the draft \(lines 2, 3\)/,
        ) as unknown,
      },
    ]);
  });

  it('asks for what is missing', () => {
    const draft = draftAllowlistRequest({ kind: 'inbound', action: 'add', sources: '' });
    expect(draft.problems.map((problem) => problem.field)).toEqual([
      'environment',
      'justification',
      'sources',
    ]);
    expect(draft.summary).toBe('Inbound allowlist, (environment not given): add 0 sources');
  });

  it('drafts a removal without an allow rule', () => {
    const draft = draftAllowlistRequest({ ...input, action: 'remove', sources: '52.10.20.7' });
    expect(draft.summary).toBe('Inbound allowlist, PROD: remove 52.10.20.7/32 for 2 paths');
    expect(draft.description).toMatch(
      /^Please remove the following source from the inbound allowlist/,
    );
    expect(draft.description).not.toContain('Allow rule');
  });

  it('keeps within the limits, listing what fits and saying how many more', () => {
    const sources = Array.from(
      { length: 200 },
      (_, index) => `52.${10 + Math.floor(index / 250)}.${index}.0/24`,
    ).join('\n');
    const draft = draftAllowlistRequest({ ...input, sources });
    expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(draft.description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(draft.figures.itemsTotal).toBe(200);
    expect(draft.figures.itemsListed).toBeLessThan(200);
    expect(draft.description).toContain(
      `- … and ${200 - draft.figures.itemsListed} more, listed in the attached file`,
    );
    expect(draft.fullText).toContain('- 52.10.199.0/24');
  });

  it('cuts a long summary at the limit', () => {
    const draft = draftAllowlistRequest({ ...input, environment: 'E'.repeat(150) });
    expect(draft.summary).toHaveLength(SUMMARY_LIMIT);
    expect(draft.summary.endsWith('…')).toBe(true);
  });
});

describe('draftAllowlistRequest: outbound', () => {
  let pki: TestPki;
  let good: CertificateReport;
  let selfSigned: CertificateReport;
  beforeAll(async () => {
    pki = await makeTestPki();
    good = await inspectCertificateChain(pki.server.pem + pki.intermediate.pem, {
      host: 'api.example.com',
      now: NOW,
    });
    selfSigned = await inspectCertificateChain(pki.selfSigned.pem, {
      host: 'api.example.com',
      now: NOW,
    });
  }, 120_000);

  it('lists good targets and the certificate checked', () => {
    const draft = draftAllowlistRequest({
      kind: 'outbound',
      action: 'add',
      environment: 'TEST01',
      targets:
        'https://api.example.com/ouaf/callback\nhttps://api.example.com:8443/x\nhttp://api.example.com/',
      justification: 'Outbound notifications to our ERP.',
      certificate: good,
    });
    expect(draft.summary).toBe('Outbound allowlist, TEST01: add api.example.com');
    expect(draft.description).toContain('Targets:\n- https://api.example.com/ouaf/callback');
    expect(draft.description).not.toContain('8443');
    expect(draft.description).toContain('Every target is https on port 443 (checked as written)');
    expect(draft.description).toMatch(
      /TLS certificate \(checked offline\): C=US, O=Test Org, CN=api\.example\.com, issued by .*Test Issuing CA 1, valid until 2027-05-16, EC P-256, ecdsa-with-SHA256; 2 certificates in the chain\./,
    );
    expect(draft.description).toMatch(/SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(draft.problems.map((problem) => problem.field)).toEqual(['targets']);
  });

  it('names certificate problems as open issues and asks to fix them first', () => {
    const draft = draftAllowlistRequest({
      kind: 'outbound',
      action: 'add',
      environment: 'TEST01',
      targets: 'api.example.com',
      justification: 'ERP',
      certificate: selfSigned,
    });
    expect(draft.description).toMatch(/Open issue: Certificate 1 .* is self-signed/);
    expect(draft.problems).toEqual([
      {
        field: 'certificate',
        message: expect.stringMatching(
          /1 problem that would fail Oracle's TLS handshake/,
        ) as unknown,
      },
    ]);
  });

  it('asks for the certificate check when none was made', () => {
    const draft = draftAllowlistRequest({
      kind: 'outbound',
      action: 'add',
      environment: 'T',
      targets: 'api.example.com',
      justification: 'x',
    });
    expect(draft.problems.map((problem) => problem.field)).toEqual(['certificate']);
  });
});

describe('draftAllowlistRequest: home-region IPs', () => {
  it('asks for the addresses with tenancy, region, connectivity and the DNS answer', () => {
    const dns = analyseDnsAnswer(readFixture('dns/dig-akamai.txt'), {
      connectivity: 'fastconnect',
    });
    const draft = draftAllowlistRequest({
      kind: 'home-region',
      environment: 'PROD',
      tenancy: TENANCY,
      region: 'us-ashburn-1',
      connectivity: 'fastconnect',
      dns,
    });
    expect(draft.summary).toBe('Home-region IP addresses for FastConnect, PROD, us-ashburn-1');
    expect(draft.description).toContain(`Tenancy: ${TENANCY}`);
    expect(draft.description).toContain('Home region: us-ashburn-1');
    expect(draft.description).toContain(
      'DNS today: ccs-prod.oracleutilities.example.com resolves through Akamai (ccs-prod.oracleutilities.example.com.edgekey.net) to 23.45.67.89.',
    );
    expect(draft.problems).toEqual([]);
  });

  it.each([
    [{ tenancy: VCN }, 'tenancy', /vcn OCID: give the tenancy OCID/],
    [{ region: 'Ashburn' }, 'region', /not an OCI region identifier/],
    [
      { connectivity: 'public-internet' as const },
      'connectivity',
      /for VPN Connect or FastConnect/,
    ],
    [{ tenancy: '' }, 'tenancy', /Give the tenancy name or OCID/],
  ])('refuses %j', (change, field, message) => {
    const draft = draftAllowlistRequest({
      kind: 'home-region',
      environment: 'PROD',
      tenancy: 'acmeutility',
      region: 'eu-frankfurt-1',
      connectivity: 'vpn-connect',
      ...change,
    });
    expect(draft.problems).toEqual([{ field, message: expect.stringMatching(message) as unknown }]);
  });
});

describe('networkOffers', () => {
  it.each([
    [
      { kind: 'error', reasonCode: 18 },
      { url: 'https://ccs.example.com/rest/apis/x?y=1', egressIp: '52.10.20.7' },
      { path: '/rest/apis/x', source: '52.10.20.7' },
    ],
    [{ kind: 'error', reasonCode: 0 }, {}, { path: null, source: null }],
    [
      { kind: 'error', reasonCode: 18 },
      { egressIp: ' 203.0.113.5/24 ' },
      { path: null, source: '203.0.113.5/24' },
    ],
    [{ kind: 'error', reasonCode: 30 }, { url: '/rest' }, null],
    [{ kind: 'grn', reasonCode: 0 }, {}, null],
  ] as const)('offers an allowlist change for %j %j', (reference, context, expected) => {
    expect(networkOffers(reference, context).allowlistChange).toEqual(expected);
  });

  it('explains an Akamai reference seen by a VPN Connect or FastConnect caller', () => {
    expect(
      networkOffers({ kind: 'error', reasonCode: 30 }, { connectivity: 'vpn-connect' }).privateLink,
    ).toMatchObject({
      connectivity: 'vpn-connect',
      explanation: expect.stringMatching(
        /through VPN Connect, yet an Akamai edge server answered this call/,
      ) as unknown,
    });
    expect(
      networkOffers({ kind: 'error', reasonCode: 30 }, { connectivity: 'public-internet' })
        .privateLink,
    ).toBeNull();
    expect(
      networkOffers({ kind: 'grn', reasonCode: 0 }, { connectivity: 'fastconnect' }).privateLink,
    ).toBeNull();
  });
});
