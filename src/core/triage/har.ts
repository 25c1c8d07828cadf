import type { Entry, Header } from 'har-format';
import {
  type DecodeOptions,
  extractLocatedReferences,
  type RejectedCandidate,
} from '../reference/index.ts';
import { cleanUrl, findSecrets, type UrlOptions } from '../privacy/index.ts';
import { formatCount } from '../text/index.ts';
import { isoUtcFromMs } from '../time/index.ts';
import type { FoundReference } from './found-reference.ts';
import { parseHarInPieces } from './har-parse.ts';
import type { RequestContext } from './request-context.ts';

/**
 * HAR files (the browser's network recording) carry every cookie and token of the session: a
 * support breach in 2023 came from exactly these. Only references and the request they answered
 * are kept; credentials are counted so the user can be told they were dropped, never stored.
 */
export interface DroppedCredentials {
  readonly cookies: number;
  readonly authorizationHeaders: number;
  readonly tokens: number;
  readonly requestBodies: number;
}

export interface HarAnalysis {
  readonly entries: number;
  readonly entriesWithReferences: number;
  readonly found: FoundReference[];
  readonly rejected: RejectedCandidate[];
  readonly dropped: DroppedCredentials;
  /** Entries that could not be read, each named by its number (1-based) and what it lacks. */
  readonly problems: string[];
}

export type HarResult =
  | { readonly ok: true; readonly analysis: HarAnalysis }
  | { readonly ok: false; readonly reason: string };

export type HarOptions = DecodeOptions & UrlOptions;

const COOKIE_HEADER = /^(?:set-)?cookie2?$/i;
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i;
const TOKEN_HEADER = /(?:token|secret|session|api[-_]?key|auth|csrf|xsrf|signature)/i;
const TEXTUAL_MIME =
  /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript|x-www-form-urlencoded))/i;
const MAX_PROBLEMS_LISTED = 5;

interface MutableDropped {
  cookies: number;
  authorizationHeaders: number;
  tokens: number;
  requestBodies: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headersOf(message: Record<string, unknown>): Header[] {
  const headers = message.headers;
  if (!Array.isArray(headers)) return [];
  return headers.filter(
    (header): header is Header =>
      isRecord(header) && typeof header.name === 'string' && typeof header.value === 'string',
  );
}

/** Headers safe to read for references; the rest are counted as dropped. */
function keptHeaderText(headers: readonly Header[], dropped: MutableDropped): string {
  const kept: string[] = [];
  for (const { name, value } of headers) {
    if (COOKIE_HEADER.test(name)) dropped.cookies += 1;
    else if (AUTHORIZATION_HEADER.test(name)) dropped.authorizationHeaders += 1;
    else if (TOKEN_HEADER.test(name) || findSecrets(value).length > 0) dropped.tokens += 1;
    else kept.push(`${name}: ${value}`);
  }
  return kept.join('\n');
}

function countRequestCredentials(request: Record<string, unknown>, dropped: MutableDropped): void {
  keptHeaderText(headersOf(request), dropped);
  if (Array.isArray(request.cookies)) dropped.cookies += request.cookies.length;
  if (isRecord(request.postData)) dropped.requestBodies += 1;
  if (typeof request.url === 'string') {
    // Counted whether or not the query is kept: they are never kept.
    const clean = cleanUrl(request.url, { keepQuery: true });
    dropped.tokens += (clean?.removedParameters ?? 0) + (clean?.removedUserinfo ? 1 : 0);
  }
}

function bodyText(content: unknown): string {
  if (!isRecord(content) || typeof content.text !== 'string') return '';
  if (content.encoding !== 'base64') return content.text;
  const mimeType = typeof content.mimeType === 'string' ? content.mimeType : '';
  if (!TEXTUAL_MIME.test(mimeType)) return '';
  try {
    const binary = atob(content.text);
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return '';
  }
}

function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : isoUtcFromMs(time);
}

function serverIpOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ip = value.replace(/^\[|\]$/g, '');
  return /^[0-9a-f.:]{2,45}$/i.test(ip) ? ip : null;
}

/** What is wrong with an entry, or null when it can be read. */
function entryProblem(entry: unknown): string | null {
  if (!isRecord(entry)) return 'is not an object';
  if (!isRecord(entry.request)) return 'has no request';
  if (typeof entry.request.url !== 'string') return 'has a request without a URL';
  if (!isRecord(entry.response)) return 'has no response';
  return null;
}

