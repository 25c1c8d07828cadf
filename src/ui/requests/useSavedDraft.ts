import { useEffect, useRef, useState } from 'react';
import { withoutPrivateKeys, type AllowlistRequestKind } from '../../core/network/index.ts';
import { loadJson, removeSaved, saveJson } from '../storage.ts';
import type { Memory } from '../memory.ts';
import { storageKey } from './storage-keys.ts';

export type DraftFields = Readonly<Record<string, string>>;

const SAVE_DELAY_MS = 400;

/** Only the fields this form has, and only text: anything else in storage is not ours. */
function parseStored(value: unknown, fields: readonly string[]): DraftFields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    fields.flatMap((field) => (typeof record[field] === 'string' ? [[field, record[field]]] : [])),
  );
}

function load(
  kind: AllowlistRequestKind,
  fields: readonly string[],
): { draft: DraftFields; memory: Memory } {
  const result = loadJson(storageKey(kind));
  if (!result.ok) return { draft: {}, memory: result.reason };
  if (result.value === undefined) return { draft: {}, memory: 'remembered' };
  const draft = parseStored(result.value, fields);
  return draft === null ? { draft: {}, memory: 'corrupt' } : { draft, memory: 'remembered' };
}

/** A pasted private key is never kept at rest, whichever box it went into. */
const save = (kind: AllowlistRequestKind, draft: DraftFields): boolean =>
  saveJson(
    storageKey(kind),
    Object.fromEntries(
      Object.entries(draft).map(([field, value]) => [field, withoutPrivateKeys(value)]),
    ),
  );

/** One request draft, autosaved (debounced) on this device per kind, as the SR form is. */
export function useSavedDraft(
  kind: AllowlistRequestKind,
  fields: readonly string[],
  prefill: DraftFields = {},
) {
  const [initial] = useState(() => load(kind, fields));
  const [draft, setDraft] = useState<DraftFields>(() => mergePrefill(initial.draft, prefill));
  const [memory, setMemory] = useState<Memory>(initial.memory);
  const latest = useRef(draft);

  useEffect(() => {
    latest.current = draft;
    if (memory === 'unavailable') return undefined;
    const timer = setTimeout(() => {
      if (!save(kind, draft)) setMemory('failed');
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [kind, draft, memory]);

  // A reload, a closed tab or another kind chosen within the debounce delay must not lose the last edit.
  useEffect(() => {
    if (memory === 'unavailable') return undefined;
    const flush = () => save(kind, latest.current);
    window.addEventListener('pagehide', flush);
    // Switching to another kind unmounts this form: its last edit is kept too.
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [kind, memory]);

  return {
    draft,
    memory,
    setField: (field: string, value: string) =>
      setDraft((current) => ({ ...current, [field]: value })),
    clear: () => {
      removeSaved(storageKey(kind));
      setDraft({});
    },
  };
}

/**
 * Values from a link (the decoder's "Request an allowlist change") join what was saved: a line
 * is added to a list field unless it is there already; a single value fills an empty field.
 */
function mergePrefill(saved: DraftFields, prefill: DraftFields): DraftFields {
  const merged: Record<string, string> = { ...saved };
  for (const [field, value] of Object.entries(prefill)) {
    const current = merged[field] ?? '';
    if (value === '' || current.split('\n').some((line) => line.trim() === value)) continue;
    if (current.trim() === '') merged[field] = value;
    else if (current.includes('\n') || LIST_FIELDS.has(field))
      merged[field] = `${current.replace(/\n+$/, '')}\n${value}`;
  }
  return merged;
}

const LIST_FIELDS: ReadonlySet<string> = new Set(['sources', 'paths', 'targets']);
