import { extractLocatedReferences } from '../extract.ts';
import type { DecodeOptions } from '../reference-types.ts';
import type { FoundReference, SourceFindings } from './found-reference.ts';
import { cleanUrl, type UrlOptions } from '../privacy/index.ts';
import {
  LINE_CAP,
  lineAround,
  requestFromLogLine,
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

function requestFromErrorPage(
  text: string,
  index: number,
  options: UrlOptions,
  from: number,
): RequestContext | null {
  const before = text.slice(Math.max(from, index - ERROR_PAGE_WINDOW), index);
  const url = [...before.matchAll(ERROR_PAGE_URL)].pop()?.[1];
  const clean = url === undefined ? null : cleanUrl(url, options);
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
 * Scans plain text: each reference is tied to the request named on its line, if any. `lead`:
 * the end of the previous chunk, read for labels and line starts only (see file-analysis).
 */
export function scanText(
  text: string,
  options: DecodeOptions & UrlOptions = {},
  lead = '',
): SourceFindings {
  const { normalised, located, rejected } = extractLocatedReferences(text, options, lead);
  // `located` is in first-seen order, so neighbours in the list are neighbours in the text.
  const found: FoundReference[] = located.map(({ reference, firstIndex }, at) => {
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
        requestFromErrorPage(normalised, firstIndex, options, from),
    };
  });
  return { found, rejected };
}
