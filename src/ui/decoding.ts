/**
 * The decoding half of the app, a classic script loaded on demand (see lazy-decoding.tsx): the
 * reason-code table and its guidance, decoding small texts on the page, the reference cards, the
 * code pages and the page's own batch. The first screen (paste box, file drop, navigation) shows
 * without it; it is fetched once the page is idle, or at once when text arrives or a code page
 * opens. Large texts and files are decoded by the workers, which carry their own copy of the core.
 */
export { analysePastedText } from '../core/index.ts';
export { DecodeResults } from './components/DecodeResults.tsx';
export { CodesPage } from './pages/CodesPage.tsx';
export { CodePage } from './pages/CodePage.tsx';
export { DeepLinkPage } from './pages/DeepLinkPage.tsx';
export { makePageBatch } from './files/page-batch.ts';
