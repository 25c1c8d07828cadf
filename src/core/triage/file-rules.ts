/** Which files are read, how big they may be, and how their bytes become text. */

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = [
  '.txt',
  '.log',
  '.html',
  '.htm',
  '.eml',
  '.json',
  '.har',
  '.csv',
  '.gz',
] as const;

/** How a file is read: a HAR is parsed; an e-mail is decoded whole, part by part; everything
 * else is scanned in chunks as plain text. A `.gz` is read as the file inside it. */
export type FileFormat = 'har' | 'email' | 'text';

export interface FileDescription {
  readonly name: string;
  readonly size: number;
}

export type FileCheck =
  | { readonly ok: true; readonly format: FileFormat; readonly note: string | null }
  | { readonly ok: false; readonly reason: string };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** Before reading: the size limit, and the format the name promises. */
export function checkFile(file: FileDescription): FileCheck {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason:
        `is ${formatBytes(file.size)} (${file.size.toLocaleString('en')} bytes); files over ` +
        `${formatBytes(MAX_FILE_BYTES)} (${MAX_FILE_BYTES.toLocaleString('en')} bytes) are not read. ` +
        'Split it (for example `split -b 40m`) and drop the parts, or paste the part you need',
    };
  }
  // `app.log.gz` is an `app.log`: its format is the one inside.
  const extension = extensionOf(file.name.replace(/\.gz$/i, ''));
  if (extension === '.har') return { ok: true, format: 'har', note: null };
  if (extension === '.eml') return { ok: true, format: 'email', note: null };
  const accepted: readonly string[] = ACCEPTED_EXTENSIONS;
  const note = accepted.includes(extension)
    ? null
    : `${extension === '' ? 'no file extension' : `${extension} is not a listed type`}: read as plain text`;
  return { ok: true, format: 'text', note };
}

export type TextEncodingGuess =
  | { readonly ok: true; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { readonly ok: false; readonly reason: string };

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive: unzip it and drop the files inside' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed: decompress it (gunzip) and drop the result' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF: copy its text and paste it instead' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image: the app reads text, not screenshots' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image: the app reads text, not screenshots' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Office document: save it as text first' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isValidUtf8(sample: Uint8Array): boolean {
  try {
    // `stream` tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlByteShare(sample: Uint8Array): number {
  let control = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) {
      control += 1;
    }
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/**
 * Reads the first bytes of a file: a byte-order mark, a known binary signature, NUL bytes or
 * invalid UTF-8 decide how (and whether) it is read. Windows logs in UTF-16 and old Latin-1
 * exports are text too.
 */
export function guessTextEncoding(firstBytes: Uint8Array): TextEncodingGuess {
  if (startsWith(firstBytes, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le' };
  if (startsWith(firstBytes, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be' };
  if (startsWith(firstBytes, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8' };
  const signature = SIGNATURES.find(({ bytes }) => startsWith(firstBytes, bytes));
  if (signature) return { ok: false, reason: `is ${signature.what}` };
  const sample = firstBytes.subarray(0, 64 * 1024);
  if (sample.includes(0) || controlByteShare(sample) > 0.01) {
    return { ok: false, reason: 'is not text (it holds binary data), so it cannot be read' };
  }
  return { ok: true, encoding: isValidUtf8(sample) ? 'utf-8' : 'windows-1252' };
}
