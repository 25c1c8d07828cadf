/**
 * JSON.parse of a 40 MB HAR is one task of seconds; on the main thread (no worker) the page
 * freezes for all of it. Here `log.entries` is cut into its elements by one scan that yields
 * every few megabytes, and each entry is parsed on its own, yielding every few hundred. The
 * result is what JSON.parse would give. Anything unexpected falls back to JSON.parse of the
 * whole text, so a malformed file is still named with the parser's own message.
 */

export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

const SCAN_CHARACTERS = 4 * 1024 * 1024;
const PARSE_ENTRIES = 500;
const ENTRIES_KEY = /"entries"\s*:\s*\[/g;

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not valid JSON (${detail}), so it cannot be read as a HAR` };
  }
}

interface EntrySpans {
  readonly arrayOpen: number;
  readonly arrayClose: number;
  readonly spans: readonly (readonly [number, number])[];
}

const isJsonSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Where each element of the first `"entries": [` array starts and ends; null if unsure. */
function* entrySpans(text: string): Generator<void, EntrySpans | null> {
  ENTRIES_KEY.lastIndex = 0;
  const key = ENTRIES_KEY.exec(text);
  if (key === null) return null;
  const arrayOpen = key.index + key[0].length - 1;
  const spans: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let elementStart = -1;
  let nextPause = arrayOpen + SCAN_CHARACTERS;
  for (let at = arrayOpen + 1; at < text.length; at += 1) {
    if (at >= nextPause) {
      nextPause += SCAN_CHARACTERS;
      yield;
    }
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 92)
        at += 1; // a backslash escapes the next character
      else if (code === 34) inString = false;
      continue;
    }
    if (depth === 0 && elementStart === -1 && !isJsonSpace(code) && code !== 44 && code !== 93) {
      elementStart = at;
    }
    if (code === 34) inString = true;
    else if (code === 123 || code === 91) depth += 1;
    else if (code === 125 || code === 93) {
      if (depth > 0) {
        depth -= 1;
        continue;
      }
      if (code !== 93) return null;
      if (elementStart !== -1) spans.push([elementStart, at]);
      return { arrayOpen, arrayClose: at, spans };
    } else if (code === 44 && depth === 0) {
      if (elementStart === -1) return null;
      spans.push([elementStart, at]);
      elementStart = -1;
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The HAR as JSON.parse would give it, parsed in pieces with pauses (see the module note). */
export function* parseHarInPieces(raw: string): Generator<void, ParsedJson> {
  const text = raw.replace(/^\uFEFF/, '');
  const found = yield* entrySpans(text);
  if (found === null) return parseJson(text);
  const rest = parseJson(text.slice(0, found.arrayOpen + 1) + text.slice(found.arrayClose));
  if (!rest.ok || !isRecord(rest.value) || !isRecord(rest.value.log)) return parseJson(text);
  const { log } = rest.value;
  if (!Array.isArray(log.entries) || log.entries.length !== 0) return parseJson(text);
  const entries: unknown[] = [];
  for (const [start, end] of found.spans) {
    if (entries.length > 0 && entries.length % PARSE_ENTRIES === 0) yield;
    const entry = parseJson(text.slice(start, end));
    if (!entry.ok) return parseJson(text);
    entries.push(entry.value);
  }
  log.entries = entries;
  return rest;
}
