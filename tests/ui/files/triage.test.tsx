import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import handCountedLog from '../../fixtures/triage/hand-counted.log?raw';
import incidentHar from '../../fixtures/triage/incident.har?raw';
import { renderApp, waitForLoaded } from '../render-app.tsx';
import { useInPageWorker } from './in-page-worker.ts';

// jsdom has no object URLs: a test that captures downloads puts its own in, and they go after.
const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

const FILES_LABEL = 'Files to decode';

async function dropFiles(files: File[]) {
  const view = renderApp('/');
  await view.user.upload(screen.getByLabelText(FILES_LABEL), files);
  const list = screen.getByRole('list', { name: 'Files read' });
  await waitFor(() => expect(within(list).queryAllByText(/^Reading/)).toHaveLength(0), {
    timeout: 10_000,
  });
  await waitFor(() => expect(screen.queryByText('Decoding…')).toBeNull(), { timeout: 10_000 });
  await waitForLoaded();
  return { ...view, list };
}

/** The batch view loads on demand inside a transition (no "Loading…" shown): wait for it. */
function findBatchRegion(name: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

/** Captures what a download button saves, as the browser would receive it. */
function captureDownloads(): { name: string; text: () => Promise<string> }[] {
  const saved: { name: string; text: () => Promise<string> }[] = [];
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs[Number(this.href.split('/').pop()) - 1] as Blob;
    saved.push({ name: this.download, text: () => blob.text() });
  });
  return saved;
}

