import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import errorPage from '../../fixtures/akamai-access-denied.html?raw';
import { renderApp, renderLoadedApp, waitForLoaded } from '../render-app.tsx';

const SEED = '18.4c96df17.1644609140.2a155db';
const STORAGE_KEY = 'akamai-reference-decoder/service-request/v2';

afterEach(() => vi.restoreAllMocks());

describe('the service request screen', () => {
  it('drafts from a pasted error page and copies what Oracle needs', async () => {
    const { user } = renderApp('/');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste(errorPage);
    await user.click(await screen.findByRole('link', { name: 'Draft SR for this reference' }));
    await waitForLoaded();

    expect(
      screen.getByRole('heading', { level: 1, name: 'Draft a My Oracle Support service request' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Environment name'), 'PROD');
    await user.selectOptions(screen.getByLabelText('Service'), 'customer-cloud-service');
    await user.click(screen.getByRole('button', { name: 'Copy all' }));

    const copied = writeText.mock.calls.at(-1)?.[0] ?? '';
    expect(copied).toContain(SEED);
    expect(copied).toContain(`${SEED} 2022-02-11 19:52:20`);
    expect(copied).toContain('Code 18 (ERR_ACCESS_DENIED): The edge denied the request.');
    expect(copied).toMatch(
      /which rule denied these calls \(WAF, IP allowlist, geo, bot or rate control\) and whether they should pass/,
    );
    expect(copied).toMatch(/^CCS PROD: Access Denied at Akamai edge/);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('warns before filing while the service, environment or Tenant ID is missing', async () => {
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED}`);
    const warnings = () => screen.queryByRole('list', { name: 'Before you file' });
    expect(
      within(warnings() as HTMLElement).getByText(
        /^Missing Service, Environment name, Tenant ID: Oracle routes an SR/,
      ),
    ).toBeInTheDocument();
    // A warning on screen, not words in the SR.
    expect(screen.getByLabelText('Problem description').textContent).not.toContain('Missing');

    await user.selectOptions(screen.getByLabelText('Service'), 'customer-cloud-service');
    await user.type(screen.getByLabelText('Environment name'), 'PROD');
    expect(within(warnings() as HTMLElement).getByText(/^Missing Tenant ID:/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tenant ID'), 'UTIL-PROD-01');
    expect(screen.queryByText(/^Missing .*Oracle routes an SR/)).not.toBeInTheDocument();
  });

  it('copies summary and description separately, with live counters', async () => {
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED}`);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const summary = screen.getByLabelText('Problem summary').textContent ?? '';
    expect(screen.getByText(`${summary.length} / 100 characters`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(writeText).toHaveBeenLastCalledWith(summary);
    await user.click(screen.getByRole('button', { name: 'Copy description' }));
    expect(writeText.mock.calls.at(-1)?.[0]).toBe(
      screen.getByLabelText('Problem description').textContent,
    );
    expect(screen.getByText(/\/ 1500 characters; 1 of 1 references listed/)).toBeInTheDocument();
  });

  it('says which field is wrong and why', async () => {
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED}`);
    const status = screen.getByLabelText('HTTP status seen');
    await user.type(status, '4033');
    expect(status.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('HTTP status seen: an HTTP status is a three-digit number from 100 to 599'),
    ).toBeInTheDocument();
  });

  it('suggests a severity with its reason and lets the user override it', async () => {
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED}`);
    await user.type(screen.getByLabelText('Environment name'), 'PROD');
    await user.selectOptions(screen.getByLabelText('Business impact level'), 'production-down');
    expect(screen.getByText(/Why 1 was suggested: Production is stopped/)).toBeInTheDocument();
    expect(screen.getByText(/24x7.*English/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Severity'), '2');
    expect(screen.queryByText(/24x7.*English/)).toBeNull();
    expect(
      screen.getByText(/^Severity 2: important function unavailable/, { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('remembers the form across a reload and clears it on request', async () => {
    const first = await renderLoadedApp(`/service-request?refs=${SEED}`);
    await first.user.type(screen.getByLabelText('Environment name'), 'TEST01');
    await vi.waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('TEST01'), {
      timeout: 10_000,
    });
    first.unmount();

    const second = await renderLoadedApp(`/service-request?refs=${SEED}`);
    expect((screen.getByLabelText('Environment name') as HTMLInputElement).value).toBe('TEST01');
    await second.user.click(screen.getByRole('button', { name: 'Clear this draft' }));
    expect((screen.getByLabelText('Environment name') as HTMLInputElement).value).toBe('');
  });

  it('starts clean and says so when the saved form is corrupt', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{not json');
    await renderLoadedApp(`/service-request?refs=${SEED}`);
    expect(
      screen.getByText('What was saved could not be read, so this form starts empty.'),
    ).toBeInTheDocument();
  });

  it('keeps working and says it cannot remember when storage is refused', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED}`);
    expect(screen.getByText(/the form is not remembered after a reload/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing is remembered here/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Environment name'), 'PROD');
    expect(screen.getByLabelText('Problem summary').textContent).toMatch(/^PROD: /);
  });

  it('explains a link without references, and a bad reference in the link', async () => {
    await renderLoadedApp('/service-request?refs=18.4c96df17.1644609140.knfjvdun');
    const bad = screen.getByRole('list', { name: 'References that could not be used' });
    expect(within(bad).getByText(/request id 'knfjvdun' is not hexadecimal/)).toBeInTheDocument();
  });
});

describe('credentials in the paste', () => {
  const PLANTED = ['FAKEBEARER0123456789abc', 'FAKESESSIONCOOKIE42', 'Fake-Passw0rd!'];

  it('are named on screen and never reach the draft or the clipboard', async () => {
    const { user } = renderApp('/');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste(
      `Authorization: Bearer ${PLANTED[0]}\nCookie: JSESSIONID=${PLANTED[1]}\npassword=${PLANTED[2]}\nReference #${SEED}`,
    );
    expect(
      await screen.findByText(/The pasted text holds an Authorization header/),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: 'Draft SR for this reference' }));
    await waitForLoaded();
    await user.type(
      screen.getByLabelText('Steps to reproduce'),
      `curl -H "Authorization: Bearer ${PLANTED[0]}"`,
    );
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    const copied = writeText.mock.calls.map((call) => call[0]).join('\n');
    await vi.waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('removed'), {
      timeout: 10_000,
    });
    for (const secret of PLANTED) {
      expect(copied).not.toContain(secret);
      expect(window.localStorage.getItem(STORAGE_KEY)).not.toContain(secret);
      expect(
        screen.getByRole('region', { name: 'Your service request' }).textContent,
      ).not.toContain(secret);
    }
  });
});
