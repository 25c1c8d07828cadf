import { type DecodeOptions, normaliseText } from '../reference/index.ts';
import { findSecrets, type SecretFinding, type UrlOptions } from '../privacy/index.ts';
import { emailText } from './email.ts';
import { checkFile, formatBytes, guessTextEncoding, type FileFormat } from './file-rules.ts';
import type { FoundExtraction } from './found-reference.ts';
import { analyseHarInSlices, summariseProblems, type DroppedCredentials } from './har.ts';
import { scanText } from './text-source.ts';

/** What `Blob`/`File` offer, so the same code runs on files in a browser and buffers in Node. */
export interface ReadableFile {
  readonly name: string;
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface FileProgress {
  readonly bytesRead: number;
  readonly size: number;
  /** Distinct references in the file so far. */
  readonly references: number;
  /** What the text read since the last progress holds (references stream in). */
  readonly findings: FoundExtraction;
}

export type FileOutcome =
  | {
      readonly ok: true;
      readonly format: FileFormat;
      /** Distinct references in this file. */
      readonly references: number;
      readonly rejected: number;
      readonly secrets: readonly SecretFinding[];
      /** Credentials a HAR carried and the app dropped; null for other files. */
      readonly dropped: DroppedCredentials | null;
      readonly notes: readonly string[];
    }
  /** Not read to the end: refused, unreadable, or cancelled by the user (`cancelled`). */
  | { readonly ok: false; readonly reason: string; readonly cancelled: boolean };

/** The outcome of a file whose reading the user cancelled. */
export const CANCELLED_FILE: FileOutcome = {
  ok: false,
  reason: 'Cancelled before the end of the file.',
  cancelled: true,
};

export interface FileAnalysisOptions extends DecodeOptions, UrlOptions {
  /** Called after every chunk; a returned promise is awaited (the main thread yields there). */
  readonly onProgress?: (progress: FileProgress) => void | Promise<void>;
  readonly isCancelled?: () => boolean;
  /** Bytes read per step; defaults to CHUNK_BYTES. */
  readonly chunkBytes?: number;
}

/** Large enough to keep per-chunk overhead low, small enough that progress moves. */
export const CHUNK_BYTES = 2 * 1024 * 1024;

const NO_FINDINGS: FoundExtraction = { found: [], rejected: [] };

function mergeSecrets(into: Map<string, number>, findings: readonly SecretFinding[]): void {
  for (const { kind, count } of findings) into.set(kind, (into.get(kind) ?? 0) + count);
}

class FileTally {
  readonly references = new Set<string>();
  readonly rejected = new Set<string>();
  readonly secrets = new Map<string, number>();

  count(findings: FoundExtraction): void {
    for (const { reference } of findings.found) this.references.add(reference.reference);
    for (const candidate of findings.rejected) this.rejected.add(candidate.text);
  }

