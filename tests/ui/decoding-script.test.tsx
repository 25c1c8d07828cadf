import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// The decoding script is loaded on demand; here its first load fails, as it would offline on a
// page whose files were never cached.
const network = vi.hoisted(() => ({ reachable: false }));
vi.mock('../../src/ui/decoding.ts', async (importOriginal) => {
  if (!network.reachable) throw new Error('decoding script not reachable');
  return importOriginal();
});

describe('the decode screen when its decoding script cannot be loaded', () => {
  it('says so, offers to try again, and decodes once the script loads', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
    await user.paste('Reference #18.4c96df17.1644609140.2a155db');
    expect(
      await screen.findByText(
        'The decoder could not be loaded: this browser cannot reach the app’s files.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('article')).toBeNull();
    network.reachable = true;
    await user.click(screen.getByRole('button', { name: 'Try loading the decoder again' }));
    expect(
      await screen.findByRole('article', { name: 'Refused by a rule at Akamai’s edge (code 18)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Found 1 reference.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Try loading the decoder again' })).toBeNull();
  });
});
