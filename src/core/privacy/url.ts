import { scrubSecrets } from './credentials.ts';

/**
 * URLs as the app shows and exports them (cards, the batch table, CSV and JSON): never with a
 * user name or password, a session ID in the path, or a secret-looking query parameter.
 */

export interface UrlOptions {
  /** Keep the query string (secret-looking parameters are still removed). */
  readonly keepQuery?: boolean;
}

export const REMOVED_PARAMETER = '[removed]';

/**
 * Query parameter names that carry credentials or signed access: OAuth, SAML, Akamai token
 * auth (`hdnts`, `hdnea`), S3 and CAS (`X-Amz-Signature`, `ticket`). Over-removal is harmless
 * here: the query string is only kept when the user asks for it.
 */
const SECRET_PARAMETER =
  /(?:token|secret|pass(?:word|wd)?|pwd|auth|session|sid|key|sig(?:nature)?|code|credential|jwt|saml|hdnts|hdnea|ticket|hmac|otp)/i;

export interface CleanUrl {
  readonly url: string;
  readonly host: string | null;
  readonly path: string;
  /** Query and path parameters removed because they look like credentials. */
  readonly removedParameters: number;
  /** Whether a user name or password was in the URL (it never is in `url`). */
  readonly removedUserinfo: boolean;
}

function isSecretParameter(name: string, value: string): boolean {
  return SECRET_PARAMETER.test(name) || scrubSecrets(value).removed.length > 0;
}

function cleanQuery(search: string): { query: string; removed: number } {
  const parameters = new URLSearchParams(search);
  let removed = 0;
  for (const [name, value] of [...parameters]) {
    if (isSecretParameter(name, value)) {
      parameters.set(name, REMOVED_PARAMETER);
      removed += 1;
    }
  }
  const query = parameters.toString();
  return { query: query === '' ? '' : `?${query}`, removed };
}

/** A path without `;jsessionid=...` and the like, and without tokens written into it. */
function cleanPath(path: string): { path: string; removed: number } {
  const { text, removed } = scrubSecrets(path, REMOVED_PARAMETER);
  return { path: text, removed: removed.reduce((sum, finding) => sum + finding.count, 0) };
}

/**
 * User, password, fragment and secret path parameters always go; the query unless `keepQuery`,
 * and even then its secret-looking parameters. Null if not an http(s) URL or a path.
 */
export function cleanUrl(raw: string, options: UrlOptions = {}): CleanUrl | null {
  const trimmed = raw.trim();
  // `//host/path` is a URL without its scheme; `/path` is a path on the same host.
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) {
    const [rawPath = '/', search = ''] = trimmed.split(/[?#]/, 2);
    const hasQuery = /^[^#]*\?/.test(trimmed);
    const { query, removed } =
      options.keepQuery && hasQuery ? cleanQuery(search) : { query: '', removed: 0 };
    const path = cleanPath(rawPath);
    return {
      url: path.path + query,
      host: null,
      path: path.path,
      removedParameters: removed + path.removed,
      removedUserinfo: false,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const { query, removed } = options.keepQuery
    ? cleanQuery(parsed.search)
    : { query: '', removed: 0 };
  const path = cleanPath(parsed.pathname);
  const scheme = trimmed.startsWith('//') ? '' : parsed.protocol;
  return {
    url: `${scheme}//${parsed.host}${path.path}${query}`,
    host: parsed.hostname,
    path: path.path,
    removedParameters: removed + path.removed,
    removedUserinfo: parsed.username !== '' || parsed.password !== '',
  };
}
