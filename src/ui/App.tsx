import { useState } from 'react';
import { NavLink, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { useEmbedMode } from './embed/useEmbedMode.ts';
import { useHeightReports } from './embed/useHeightReports.ts';
import { appLink } from './links.ts';
import { PageActiveContext } from './navigation/page-active.ts';
import { RESULTS_ID } from './navigation/results-target.ts';
import { useNavigationFocus } from './navigation/useNavigationFocus.ts';
import { paths } from './paths.ts';
import { storageStatus } from './storage.ts';
import { KEPT_ROUTE, ROUTES, routeTitle, type AppRoute } from './routes.ts';
import { useDocumentTitle } from './hooks/useDocumentTitle.ts';

export function App() {
  const [storage] = useState(storageStatus);
  const { embedded, targetOrigin } = useEmbedMode();
  useHeightReports(embedded, targetOrigin);
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const keptPath = embedded ? null : KEPT_ROUTE.path;
  const onKept = pathname === keptPath;
  // The decode screen stays mounted (hidden) once opened: Back and forward find the paste, the
  // cards, the dropped files' batch, the filters and the selection as they were, all in memory.
  // A new link carrying references (`?refs=`) starts it afresh.
  const linkedRefs = searchParams.get('refs') ?? '';
  const [keptKey, setKeptKey] = useState<string | null>(onKept ? linkedRefs : null);
  if (onKept && (keptKey === null || (linkedRefs !== '' && linkedRefs !== keptKey))) {
    setKeptKey(linkedRefs);
  }
  useNavigationFocus(pathname, keptPath);

  const routes = (
    <Routes>
      {ROUTES.map((route) => (
        <Route
          key={route.path}
          path={route.path}
          element={route.path === keptPath ? null : <RoutePage route={route} />}
        />
      ))}
    </Routes>
  );
  const kept = keptPath !== null && keptKey !== null && (
    <div hidden={!onKept}>
      <PageActiveContext.Provider value={onKept}>
        <RoutePage key={keptKey} route={KEPT_ROUTE} />
      </PageActiveContext.Provider>
    </div>
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
      <a className="skip-link" href="#main" onClick={(event) => focusTarget(event, 'main')}>
        Skip to content
      </a>
      {onKept && (
        <a
          className="skip-link"
          href={`#${RESULTS_ID}`}
          onClick={(event) => focusTarget(event, RESULTS_ID)}
        >
          Skip to results
        </a>
      )}
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
        {kept}
      </main>
      <footer className="site-footer">
        <p>Everything is decoded in this browser. Nothing you paste is sent anywhere.</p>
        {storageNote}
      </footer>
    </>
  );
}

/** A route's page under the title the route table gives it. */
function RoutePage({ route }: { readonly route: AppRoute }) {
  const params = useParams();
  useDocumentTitle(routeTitle(route, params));
  const Page = route.page;
  return <Page />;
}

/** With a hash router, `#main` would be read as a route: move focus instead of navigating. */
function focusTarget(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'start' });
}
