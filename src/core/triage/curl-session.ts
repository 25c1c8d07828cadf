import { cleanUrl, type UrlOptions } from '../privacy/index.ts';
import type { RequestContext } from './request-context.ts';

/**
 * A `curl -v` transcript names the request on `>` lines and the answer on `<` lines, several
 * lines before the error page that carries the reference. This reads the exchange that ends
 * nearest before the reference: its request line, its Host header and its status line.
 */

/** How far back from the reference an exchange may start: a deny page is a few kilobytes. */
const CURL_WINDOW = 16_000;
const REQUEST_LINE =
  /^> (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S{1,2000}) HTTP\/[\d.]{1,3}\s*$/gm;
const HOST_HEADER = /^> host:\s{0,4}(\S{1,300})\s*$/im;
const STATUS_LINE = /^< HTTP\/[\d.]{1,3} ([1-5]\d\d)\b/m;
/** curl says which address it connected to; with Akamai that is the edge server. */
/** curl's last words on an exchange: a reference after them belongs to something else. */
const EXCHANGE_END = /^\* (?:Connection #\d{1,6} to host .{0,300}left intact|Closing connection)/m;
const CONNECTED_TO = /^\* {1,2}(?:Connected to \S{1,300} \(|Trying )([0-9a-f.:]{3,45})\)?/gim;

const ANY_REQUEST_LINE = /^> (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /m;

/** Whether `text` holds a `curl -v` request line at all: one scan per text, not per reference. */
export function mayHoldCurlSession(text: string): boolean {
  return ANY_REQUEST_LINE.test(text);
}

export function requestFromCurlSession(
  text: string,
  index: number,
  options: UrlOptions = {},
): RequestContext | null {
  const start = Math.max(0, index - CURL_WINDOW);
  const before = text.slice(start, index);
  const requestLines = [...before.matchAll(REQUEST_LINE)];
  const last = requestLines.at(-1);
  if (last === undefined) return null;
  const [, method = '', target = ''] = last;
  const exchange = before.slice(last.index);
  if (EXCHANGE_END.test(exchange)) return null;
  const host = HOST_HEADER.exec(exchange)?.[1] ?? null;
  const absolute = target.startsWith('/') && host !== null ? `https://${host}${target}` : target;
  const clean = cleanUrl(absolute, options);
  if (clean === null) return null;
  const status = STATUS_LINE.exec(exchange)?.[1];
  const connected = [...before.slice(0, last.index).matchAll(CONNECTED_TO)].at(-1)?.[1] ?? null;
  return {
    method,
    url: clean.url,
    host: clean.host,
    path: clean.path,
    status: status === undefined ? null : Number(status),
    startedUtc: null,
    serverIp: connected,
    from: 'curl-verbose',
  };
}
