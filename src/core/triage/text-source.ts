import { extractLocatedReferences } from '../extract.ts';
import type { DecodeOptions } from '../reference-types.ts';
import type { FoundReference, SourceFindings } from './found-reference.ts';
import {
  cleanUrl,
  lineAround,
  requestFromLogLine,
  statusFromLogLine,
  type RequestContext,
  type UrlOptions,
} from './request-context.ts';

/** Akamai's error page names the refused URL a line or two before the reference. */
const ERROR_PAGE_URL = /permission to access "([^"\n]{1,2000})"/g;
const ERROR_PAGE_WINDOW = 1000;

function requestFromErrorPage(
  text: string,
  index: number,
  options: UrlOptions,
): RequestContext | null {
  const before = text.slice(Math.max(0, index - ERROR_PAGE_WINDOW), index);
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

/** Scans plain text: each reference is tied to the request named on its line, if any. */
export function scanText(text: string, options: DecodeOptions & UrlOptions = {}): SourceFindings {
  const { normalised, located, rejected } = extractLocatedReferences(text, options);
  const found: FoundReference[] = located.map(({ reference, firstIndex }) => ({
    reference,
    request:
      requestFromLogLine(lineAround(normalised, firstIndex), options) ??
      requestFromErrorPage(normalised, firstIndex, options) ??
      statusFromLogLine(lineAround(normalised, firstIndex)),
  }));
  return { found, rejected };
}
