import { useState } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { useEmbedMode } from './embed/useEmbedMode.ts';
import { useHeightReports } from './embed/useHeightReports.ts';
import { appLink } from './links.ts';
import { paths } from './paths.ts';
import { storageStatus } from './storage.ts';
import { ROUTES } from './routes.ts';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

export function App() {
  const [storage] = useState(storageStatus);
  const { embedded, targetOrigin } = useEmbedMode();
  useHeightReports(embedded, targetOrigin);
  const routes = (
    <Routes>
      {ROUTES.map(({ path, page: Page }) => (
        <Route key={path} path={path} element={<Page />} />
      ))}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
  const storageNote = storage === 'unavailable' && (
    <p>Nothing is remembered here: this page may not store anything in this browser.</p>
  );

  if (embedded) {
    return (
      <div className="embedded">
        <main id="main" tabIndex={-1}>
          {routes}
        </main>
        <footer className="embed-footer">
          <p>
            Decoded in this browser; nothing you paste is sent anywhere.{' '}
            <a href={appLink(paths.home)} target="_blank" rel="noopener noreferrer">
              Open the full app
            </a>
          </p>
          {storageNote}
        </footer>
      </div>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        Skip to content
      </a>
      <header className="site-header">
        <p className="site-name">Akamai Reference Decoder</p>
        <nav aria-label="Main">
          <ul>
            {ROUTES.filter((route) => route.nav !== null).map((route) => (
              <li key={route.path}>
                <NavLink to={route.path} end>
                  {route.nav}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {routes}
      </main>
      <footer className="site-footer">
        <p>Everything is decoded in this browser. Nothing you paste is sent anywhere.</p>
        {storageNote}
      </footer>
    </>
  );
}

/** With a hash router, `#main` would be read as a route: move focus instead of navigating. */
function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
