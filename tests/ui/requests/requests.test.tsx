import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import digAkamai from '../../fixtures/dns/dig-akamai.txt?raw';
import { issue, type Issued } from '../../core/network/certificate-factory.ts';
import { renderApp, renderLoadedApp } from '../render-app.tsx';

const SEED = '18.4c96df17.1644609140.2a155db';
const INBOUND_KEY = 'akamai-reference-decoder/requests/inbound/v1';
const OUTBOUND_KEY = 'akamai-reference-decoder/requests/outbound/v1';
const SR_KEY = 'akamai-reference-decoder/service-request/v2';
/** The SR screen's store of drafts, newest first, as it saves them. */
const srDrafts = (context: Record<string, string>) =>
  JSON.stringify({
    drafts: [{ key: 'k', references: [], savedAt: 0, context, severityOverride: null }],
    lastStable: null,
  });

afterEach(() => vi.restoreAllMocks());

let selfSigned: Issued;
beforeAll(async () => {
  const now = Date.now();
  selfSigned = await issue({
    commonName: 'erp.example.com',
    dnsNames: ['erp.example.com'],
    notBefore: new Date(now - 10 * 86_400_000),
    notAfter: new Date(now + 300 * 86_400_000),
  });
}, 60_000);

describe('the allowlist and network requests screen', () => {
  it('is in the navigation', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Network requests' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Allowlist and network requests' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Inbound allowlist' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('judges each source line as typed and copies a draft holding only the good one', async () => {
    const { user } = await renderLoadedApp('/requests?kind=inbound');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByLabelText('Environment name'));
    await user.paste('PROD');
    await user.click(screen.getByLabelText('Justification'));
    await user.paste('New integration server');
    const sources = screen.getByLabelText('Sources, one per line');
    await user.type(sources, '52.10.20.0/28{Enter}');
    await user.paste('203.0.113.5/24\nocid1.tenancy.oc1..aaaaaaaabbbbbbbbccccccccdddddddd');

    const verdicts = within(
      screen.getByRole('list', { name: 'Verdict for each source line' }),
    ).getAllByRole('listitem');
    expect(verdicts[0]?.textContent).toMatch(/^Line 1: ✓ OK 52\.10\.20\.0\/28/);
    expect(verdicts[1]?.textContent).toMatch(
      /^Line 2: ✗ Refused 203\.0\.113\.5\/24: .*the network is 203\.0\.113\.0\/24/,
    );
    expect(verdicts[2]?.textContent).toMatch(/^Line 3: ✗ Refused .*tenancy OCID, not a VCN OCID/);
    expect(sources.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Copy description' }));
    const description = writeText.mock.calls.at(-1)?.[0] ?? '';
    expect(description).toContain('- 52.10.20.0/28');
    expect(description).not.toContain('203.0.113');
    expect(description).not.toContain('ocid1.tenancy');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(writeText).toHaveBeenLastCalledWith('Inbound allowlist, PROD: add 52.10.20.0/28');
  });

  it('remembers each draft across a reload and clears it on request', async () => {
    const first = await renderLoadedApp('/requests?kind=inbound');
    await first.user.type(screen.getByLabelText('Environment name'), 'TEST01');
    await vi.waitFor(() => expect(window.localStorage.getItem(INBOUND_KEY)).toContain('TEST01'), {
      timeout: 10_000,
    });
    first.unmount();

    const second = await renderLoadedApp('/requests?kind=inbound');
    expect((screen.getByLabelText('Environment name') as HTMLInputElement).value).toBe('TEST01');
    await second.user.click(screen.getByRole('button', { name: 'Clear this form' }));
    expect((screen.getByLabelText('Environment name') as HTMLInputElement).value).toBe('');
    expect(window.localStorage.getItem(INBOUND_KEY)).toBeNull();
  });

  it('names a pasted self-signed certificate', async () => {
    const { user } = await renderLoadedApp('/requests?kind=outbound');
    await user.type(
      screen.getByLabelText('Targets, one per line'),
      'https://erp.example.com/ouaf/notify',
    );
    fireEvent.change(screen.getByLabelText('Certificate chain (PEM)'), {
      target: { value: selfSigned.pem },
    });
    const findings = await screen.findByRole(
      'list',
      { name: 'Certificate findings' },
      { timeout: 10_000 },
    );
    expect(findings.textContent).toMatch(
      /Problem: Certificate 1 \(C=US, O=Test Org, CN=erp\.example\.com\) is self-signed/,
    );
    expect(screen.getByText('1 problem Oracle’s TLS handshake would refuse.')).toBeInTheDocument();
    expect(
      screen.getByText(/Checked against erp\.example\.com, the first target/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Request description').textContent).toMatch(
      /Open issue: Certificate 1 .* is self-signed/,
    );
  });

  it('reads a dropped .crt file, and never keeps a pasted private key', async () => {
    await renderLoadedApp('/requests?kind=outbound');
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPLANTEDKEY\n-----END PRIVATE KEY-----\n';
    const file = new File([selfSigned.pem + key], 'erp.crt', {
      type: 'application/x-x509-ca-cert',
    });
    const zone = screen.getByRole('heading', { name: 'Certificate check' }).closest('section');
    if (zone === null) throw new Error('no certificate section');
    fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    expect(await screen.findByText('Read erp.crt.')).toBeInTheDocument();
    const box = screen.getByLabelText('Certificate chain (PEM)') as HTMLTextAreaElement;
    expect(box.value).toContain('BEGIN CERTIFICATE');
    expect(box.value).not.toContain('PLANTEDKEY');
    expect(screen.getByRole('alert').textContent).toMatch(/A private key was taken out of the box/);
    fireEvent.change(box, { target: { value: key + selfSigned.pem } });
    expect(box.value).not.toContain('PLANTEDKEY');
    expect(
      await screen.findByRole('list', { name: 'Certificate findings' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await vi.waitFor(
      () => expect(window.localStorage.getItem(OUTBOUND_KEY)).toContain('BEGIN CERTIFICATE'),
      { timeout: 10_000 },
    );
    expect(window.localStorage.getItem(OUTBOUND_KEY)).not.toContain('PLANTEDKEY');
    expect(document.body.textContent).not.toContain('PLANTEDKEY');
  });

  it('explains a pasted DNS answer for the chosen connectivity and puts it in the draft', async () => {
    const { user } = await renderLoadedApp('/requests?kind=home-region');
    await user.selectOptions(screen.getByLabelText('Connectivity'), 'vpn-connect');
    fireEvent.change(screen.getByLabelText('DNS lookup output'), { target: { value: digAkamai } });
    expect(
      screen.getByText(
        /resolves through Akamai .* not through VPN Connect and your service gateway/,
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Home region'), 'Ashburn');
    expect(
      screen.getByText(/Home region: "Ashburn" is not an OCI region identifier/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Request description').textContent).toContain(
      'DNS today: ccs-prod.oracleutilities.example.com resolves through Akamai',
    );
  });
});

describe('links from the decoder', () => {
  it('offers an allowlist change on a code 18 card, prefilled with the egress CIDR the user gave', async () => {
    window.localStorage.setItem(SR_KEY, srDrafts({ egressIp: '52.10.20.7' }));
    const { user } = renderApp(`/decode/${SEED}`);
    await user.click(await screen.findByRole('link', { name: 'Request an allowlist change' }));
    const sources = (await screen.findByLabelText('Sources, one per line')) as HTMLTextAreaElement;
    expect(sources.value).toBe('52.10.20.7');
    expect(screen.getByText(/A single address: sent as 52\.10\.20\.7\/32/)).toBeInTheDocument();
  });

  it('tells a VPN Connect caller the call went through Akamai and offers the DNS check', async () => {
    window.localStorage.setItem(SR_KEY, srDrafts({ connectivity: 'vpn-connect' }));
    const { user } = renderApp(`/decode/${SEED}`);
    expect(
      await screen.findByText(
        /You reach Oracle through VPN Connect, yet an Akamai edge server answered this call/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Check the DNS answer' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('DNS lookup output')),
    );
    expect((screen.getByLabelText('Connectivity') as HTMLSelectElement).value).toBe('vpn-connect');
  });

  it('offers nothing of the kind on a code 30 card for a public-internet caller', async () => {
    renderApp('/decode/30.4c96df17.1644609140.2a155db');
    expect(
      await screen.findByRole('link', { name: 'Draft SR for this reference' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Request an allowlist change' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Check the DNS answer' })).toBeNull();
  });
});

describe('switching request kinds', () => {
  it('keeps the last edit of the form left at once', async () => {
    const { user } = await renderLoadedApp('/requests?kind=inbound');
    await user.click(screen.getByLabelText('Environment name'));
    await user.paste('UAT');
    await user.click(screen.getByRole('link', { name: 'Outbound target' }));
    expect(window.localStorage.getItem(INBOUND_KEY)).toContain('UAT');
    await user.click(screen.getByRole('link', { name: 'Inbound allowlist' }));
    expect((screen.getByLabelText('Environment name') as HTMLInputElement).value).toBe('UAT');
  });
});