function requestContext(entry: Entry, options: UrlOptions): RequestContext {
  const clean = cleanUrl(entry.request.url, options);
  const status = typeof entry.response.status === 'number' ? entry.response.status : 0;
  return {
    method: typeof entry.request.method === 'string' ? entry.request.method.toUpperCase() : null,
    url: clean?.url ?? null,
    host: clean?.host ?? null,
    path: clean?.path ?? null,
    // 0 is how browsers record a request that got no answer (blocked, cancelled).
    status: status > 0 ? status : null,
    startedUtc: isoOrNull(entry.startedDateTime),
    serverIp: serverIpOf(entry.serverIPAddress),
    from: 'har',
  };
}

/** Entries read between two pauses of `analyseHarInSlices`: well under 200 ms of work. */
const HAR_SLICE_ENTRIES = 500;

/** The reading itself; yields after every slice of entries so a caller can let the page breathe. */
function* readHar(text: string, options: HarOptions): Generator<void, HarResult> {
  const parsed = yield* parseHarInPieces(text);
  if (!parsed.ok) return parsed;
  const har = parsed.value;
  if (!isRecord(har) || !isRecord(har.log)) {
    return { ok: false, reason: 'is JSON but not a HAR: it has no "log" object' };
  }
  if (!Array.isArray(har.log.entries)) {
    return { ok: false, reason: 'is not a complete HAR: "log.entries" is missing or not a list' };
  }
  const entries: unknown[] = har.log.entries;
  const dropped: MutableDropped = {
    cookies: 0,
    authorizationHeaders: 0,
    tokens: 0,
    requestBodies: 0,
  };
  const found: FoundReference[] = [];
  const rejected: RejectedCandidate[] = [];
  const problems: string[] = [];
  let entriesWithReferences = 0;
  for (let index = 0; index < entries.length; index += 1) {
    if (index > 0 && index % HAR_SLICE_ENTRIES === 0) yield;
    const raw = entries[index];
    const problem = entryProblem(raw);
    if (problem !== null) {
      problems.push(`entry ${index + 1} ${problem}`);
      continue;
    }
    const entry = raw as Entry;
    const request = entry.request as unknown as Record<string, unknown>;
    const response = entry.response as unknown as Record<string, unknown>;
    countRequestCredentials(request, dropped);
    if (Array.isArray(response.cookies)) dropped.cookies += response.cookies.length;
    const responseText = `${keptHeaderText(headersOf(response), dropped)}\n${bodyText(response.content)}`;
    const extraction = extractLocatedReferences(responseText, options);
    rejected.push(...extraction.rejected);
    if (extraction.located.length === 0) continue;
    entriesWithReferences += 1;
    const context = requestContext(entry, options);
    for (const { reference } of extraction.located) found.push({ reference, request: context });
  }
  if (problems.length === entries.length && problems.length > 0) {
    return { ok: false, reason: `has no readable entry: ${summariseProblems(problems)}` };
  }
  return {
    ok: true,
    analysis: {
      entries: entries.length,
      entriesWithReferences,
      found,
      rejected,
      dropped,
      problems,
    },
  };
}

/**
 * Reads a HAR file: every entry whose response (headers or body) carries a reference is tied
 * to its request. Names what is wrong with a malformed file instead of failing silently.
 */
export function analyseHar(text: string, options: HarOptions = {}): HarResult {
  const reading = readHar(text, options);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/**
 * The same reading, awaiting `pause` after every slice of entries: on the main thread (no
 * worker) a 40 MB HAR then blocks the page only for its JSON.parse, not for every entry.
 */
export async function analyseHarInSlices(
  text: string,
  options: HarOptions,
  pause: () => void | Promise<void>,
): Promise<HarResult> {
  const reading = readHar(text, options);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The first few problems in full and a count of the rest, so one message stays readable. */
export function summariseProblems(problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED).join('; ');
  const more = problems.length - MAX_PROBLEMS_LISTED;
  return more > 0 ? `${listed}; and ${formatCount(more)} more` : listed;
}

/** "3 cookies, 1 Authorization header and 2 token-looking values", or null when none. */
export function describeDropped(dropped: DroppedCredentials): string | null {
  const parts = [
    [dropped.cookies, 'cookie', 'cookies'],
    [dropped.authorizationHeaders, 'Authorization header', 'Authorization headers'],
    [dropped.tokens, 'token-looking value', 'token-looking values'],
    [dropped.requestBodies, 'request body', 'request bodies'],
  ] as const;
  const named = parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  if (named.length === 0) return null;
  const last = named.pop();
  return named.length === 0 ? (last ?? null) : `${named.join(', ')} and ${last}`;
}