describe.each(['on the page', 'in a worker'] as const)('dropped files, read %s', (where) => {
  // jsdom has no Worker: the page reads files itself unless the test gives it one.
  beforeEach(() => {
    if (where === 'in a worker') useInPageWorker();
  });

  it('reports each file, and shows the summary, timeline and table for the batch', async () => {
    const { list } = await dropFiles([
      new File([handCountedLog], 'gateway.log'),
      new File([incidentHar], 'incident.har'),
    ]);
    expect(within(list).getByText('Decoded 9 references')).toBeInTheDocument();
    expect(within(list).getByText('Decoded 3 references')).toBeInTheDocument();
    expect(
      within(list).getByText(
        'Dropped, never shown or exported: 4 cookies, 1 Authorization header, 2 token-looking values and 1 request body.',
      ),
    ).toBeInTheDocument();

    const summary = await findBatchRegion('Summary');
    // The figures follow the files when the page is idle (a deferred render): wait for them.
    await waitFor(() =>
      expect(within(summary).getByText('Error references').nextElementSibling?.textContent).toBe(
        '10',
      ),
    );
    expect(within(summary).getByText('GRNs (Akamai-GRN)').nextElementSibling?.textContent).toBe(
      '2',
    );
    const byCode = within(summary).getByRole('table', { name: 'By reason code' });
    expect(within(byCode).getAllByRole('row')[1]?.textContent).toMatch(/^18.*5.*50%$/);

    const chart = screen.getByRole('img', { name: /Errors per .*, stacked by reason code/ });
    expect(chart.textContent).toMatch(/10 errors from 2025-11-28 09:00:00 UTC/);

    const table = screen.getByRole('table', { name: /Decoded references, sortable/ });
    // Its rows are asked for once the figures are in: a round trip later in a worker.
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(13));
    expect(
      within(table).getByText('https://api.example-utility.com/rest/apis/customer/v1/contacts'),
    ).toBeInTheDocument();
  });

  it('filters by the HTTP status the caller got, and says how many errors are still in the log window', async () => {
    const now = Math.floor(Date.now() / 1000);
    const log = [
      ...[0, 1, 2, 3, 4].map(
        (index) =>
          `WARN POST https://api.example/rest/a ${index === 4 ? 503 : 403} 9ms Reference #18.4c96df17.${now - 600 - index}.a${index}`,
      ),
      `WARN GET https://api.example/rest/b 504 9ms Reference #1.4c96df17.${now - 30 * 3600}.b1`,
    ].join('\n');
    const { user } = await dropFiles([new File([log], 'mixed.log')]);
    const summary = await findBatchRegion('Summary');
    expect(
      within(summary).getByText('Inside 6 h (logs kept)').nextElementSibling?.textContent,
    ).toBe('5');
    expect(
      within(summary).getByText('Inside 24 h (logs may be kept)').nextElementSibling?.textContent,
    ).toBe('5');
    const table = screen.getByRole('table', { name: /Decoded references, sortable/ });
    await user.selectOptions(screen.getByLabelText('Reason code or HTTP status'), 'HTTP 503 (1)');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('503');
  });

  it('sorts, filters and feeds the selection into one SR', async () => {
    const { user } = await dropFiles([new File([handCountedLog], 'gateway.log')]);
    await findBatchRegion('All references');
    const table = screen.getByRole('table', { name: /Decoded references, sortable/ });
    const referenceAt = (index: number) =>
      within(table).getAllByRole('row').at(index)?.querySelector('a')?.textContent;
    expect(referenceAt(1)).toBe('30.4c96df17.1764327540.5f0003'); // newest first

    await user.click(within(table).getByRole('button', { name: 'Code' }));
    expect(
      within(table).getByRole('columnheader', { name: /Code/ }).getAttribute('aria-sort'),
    ).toBe('ascending');
    // Rows come from the worker a moment after the click: wait for what the person would see.
    await waitFor(() => expect(referenceAt(-1)).toMatch(/^97\./));
    await user.click(within(table).getByRole('button', { name: /Code/ }));
    expect(
      within(table).getByRole('columnheader', { name: /Code/ }).getAttribute('aria-sort'),
    ).toBe('descending');
    await waitFor(() => expect(referenceAt(1)).toMatch(/^97\./));

    await user.selectOptions(screen.getByLabelText('Reason code or HTTP status'), 'code:30');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    await user.click(screen.getByLabelText('Select all 2 matching references'));
    const link = await screen.findByRole('link', {
      name: 'Draft an SR for 2 selected references',
    });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe(
      '/service-request?refs=30.4c96df17.1764327540.5f0003,30.a2f01c17.1764321400.2c1001',
    );
    // The selection alone, as a CSV to attach.
    const saved = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Selected as CSV (2)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const csv = await saved[0]?.text();
    expect(csv?.split('\r\n')).toHaveLength(4); // header, the 2 selected, final line break
    expect(csv).toContain('30.a2f01c17.1764321400.2c1001');

    await user.selectOptions(screen.getByLabelText('Reason code or HTTP status'), '');
    await user.type(screen.getByLabelText('Filter references'), 'contacts');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(
      await screen.findByText('1 of 9 references match.', { exact: false }),
    ).toBeInTheDocument();
  });

  it('exports the references and the summary without the secrets of the HAR', async () => {
    const saved = captureDownloads();
    const { user } = await dropFiles([
      new File([handCountedLog], 'gateway.log'),
      new File([incidentHar], 'incident.har'),
    ]);
    await findBatchRegion('Export');
    for (const name of [
      /References as CSV/,
      'References as JSON',
      'Summary as CSV',
      'Summary and timeline as JSON',
    ]) {
      // In the worker an export is made a round trip later: its button is back once it is saved.
      await waitFor(() => expect(screen.getByRole('button', { name })).toBeEnabled());
      await user.click(screen.getByRole('button', { name }));
    }
    await waitFor(() => expect(saved).toHaveLength(4));
    expect(saved.map((file) => file.name)).toEqual([
      expect.stringMatching(/^akamai-references-\d{8}-\d{4}Z\.csv$/),
      expect.stringMatching(/^akamai-references-\d{8}-\d{4}Z\.json$/),
      expect.stringMatching(/^akamai-summary-\d{8}-\d{4}Z\.csv$/),
      expect.stringMatching(/^akamai-summary-\d{8}-\d{4}Z\.json$/),
    ]);
    const texts = await Promise.all(saved.map((file) => file.text()));
    expect(texts[0]?.split('\r\n')).toHaveLength(14); // header, 12 references, final line break
    expect(JSON.parse(texts[1] ?? '').references).toHaveLength(12);
    for (const text of texts) expect(text).not.toMatch(/FAKE-/);
  });

  it('refuses a binary file with the reason and still reads the others', async () => {
    const { list } = await dropFiles([
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])], 'logs.log'),
      new File(['{"log": {}}'], 'broken.har'),
      new File(['Reference #18.4c96df17.1644609140.2a155db'], 'note.txt'),
    ]);
    expect(
      within(list).getByText(
        'Not read: logs.log is a ZIP archive: unzip it and drop the files inside',
      ),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(
        'Not read: broken.har is not a complete HAR: "log.entries" is missing or not a list',
      ),
    ).toBeInTheDocument();
    expect(within(list).getByText('Decoded 1 reference')).toBeInTheDocument();
    expect(screen.getByText('Found 1 reference.')).toBeInTheDocument();
  });

  it('combines dropped files with pasted text, each reference once', async () => {
    const { user } = await dropFiles([
      new File(['Reference #18.4c96df17.1644609140.2a155db'], 'a.txt'),
    ]);
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste('18.4c96df17.1644609140.2a155db and 97.0f5e6b68.1764324100.3d0001');
    expect(await screen.findByText('Found 2 references.')).toBeInTheDocument();
  });
});

describe('the request a reference answered', () => {
  it('is shown on its card, from a pasted log line, without the query string', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste(
      'WARN POST https://api.example-utility.com/rest/x?access_token=FAKE-1 403 Reference #18.4c96df17.1644609140.2a155db',
    );
    const card = await screen.findByRole('article');
    const request = within(card).getByText('Request').nextElementSibling;
    expect(request?.textContent).toBe(
      'POST https://api.example-utility.com/rest/x answered 403 (from its log line)',
    );
    expect(card.textContent).not.toContain('FAKE-1');
  });
});
