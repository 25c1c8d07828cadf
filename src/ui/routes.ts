import type { ComponentType } from 'react';
import { DecodePage } from './pages/DecodePage.tsx';
import { LazyCodePage, LazyCodesPage, LazyDeepLinkPage } from './lazy-decoding.tsx';
import { LazyBookmarkletPage, LazyServiceRequestPage } from './lazy-extras.tsx';
import { LazyRequestsPage } from './requests/LazyRequestsPage.tsx';

export interface AppRoute {
  readonly path: string;
  readonly title: string;
  /** The label in the navigation, or null for a route reached only by link. */
  readonly nav: string | null;
  readonly page: ComponentType;
}

/** The decode screen: kept alive across navigation, so Back returns to the work as it was. */
export const KEPT_ROUTE: AppRoute = {
  path: '/',
  title: 'Decode references',
  nav: 'Decode',
  page: DecodePage,
};

/** The one table that drives the router, the navigation and the page titles. */
export const ROUTES: readonly AppRoute[] = [
  KEPT_ROUTE,
  { path: '/embed', title: 'Decode references', nav: null, page: DecodePage },
  { path: '/decode/:reference', title: 'Decoded reference', nav: null, page: LazyDeepLinkPage },
  {
    path: '/service-request',
    title: 'Service request',
    nav: 'Service request',
    page: LazyServiceRequestPage,
  },
  {
    path: '/requests',
    title: 'Allowlist and network requests',
    nav: 'Network requests',
    page: LazyRequestsPage,
  },
  { path: '/codes', title: 'Reason codes', nav: 'Reason codes', page: LazyCodesPage },
  { path: '/codes/:code', title: 'Reason code', nav: null, page: LazyCodePage },
  { path: '/bookmarklet', title: 'Bookmarklet', nav: 'Bookmarklet', page: LazyBookmarkletPage },
];
