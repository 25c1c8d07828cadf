import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  CANCELLED_FILE,
  SourceEntries,
  checkFile,
  type BatchEntry,
  type BatchRejected,
} from '../../core/triage/index.ts';
import { type FileOutcome } from '../../core/index.ts';
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
  /** A file is being read, or its references are not all on screen yet. */
  readonly busy: boolean;
  readonly addFiles: (files: readonly File[], keepQuery: boolean) => void;
  readonly cancel: () => void;
  readonly clear: () => void;
}

/** Streaming chunks re-render the page at most this often; the rest is batched. */
const RENDER_INTERVAL_MS = 250;

/** Each render of the batch has a version: the data is current when its version caught up. */
interface FileStatuses {
  readonly list: readonly FileStatus[];
  readonly version: number;
}

interface BatchData {
  readonly sources: readonly (readonly BatchEntry[])[];
  readonly rejected: readonly BatchRejected[];
  readonly version: number;
}

const NO_FILES: FileStatuses = { list: [], version: 0 };
const NO_DATA: BatchData = { sources: [], rejected: [], version: 0 };

export function useFileBatch(): FileBatch {
  const [files, setFiles] = useState<FileStatuses>(NO_FILES);
  const version = useRef(0);
  const [data, setData] = useState<BatchData>(NO_DATA);
  /** False from handing React new batch data until it is on screen: the next waits for it. */
  const dataShown = useRef(true);
  /** New batch data arrived while the last was still rendering: send it once that is shown. */
  const dataWaiting = useRef(false);
  const statuses = useRef(new Map<number, FileStatus>());
  const accumulators = useRef(new Map<number, SourceEntries>());
  const client = useRef<FileBatchClient | null>(null);
  const nextId = useRef(1);
  const renderTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const render = useCallback(() => {
    renderTimer.current = null;
    const ids = [...statuses.current.keys()];
    version.current += 1;
    // File statuses are small: shown at once, so progress always moves.
    setFiles({
      list: ids.map((id) => statuses.current.get(id) as FileStatus),
      version: version.current,
    });
    if (!dataShown.current) {
      // The last batch is still being rendered: a newer one would only restart it.
      dataWaiting.current = true;
      return;
    }
    dataShown.current = false;
    const next: BatchData = {
      sources: ids.map((id) => accumulators.current.get(id)?.list() ?? []),
      rejected: ids.flatMap((id) => accumulators.current.get(id)?.rejected() ?? []),
      version: version.current,
    };
    // A transition: React renders the batch in slices, so a large update never blocks input.
    startTransition(() => setData(next));
  }, []);

  useEffect(() => {
    dataShown.current = true;
    if (dataWaiting.current) {
      dataWaiting.current = false;
      render();
    }
  }, [data, render]);

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

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
      if (renderTimer.current !== null) clearTimeout(renderTimer.current);
    },
    [],
  );

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
          outcome: check.ok ? null : { ok: false, reason: check.reason, cancelled: false },
        });
        accumulators.current.set(id, new SourceEntries(file.name));
        // Made on first use, so a file dropped the moment the page appears is read too.
        client.current ??= new FileBatchClient(onEvent);
        if (check.ok) client.current.read({ id, file, now, keepQuery });
      }
      scheduleRender(true);
    },
    [scheduleRender, onEvent],
  );

  const cancel = useCallback(() => {
    for (const id of client.current?.cancel() ?? []) {
      const status = statuses.current.get(id);
      if (status) statuses.current.set(id, { ...status, outcome: CANCELLED_FILE });
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
    files: files.list,
    sources: data.sources,
    rejected: data.rejected,
    // Busy while a file is read, or while its last references are still on their way to the screen.
    busy: files.list.some((file) => file.outcome === null) || data.version < files.version,
    addFiles,
    cancel,
    clear,
  };
}
