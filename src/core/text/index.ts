/** Text fitting for narrow places (long URLs in tables). Imports no other area. */
export { truncateMiddle, type MiddleTruncation } from './text-fit.ts';
