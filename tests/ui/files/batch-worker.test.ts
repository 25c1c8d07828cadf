import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_ENTRIES_KEPT, SR_REFERENCE_LIMIT } from '../../../src/core/triage/index.ts';
import {
  BatchStore,
  type BatchAccess,
  type BatchSnapshot,
} from '../../../src/ui/files/batch-store.ts';
import { FileBatchClient } from '../../../src/ui/files/file-batch-client.ts';
import type { BatchWorkerEvent } from '../../../src/ui/files/file-messages.ts';
import { makePageBatch } from '../../../src/ui/files/page-batch.ts';
import { InPageWorker, useInPageWorker } from './in-page-worker.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const START = 1_764_000_000;
/** A log of `count` refused calls, one second apart, each with its own request id. */
function log(count: number, code = 18): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `WARN POST https://api.example/rest/item/${index} 403 Reference #${code}.4c96df17.${START + index}.${(index + 1).toString(16)}`,
  ).join('\n');
}

function setUp() {
  const store = new BatchStore({ startReader: (onEvent) => new FileBatchClient(onEvent) });
  store.attachHost(makePageBatch);
  const settled = () =>
    new Promise<BatchSnapshot>((resolve) => {
      const check = () => {
        const snapshot = store.getSnapshot();
        if (!snapshot.busy && snapshot.files.length > 0) {
          unsubscribe();
          resolve(snapshot);
        }
      };
      const unsubscribe = store.subscribe(check);
      check();
    });
  return { store, settled };
}

/** A ceiling for the in-page worker's round trips on a busy machine (vi.waitFor's default is 1 s). */
const WORKER_WAIT = { timeout: 10_000, interval: 20 };

/** The table's first rows, newest first, as the page asks for them. */
function firstRows(batch: BatchAccess, text: string, limit: number) {
  return batch.ask({
    kind: 'table',
    question: {
      sortKey: 'time',
      direction: 'descending',
      filter: { text, reasonCode: null },
      limit,
    },
  });
}

/** Entries (a reference with its sources and requests) anywhere in a message. */
function entriesIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const own = 'reference' in value && 'sources' in value && 'requests' in value ? 1 : 0;
  return own + Object.values(value).reduce<number>((sum, item) => sum + entriesIn(item), 0);
}

describe('a batch kept in the file worker', () => {
  it('sends the page digests and the rows it asks for, never the references it read', async () => {
    useInPageWorker();
    const { store, settled } = setUp();
    store.addFiles([new File([log(3000)], 'gateway.log')], false);
    const { batch, files } = await settled();
    expect(files[0]?.found).toBe(3000);
    expect(batch.answerNow).toBeNull();
    expect(batch.digest.size).toBe(3000);
    expect(batch.digest.summary.refusals).toBe(3000);
    expect(batch.digest.serviceRequest.references[0]).toBe(`18.4c96df17.${START + 2999}.bb8`);
    expect(batch.digest.first).toHaveLength(FIRST_ENTRIES_KEPT);

    const page = await firstRows(batch, 'item/29', 100);
    // item/29, item/290-299, item/2900-2999: 111 match, the page gets the 100 it shows.
    expect(page.matching).toBe(111);
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0]?.entry.reference.reference).toBe(`18.4c96df17.${START + 2999}.bb8`);

    const sent: BatchWorkerEvent[] = InPageWorker.sent;
    expect(sent.filter((event) => event.type === 'progress').length).toBeGreaterThan(0);
    for (const event of sent) {
      expect(event).not.toHaveProperty('findings');
      if (event.type === 'digest')
        expect(entriesIn(event)).toBeLessThanOrEqual(FIRST_ENTRIES_KEPT + SR_REFERENCE_LIMIT);
    }
    // Every message to the page together: far fewer entries than the batch holds.
    const crossed = sent
      .filter((event) => event.type !== 'digest')
      .reduce((sum, event) => sum + entriesIn(event), 0);
    expect(crossed).toBeLessThanOrEqual(100);
    store.dispose();
  });

  it('joins a paste to the files there, keeps the selection there, and exports from there', async () => {
    useInPageWorker();
    const { store, settled } = setUp();
    store.addFiles([new File([log(20)], 'a.log')], false);
    await settled();
    store.setPasted([]);
    const { analysePastedText } = await import('../../../src/core/index.ts');
    const pasted = analysePastedText(
      `Reference #18.4c96df17.${START}.1 and Reference #30.4c96df17.${START + 50}.ff`,
      { now: (START + 60) * 1000 },
    ).found;
    store.setPasted(pasted);
    await vi.waitFor(() => expect(store.getSnapshot().batch.digest.size).toBe(21), WORKER_WAIT);
    const { batch } = store.getSnapshot();
    expect(batch.digest.first[0]?.sources).toEqual(['pasted text', 'a.log']);

    await batch.ask({
      kind: 'select',
      question: { matching: { text: '', reasonCode: 30 }, on: true },
    });
    const page = await firstRows(batch, '', 5);
    expect(page.selected).toBe(1);
    expect(page.selectionPick.references).toEqual([`30.4c96df17.${START + 50}.ff`]);
    const csv = await batch.ask({
      kind: 'export',
      question: { what: 'references', format: 'csv', nowMs: 0 },
    });
    expect(csv.split('\r\n')).toHaveLength(23); // header, 21 references, final line break
    store.dispose();
  });

  it('joins a paste made before the first file (the worker starts with the file)', async () => {
    useInPageWorker();
    const { store, settled } = setUp();
    const { analysePastedText } = await import('../../../src/core/index.ts');
    store.setPasted(
      analysePastedText(`Reference #30.4c96df17.${START + 50}.ff`, { now: (START + 60) * 1000 })
        .found,
    );
    store.addFiles([new File([log(20)], 'a.log')], false);
    const { batch } = await settled();
    expect(batch.answerNow).toBeNull();
    await vi.waitFor(() => expect(store.getSnapshot().batch.digest.size).toBe(21), WORKER_WAIT);
  });

  it('keeps what a cancelled file gave, and forgets everything on clear', async () => {
    useInPageWorker();
    const { store, settled } = setUp();
    store.addFiles([new File([log(5)], 'first.log')], false);
    await settled();
    store.addFiles([new File([log(5000, 30)], 'second.log')], false);
    store.cancel();
    expect(store.getSnapshot().files[1]?.outcome).toMatchObject({ cancelled: true });
    // Files are read in turn: once a third is in, the cancelled one was read or skipped.
    store.addFiles([new File(['Reference #97.4c96df17.1764000000.1'], 'third.log')], false);
    const { batch } = await settled();
    expect(batch.digest.codes.map((code) => code.reasonCode)).toEqual([18, 97]);
    expect(batch.digest.size).toBe(6);
    store.clear();
    await vi.waitFor(() => expect(store.getSnapshot().batch.digest.size).toBe(0), WORKER_WAIT);
    // The worker forgot them: asked again, it has nothing.
    const page = await firstRows(store.getSnapshot().batch, '', 100);
    expect(page.total).toBe(0);
    store.dispose();
  });

  it('reads on the page instead when the worker is refused after it started', async () => {
    class RefusedWorker extends InPageWorker {
      override postMessage(): void {
        setTimeout(() => this.onerror?.(new Event('error')), 0);
      }
    }
    vi.stubGlobal('Worker', RefusedWorker);
    const { store, settled } = setUp();
    store.addFiles([new File([log(30)], 'gateway.log')], false);
    const { batch } = await settled();
    expect(batch.answerNow).not.toBeNull();
    expect(batch.digest.size).toBe(30);
    store.dispose();
  });
});
