import { useEffect, useState, useSyncExternalStore } from 'react';
import { BatchStore, type BatchSnapshot } from './batch-store.ts';
import { FileBatchClient } from './file-batch-client.ts';

export type { FileStatus } from './batch-store.ts';

export interface FileBatch extends BatchSnapshot {
  readonly store: BatchStore;
}

/** The decode screen's batch store, made once per screen and read on every update. */
export function useFileBatch(): FileBatch {
  const [store] = useState(
    () => new BatchStore({ startReader: (onEvent) => new FileBatchClient(onEvent) }),
  );
  useEffect(() => () => store.dispose(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snapshot, store };
}
