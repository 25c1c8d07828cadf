/**
 * Registers the offline copy (sw.js, next to index.html, so its scope is the app's own path).
 * Not in development, not in the single-file copy, and never an error where it is refused: a
 * sandboxed iframe with an opaque origin may not even look at `navigator.serviceWorker`.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || __SINGLE_FILE__) return;
  // After the page has loaded: installing fetches every file of the app, which must not compete
  // with the first screen.
  window.addEventListener('load', () => {
    try {
      if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
      navigator.serviceWorker.register('./sw.js').catch(() => undefined);
    } catch {
      // Refused here: the app works the same, only not offline.
    }
  });
}
