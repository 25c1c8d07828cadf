/**
 * Screens loaded on demand, as a second classic script: the first screen stays small, and a
 * classic script (unlike a module) also loads in an opaque-origin sandboxed iframe. With them,
 * the file reader for pages where no worker may start (the worker carries its own copy).
 */
export { BatchView } from './batch/BatchView.tsx';
export { ServiceRequestPage } from './pages/ServiceRequestPage.tsx';
export { BookmarkletPage } from './pages/BookmarkletPage.tsx';
export { runFileJob } from './files/file-job.ts';
