/**
 * The one credential detector. Pasted text, dropped files, HAR and log URLs and every field of
 * the service-request form go through it before anything is drafted, shown, stored or exported.
 * HAR files and header dumps carry all of these; a support breach in 2023 came from session
 * cookies in uploaded HAR files.
 *
 * Detection and removal are the same pass: `findSecrets` counts exactly what `scrubSecrets`
 * replaces, so the app never claims a removal that did not happen (nor misses one it made).
 */

export type SecretKind =
  | 'private-key'
  | 'authorization-header'
  | 'cookie'
  | 'bearer-token'
  | 'basic-credentials'
  | 'jwt'
  | 'credentials-in-url'
  | 'session-id'
  | 'signature'
  | 'password'
  | 'api-key';

export const SECRET_DESCRIPTIONS: Readonly<Record<SecretKind, string>> = {
  'private-key': 'a private key',
  'authorization-header': 'an Authorization header',
  cookie: 'cookies (Cookie or Set-Cookie)',
  'bearer-token': 'a bearer token',
  'basic-credentials':
    'a user name and password (curl -u / --user / --proxy-user or a Basic token)',
  jwt: 'a JSON Web Token',
  'credentials-in-url': 'a user name or password in a URL',
  'session-id': 'a session ID (such as JSESSIONID, also as ;jsessionid= in a path)',
  signature: 'a URL signature or access ticket (such as X-Amz-Signature, hdnts, sig, ticket)',
  password: 'a password',
  'api-key': 'an API key, access key, token or client secret',
};

/** What replaces a credential in text. */
export const REDACTED = '[removed: credential]';

interface SecretRule {
  readonly kind: SecretKind;
  /**
   * Groups: `keep` (kept before the secret, e.g. `password=`), `quote` (an opening quote, kept;
   * the closing one is never consumed) and `value` (the secret). Without `value` the whole
   * match goes.
   */
  readonly pattern: RegExp;
  /** A match that is not a credential after all stays, and is not counted. */
  readonly accept?: (value: string) => boolean;
}

/** A value after `key=` or `key: `: quoted (spaces allowed) or up to the next separator. */
const VALUE = String.raw`(?<quote>["'])?(?<value>(?<=")[^"\r\n]{1,2000}(?=["\r\n]|$)|(?<=')[^'\r\n]{1,2000}(?=['\r\n]|$)|(?<!["'])[^\s"'&;,<>#]{1,1000})`;
const ASSIGN = String.raw`["']?\s{0,4}[:=]\s{0,4}`;
/** A key is an identifier: `AWS_SECRET_ACCESS_KEY`, `X-Amz-Signature`, `config.password`. */
const KEY_START = String.raw`(?<![A-Za-z0-9_.-])(?:[A-Za-z0-9]{1,30}[_.-]){0,4}`;
const KEY_END = String.raw`(?:[_.-][A-Za-z0-9]{1,30}){0,3}(?![A-Za-z0-9])`;

function keyValue(keywords: string): RegExp {
  return new RegExp(`(?<keep>${KEY_START}(?:${keywords})${KEY_END}${ASSIGN})${VALUE}`, 'gi');
}

function isBasicCredential(token: string): boolean {
  try {
    return atob(token).includes(':');
  } catch {
    return false;
  }
}

/*
 * In order: a rule removes its secret before later rules run, so a Bearer token inside an
 * Authorization header is counted once, as the header. Every quantifier is bounded and every
 * key rule starts only where an identifier starts: linear time.
 */
