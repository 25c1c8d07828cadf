import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  SourceAccumulator,
  checkFile,
  type BatchEntry,
  type BatchRejected,
  type FileOutcome,
} from '../../core/index.ts';
import { FileBatchClient } from './file-batch-client.ts';
import type { FileJobEvent } from './file-messages.ts';

export interface FileStatus {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly bytesRead: number;
  /** Distinct references found so far (grows while the file is read). */
  readonly found: number;
  /** Null while the file is still queued or being read. */
  readonly outcome: FileOutcome | null;
}

export interface FileBatch {
  readonly files: readonly FileStatus[];
  /** Each file's references, in the order the files were added. */
  readonly sources: readonly (readonly BatchEntry[])[];
  readonly rejected: readonly BatchRejected[];
  readonly busy: boolean;
  readonly addFiles: (files: readonly File[], keepQuery: boolean) => void;
  readonly cancel: () => void;
  readonly clear: () => void;
}

/** Streaming chunks re-render the page at most this often; the rest is batched. */
const RENDER_INTERVAL_MS = 250;

interface Snapshot {
  readonly files: readonly FileStatus[];
  readonly sources: readonly (readonly BatchEntry[])[];
  readonly rejected: readonly BatchRejected[];
}

const EMPTY: Snapshot = { files: [], sources: [], rejected: [] };

export function useFileBatch(): FileBatch {
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY);
  const statuses = useRef(new Map<number, FileStatus>());
  const accumulators = useRef(new Map<number, SourceAccumulator>());
  const client = useRef<FileBatchClient | null>(null);
  const nextId = useRef(1);
  const renderTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const render = useCallback(() => {
    renderTimer.current = null;
    const ids = [...statuses.current.keys()];
    const next: Snapshot = {
      files: ids.map((id) => statuses.current.get(id) as FileStatus),
      sources: ids.map((id) => accumulators.current.get(id)?.list() ?? []),
      rejected: ids.flatMap((id) => accumulators.current.get(id)?.rejected() ?? []),
    };
    // A transition: React renders the batch in slices, so a large update never blocks input.
    startTransition(() => setSnapshot(next));
  }, []);

  const scheduleRender = useCallback(
    (now: boolean) => {
      if (now) {
        if (renderTimer.current !== null) clearTimeout(renderTimer.current);
        render();
      } else if (renderTimer.current === null) {
        renderTimer.current = setTimeout(render, RENDER_INTERVAL_MS);
      }
    },
    [render],
  );

  const onEvent = useCallback(
    (event: FileJobEvent) => {
      const status = statuses.current.get(event.id);
      const accumulator = accumulators.current.get(event.id);
      if (status === undefined || accumulator === undefined) return;
      if (event.type === 'progress') {
        accumulator.add(event.findings);
        statuses.current.set(event.id, {
          ...status,
          bytesRead: event.bytesRead,
          found: accumulator.size,
        });
        scheduleRender(false);
      } else {
        statuses.current.set(event.id, {
          ...status,
          bytesRead: status.size,
          outcome: event.outcome,
        });
        scheduleRender(true);
      }
    },
    [scheduleRender],
  );

  useEffect(() => {
    const current = new FileBatchClient(onEvent);
    client.current = current;
    return () => {
      current.dispose();
      if (renderTimer.current !== null) clearTimeout(renderTimer.current);
    };
  }, [onEvent]);

  const addFiles = useCallback(
    (files: readonly File[], keepQuery: boolean) => {
      const now = Date.now();
      for (const file of files) {
        const id = nextId.current++;
        // Too large is known before reading: say so at once rather than after a queue.
        const check = checkFile(file);
        statuses.current.set(id, {
          id,
          name: file.name,
          size: file.size,
          bytesRead: 0,
          found: 0,
          outcome: check.ok ? null : { status: 'failed', reason: check.reason },
        });
        accumulators.current.set(id, new SourceAccumulator(file.name));
        if (check.ok) client.current?.read({ id, file, now, keepQuery });
      }
      scheduleRender(true);
    },
    [scheduleRender],
  );

  const cancel = useCallback(() => {
    for (const id of client.current?.cancel() ?? []) {
      const status = statuses.current.get(id);
      if (status) statuses.current.set(id, { ...status, outcome: { status: 'cancelled' } });
    }
    scheduleRender(true);
  }, [scheduleRender]);

  const clear = useCallback(() => {
    client.current?.cancel();
    statuses.current.clear();
    accumulators.current.clear();
    scheduleRender(true);
  }, [scheduleRender]);

  return {
    ...snapshot,
    busy: snapshot.files.some((file) => file.outcome === null),
    addFiles,
    cancel,
    clear,
  };
}
