import type { ComponentType } from 'react';
import type { Params } from 'react-router';
import { DecodePage } from './pages/DecodePage.tsx';
import { LazyCodePage, LazyCodesPage, LazyDeepLinkPage } from './lazy-decoding.tsx';
import { LazyBookmarkletPage, LazyServiceRequestPage } from './lazy-extras.tsx';
import { LazyRequestsPage } from './requests/LazyRequestsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { truncateMiddle } from '../core/text/index.ts';

/** A link can carry any text: the tab shows enough of it to tell tabs apart. */
const TITLE_PARAM_LIMIT = 60;

/** A page's title, fixed or made from the route's parameters (`/codes/:code` -> "Reason code 18"). */
export type RouteTitle = string | ((params: Readonly<Params>) => string);

export interface AppRoute {
  readonly path: string;
  /** The document title (before the app's name), set when the page is shown. */
  readonly title: RouteTitle;
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
  {
    path: '/decode/:reference',
    title: ({ reference = '' }) => `Reference ${truncateMiddle(reference, TITLE_PARAM_LIMIT).text}`,
    nav: null,
    page: LazyDeepLinkPage,
  },
  {
    path: '/service-request',
    title: 'Draft a service request',
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
  {
    path: '/codes/:code',
    title: ({ code = '' }) => `Reason code ${code}`,
    nav: null,
    page: LazyCodePage,
  },
  { path: '/bookmarklet', title: 'Bookmarklet', nav: 'Bookmarklet', page: LazyBookmarkletPage },
  { path: '*', title: 'Page not found', nav: null, page: NotFoundPage },
];

export function routeTitle(route: AppRoute, params: Readonly<Params>): string {
  return typeof route.title === 'string' ? route.title : route.title(params);
}
