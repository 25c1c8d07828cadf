import { useEffect, useRef, useState } from 'react';
import {
  parseStoredContext,
  withoutSecrets,
  type ServiceRequestContext,
  type SeverityLevel,
} from '../../core/index.ts';
import { loadJson, removeSaved, saveJson } from '../storage.ts';

const STORAGE_KEY = 'akamai-reference-decoder/service-request/v1';
const SAVE_DELAY_MS = 400;

export type Memory = 'remembered' | 'unavailable' | 'corrupt' | 'failed';

export const MEMORY_MESSAGES: Readonly<Record<Memory, string>> = {
  remembered: 'Saved on this device as you type, so a reload keeps it. Nothing is sent anywhere.',
  unavailable:
    'This browser does not let the app store anything here (a private window or a sandboxed frame): the form is not remembered after a reload.',
  corrupt: 'The saved form could not be read, so it starts empty.',
  failed: 'The form could not be saved (storage is full or refused): it will not survive a reload.',
};

interface SavedForm {
  readonly context: ServiceRequestContext;
  readonly severityOverride: SeverityLevel | null;
}

const EMPTY: SavedForm = { context: {}, severityOverride: null };

function isSeverity(value: unknown): value is SeverityLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function load(): { form: SavedForm; memory: Memory } {
  const result = loadJson(STORAGE_KEY);
  if (result.kind === 'unavailable') return { form: EMPTY, memory: 'unavailable' };
  if (result.kind === 'empty') return { form: EMPTY, memory: 'remembered' };
  if (result.kind === 'corrupt') return { form: EMPTY, memory: 'corrupt' };
  const stored = result.value as Record<string, unknown> | null;
  const context = parseStoredContext(stored?.context);
  if (context === null) return { form: EMPTY, memory: 'corrupt' };
  const severityOverride = isSeverity(stored?.severityOverride) ? stored.severityOverride : null;
  return { form: { context, severityOverride }, memory: 'remembered' };
}

/** A token typed into a free-text field is never kept at rest. */
function save(form: SavedForm): boolean {
  return saveJson(STORAGE_KEY, { ...form, context: withoutSecrets(form.context).context });
}

/** The SR form, autosaved (debounced) on this device, cleared on request. */
export function useSavedForm() {
  const [initial] = useState(load);
  const [form, setForm] = useState<SavedForm>(initial.form);
  const [memory, setMemory] = useState<Memory>(initial.memory);

  const latest = useRef(form);

  useEffect(() => {
    latest.current = form;
    if (memory === 'unavailable') return undefined;
    const timer = setTimeout(() => {
      if (!save(form)) setMemory('failed');
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, memory]);

  // A reload or a closed tab within the debounce delay must not lose the last edit.
  useEffect(() => {
    if (memory === 'unavailable') return undefined;
    const flush = () => save(latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [memory]);

  return {
    context: form.context,
    severityOverride: form.severityOverride,
    memory,
    setField: <K extends keyof ServiceRequestContext>(field: K, value: ServiceRequestContext[K]) =>
      setForm((current) => ({ ...current, context: { ...current.context, [field]: value } })),
    setSeverityOverride: (severityOverride: SeverityLevel | null) =>
      setForm((current) => ({ ...current, severityOverride })),
    clear: () => {
      removeSaved(STORAGE_KEY);
      setForm(EMPTY);
    },
  };
}
