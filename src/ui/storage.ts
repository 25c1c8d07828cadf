/**
 * The browser's localStorage when the page may use it. A sandboxed iframe without same-origin,
 * private modes and full quotas refuse it: the app then keeps working and says it cannot remember.
 */
export type StorageStatus = 'available' | 'unavailable';

function storage(): Storage | null {
  try {
    const store = window.localStorage;
    const probe = '__akamai-decoder-probe__';
    store.setItem(probe, probe);
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

export function storageStatus(): StorageStatus {
  return storage() === null ? 'unavailable' : 'available';
}

/** `value` is `undefined` when nothing is saved under the key (JSON never parses to it). */
export type LoadResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'corrupt' | 'unavailable' };

export function loadJson(key: string): LoadResult {
  const store = storage();
  if (store === null) return { ok: false, reason: 'unavailable' };
  const raw = store.getItem(key);
  if (raw === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    store.removeItem(key);
    return { ok: false, reason: 'corrupt' };
  }
}

/** Saves, and says whether it worked (quota and sandboxing make it fail). */
export function saveJson(key: string, value: unknown): boolean {
  const store = storage();
  if (store === null) return false;
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeSaved(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing was stored where storage is refused.
  }
}
