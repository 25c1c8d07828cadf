import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app.tsx';

const pasteBox = () =>
  screen.getByLabelText<HTMLTextAreaElement>('Paste reference IDs or any text containing them');

describe('large input', () => {
  it('decodes a large paste in full without putting it in the box, and clears it', async () => {
    const { user } = renderApp('/');
    const log = `${'2026-11-28T10:00:00Z INFO ok\n'.repeat(10_000)}Reference #18.4c96df17.1644609140.2a155db`;
    await user.click(pasteBox());
    await user.paste(log);

    expect(
      await screen.findByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Pasted 283 KB \(290,041 characters\): decoded in full below/),
    ).toBeInTheDocument();
    expect(pasteBox().value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Clear the pasted text' }));
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('heading', { name: 'What to paste' })).toBeInTheDocument();
  });

  it('keeps a small paste in the box', async () => {
    const { user } = renderApp('/');
    await user.click(pasteBox());
    await user.paste('Reference #18.4c96df17.1644609140.2a155db');
    expect(pasteBox().value).toBe('Reference #18.4c96df17.1644609140.2a155db');
  });

  it('renders many references a page at a time', async () => {
    const { user } = renderApp('/');
    const references = Array.from(
      { length: 30 },
      (_, index) => `#18.4c96df17.1644609140.${(index + 1).toString(16)}`,
    ).join('\n');
    await user.click(pasteBox());
    await user.paste(references);

    // Thirty references make a batch: the cards are folded under the table, one click away.
    await user.click(await screen.findByText('One card per reference (30)'));
    const list = await screen.findByRole('list', { name: 'Decoded references' });
    expect(within(list).getAllByRole('article')).toHaveLength(25);
    expect(screen.getByText(/Showing 25 of 30 references/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(within(list).getAllByRole('article')).toHaveLength(30);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
  });
});
