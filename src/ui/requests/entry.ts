/**
 * The allowlist and network requests screen, loaded on demand as a script of its own: it carries
 * the X.509 parser (PKI.js) and the address library, which no other screen needs.
 */
export { RequestsPage } from './RequestsPage.tsx';
