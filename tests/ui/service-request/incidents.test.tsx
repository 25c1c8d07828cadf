import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import curlSession from '../../fixtures/service-request/curl-session.txt?raw';
import gatewayLog from '../../fixtures/service-request/gateway.log?raw';
import { EMPTY_DRAFT_STORE, saveDraft } from '../../../src/core/service-request/index.ts';
import { type ServiceRequestContext } from '../../../src/core/index.ts';
import { renderApp, renderLoadedApp, waitForLoaded } from '../render-app.tsx';

const A = '18.4c96df17.1644609140.2a155db';
const B = '6.a2f01c17.1644609200.2c0ffe';
const STORAGE_KEY = 'akamai-reference-decoder/service-request/v2';

afterEach(() => vi.restoreAllMocks());

function value(label: string): string {
  return (screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;
}

async function pasteIncident() {
  const view = renderApp('/');
  await view.user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
  await view.user.paste(`${curlSession}\n${gatewayLog}`);
  return view;
}

describe('one incident, one form', () => {
  function seed(...drafts: [references: string[], context: ServiceRequestContext][]) {
    const store = drafts.reduce(
      (current, [references, context], index) =>
        saveDraft(current, {
          references,
          context,
          savedAt: Date.UTC(2026, 10, 29, 5, index),
          severityOverride: null,
        }),
      EMPTY_DRAFT_STORE,
    );
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
  }

  it('starts fresh for another set of references and offers the stable fields with one click', async () => {
    seed([[A], { environment: 'PROD', service: 'customer-cloud-service', httpStatus: '403' }]);
    const { user } = await renderLoadedApp(`/service-request?refs=${B}`);
    expect(value('Environment name')).toBe('');
    expect(value('HTTP status seen')).toBe('');
    expect(screen.getByLabelText('Problem description').textContent).not.toContain('403');
    const offer = screen.getByText(/^From your last draft:/);
    expect(offer.textContent).toContain('Environment name: PROD');
    await user.click(screen.getByRole('button', { name: 'Use these details' }));
    expect(value('Environment name')).toBe('PROD');
    expect(value('Service')).toBe('customer-cloud-service');
    expect(value('HTTP status seen')).toBe('');
    expect(screen.queryByText(/^From your last draft:/)).toBeNull();
  });

  it('lists recent drafts with their references and date, each deletable', async () => {
    seed([[A], { environment: 'PROD' }], [[B, A], { environment: 'TEST01' }]);
    const { user } = await renderLoadedApp(`/service-request?refs=${B}`);
    const recent = screen.getByRole('region', { name: 'Recent drafts on this device' });
    const items = within(recent).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('TEST01, saved 2026-11-29 05:01:00 UTC');
    const earlier = within(recent).getByRole('link', { name: A });
    expect(earlier.getAttribute('href')).toContain(`refs=${A}`);
    await user.click(within(recent).getByRole('button', { name: `Delete the draft for ${A}` }));
    expect(within(recent).queryByRole('link', { name: A })).toBeNull();
    expect(window.localStorage.getItem(STORAGE_KEY)).toContain('TEST01');
    expect(window.localStorage.getItem(STORAGE_KEY)).not.toContain('PROD');
  });

  it('goes back to an earlier incident with its own fields', async () => {
    const first = await renderLoadedApp(`/service-request?refs=${A}`);
    await first.user.type(screen.getByLabelText('HTTP status seen'), '403');
    await vi.waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('403'), {
      timeout: 10_000,
    });
    first.unmount();
    await renderLoadedApp(`/service-request?refs=${A}`);
    expect(value('HTTP status seen')).toBe('403');
  });
});

