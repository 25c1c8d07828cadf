/**
 * Screens loaded on demand, as a second classic script: the first screen stays small, and a
 * classic script (unlike a module) also loads in an opaque-origin sandboxed iframe.
 */
export { BatchView } from './batch/BatchView.tsx';
export { ServiceRequestPage } from './pages/ServiceRequestPage.tsx';
export { BookmarkletPage } from './pages/BookmarkletPage.tsx';
