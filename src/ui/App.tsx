import { useState } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { storageStatus } from './storage.ts';
import { ROUTES } from './routes.ts';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

export function App() {
  const [storage] = useState(storageStatus);
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
        <Routes>
          {ROUTES.map(({ path, page: Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <footer className="site-footer">
        <p>Everything is decoded in this browser. Nothing you paste is sent anywhere.</p>
        {storage === 'unavailable' && (
          <p>Nothing is remembered here: this page may not store anything in this browser.</p>
        )}
      </footer>
    </>
  );
}

/** With a hash router, `#main` would be read as a route: move focus instead of navigating. */
function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