  secretFindings(): SecretFinding[] {
    return [...this.secrets].map(([kind, count]) => ({ kind, count }) as SecretFinding);
  }
}

/**
 * Characters no reference, look-alike or escape (`&#46;`, `%2E`, `\u002e`, `=2E`) can contain:
 * cutting right after one never splits any of them. Line ends are handled apart (soft breaks).
 */
const SEPARATOR = /[ \t\f\v\u00a0!"$'(),/:?@[\]^`|~+]/;

/**
 * Decoded text before the cut is scanned now; the rest waits for the next chunk. The cut is
 * right after a line end, else after a separator; -1 when there is none at or after `from`.
 * Text without one (one long base64 run) is carried until there is one or the file ends: never
 * split. `from` skips carried text already known to have no cut, so carrying stays linear.
 */
function cutPoint(text: string, from = 0): number {
  // A quoted-printable soft line break (`=` at the end of a line) joins two lines.
  for (let newline = text.lastIndexOf('\n'); newline >= from;) {
    const lineEnd = text[newline - 1] === '\r' ? newline - 1 : newline;
    if (text[lineEnd - 1] !== '=') return newline + 1;
    newline = text.lastIndexOf('\n', newline - 1);
  }
  for (let at = text.length - 1; at >= from; at -= 1) {
    if (SEPARATOR.test(text.charAt(at))) return at + 1;
  }
  return -1;
}

/**
 * Raw text kept from the end of one chunk and handed, normalised, to the next as its lead: the
 * longest label before a reference and the characters a reference must not be glued to. At
 * least the longest possible reference plus its label even when every character is an escape.
 */
const LEAD_CHARACTERS = 1024;

/** Decompressed, a .gz may hold at most this much: a gzip bomb must not fill the memory. */
const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;

const GZIP_SIGNATURE = [0x1f, 0x8b] as const;

interface ByteChunk {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Bytes of the file itself read so far (compressed bytes for a .gz). */
  readonly bytesRead: number;
  readonly last: boolean;
}

async function* plainChunks(file: ReadableFile, chunkBytes: number): AsyncGenerator<ByteChunk> {
  for (let start = 0; start < file.size || start === 0; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, file.size);
    const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
    yield { bytes, bytesRead: end, last: end >= file.size };
    if (end >= file.size) return;
  }
}

function concatBytes(parts: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

class TooLargeWhenDecompressed extends Error {}

/** The file through the platform's `DecompressionStream` (browsers and Node 18+), re-chunked. */
async function* gunzippedChunks(file: ReadableFile, chunkBytes: number): AsyncGenerator<ByteChunk> {
  const compressed = plainChunks(file, chunkBytes);
  let bytesRead = 0;
  const input = new ReadableStream<BufferSource>({
    async pull(controller) {
      const next = await compressed.next();
      if (next.done) {
        controller.close();
        return;
      }
      bytesRead = next.value.bytesRead;
      controller.enqueue(next.value.bytes);
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('gzip')).getReader();
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value !== undefined) {
        buffered.push(value);
        bufferedBytes += value.length;
        total += value.length;
        if (total > MAX_DECOMPRESSED_BYTES) throw new TooLargeWhenDecompressed();
      }
      if (done || bufferedBytes >= chunkBytes) {
        yield { bytes: concatBytes(buffered, bufferedBytes), bytesRead, last: done };
        buffered = [];
        bufferedBytes = 0;
      }
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

async function isGzip(file: ReadableFile): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, GZIP_SIGNATURE.length).arrayBuffer());
  return GZIP_SIGNATURE.every((byte, index) => head[index] === byte);
}

function failureReason(error: unknown, gzip: boolean): string {
  if (error instanceof TooLargeWhenDecompressed) {
    return `decompresses to more than ${formatBytes(MAX_DECOMPRESSED_BYTES)}, more than is read from one file: decompress it and split it (for example \`split -b 40m\`)`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return gzip
    ? `is not a complete gzip file (${detail}): it may be cut short or damaged`
    : `could not be read (${detail})`;
}

/**
 * Reads one dropped file and decodes every reference in it. Plain text is read and decoded in
 * chunks, so results stream in and a 50 MB log never sits in memory twice; a HAR or an e-mail
 * is decoded whole. A gzip-compressed file (`.log.gz`, `.har.gz`, or gzip under any name) is
 * decompressed as it is read and then read like the file inside. Never throws: a file that
 * cannot be read comes back `failed` with why.
 */
export async function analyseFile(
  file: ReadableFile,
  options: FileAnalysisOptions = {},
): Promise<FileOutcome> {
  const check = checkFile(file);
  if (!check.ok) return { ok: false, reason: check.reason, cancelled: false };
  const notes: string[] = check.note === null ? [] : [check.note];
  const tally = new FileTally();
  let format = check.format;
  let decoder: TextDecoder | null = null;
  let carried = '';
  let lead = '';
  const whole: string[] = [];
  const wholeBytes: Uint8Array[] = [];
  let wholeByteCount = 0;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  let gzip = false;

  try {
    gzip = file.size >= GZIP_SIGNATURE.length && (await isGzip(file));
    if (gzip) notes.push('gzip-compressed: decompressed as it was read');
    const chunks = gzip ? gunzippedChunks(file, chunkBytes) : plainChunks(file, chunkBytes);
    let first = true;
    for await (const { bytes, bytesRead, last } of chunks) {
      if (options.isCancelled?.()) return CANCELLED_FILE;
      if (decoder === null) {
        const guess = guessTextEncoding(bytes);
        if (!guess.ok) return { ok: false, reason: guess.reason, cancelled: false };
        // An e-mail names a charset per part; the guess only screens out binary files.
        if (guess.encoding === 'windows-1252' && format !== 'email')
          notes.push('not UTF-8: read as Windows-1252');
        decoder = new TextDecoder(guess.encoding);
      }
      let findings = NO_FINDINGS;
      if (format === 'email') {
        wholeBytes.push(bytes);
        wholeByteCount += bytes.length;
      } else {
        const text = decoder.decode(bytes, { stream: !last });
        // A HAR saved under .json is still a HAR: its credentials must be dropped the same way.
        if (first && format === 'text' && /^\uFEFF?\s*\{\s*"log"\s*:/.test(text)) format = 'har';
        if (format === 'text') {
          const pending = carried + text;
          const cut = last ? pending.length : Math.max(0, cutPoint(pending, carried.length));
          const ready = pending.slice(0, cut);
          carried = pending.slice(cut);
          findings = scanText(ready, options, lead);
          lead = (lead + normaliseText(ready.slice(-LEAD_CHARACTERS))).slice(-LEAD_CHARACTERS);
          mergeSecrets(tally.secrets, findSecrets(ready));
          tally.count(findings);
        } else {
          whole.push(text);
        }
      }
      first = false;
      await options.onProgress?.({
        bytesRead,
        size: file.size,
        references: tally.references.size,
        findings,
      });
      if (last) break;
    }
  } catch (error) {
    return { ok: false, reason: failureReason(error, gzip), cancelled: false };
  }
  if (options.isCancelled?.()) return CANCELLED_FILE;

  let dropped: DroppedCredentials | null = null;
  if (format !== 'text') {
    let findings: FoundExtraction;
    if (format === 'har') {
      // Each slice of entries is a progress step: on the main thread the page paints there.
      const har = await analyseHarInSlices(whole.join(''), options, () =>
        options.onProgress?.({
          bytesRead: file.size,
          size: file.size,
          references: 0,
          findings: NO_FINDINGS,
        }),
      );
      if (!har.ok) return { ok: false, reason: har.reason, cancelled: false };
      dropped = har.analysis.dropped;
      findings = har.analysis;
      if (har.analysis.problems.length > 0) {
        notes.push(
          `${har.analysis.problems.length} of ${har.analysis.entries} entries could not be read: ${summariseProblems(har.analysis.problems)}`,
        );
      }
    } else {
      const email = emailText(concatBytes(wholeBytes, wholeByteCount));
      notes.push(...email.notes);
      findings = scanText(email.text, options);
      mergeSecrets(tally.secrets, findSecrets(email.text));
    }
    tally.count(findings);
    await options.onProgress?.({
      bytesRead: file.size,
      size: file.size,
      references: tally.references.size,
      findings,
    });
  }
  return {
    ok: true,
    format,
    references: tally.references.size,
    rejected: tally.rejected.size,
    secrets: tally.secretFindings(),
    dropped,
    notes,
  };
}
