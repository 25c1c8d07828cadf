import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/ui/App.tsx';

/** Renders the whole app at a route, as a user arriving at `#<path>` would see it. */
export function renderApp(path = '/') {
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <App />
    </MemoryRouter>,
  );
  return { user, ...view };
}

/** As `renderApp`, for screens loaded on demand: resolves once the screen has replaced "Loading…". */
export async function renderLoadedApp(path: string) {
  const view = renderApp(path);
  await waitForLoaded();
  return view;
}

export async function waitForLoaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}
