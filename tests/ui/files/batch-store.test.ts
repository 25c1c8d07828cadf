import {
  CANCELLED_FILE,
  type BatchEntry,
  type FoundReference,
} from '../../../src/core/triage/index.ts';
import { describe, expect, it } from 'vitest';
import { analysePastedText, type FileOutcome } from '../../../src/core/index.ts';
import {
  BatchStore,
  type BatchSnapshot,
  type FileReader,
  type ReaderEvent,
} from '../../../src/ui/files/batch-store.ts';
import type { FileJobEvent, FileJobRequest } from '../../../src/ui/files/file-messages.ts';
import { makePageBatch } from '../../../src/ui/files/page-batch.ts';

const NOW = Date.parse('2025-11-28T12:00:00Z');

function found(text: string): readonly FoundReference[] {
  return analysePastedText(text, { now: NOW }).found;
}

/** A reader that reads nothing by itself: the test plays the worker's messages. */
class ScriptedReader implements FileReader {
  readonly requests: FileJobRequest[] = [];
  cancelled = 0;
  disposed = false;
  readonly remote = null;
  readonly send: (event: ReaderEvent) => void;
  constructor(send: (event: ReaderEvent) => void) {
    this.send = send;
  }
  read(request: FileJobRequest): void {
    this.requests.push(request);
  }
  cancel(): number[] {
    this.cancelled += 1;
    return this.requests.map((request) => request.id);
  }
  dispose(): void {
    this.disposed = true;
  }
}

/** Frames run only when the test says so. */
class Frames {
  private pending: (() => void)[] = [];
  readonly schedule = (callback: () => void) => {
    this.pending.push(callback);
    return () => {
      this.pending = this.pending.filter((held) => held !== callback);
    };
  };
  get waiting(): number {
    return this.pending.length;
  }
  run(): void {
    const due = this.pending;
    this.pending = [];
    for (const callback of due) callback();
  }
}

function setUp() {
  const frames = new Frames();
  const readers: ScriptedReader[] = [];
  const store = new BatchStore({
    startReader: (onEvent) => {
      const reader = new ScriptedReader(onEvent);
      readers.push(reader);
      return reader;
    },
    schedule: frames.schedule,
    now: () => NOW,
  });
  // As the decode screen does once its decoding script is in.
  store.attachHost(makePageBatch);
  let notified = 0;
  store.subscribe(() => (notified += 1));
  const reader = () => {
    const started = readers[0];
    if (started === undefined) throw new Error('no reader started');
    return started;
  };
  return { store, frames, reader, readers, notifications: () => notified };
}

const file = (name: string, text = 'x') => new File([text], name);

/** Every entry of a snapshot's batch, first seen first (it is on the page here: asked at once). */
function entriesOf(snapshot: BatchSnapshot): BatchEntry[] {
  const answerNow = snapshot.batch.answerNow;
  if (answerNow === null) throw new Error('the batch is not on the page');
  return answerNow({ kind: 'cards', question: { count: Number.MAX_SAFE_INTEGER } });
}

const progress = (id: number, text: string, bytesRead = 1): FileJobEvent => ({
  type: 'progress',
  id,
  bytesRead,
  size: 10,
  found: found(text).length,
  findings: { found: found(text), rejected: [] },
});

const decoded: FileOutcome = {
  ok: true,
  format: 'text',
  references: 1,
  rejected: 0,
  secrets: [],
  dropped: null,
  notes: [],
};