describe('the request context from the evidence', () => {
  it('pre-fills what was decoded; the user can keep, edit, clear and restore it', async () => {
    const { user } = await pasteIncident();
    await user.click(
      await screen.findByRole('link', { name: 'Draft one SR for all 6 references' }),
    );
    await waitForLoaded();

    expect(value('HTTP method')).toBe('POST');
    expect(value('HTTP status seen')).toBe('403');
    expect(value('Affected URL or path')).toBe(
      'https://ccs-prod.example-utility.com/rest/apis/customer/v1/accounts',
    );
    expect(value('First seen')).toBe('2026-11-29 05:12:40 UTC');
    expect(screen.getAllByText(/Filled in from the curl -v transcript and log lines/).length).toBe(
      6,
    );
    const description = () => screen.getByLabelText('Problem description').textContent ?? '';
    expect(description()).toContain(
      '- POST /rest/apis/customer/v1/accounts -> HTTP 403 x3, HTTP 503 x1',
    );
    expect(description()).not.toContain('From our');

    await user.clear(screen.getByLabelText('First seen'));
    expect(value('First seen')).toBe('');
    await user.click(
      screen.getByRole('button', { name: 'Use 2026-11-29 05:12:40 UTC for First seen' }),
    );
    expect(value('First seen')).toBe('2026-11-29 05:12:40 UTC');
  });

  it('keeps the curl credentials out of the form, the draft, the clipboard and storage', async () => {
    const { user } = await pasteIncident();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(
      await screen.findByRole('link', { name: 'Draft one SR for all 6 references' }),
    );
    await waitForLoaded();
    await user.type(screen.getByLabelText('Environment name'), 'PROD');
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    await vi.waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('PROD'), {
      timeout: 10_000,
    });
    // The hand-over reaches the session store when the page goes away (a reload).
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.stringify(window.sessionStorage)).toContain('18.4c96df17.1795930502.2a155db');
    const places = [
      writeText.mock.calls.map((call) => call[0]).join('\n'),
      window.localStorage.getItem(STORAGE_KEY) ?? '',
      JSON.stringify(window.sessionStorage),
      visibleText(),
      window.location.href,
    ];
    for (const place of places) expect(place).not.toContain('FAKE-CURL-BEARER');
  });
});

/** The page's text as shown: the decode screen stays mounted, hidden, while another page shows. */
function visibleText(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
  return copy.textContent ?? '';
}

describe('the site\'s "Service request" entry', () => {
  it('drafts for the references on screen', async () => {
    const { user } = await pasteIncident();
    await screen.findByRole('link', { name: 'Draft one SR for all 6 references' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Service request' }));
    await waitForLoaded();
    expect(await screen.findByText(/; 6 of 6 references listed$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Problem description').textContent).toContain(
      '18.4c96df17.1795930502.2a155db 2026-11-29 05:35:02',
    );
  });

  it('says there are none when nothing is on screen', async () => {
    await renderLoadedApp('/service-request');
    expect(screen.getByRole('alert').textContent).toMatch(
      /There are no references on screen to draft for/,
    );
    expect(screen.queryByLabelText('Problem description')).toBeNull();
  });
});

describe('a code whose meaning is unpublished', () => {
  it('says so on the card and the code page with the same confidence', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste('Reference #203.4c96df17.1795930304.1a2c00');
    const card = await screen.findByRole('article');
    expect(
      within(card).getByText(/^Unpublished: Akamai's table names this code ERR_FWD_CAE_HEADERS/),
    ).toBeInTheDocument();
    await user.click(within(card).getByRole('link', { name: 'About code 203' }));
    await screen.findByRole('heading', { level: 1, name: /^Reason code 203/ });
    // The decode screen stays mounted, hidden, for Back: only what is shown counts.
    const shown = (pattern: RegExp) =>
      screen.getAllByText(pattern).filter((element) => element.closest('[hidden]') === null);
    expect(shown(/^Unpublished: Akamai's table names this code ERR_FWD_CAE_HEADERS/)).toHaveLength(
      1,
    );
    expect(shown(/high confidence/i).length).toBeGreaterThan(0);
  });
});
