/**
 * Finds credentials in pasted text so the app can say so, and removes them from anything the
 * user typed before it goes into a draft. HAR files and header dumps carry all of these; a
 * support breach in 2023 came from session cookies in uploaded HAR files.
 */

export type SecretKind =
  | 'authorization-header'
  | 'cookie'
  | 'bearer-token'
  | 'password'
  | 'api-key'
  | 'jwt'
  | 'credentials-in-url'
  | 'private-key';

export const SECRET_DESCRIPTIONS: Readonly<Record<SecretKind, string>> = {
  'authorization-header': 'an Authorization header',
  cookie: 'cookies (Cookie or Set-Cookie)',
  'bearer-token': 'a bearer token',
  password: 'a password',
  'api-key': 'an API key or client secret',
  jwt: 'a JSON Web Token',
  'credentials-in-url': 'a user name and password in a URL',
  'private-key': 'a private key',
};

interface SecretPattern {
  readonly kind: SecretKind;
  readonly pattern: RegExp;
}

// Each pattern matches the whole secret, so redaction removes all of it. Bounded quantifiers
// keep every scan linear.
const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    kind: 'private-key',
    pattern:
      /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----[\s\S]{0,8000}?-----END [A-Z ]{0,20}PRIVATE KEY-----/g,
  },
  {
    kind: 'authorization-header',
    pattern: /\b(?:proxy-)?authorization["']?\s{0,4}[:=]\s{0,4}["']?[^\r\n"']{1,4000}/gi,
  },
  { kind: 'cookie', pattern: /\b(?:set-)?cookie["']?\s{0,4}[:=]\s{0,4}["']?[^\r\n"']{1,8000}/gi },
  { kind: 'bearer-token', pattern: /\bbearer\s{1,4}[A-Za-z0-9._~+/=-]{8,4000}/gi },
  {
    kind: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{5,2000}\.[A-Za-z0-9_-]{5,4000}\.[A-Za-z0-9_-]{5,2000}/g,
  },
  { kind: 'credentials-in-url', pattern: /\b(https?:\/\/)[^\s/:@]{1,200}:[^\s/@]{1,200}@/gi },
  {
    kind: 'password',
    pattern: /\b(?:password|passwd|pwd|pass)["']?\s{0,4}[:=]\s{0,4}["']?[^\s"'&,;]{1,500}/gi,
  },
  {
    kind: 'api-key',
    pattern:
      /\b(?:api[_-]?key|apikey|client[_-]?secret|access[_-]?token|refresh[_-]?token|secret|token|x-api-key)["']?\s{0,4}[:=]\s{0,4}["']?[^\s"'&,;]{4,2000}/gi,
  },
];

export interface SecretFinding {
  readonly kind: SecretKind;
  readonly count: number;
}

/** Which kinds of credential the text holds, and how many of each. Never the values. */
export function findSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const { kind, pattern } of SECRET_PATTERNS) {
    const count = [...text.matchAll(pattern)].length;
    if (count > 0) findings.push({ kind, count });
  }
  return findings;
}

export const REDACTED = '[removed: credential]';

/** The text with every credential replaced by a marker. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (current, { kind, pattern }) =>
      current.replace(pattern, (_match, scheme?: string) =>
        kind === 'credentials-in-url' && scheme ? `${scheme}${REDACTED}@` : REDACTED,
      ),
    text,
  );
}

/** One sentence for the screen: what was found, never what it was. */
export function describeSecrets(
  findings: readonly SecretFinding[],
  holder = 'The pasted text',
): string | null {
  if (findings.length === 0) return null;
  const kinds = findings.map((finding) => SECRET_DESCRIPTIONS[finding.kind]);
  return `${holder} holds ${kinds.join(', ')}. None of it goes into the service request; remove it from any file you attach.`;
}

/** Free-text fields of the SR context, where people paste curl commands and headers. */
export const FREE_TEXT_FIELDS = [
  'businessImpact',
  'stepsToReproduce',
  'frequency',
  'otherService',
  'issueId',
] as const;

/** The object with credentials removed from its free-text fields, and whether any were. */
export function withoutSecrets<
  T extends Partial<Record<(typeof FREE_TEXT_FIELDS)[number], unknown>>,
>(context: T): { context: T; removed: boolean } {
  const clean: Record<string, unknown> = { ...context };
  let removed = false;
  for (const field of FREE_TEXT_FIELDS) {
    const value = clean[field];
    if (typeof value !== 'string') continue;
    const redacted = redactSecrets(value);
    if (redacted !== value) removed = true;
    clean[field] = redacted;
  }
  return { context: clean as T, removed };
}
