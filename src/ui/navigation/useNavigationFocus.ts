import { useEffect, useLayoutEffect, useRef } from 'react';

/** How long to wait for a page that loads on demand to show its heading. */
const HEADING_WAIT_MS = 10_000;

function visibleHeading(): HTMLElement | null {
  const headings = document.querySelectorAll<HTMLElement>('main h1');
  return [...headings].find((heading) => heading.closest('[hidden]') === null) ?? null;
}

function focusHeading(heading: HTMLElement, preventScroll: boolean) {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll });
}

/** Focuses the page's heading once it is there (a page loaded on demand shows it a moment later). */
function focusHeadingWhenShown(): () => void {
  const heading = visibleHeading();
  if (heading !== null) {
    focusHeading(heading, false);
    return () => undefined;
  }
  const main = document.querySelector('main');
  if (main === null) return () => undefined;
  const observer = new MutationObserver(() => {
    const shown = visibleHeading();
    if (shown === null) return;
    stop();
    focusHeading(shown, false);
  });
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

/**
 * On every change of page: focus moves to the new page's heading, so keyboard and screen-reader
 * users start there rather than on <body>, and the page starts at its top. The page kept alive
 * (the decode screen, `keptPath`) gets back its scroll position and the control last focused on
 * it, so Back after "About code 18" lands where the person left.
 */
export function useNavigationFocus(pathname: string, keptPath: string | null): void {
  const previous = useRef(pathname);
  const onKept = useRef(pathname === keptPath);
  const keptScroll = useRef(0);
  const keptFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // The app restores positions itself; the browser's own restoring would fight it.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const remember = () => {
      if (onKept.current) keptScroll.current = window.scrollY;
    };
    const rememberFocus = (event: FocusEvent) => {
      if (onKept.current && event.target instanceof HTMLElement) keptFocus.current = event.target;
    };
    window.addEventListener('scroll', remember, { passive: true });
    document.addEventListener('focusin', rememberFocus);
    return () => {
      window.removeEventListener('scroll', remember);
      document.removeEventListener('focusin', rememberFocus);
    };
  }, []);

  useLayoutEffect(() => {
    if (previous.current === pathname) return undefined;
    previous.current = pathname;
    onKept.current = pathname === keptPath;
    if (onKept.current) {
      window.scrollTo(0, keptScroll.current);
      const focused = keptFocus.current;
      if (focused !== null && focused.isConnected && focused.closest('[hidden]') === null) {
        focused.focus({ preventScroll: true });
      } else {
        const heading = visibleHeading();
        if (heading !== null) focusHeading(heading, true);
      }
      return undefined;
    }
    window.scrollTo(0, 0);
    return focusHeadingWhenShown();
  }, [pathname, keptPath]);
}
