import { type DecodeOptions, extractLocatedReferences } from '../reference/index.ts';
import { mayHoldCurlSession, requestFromCurlSession } from './curl-session.ts';
import type { FoundReference, FoundExtraction } from './found-reference.ts';
import { cleanUrl, type UrlOptions } from '../privacy/index.ts';
import {
  LINE_CAP,
  lineAround,
  requestFromLogLine,
  statusFromLogLine,
  type RequestContext,
} from './request-context.ts';

/** Akamai's error page names the refused URL a line or two before the reference. */
const ERROR_PAGE_URL = /permission to access "([^"\n]{1,2000})"/g;
const ERROR_PAGE_WINDOW = 1000;

/**
 * A line longer than this is minified (a one-line JSON body or log): each reference then reads
 * only the text between its neighbours, so the work per reference does not grow with the line.
 */
const LONG_LINE = 1000;

interface ErrorPageUrl {
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

/** Every URL an error page names, found in one pass over the text (not once per reference). */
function errorPageUrls(text: string): ErrorPageUrl[] {
  if (!text.includes('permission to access')) return [];
  return [...text.matchAll(ERROR_PAGE_URL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    url: match[1] ?? '',
  }));
}

/** The last error-page URL that ends before `index`, no further back than the look-back. */
function requestFromErrorPage(
  named: ErrorPageUrl | undefined,
  index: number,
  options: UrlOptions,
  from: number,
): RequestContext | null {
  if (named === undefined || named.start < Math.max(from, index - ERROR_PAGE_WINDOW)) return null;
  const clean = cleanUrl(named.url, options);
  if (clean === null) return null;
  return {
    method: null,
    url: clean.url,
    host: clean.host,
    path: clean.path,
    status: null,
    startedUtc: null,
    serverIp: null,
    from: 'error-page',
  };
}

/**
 * Scans plain text: each reference is tied to the request named on its line, else to the
 * `curl -v` exchange it answered, else to the URL its error page names. `lead`: the end of the
 * previous chunk, read for labels and line starts only (see file-analysis).
 */
export function scanText(
  text: string,
  options: DecodeOptions & UrlOptions = {},
  lead = '',
): FoundExtraction {
  const { normalised, located, rejected } = extractLocatedReferences(text, options, lead);
  const named = errorPageUrls(normalised);
  // Looked for once: a text with no curl request line never pays the per-reference look-back.
  const curl = mayHoldCurlSession(normalised);
  let nextNamed = 0;
  // `located` is in first-seen order, so neighbours in the list are neighbours in the text.
  const found: FoundReference[] = located.map(({ reference, firstIndex }, at) => {
    while (nextNamed < named.length && (named[nextNamed]?.end ?? Infinity) <= firstIndex)
      nextNamed += 1;
    let from = 0;
    let line = lineAround(normalised, firstIndex);
    if (line.length > LONG_LINE) {
      from = located[at - 1]?.firstIndex ?? 0;
      const to = located[at + 1]?.firstIndex ?? normalised.length;
      line = lineAround(normalised, firstIndex, LINE_CAP, from, to);
    }
    return {
      reference,
      request:
        requestFromLogLine(line, options) ??
        (curl ? requestFromCurlSession(normalised, firstIndex, options) : null) ??
        requestFromErrorPage(named[nextNamed - 1], firstIndex, options, from) ??
        statusFromLogLine(line),
    };
  });
  return { found, rejected };
}
