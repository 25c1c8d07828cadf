import { cleanUrl, type UrlOptions } from '../privacy/index.ts';

/**
 * The request a reference was served for: what the SR needs beside the reference (which call,
 * which URL, which answer). Built from a HAR entry or from the log line the reference sits on,
 * and never carrying credentials: query strings are dropped unless asked for, and even then
 * secret-looking parameters are removed.
 */

export interface RequestContext {
  readonly method: string | null;
  /** Scheme, host and path; the query string only when the user asked to keep it. */
  readonly url: string | null;
  readonly host: string | null;
  readonly path: string | null;
  readonly status: number | null;
  /** ISO 8601 UTC, when the HAR says when the request started. */
  readonly startedUtc: string | null;
  /** The server address the browser connected to (HAR `serverIPAddress`). */
  readonly serverIp: string | null;
  readonly from: 'har' | 'log-line' | 'curl-verbose' | 'error-page';
}

/** Akamai's own error pages name the reference; they are not the request that failed. */
const AKAMAI_ERROR_HOSTS = /(?:^|\.)errors\.(?:edgesuite|edgekey)\.net$/i;

const METHOD_AND_TARGET =
  /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s{1,4}(https?:\/\/[^\s"'<>]{1,2000}|\/[^\s"'<>]{0,2000})/;
const ANY_URL = /\bhttps?:\/\/[^\s"'<>]{1,2000}/g;
const LABELLED_STATUS =
  /(?:HTTP\/\d(?:\.\d)?"?\s{1,4}|\bstatus(?:[ _-]?code)?["']?\s{0,4}[:=]\s{0,4}["']?)([1-5]\d\d)\b/i;
/** A bare number is a status only right after the request: `POST /path 403 12ms`. */
const STATUS_AFTER_TARGET = /^"?\s{1,4}([1-5]\d\d)(?![\d.])/;

function isAkamaiErrorUrl(url: string): boolean {
  const clean = cleanUrl(url);
  return clean?.host != null && AKAMAI_ERROR_HOSTS.test(clean.host);
}

/**
 * The request named on a log line, if any: `POST https://host/path … 403`, a combined-log
 * `"GET /path HTTP/1.1" 403`, or just a URL. Null when the line names no request.
 */
export function requestFromLogLine(line: string, options: UrlOptions = {}): RequestContext | null {
  const methodMatch = METHOD_AND_TARGET.exec(line);
  let target = methodMatch?.[2] ?? null;
  if (target !== null && isAkamaiErrorUrl(target)) target = null;
  if (target === null) {
    target =
      [...line.matchAll(ANY_URL)].map((match) => match[0]).find((url) => !isAkamaiErrorUrl(url)) ??
      null;
  }
  const clean = target === null ? null : cleanUrl(target.replace(/[),.;\]]+$/, ''), options);
  if (clean === null) return null;
  const afterTarget =
    methodMatch === null ? '' : line.slice(methodMatch.index + methodMatch[0].length);
  const status = LABELLED_STATUS.exec(line)?.[1] ?? STATUS_AFTER_TARGET.exec(afterTarget)?.[1];
  return {
    method: methodMatch !== null && target === methodMatch[2] ? (methodMatch[1] ?? null) : null,
    url: clean.url,
    host: clean.host,
    path: clean.path,
    status: status === undefined ? null : Number(status),
    startedUtc: null,
    serverIp: null,
    from: 'log-line',
  };
}

/** `HTTP 403`, or a status with its reason phrase (`403 Forbidden`): a status without a URL. */
const STATUS_WITHOUT_URL =
  /\bHTTP\s{1,4}([1-5]\d\d)\b|\b([1-5]\d\d)\s{1,4}(?:Forbidden|Unauthorized|Not Found|Bad Request|Request Timeout|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i;

/**
 * A log line that names no request may still say what the caller got (`ERROR HTTP 403 …
 * Reference #…`, `status=503`): the status alone, so the table and the card show it.
 */
export function statusFromLogLine(line: string): RequestContext | null {
  const match = LABELLED_STATUS.exec(line) ?? STATUS_WITHOUT_URL.exec(line);
  const status = match?.[1] ?? match?.[2];
  if (status === undefined) return null;
  return {
    method: null,
    url: null,
    host: null,
    path: null,
    status: Number(status),
    startedUtc: null,
    serverIp: null,
    from: 'log-line',
  };
}

/** Where a line ends and starts is looked for this far from a reference, and no further. */
export const LINE_CAP = 4000;

/**
 * The line of `text` around `index`, within `[from, to)` and at most `cap` characters either
 * side: the newline search itself stops at the cap, so a minified page with thousands of
 * references on one line costs the same per reference as a log with one per line.
 */
export function lineAround(
  text: string,
  index: number,
  cap = LINE_CAP,
  from = 0,
  to = text.length,
): string {
  const low = Math.max(from, index - cap);
  const high = Math.min(to, index + cap);
  const newlineBefore = text.slice(low, index).lastIndexOf('\n');
  const newlineAfter = text.slice(index, high).indexOf('\n');
  const start = newlineBefore === -1 ? low : low + newlineBefore + 1;
  const end = newlineAfter === -1 ? high : index + newlineAfter;
  return text.slice(start, end);
}
