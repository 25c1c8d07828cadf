import type { Memory } from '../memory.ts';
import { SR_DRAFTS_KEY, SR_LEGACY_KEY } from './storage-keys.ts';
import { useEffect, useRef, useState } from 'react';
import {
  EMPTY_DRAFT_STORE,
  deleteDraft,
  findDraft,
  incidentKey,
  parseDraftStore,
  parseStoredContext,
  saveDraft,
  stableFieldsOf,
  type DraftStore,
  type SeverityLevel,
  type StableContext,
} from '../../core/service-request/index.ts';
import { type ServiceRequestContext } from '../../core/index.ts';
import { loadJson, removeSaved, saveJson } from '../storage.ts';

const STORAGE_KEY = SR_DRAFTS_KEY;
const LEGACY_KEY = SR_LEGACY_KEY;
const SAVE_DELAY_MS = 400;

/** What the SR screen says when its draft is remembered. */
export const REMEMBERED =
  'This draft is saved on this device for these references as you type; another set of references gets its own. Nothing is sent anywhere.';

interface FormState {
  readonly context: ServiceRequestContext;
  readonly severityOverride: SeverityLevel | null;
}

const EMPTY_FORM: FormState = { context: {}, severityOverride: null };

function loadStore(): { store: DraftStore; memory: Memory } {
  const result = loadJson(STORAGE_KEY);
  if (!result.ok) return { store: EMPTY_DRAFT_STORE, memory: result.reason };
  if (result.value !== undefined) {
    const store = parseDraftStore(result.value);
    return store === null
      ? { store: EMPTY_DRAFT_STORE, memory: 'corrupt' }
      : { store, memory: 'remembered' };
  }
  const legacy = loadJson(LEGACY_KEY);
  removeSaved(LEGACY_KEY);
  const legacyContext =
    legacy.ok && legacy.value !== undefined
      ? parseStoredContext((legacy.value as { context?: unknown } | null)?.context)
      : null;
  return {
    store: {
      drafts: [],
      lastStable: legacyContext === null ? null : stableFieldsOf(legacyContext),
    },
    memory: 'remembered',
  };
}

/**
 * The SR form of one incident (its set of references), autosaved on this device with the other
 * recent drafts. A different set of references starts fresh; the stable fields of the last
 * draft are only offered.
 */
export function useIncidentForm(references: readonly string[], now: number) {
  const key = incidentKey(references);
  const [initial] = useState(loadStore);
  const [store, setStore] = useState<DraftStore>(initial.store);
  const [memory, setMemory] = useState<Memory>(initial.memory);
  const [forms, setForms] = useState<ReadonlyMap<string, FormState>>(new Map());
  const saved = findDraft(store, key);
  const form = forms.get(key) ?? saved ?? EMPTY_FORM;
  const edited = forms.has(key);

  const latest = useRef({ store, form, edited, key, references, now });
  useEffect(() => {
    latest.current = { store, form, edited, key, references, now };
  });

  const commit = (next: FormState) => {
    setForms((current) => new Map(current).set(key, next));
  };

  // Edits go into the store a moment after typing stops, and at once when the page is hidden or
  // the screen is left.
  useEffect(() => {
    if (!edited || references.length === 0) return undefined;
    const timer = setTimeout(() => {
      setStore((current) => {
        const next = saveDraft(current, { references, savedAt: now, ...form });
        if (memory !== 'unavailable' && !saveJson(STORAGE_KEY, next)) setMemory('failed');
        return next;
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // `now` moves every minute; saving then would only bump the date.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, edited, key, memory]);

  useEffect(() => {
    if (memory === 'unavailable') return undefined;
    const flush = () => {
      const current = latest.current;
      if (!current.edited || current.references.length === 0) return;
      saveJson(
        STORAGE_KEY,
        saveDraft(current.store, {
          references: current.references,
          savedAt: current.now,
          ...current.form,
        }),
      );
    };
    window.addEventListener('pagehide', flush);
    // Leaving the screen inside the app (Back, a link) ends the wait for typing to stop: save now.
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [memory]);

  const offerable: StableContext | null =
    store.lastStable !== null &&
    Object.entries(store.lastStable).some(
      ([field, value]) => form.context[field as keyof ServiceRequestContext] !== value,
    )
      ? store.lastStable
      : null;

  return {
    key,
    context: form.context,
    severityOverride: form.severityOverride,
    memory,
    drafts: store.drafts,
    /** The stable fields of the last draft, when they would change this form. */
    lastStable: offerable,
    setField: <K extends keyof ServiceRequestContext>(field: K, value: ServiceRequestContext[K]) =>
      commit({ ...form, context: { ...form.context, [field]: value } }),
    setSeverityOverride: (severityOverride: SeverityLevel | null) =>
      commit({ ...form, severityOverride }),
    applyLastStable: () => {
      if (store.lastStable !== null) {
        commit({ ...form, context: { ...form.context, ...store.lastStable } });
      }
    },
    clear: () => {
      commit(EMPTY_FORM);
      setStore((current) => {
        const next = deleteDraft(current, key);
        if (memory !== 'unavailable') saveJson(STORAGE_KEY, next);
        return next;
      });
    },
    deleteDraft: (draftKey: string) =>
      setStore((current) => {
        const next = deleteDraft(current, draftKey);
        if (memory !== 'unavailable' && !saveJson(STORAGE_KEY, next)) setMemory('failed');
        return next;
      }),
  };
}
