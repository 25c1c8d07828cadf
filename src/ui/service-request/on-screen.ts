import { useEffect } from 'react';
import { findSecrets } from '../../core/privacy/index.ts';
import {
  type BatchEntry,
  type IncidentScale,
  type RequestContext,
} from '../../core/triage/index.ts';

/**
 * What the decode screen shows, for the SR screen in the same tab: which references are on
 * screen and the request each one answered. It lives in this tab only (sessionStorage, and
 * memory where that is refused) and never in a link: links carry reference ids alone.
 */

const SESSION_KEY = 'akamai-reference-decoder/on-screen/v1';
/** Kept across a reload: enough for any SR (a link carries 100) and most table selections. */
const MAX_PERSISTED = 2000;
const HOLDER = '__akamaiReferenceDecoderOnScreen';

export interface OnScreen {
  /** Error references on screen, in the order shown. */
  readonly references: readonly string[];
  /** The requests each reference answered, where known. */
  readonly requests: Readonly<Record<string, readonly RequestContext[]>>;
  /** Every error these were picked from (a batch, a selection): how large the incident is. */
  readonly scale: IncidentScale | null;
}

const EMPTY: OnScreen = { references: [], requests: {}, scale: null };

type Holder = typeof globalThis & { [HOLDER]?: OnScreen };

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** A request that still looks like it holds a credential is not kept at all. */
function safe(request: RequestContext): boolean {
  return findSecrets(`${request.url ?? ''} ${request.serverIp ?? ''}`).length === 0;
}

function listOnScreen(entries: readonly BatchEntry[], scale: IncidentScale | null): OnScreen {
  const errors = entries.filter((entry) => entry.reference.kind === 'error');
  const requests: Record<string, readonly RequestContext[]> = {};
  for (const entry of errors) {
    const kept = entry.requests.filter(safe);
    if (kept.length > 0) requests[entry.reference.reference] = kept;
  }
  return { references: errors.map((entry) => entry.reference.reference), requests, scale };
}

export function publishOnScreen(
  entries: readonly BatchEntry[],
  scale: IncidentScale | null = null,
): void {
  // Listed when the SR screen asks, not on publishing: a batch of a million references would
  // otherwise cost the decode screen a long task each time it changes.
  let listed: OnScreen | null = null;
  const list = () => (listed ??= listOnScreen(entries, scale));
  const onScreen: OnScreen = {
    get references() {
      return list().references;
    },
    get requests() {
      return list().requests;
    },
    scale,
  };
  (globalThis as Holder)[HOLDER] = onScreen;
  // Written to the session store only when the page goes away (a reload of the SR screen), not
  // on every update of a large batch while files stream in.
  if (!persisting) {
    persisting = true;
    window.addEventListener('pagehide', persistOnScreen);
  }
}

let persisting = false;

/** Keeps what is on screen across a reload of this tab. */
export function persistOnScreen(): void {
  const onScreen = (globalThis as Holder)[HOLDER];
  if (onScreen === undefined) return;
  try {
    const references = onScreen.references.slice(0, MAX_PERSISTED);
    const requests = Object.fromEntries(
      references.flatMap((reference) => {
        const kept = onScreen.requests[reference];
        return kept === undefined ? [] : [[reference, kept]];
      }),
    );
    session()?.setItem(
      SESSION_KEY,
      JSON.stringify({ references, requests, scale: onScreen.scale }),
    );
  } catch {
    // A full or refused session store: after a reload the SR screen drafts without the requests.
  }
}

function isRequest(value: unknown): value is RequestContext {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (record.url === null || typeof record.url === 'string') &&
    (record.method === null || typeof record.method === 'string') &&
    (record.status === null || typeof record.status === 'number') &&
    typeof record.from === 'string'
  );
}

function isScale(value: unknown): value is IncidentScale {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['errors', 'firstEpoch', 'lastEpoch'].every((key) => Number.isFinite(record[key]));
}

function parse(raw: string | null): OnScreen | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as { references?: unknown; requests?: unknown; scale?: unknown };
    if (!Array.isArray(value.references) || typeof value.requests !== 'object') return null;
    const requests: Record<string, RequestContext[]> = {};
    for (const [reference, list] of Object.entries(value.requests ?? {})) {
      if (Array.isArray(list)) requests[reference] = list.filter(isRequest).filter(safe);
    }
    return {
      references: value.references.filter((item): item is string => typeof item === 'string'),
      requests,
      scale: isScale(value.scale) ? value.scale : null,
    };
  } catch {
    return null;
  }
}

export function readOnScreen(): OnScreen {
  const inMemory = (globalThis as Holder)[HOLDER];
  if (inMemory !== undefined) return inMemory;
  try {
    return parse(session()?.getItem(SESSION_KEY) ?? null) ?? EMPTY;
  } catch {
    return EMPTY;
  }
}

/**
 * Publishes the references the decode screen offers an SR for (with the size of the incident
 * they come from) whenever they change; null while files are still being read.
 */
export function usePublishOnScreen(
  entries: readonly BatchEntry[] | null,
  scale: IncidentScale | null = null,
): void {
  useEffect(() => {
    if (entries !== null) publishOnScreen(entries, scale);
  }, [entries, scale]);
}
