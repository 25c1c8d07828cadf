import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import errorPage from '../../fixtures/akamai-access-denied.html?raw';
import { renderApp } from '../render-app.tsx';

const pasteBox = () => screen.getByLabelText('Paste reference IDs or any text containing them');

describe('the decode screen', () => {
  it('decodes a pasted, entity-encoded Akamai error page into one card', async () => {
    const { user } = renderApp('/');
    await user.click(pasteBox());
    await user.paste(errorPage);

    const card = await screen.findByRole('article', {
      name: 'Refused by a rule at Akamai’s edge (code 18)',
    });
    const inCard = within(card);
    expect(inCard.getByText('18.4c96df17.1644609140.2a155db')).toBeInTheDocument();
    expect(inCard.getByText('2022-02-11 19:52:20 UTC')).toBeInTheDocument();
    expect(inCard.getByText(/^23\.223\.150\.76/)).toBeInTheDocument();
    expect(inCard.getByText('a23-223-150-76.deploy.akamaitechnologies.com')).toBeInTheDocument();
    expect(inCard.getByText('44127707')).toBeInTheDocument();
    expect(
      inCard.getByText(/2 times, after “Reference #” and “errors\.edgesuite\.net\/”/),
    ).toBeInTheDocument();
    expect(inCard.getByText(/Akamai's logs are probably gone/)).toBeInTheDocument();
    expect(inCard.getByText('Request was blocked by WAF')).toBeInTheDocument();
    expect(
      inCard.getByText(/^Oracle: a security rule on Oracle's Akamai property/),
    ).toBeInTheDocument();
    expect(screen.getByText('Found 1 reference.').getAttribute('role')).toBe('status');
  });

  it('lists look-alikes with the field and the rule they break', async () => {
    const { user } = renderApp('/');
    await user.click(pasteBox());
    await user.paste(
      'Reference ID: 18.4f6c1a3b.1756192800.knfjvdun and #312.4c96df17.1644609140.2a155db',
    );

    const rejected = await screen.findByRole('region', { name: 'Not valid references (2)' });
    expect(
      within(rejected).getByText(/request id 'knfjvdun' is not hexadecimal/),
    ).toBeInTheDocument();
    expect(within(rejected).getByText(/reason code 312 is outside 0-255/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('says so when the text holds no reference', async () => {
    const { user } = renderApp('/');
    await user.click(pasteBox());
    await user.paste('HTTP/1.1 500 Internal Server Error');
    expect(await screen.findByText(/No reference found/)).toBeInTheDocument();
  });

  it('offers a clickable example in the empty state', async () => {
    const { user } = renderApp('/');
    expect(screen.getByRole('heading', { name: 'What to paste' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Try an example/ }));
    expect(
      await screen.findByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What to paste' })).toBeNull();
  });

  it('copies the canonical reference and confirms it', async () => {
    const { user } = renderApp('/');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(pasteBox());
    await user.paste('REFERENCE #18.4C96DF17.1644609140.2A155DB');
    await user.click(
      await screen.findByRole('button', { name: 'Copy reference 18.4c96df17.1644609140.2a155db' }),
    );
    expect(writeText).toHaveBeenCalledWith('18.4c96df17.1644609140.2a155db');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('shows a GRN as a request id tied to its error', async () => {
    const { user } = renderApp('/');
    await user.click(pasteBox());
    await user.paste(
      'Akamai-GRN: 0.4c96df17.1644609140.2a155db\nReference #18.4c96df17.1644609140.2a155db',
    );
    const grn = await screen.findByRole('article', {
      name: 'Akamai GRN: a request id, not an error',
    });
    expect(within(grn).getByText('18.4c96df17.1644609140.2a155db')).toBeInTheDocument();
  });

  it('links a card to its reason code page', async () => {
    const { user } = renderApp('/');
    await user.click(pasteBox());
    await user.paste('#102.4c96df17.1644609140.2a155db');
    await user.click(await screen.findByRole('link', { name: 'About code 102' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reason code 102: ERR_NO_GOOD_FWD_IP' }),
    ).toBeInTheDocument();
    // The decode screen stays in the page, hidden, for Back: only the code page's text is shown.
    const shown = screen
      .getAllByText(/DNS failures have their own codes/)
      .filter((element) => element.closest('[hidden]') === null);
    expect(shown).toHaveLength(1);
  });
});
