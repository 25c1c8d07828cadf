/** Text fitting for narrow places (long URLs in tables), counts as read. Imports no other area. */
export { truncateMiddle, type MiddleTruncation } from './text-fit.ts';
export { formatCount, formatShare } from './counts.ts';
