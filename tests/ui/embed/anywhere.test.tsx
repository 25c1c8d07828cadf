import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, renderLoadedApp } from '../render-app.tsx';

const SEED = '18.4c96df17.1644609140.2a155db';

describe('screens for use anywhere', () => {
  it('embed mode drops the site chrome and keeps it off when following links', async () => {
    const { user } = renderApp('/embed');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open the full app' }).getAttribute('target')).toBe(
      '_blank',
    );
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste(SEED);
    await user.click(await screen.findByRole('link', { name: 'About code 18' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reason code 18: ERR_ACCESS_DENIED' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('a refs link puts its references in the box and decodes them', async () => {
    renderApp(`/?refs=${SEED},30.74c47b68.1626182696.201415a4`);
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(
      (
        screen.getByLabelText(
          'Paste reference IDs or any text containing them',
        ) as HTMLTextAreaElement
      ).value,
    ).toBe(`${SEED}\n30.74c47b68.1626182696.201415a4`);
  });

  it('the bookmarklet page offers a javascript: link made for this address', async () => {
    await renderLoadedApp('/bookmarklet');
    // Its javascript: address is set just after render, outside React.
    const link = await screen.findByRole('link', { name: 'Decode Akamai references' });
    expect(link.getAttribute('href')).toMatch(/^javascript:/);
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain(
      JSON.stringify(window.location.href.split('#')[0]),
    );
  });
});
