import { useEffect, useState } from 'react';

/**
 * How many items of a long list to render now: `first` at once, then `step` more per task until
 * `total`. Layout of a big table is not time-sliced, so one large commit is one long task.
 */
export function useProgressiveCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return undefined;
    const timer = setTimeout(() => setCount((current) => current + step), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