describe('BatchStore', () => {
  it('starts no reader until a file comes, then shows the file at once', () => {
    const { store, readers, notifications } = setUp();
    expect(readers).toHaveLength(0);
    expect(store.getSnapshot()).toMatchObject({ files: [], busy: false });
    store.addFiles([file('a.log')], false);
    expect(readers).toHaveLength(1);
    expect(notifications()).toBe(1);
    expect(store.getSnapshot().files).toMatchObject([{ name: 'a.log', outcome: null }]);
    expect(store.getSnapshot().busy).toBe(true);
  });

  it('tells listeners of a stream of reports once per frame, with all of them in', () => {
    const { store, frames, reader, notifications } = setUp();
    store.addFiles([file('a.log')], false);
    const before = store.getSnapshot();
    for (let index = 1; index <= 50; index += 1) {
      reader().send(progress(1, `Reference #18.4c96df17.1764000000.${index.toString(16)}`));
    }
    // Fifty reports, nothing told yet: the snapshot stays the same object until the frame.
    expect(store.getSnapshot()).toBe(before);
    expect(frames.waiting).toBe(1);
    frames.run();
    expect(notifications()).toBe(2);
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.batch.digest.size).toBe(50);
    expect(after.files[0]?.found).toBe(1);
    expect(after.batch.digest.summary.refusals).toBe(50);
  });

  it('says a file is done when the reader says so, and keeps what it found', () => {
    const { store, frames, reader } = setUp();
    store.addFiles([file('a.log')], false);
    reader().send(progress(1, 'Reference #18.4c96df17.1764000000.1'));
    reader().send({ type: 'done', id: 1, outcome: decoded });
    frames.run();
    const snapshot = store.getSnapshot();
    expect(snapshot.busy).toBe(false);
    expect(snapshot.files[0]).toMatchObject({ outcome: decoded, bytesRead: 1 });
    expect(entriesOf(snapshot).map((entry) => entry.sources)).toEqual([['a.log']]);
  });

  it('joins the pasted text and the files in one batch, the paste first', () => {
    const { store, frames, reader } = setUp();
    store.addFiles([file('a.log')], false);
    reader().send(progress(1, 'Reference #18.4c96df17.1764000000.1'));
    frames.run();
    const pasted = found('Reference #18.4c96df17.1764000000.1 Reference #30.4c96df17.1764000000.2');
    store.setPasted(pasted);
    // A paste is shown at once, not at the next frame.
    const joined = store.getSnapshot();
    expect(joined.pasted).toBe(pasted);
    expect(entriesOf(joined).map((entry) => entry.sources)).toEqual([
      ['pasted text', 'a.log'],
      ['pasted text'],
    ]);
    // Files read later join the paste's batch too.
    reader().send(progress(1, 'Reference #97.4c96df17.1764000000.3'));
    frames.run();
    expect(store.getSnapshot().batch.digest.size).toBe(3);
    store.setPasted([]);
    expect(entriesOf(store.getSnapshot()).map((entry) => entry.sources)).toEqual([
      ['a.log'],
      ['a.log'],
    ]);
  });

  it('marks unread files cancelled, and clears everything on request', () => {
    const { store, frames, reader } = setUp();
    store.addFiles([file('a.log'), file('b.log')], false);
    reader().send(progress(1, 'Reference #18.4c96df17.1764000000.1'));
    store.cancel();
    expect(frames.waiting).toBe(0);
    expect(store.getSnapshot().files.map((status) => status.outcome)).toEqual([
      CANCELLED_FILE,
      CANCELLED_FILE,
    ]);
    expect(store.getSnapshot().busy).toBe(false);
    store.clear();
    expect(store.getSnapshot()).toMatchObject({ files: [], busy: false });
    expect(store.getSnapshot().batch.digest.size).toBe(0);
  });

  it('refuses a file that is too large before reading it', () => {
    const { store, readers } = setUp();
    const huge = { name: 'huge.log', size: 10 ** 9 } as File;
    store.addFiles([huge], false);
    expect(readers).toHaveLength(0);
    expect(store.getSnapshot().files[0]?.outcome).toMatchObject({ ok: false, cancelled: false });
  });

  it('ignores reports for files it no longer lists, and stops its reader when disposed', () => {
    const { store, frames, reader } = setUp();
    store.addFiles([file('a.log')], false);
    store.clear();
    reader().send(progress(1, 'Reference #18.4c96df17.1764000000.1'));
    frames.run();
    expect(store.getSnapshot().batch.digest.size).toBe(0);
    store.addFiles([file('b.log')], false);
    reader().send(progress(2, 'Reference #18.4c96df17.1764000000.1'));
    store.dispose();
    expect(reader().disposed).toBe(true);
    expect(frames.waiting).toBe(0);
  });

  it('keeps what a file gave before the page batch was made, and the paste, for when it is', () => {
    const store = new BatchStore({
      startReader: (onEvent) => {
        const reader = new ScriptedReader(onEvent);
        queueMicrotask(() => reader.send(progress(1, 'Reference #18.4c96df17.1764000000.1')));
        return reader;
      },
      schedule: (callback) => {
        callback();
        return () => undefined;
      },
      now: () => NOW,
    });
    store.setPasted(found('Reference #30.4c96df17.1764000000.2'));
    store.addFiles([file('a.log')], false);
    return Promise.resolve().then(() => {
      expect(store.getSnapshot().files[0]?.found).toBe(1);
      expect(store.getSnapshot().batch.digest.size).toBe(0);
      expect(store.getSnapshot().batch.answerNow).toBeNull();
      store.attachHost(makePageBatch);
      expect(entriesOf(store.getSnapshot()).map((entry) => entry.sources)).toEqual([
        ['pasted text'],
        ['a.log'],
      ]);
    });
  });
});