const SECRET_RULES: readonly SecretRule[] = [
  {
    kind: 'private-key',
    pattern:
      /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----[\s\S]{0,8000}?-----END [A-Z ]{0,20}PRIVATE KEY-----/g,
  },
  {
    kind: 'authorization-header',
    pattern:
      /(?<keep>\b(?:proxy-)?authorization["']?\s{0,4}[:=]\s{0,4})(?<quote>["'])?(?<value>[^\r\n"']{1,4000})/gi,
  },
  {
    kind: 'cookie',
    pattern:
      /(?<keep>\b(?:set-)?cookie2?["']?\s{0,4}[:=]\s{0,4})(?<quote>["'])?(?<value>[^\r\n"']{1,8000})/gi,
  },
  {
    kind: 'bearer-token',
    pattern: /(?<keep>\bbearer\s{1,4})(?<value>[A-Za-z0-9._~+/-]{8,4000}={0,2})/gi,
  },
  {
    kind: 'basic-credentials',
    pattern: /(?<keep>\bbasic\s{1,4})(?<value>[A-Za-z0-9+/]{4,4000}={0,2})(?![A-Za-z0-9+/=])/gi,
    accept: isBasicCredential,
  },
  {
    kind: 'basic-credentials',
    pattern:
      /(?<keep>(?<![\w-])(?:-[uU]\s{0,4}|--(?:proxy-)?user(?:\s{1,4}|=)))(?<quote>["'])?(?<value>(?<=")[^"\r\n]{1,2000}(?=["\r\n]|$)|(?<=')[^'\r\n]{1,2000}(?=['\r\n]|$)|(?<!["'])[^\s"']{1,500})/g,
    accept: (value) => value.includes(':'),
  },
  {
    kind: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{5,2000}\.[A-Za-z0-9_-]{5,4000}\.[A-Za-z0-9_-]{5,2000}/g,
  },
  {
    kind: 'credentials-in-url',
    // Up to the last `@` before the host ends: `https://u:p@ss@host` loses `u:p@ss`.
    pattern: /(?<keep>\/\/)(?<value>[^\s/?#"'<>\\]{1,400})@/g,
  },
  {
    kind: 'session-id',
    pattern: keyValue(
      String.raw`jsessionid|phpsessid|asp\.net_sessionid|aspsessionid[a-z]{0,12}|sessionid|session[_-]?id|session|sid`,
    ),
  },
  {
    kind: 'signature',
    pattern: keyValue(String.raw`signature|sig|hdnts|hdnea|ticket|credential|credentials`),
  },
  {
    kind: 'password',
    pattern: keyValue(String.raw`[a-z0-9]{0,20}(?:password|passwd)|pwd|pass|passphrase`),
  },
  {
    kind: 'api-key',
    pattern: keyValue(
      String.raw`[a-z0-9]{0,20}(?:secret|token)(?:[_.-]?(?:access[_-]?)?key|[_.-]?id|[_.-]?value)?|[a-z0-9]{0,20}api[_-]?key|access[_-]?key(?:[_-]?id)?|private[_-]?key|auth|authtoken|credential[_-]?key`,
    ),
  },
];

export interface SecretFinding {
  readonly kind: SecretKind;
  readonly count: number;
}

export interface ScrubResult {
  /** The text with every credential replaced by the marker. */
  readonly text: string;
  /** What was replaced, kind by kind: exactly the replacements made, never the values. */
  readonly removed: SecretFinding[];
}

/**
 * A marker this remover wrote (`[removed]` in a URL), or the first word of one (a key's value
 * ends at a space): already clean, never counted again.
 */
const MARKER = /^\[removed(?:\]|:)/;

/**
 * Every rule above needs one of these somewhere in the text: one pass to rule out a header
 * value or a URL with nothing to find, instead of a pass per rule (a HAR has 100,000 of them).
 */
const ANY_RULE_CAN_MATCH =
  /pass|pwd|secret|token|key|auth|cookie|bearer|basic|eyJ|BEGIN|@|-u|sig|hdn|ticket|credential|sess|sid/i;

/**
 * Removes every credential from `text`, saying what it removed. Idempotent: text it cleaned
 * holds nothing more to remove (a saved, cleaned form is not reported as holding a credential).
 */
export function scrubSecrets(text: string, marker: string = REDACTED): ScrubResult {
  if (!ANY_RULE_CAN_MATCH.test(text)) return { text, removed: [] };
  const counts = new Map<SecretKind, number>();
  let current = text;
  for (const { kind, pattern, accept } of SECRET_RULES) {
    current = current.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      // Named groups come last, as an object; rules without groups remove the whole match.
      const last = args.at(-1);
      const groups =
        typeof last === 'object' && last !== null
          ? (last as Record<string, string | undefined>)
          : undefined;
      const value = groups?.value;
      if (MARKER.test((value ?? match).trim())) return match;
      if (accept !== undefined && !accept(value ?? match)) return match;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      if (value === undefined) return marker;
      const kept = `${groups?.keep ?? ''}${groups?.quote ?? ''}${marker}`;
      return kind === 'credentials-in-url' ? `${kept}@` : kept;
    });
  }
  return { text: current, removed: [...counts].map(([kind, count]) => ({ kind, count })) };
}

/** Which kinds of credential the text holds, and how many of each. Never the values. */
export function findSecrets(text: string): SecretFinding[] {
  return scrubSecrets(text).removed;
}

/** The text with every credential replaced by a marker. */
export function redactSecrets(text: string): string {
  return scrubSecrets(text).text;
}

/** Adds findings of the same kind together. */
export function mergeSecretFindings(
  ...lists: readonly (readonly SecretFinding[])[]
): SecretFinding[] {
  const counts = new Map<SecretKind, number>();
  for (const list of lists) {
    for (const { kind, count } of list) counts.set(kind, (counts.get(kind) ?? 0) + count);
  }
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/** "2 passwords"-style wording is avoided: the kinds, with a count when there are several. */
export function listSecretKinds(findings: readonly SecretFinding[]): string {
  return findings
    .map(({ kind, count }) => `${SECRET_DESCRIPTIONS[kind]}${count > 1 ? ` (${count})` : ''}`)
    .join(', ');
}

/** One sentence for the screen: what was found, never what it was. */
export function describeSecrets(
  findings: readonly SecretFinding[],
  holder = 'The pasted text',
): string | null {
  if (findings.length === 0) return null;
  return `${holder} holds ${listSecretKinds(findings)}. None of it goes into the service request; remove it from any file you attach.`;
}
