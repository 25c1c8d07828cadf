import { useEffect } from 'react';
import { embedHeightMessage } from '../../core/share/index.ts';

/**
 * Tells the parent page (and no other window) how tall the content is, whenever that changes,
 * so a wiki can size the iframe. Does nothing when the page is not in a frame.
 */
export function useHeightReports(enabled: boolean, targetOrigin: string): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return undefined;
    const content = document.getElementById('root');
    if (content === null) return undefined;
    let reported = -1;
    let frame = 0;
    const report = () => {
      frame = 0;
      const { height } = embedHeightMessage(content.getBoundingClientRect().height);
      if (height === reported) return;
      reported = height;
      window.parent.postMessage(embedHeightMessage(height), targetOrigin);
    };
    const observer = new ResizeObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(report);
    });
    observer.observe(content);
    report();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [enabled, targetOrigin]);
}
