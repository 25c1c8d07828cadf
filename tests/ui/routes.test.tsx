import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('deep links and the code table', () => {
  it('decodes the reference carried by #/decode/:reference', async () => {
    renderApp('/decode/18.4c96df17.1644609140.2a155db');
    const card = await screen.findByRole('article', {
      name: 'Refused by a rule at Akamai’s edge (code 18)',
    });
    expect(within(card).getByText('2022-02-11 19:52:20 UTC')).toBeTruthy();
  });

  it('says what is wrong with a bad deep link', () => {
    renderApp('/decode/18.4c96df17.1644609140.knfjvdun');
    expect(screen.getByRole('alert').textContent).toBe(
      "This link does not carry a valid reference: request id 'knfjvdun' is not hexadecimal.",
    );
  });

  it('filters the code table by number, name or words', async () => {
    const { user } = renderApp('/codes');
    const rowsNow = () => screen.getAllByRole('row').length - 1;
    // Rows arrive in chunks, the first ones at once; all of them follow.
    expect(rowsNow()).toBeLessThan(241);
    await vi.waitFor(() => expect(rowsNow()).toBe(241), { timeout: 15_000 });
    await user.type(screen.getByLabelText('Filter codes by number, name or words'), 'redirect');
    expect(rowsNow()).toBe(1);
    expect(screen.getByRole('rowheader', { name: '25' })).toBeTruthy();
    expect(screen.getByText('1 of 241 codes match')).toBeTruthy();
  }, 20_000);

  it('shows one code with Oracle’s wording and the disagreement', () => {
    renderApp('/codes/18');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Reason code 18: ERR_ACCESS_DENIED' }),
    ).toBeTruthy();
    expect(screen.getByText(/Do not assume WAF/)).toBeTruthy();
  });

  it('explains an out-of-range code', () => {
    renderApp('/codes/312');
    expect(screen.getByRole('alert').textContent).toMatch(/'312' is not a reason code/);
  });

  it('navigates from one route table: every nav link reaches its page', async () => {
    const { user } = renderApp('/codes');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Decode' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Decode Akamai reference IDs' }),
    ).toBeTruthy();
    await user.click(within(nav).getByRole('link', { name: 'Reason codes' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Akamai reason codes' })).toBeTruthy();
  });

  it('shows a not-found page for an unknown route', () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
