import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { matchPath } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/ui/paths.ts';
import { ROUTES } from '../../src/ui/routes.ts';
import { renderApp, renderLoadedApp } from './render-app.tsx';

describe('deep links and the code table', () => {
  it('decodes the reference carried by #/decode/:reference', async () => {
    renderApp('/decode/18.4c96df17.1644609140.2a155db');
    const card = await screen.findByRole('article', {
      name: 'Refused by a rule at Akamai’s edge (code 18)',
    });
    expect(within(card).getByText('2022-02-11 19:52:20 UTC')).toBeInTheDocument();
  });

  it('says what is wrong with a bad deep link', async () => {
    await renderLoadedApp('/decode/18.4c96df17.1644609140.knfjvdun');
    expect(screen.getByRole('alert').textContent).toBe(
      "This link does not carry a valid reference: request id 'knfjvdun' is not hexadecimal.",
    );
  });

  it('filters the code table by number, name or words', async () => {
    // The page comes with the decoding script, loaded on demand and then kept: load it first, with
    // real timers (React reveals a page that was loading after a timer of its own).
    (await renderLoadedApp('/codes')).unmount();
    // Rows arrive a task at a time (so no task runs long on a phone): fake timers run those tasks.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      renderApp('/codes');
      const rowsNow = () => screen.getAllByRole('row').length - 1;
      expect(rowsNow()).toBeLessThan(241);
      // Each task's rows commit before the next task is scheduled: run them one by one.
      for (let task = 0; task < 241 && rowsNow() < 241; task += 1) {
        await act(() => vi.runOnlyPendingTimersAsync());
      }
      expect(rowsNow()).toBe(241);
      fireEvent.change(screen.getByLabelText('Filter codes by number, name or words'), {
        target: { value: 'redirect' },
      });
      expect(rowsNow()).toBe(1);
      expect(screen.getByRole('rowheader', { name: '25' })).toBeInTheDocument();
      expect(screen.getByText('1 of 241 codes match')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows one code with Oracle’s wording and the disagreement', async () => {
    await renderLoadedApp('/codes/18');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Reason code 18: ERR_ACCESS_DENIED' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Do not assume WAF/)).toBeInTheDocument();
  });

  it('explains an out-of-range code', async () => {
    await renderLoadedApp('/codes/312');
    expect(screen.getByRole('alert').textContent).toMatch(/'312' is not a reason code/);
  });

  it('navigates from one route table: every nav link reaches its page', async () => {
    const { user } = await renderLoadedApp('/codes');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Decode' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Decode Akamai reference IDs' }),
    ).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Reason codes' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Akamai reason codes' }),
    ).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown route', () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('the route table drives titles and links', () => {
  it.each([
    ['/', 'Decode references'],
    ['/codes', 'Reason codes'],
    ['/codes/18', 'Reason code 18'],
    ['/decode/18.4c96df17.1644609140.2a155db', 'Reference 18.4c96df17.1644609140.2a155db'],
    ['/service-request', 'Draft a service request'],
    ['/requests', 'Allowlist and network requests'],
    ['/bookmarklet', 'Bookmarklet'],
    ['/nowhere', 'Page not found'],
  ])('%s is titled "%s"', async (path, title) => {
    await renderLoadedApp(path);
    await waitFor(() => expect(document.title).toBe(`${title} · Akamai Reference Decoder`));
  });

  it('keeps a title short when a link carries a very long reference', async () => {
    await renderLoadedApp(`/decode/18.${'.'.repeat(5000)}`);
    await waitFor(() =>
      expect(document.title).toMatch(/^Reference 18\.\.\..*Akamai Reference Decoder$/),
    );
    expect(document.title.length).toBeLessThan(120);
  });

  it('every link the app builds leads to a route of the table', () => {
    const built = [
      paths.home,
      paths.decode('18.4c96df17.1644609140.2a155db'),
      paths.decodeAll(['18.4c96df17.1644609140.2a155db']),
      paths.serviceRequest(['18.4c96df17.1644609140.2a155db']),
      paths.codes,
      paths.code(18),
      paths.bookmarklet,
    ];
    for (const link of built) {
      const pathname = link.split('?')[0] ?? link;
      const route = ROUTES.find((entry) => entry.path !== '*' && matchPath(entry.path, pathname));
      expect(route, link).toBeDefined();
    }
  });
});
