/**
 * E-mails as mail clients save them (.eml): every MIME part decoded whatever its transfer
 * encoding, at any depth, forwarded messages (`message/rfc822`) included, each text part in its
 * own charset. HTML parts come out as their source, which the reader decodes like pasted HTML.
 * Works on bytes: one e-mail can mix charsets, so no single text decoding fits it whole.
 */

/** Deeper nesting than this is no real e-mail; the rest is read as plain text. */
const MAX_DEPTH = 24;

/** Attachments read as text besides text/* parts: logs, HARs and JSON saved from tools. */
const TEXT_ATTACHMENT = /\.(?:txt|log|html?|eml|json|har|csv|xml)$/i;
const TEXT_TYPE =
  /^(?:text\/|message\/|application\/(?:[\w.+-]*\+)?(?:json|xml|har|x-www-form-urlencoded))/i;

export interface EmailText {
  /** Headers and decoded text parts, one after the other. */
  readonly text: string;
  /** Parts left unread and why, for the file's notes. */
  readonly notes: string[];
}

interface Entity {
  readonly headers: Map<string, string>;
  /** The body as a binary string: one character per byte. */
  readonly body: string;
}

/** Bytes as a binary string (each byte one character): headers and MIME structure are ASCII. */
function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  }
  return parts.join('');
}

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at) & 0xff;
  return bytes;
}

function parseEntity(raw: string): Entity {
  const blank = /\r?\n\r?\n/.exec(raw);
  const headerText = blank === null ? raw : raw.slice(0, blank.index);
  const body = blank === null ? '' : raw.slice(blank.index + blank[0].length);
  const headers = new Map<string, string>();
  // Folded header lines continue with a space or a tab.
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  // No header block at all (a bare body pasted into a file): all of it is the body.
  if (headers.size === 0) return { headers, body: raw };
  return { headers, body };
}

interface ContentType {
  readonly type: string;
  readonly parameters: Map<string, string>;
}

function contentType(entity: Entity, fallback: string): ContentType {
  const value = entity.headers.get('content-type') ?? fallback;
  const [type = '', ...rest] = value.split(';');
  const parameters = new Map<string, string>();
  for (const match of rest
    .join(';')
    .matchAll(/([\w.*-]{1,64})\s*=\s*("([^"]{0,500})"|[^;\s]{0,500})/g)) {
    const [, name = '', bare = '', quoted] = match;
    parameters.set(name.toLowerCase(), quoted ?? bare);
  }
  return { type: type.trim().toLowerCase() || 'text/plain', parameters };
}

function decodeQuotedPrintable(binary: string): string {
  return binary
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

type Transfer = { ok: true; binary: string } | { ok: false; reason: string };

function decodeTransfer(entity: Entity): Transfer {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable')
    return { ok: true, binary: decodeQuotedPrintable(entity.body) };
  if (encoding === 'base64') {
    try {
      return { ok: true, binary: atob(entity.body.replace(/[^A-Za-z0-9+/=]/g, '')) };
    } catch {
      return { ok: false, reason: 'its base64 is damaged' };
    }
  }
  return { ok: true, binary: entity.body };
}

/** Text in the part's charset; UTF-8 (or Windows-1252 when not valid UTF-8) when it names none. */
function decodeCharset(binary: string, charset: string | undefined): string {
  const bytes = bytesOf(binary);
  if (charset !== undefined && !/^(?:us-)?ascii$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset label: read it as UTF-8 below rather than not at all.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `=?utf-8?Q?...?=` and `=?utf-8?B?...?=` words in headers (RFC 2047). */
function decodeHeaderWords(value: string): string {
  return value.replace(
    /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,1000})\?=/g,
    (match, charset: string, kind: string, encoded: string) => {
      try {
        const binary =
          kind.toUpperCase() === 'B'
            ? atob(encoded)
            : decodeQuotedPrintable(encoded.replace(/_/g, ' '));
        return decodeCharset(binary, charset);
      } catch {
        return match;
      }
    },
  );
}

/**
 * Headers as text (a reference can sit in a subject or an X- header), without the MIME ones:
 * they describe encodings already undone, and `Content-Transfer-Encoding: quoted-printable`
 * would make the reader decode the decoded text a second time.
 */
function headerLines(entity: Entity): string {
  return [...entity.headers]
    .filter(([name]) => !name.startsWith('content-') && name !== 'mime-version')
    .map(([name, value]) => `${name}: ${decodeHeaderWords(value)}`)
    .join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parts between `--boundary` lines; the preamble and epilogue are not parts. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = new RegExp(
    `(?:^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`,
    'g',
  );
  const parts: string[] = [];
  let partStart = -1;
  for (const match of body.matchAll(delimiter)) {
    if (partStart !== -1) parts.push(body.slice(partStart, match.index).replace(/^\r?\n/, ''));
    if (match[1] === '--') return parts;
    partStart = match.index + match[0].length;
  }
  // No closing delimiter (a truncated mail): the last part runs to the end.
  if (partStart !== -1) parts.push(body.slice(partStart).replace(/^\r?\n/, ''));
  return parts;
}

class EmailReader {
  readonly texts: string[] = [];
  readonly notes: string[] = [];

  read(entity: Entity, depth: number, fallbackType = 'text/plain'): void {
    if (entity.headers.size > 0) this.texts.push(headerLines(entity));
    const { type, parameters } = contentType(entity, fallbackType);
    const transfer = decodeTransfer(entity);
    const name =
      parameters.get('name') ??
      /filename\*?="?([^";]{1,200})/i.exec(entity.headers.get('content-disposition') ?? '')?.[1] ??
      '';
    if (!transfer.ok) {
      this.notes.push(`an e-mail part (${type}) was not read: ${transfer.reason}`);
      return;
    }
    if (depth >= MAX_DEPTH) {
      this.notes.push(
        `e-mail parts nested deeper than ${MAX_DEPTH} levels were read as plain text`,
      );
      this.texts.push(decodeCharset(transfer.binary, parameters.get('charset')));
      return;
    }
    if (type.startsWith('multipart/')) {
      const boundary = parameters.get('boundary');
      if (boundary === undefined || boundary === '') {
        this.notes.push(`a ${type} part names no boundary: read as plain text`);
        this.texts.push(decodeCharset(transfer.binary, parameters.get('charset')));
        return;
      }
      // Inside multipart/digest a part without a type is a message.
      const partFallback = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      for (const part of splitMultipart(transfer.binary, boundary)) {
        this.read(parseEntity(part), depth + 1, partFallback);
      }
      return;
    }
    if (type === 'message/rfc822' || type === 'message/global') {
      this.read(parseEntity(transfer.binary), depth + 1);
      return;
    }
    if (TEXT_TYPE.test(type) || TEXT_ATTACHMENT.test(name)) {
      this.texts.push(decodeCharset(transfer.binary, parameters.get('charset')));
      return;
    }
    this.notes.push(
      `an attachment was not read (${name === '' ? type : `${name}, ${type}`}): not text`,
    );
  }
}

/** The text of an e-mail, every readable part decoded. Never throws. */
export function emailText(bytes: Uint8Array): EmailText {
  const reader = new EmailReader();
  reader.read(parseEntity(binaryString(bytes)), 0);
  return { text: reader.texts.join('\n\n'), notes: reader.notes };
}
