import { parseStoredContext, type ServiceRequestContext } from './context.ts';
import { STABLE_FIELDS, cleaningOf, type StableField } from './context-fields.ts';
import { findSecrets, withoutSecrets } from '../privacy/index.ts';
import type { SeverityLevel } from './severity.ts';

/**
 * One incident, one form: a draft belongs to its set of references. Drafts are kept on this
 * device (newest first, a few of them) so earlier incidents stay reachable; the fields that stay
 * the same between incidents are kept apart and only offered, never applied silently.
 */

export const RECENT_DRAFT_LIMIT = 8;
/** A saved draft names at most this many references (an SR link carries no more). */
const SAVED_REFERENCE_LIMIT = 100;

export { STABLE_FIELDS, type StableField } from './context-fields.ts';
export type StableContext = Pick<ServiceRequestContext, StableField>;

export interface SavedDraft {
  /** The incident: its references, sorted, joined. */
  readonly key: string;
  /** Its references, freshest first as the draft lists them (at most 100). */
  readonly references: readonly string[];
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  readonly context: ServiceRequestContext;
  readonly severityOverride: SeverityLevel | null;
}

export interface DraftStore {
  /** Newest first. */
  readonly drafts: readonly SavedDraft[];
  /** The stable fields of the last draft that had any. */
  readonly lastStable: StableContext | null;
}

export const EMPTY_DRAFT_STORE: DraftStore = { drafts: [], lastStable: null };

/** The same set of references is the same incident, whatever order they came in. */
export function incidentKey(references: readonly string[]): string {
  return [...new Set(references)].sort().join(',');
}

/** Credentials never rest in storage: typed text is cleaned, other credential-like fields go. */
export function storableContext(context: ServiceRequestContext): ServiceRequestContext {
  const { context: clean } = withoutSecrets(context, cleaningOf);
  return Object.fromEntries(
    Object.entries(clean).filter(
      ([, value]) => typeof value !== 'string' || findSecrets(value).length === 0,
    ),
  ) as ServiceRequestContext;
}

export function stableFieldsOf(context: ServiceRequestContext): StableContext | null {
  const stable = Object.fromEntries(
    STABLE_FIELDS.flatMap((field) => {
      const value = context[field];
      return value === undefined || value === '' ? [] : [[field, value]];
    }),
  ) as StableContext;
  return Object.keys(stable).length === 0 ? null : stable;
}

function isSeverity(value: unknown): value is SeverityLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function parseDraft(stored: unknown): SavedDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const references = Array.isArray(record.references)
    ? record.references
        .filter((reference): reference is string => typeof reference === 'string')
        .slice(0, SAVED_REFERENCE_LIMIT)
    : [];
  const context = parseStoredContext(record.context);
  if (references.length === 0 || context === null || typeof record.savedAt !== 'number') {
    return null;
  }
  return {
    key: incidentKey(references),
    references,
    savedAt: record.savedAt,
    context,
    severityOverride: isSeverity(record.severityOverride) ? record.severityOverride : null,
  };
}

/** A store read back from storage; null when it is not one (corrupt), so the app starts clean. */
export function parseDraftStore(stored: unknown): DraftStore | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const record = stored as Record<string, unknown>;
  if (!Array.isArray(record.drafts)) return null;
  const drafts = record.drafts
    .map(parseDraft)
    .filter((draft): draft is SavedDraft => draft !== null)
    .slice(0, RECENT_DRAFT_LIMIT);
  const stableContext = parseStoredContext(record.lastStable);
  return {
    drafts,
    lastStable: stableContext === null ? null : stableFieldsOf(stableContext),
  };
}

/** The store with this draft saved (replacing its incident's earlier one), newest first. */
export function saveDraft(store: DraftStore, draft: Omit<SavedDraft, 'key'>): DraftStore {
  const context = storableContext(draft.context);
  const saved: SavedDraft = {
    ...draft,
    references: draft.references.slice(0, SAVED_REFERENCE_LIMIT),
    key: incidentKey(draft.references),
    context,
  };
  const empty = Object.values(context).every((value) => value === undefined || value === '');
  const others = store.drafts.filter((existing) => existing.key !== saved.key);
  return {
    // An untouched form is not a draft worth listing.
    drafts: (empty && saved.severityOverride === null ? others : [saved, ...others]).slice(
      0,
      RECENT_DRAFT_LIMIT,
    ),
    lastStable: stableFieldsOf(context) ?? store.lastStable,
  };
}

export function deleteDraft(store: DraftStore, key: string): DraftStore {
  return { ...store, drafts: store.drafts.filter((draft) => draft.key !== key) };
}

export function findDraft(store: DraftStore, key: string): SavedDraft | null {
  return store.drafts.find((draft) => draft.key === key) ?? null;
}
