import { describe, expect, it } from 'vitest';
import {
  BatchHost,
  EMPTY_DIGEST,
  FIRST_ENTRIES_KEPT,
  SR_REFERENCE_LIMIT,
  akamaiCodeName,
  analysePastedText,
  batchFromExtraction,
  buildTimeline,
  combineSources,
  referencesForServiceRequest,
  referencesToCsv,
  referencesToJson,
  summariseBatch,
  summaryToCsv,
  summaryToJson,
  type BatchEntry,
  type FoundReference,
  type TablePage,
  type TableQuery,
} from '../../../src/core/triage/index.ts';
import { LINK_REFERENCE_LIMIT } from '../../../src/core/share/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const found = (text: string): readonly FoundReference[] =>
  analysePastedText(text, { now: FIXED_NOW }).found;

/** `Reference #code.ip.epoch.rid` lines, one per request id. */
const lines = (code: number, ip: string, epoch: number, rids: readonly number[]): string =>
  rids.map((rid) => `Reference #${code}.${ip}.${epoch + rid}.${rid.toString(16)}`).join('\n');

const ALL = { text: '', reasonCode: null } as const;

const query = (overrides: Partial<TableQuery> = {}): TableQuery => ({
  sortKey: 'time',
  direction: 'ascending',
  filter: ALL,
  limit: 1000,
  ...overrides,
});

const table = (host: BatchHost, overrides: Partial<TableQuery> = {}): TablePage =>
  host.answer({ kind: 'table', question: query(overrides) });

const shown = (page: TablePage): string[] => page.rows.map((row) => row.entry.reference.reference);

const names = (entries: readonly BatchEntry[]): string[] =>
  entries.map((entry) => entry.reference.reference);

const foundNames = (list: readonly FoundReference[]): string[] =>
  list.map((seen) => seen.reference.reference);

const CODE_18 = found(lines(18, '4c96df17', 1_764_000_000, [1, 2, 3, 4]));
const CODE_30 = found(lines(30, '4c96df18', 1_764_000_100, [5, 6, 7]));
const CODE_97 = found(lines(97, '01020304', 1_764_000_200, [8, 9]));

function hostWith(...sources: [string, readonly FoundReference[]][]): BatchHost {
  const host = new BatchHost(akamaiCodeName);
  for (const [source, list] of sources) host.addFound(source, list, []);
  return host;
}

describe('BatchHost: table answers are never stale', () => {
  it('answers the same question afresh after more file messages and after a paste', () => {
    const host = hostWith(['a.log', CODE_18]);
    const question = { filter: { text: '4c96df18', reasonCode: null }, limit: 2 };
    expect(table(host, question)).toMatchObject({ matching: 0, total: 4, rows: [] });

    host.addFound('a.log', CODE_30, []);
    const after = table(host, question);
    expect(after.matching).toBe(3);
    expect(after.total).toBe(7);
    expect(shown(after)).toEqual(foundNames(CODE_30).slice(0, 2));

    host.setPasted(found('Reference #18.4c96df18.1764000050.a'));
    const pasted = table(host, question);
    expect(pasted.matching).toBe(4);
    expect(pasted.total).toBe(8);
    expect(shown(pasted)).toEqual(['18.4c96df18.1764000050.a', CODE_30[0]?.reference.reference]);
  });

  it('sees a row change in place: a reference seen again with a request that now matches', () => {
    const host = hostWith(['a.log', CODE_18]);
    const byStatus = { filter: { text: '', reasonCode: null, httpStatus: 403 } };
    expect(table(host, byStatus).matching).toBe(0);
    const again = CODE_18[1] as FoundReference;
    host.addFound(
      'b.har',
      [
        {
          reference: again.reference,
          request: {
            method: 'GET',
            url: 'https://a.example.com/x',
            host: 'a.example.com',
            path: '/x',
            status: 403,
            startedUtc: null,
            serverIp: null,
            from: 'har',
          },
        },
      ],
      [],
    );
    const page = table(host, byStatus);
    expect(shown(page)).toEqual([again.reference.reference]);
    expect(page.rows[0]?.entry.sources).toEqual(['a.log', 'b.har']);
    expect(page.total).toBe(4);
  });

  it('gives each of two filters asked in turn its own answer', () => {
    const host = hostWith(['a.log', [...CODE_18, ...CODE_30, ...CODE_97]]);
    const by18 = { filter: { text: '', reasonCode: 18 } };
    const by30 = { filter: { text: '', reasonCode: 30 } };
    for (let round = 0; round < 2; round += 1) {
      expect(shown(table(host, by18))).toEqual(foundNames(CODE_18));
      expect(shown(table(host, by30))).toEqual(foundNames(CODE_30));
    }
    // Filters that differ only in one field each are still different questions.
    const withStatus = { filter: { text: '', reasonCode: 30, httpStatus: 403 } };
    const withText = { filter: { text: '4c96df18', reasonCode: 30 } };
    expect(table(host, withStatus).matching).toBe(0);
    expect(table(host, withText).matching).toBe(3);
    expect(table(host, withStatus).matching).toBe(0);
    expect(table(host, { filter: { text: '4c96df18 fred', reasonCode: 30 } }).matching).toBe(0);
  });

  it('sorts a kept filter again when the order changes', () => {
    const host = hostWith(['a.log', [...CODE_18, ...CODE_30]]);
    const filter = { text: '', reasonCode: 18 };
    const up = shown(table(host, { filter, direction: 'ascending' }));
    const down = shown(table(host, { filter, direction: 'descending' }));
    expect(down).toEqual([...up].reverse());
    expect(shown(table(host, { filter, sortKey: 'reasonCode' }))).toEqual(up);
  });

  it('gives exactly `limit` rows from the top, and all of them when fewer match', () => {
    const host = hostWith(['a.log', [...CODE_18, ...CODE_30, ...CODE_97]]);
    const every = shown(table(host));
    expect(every).toHaveLength(9);
    for (const limit of [0, 1, 8, 9, 10]) {
      expect(shown(table(host, { limit }))).toEqual(every.slice(0, limit));
    }
  });
});

describe('BatchHost: selection', () => {
  const batch = () => hostWith(['a.log', [...CODE_18, ...CODE_30, ...CODE_97]]);
  const select = (host: BatchHost, references: readonly string[], on: boolean): number =>
    host.answer({ kind: 'select', question: { references, on } });

  it('turns references on and off, and the pick is the SR pick of what is selected', () => {
    const host = batch();
    const chosen = [CODE_30[2], CODE_18[0], CODE_97[1]].map(
      (seen) => (seen as FoundReference).reference.reference,
    );
    expect(select(host, chosen, true)).toBe(3);
    let page = table(host);
    expect(page.selected).toBe(3);
    expect(
      page.rows.filter((row) => row.selected).map((row) => row.entry.reference.reference),
    ).toEqual(shown(page).filter((reference) => chosen.includes(reference)));
    const selectedEntries = page.rows.filter((row) => row.selected).map((row) => row.entry);
    const pick = referencesForServiceRequest(selectedEntries);
    expect(page.selectionPick).toEqual(pick);
    // Freshest first: the code 97 one (latest) leads, and each entry follows its reference.
    expect(pick.references[0]).toBe(chosen[2]);
    expect(names(page.selectionEntries)).toEqual(pick.references);
    expect(page.allMatchingSelected).toBe(false);

    expect(select(host, [chosen[1] as string], false)).toBe(2);
    page = table(host);
    expect(page.selected).toBe(2);
    expect(page.selectionPick.references).toEqual([chosen[2], chosen[0]]);
  });

  it('selects every row matching a filter, then another filter, and knows when all are in', () => {
    const host = batch();
    const by18 = { text: '', reasonCode: 18 };
    const by30 = { text: '', reasonCode: 30 };
    expect(host.answer({ kind: 'select', question: { matching: by18, on: true } })).toBe(4);
    expect(table(host, { filter: by18 })).toMatchObject({ selected: 4, allMatchingSelected: true });
    expect(table(host, { filter: by30 })).toMatchObject({
      selected: 4,
      allMatchingSelected: false,
    });
    expect(table(host)).toMatchObject({ selected: 4, allMatchingSelected: false });

    expect(host.answer({ kind: 'select', question: { matching: by30, on: true } })).toBe(7);
    expect(table(host, { filter: by30 }).allMatchingSelected).toBe(true);
    expect(table(host, { filter: by18 }).allMatchingSelected).toBe(true);
    expect(table(host).allMatchingSelected).toBe(false);
    const page = table(host, { filter: by30 });
    expect(page.rows.every((row) => row.selected)).toBe(true);

    expect(host.answer({ kind: 'select', question: { matching: by18, on: false } })).toBe(3);
    expect(table(host, { filter: by18 })).toMatchObject({
      selected: 3,
      allMatchingSelected: false,
    });
    expect(table(host, { filter: by30 }).allMatchingSelected).toBe(true);
    // A filter nothing passes: nothing to select, so not "all selected".
    expect(table(host, { filter: { text: 'nothing-matches', reasonCode: null } })).toMatchObject({
      matching: 0,
      allMatchingSelected: false,
    });
  });

  it('no longer says every row is selected once new rows come in', () => {
    const host = hostWith(['a.log', CODE_18]);
    host.answer({ kind: 'select', question: { matching: ALL, on: true } });
    expect(table(host)).toMatchObject({ selected: 4, allMatchingSelected: true });
    host.addFound('a.log', CODE_30, []);
    const page = table(host);
    expect(page).toMatchObject({ total: 7, selected: 4, allMatchingSelected: false });
    const filtered = table(host, { filter: { text: '4c96df', reasonCode: null } });
    expect(filtered).toMatchObject({ matching: 7, allMatchingSelected: false });
  });

  it('picks the freshest selected errors when more are selected than an SR holds', () => {
    const many = found(
      Array.from(
        { length: SR_REFERENCE_LIMIT + 30 },
        (_, index) =>
          `Reference #18.4c96df17.${1_764_000_000 + (index % 17)}.${index.toString(16)}`,
      ).join('\n'),
    );
    const host = hostWith(['big.log', many]);
    host.answer({ kind: 'select', question: { matching: ALL, on: true } });
    const page = table(host);
    const whole = batchFromExtraction('big.log', { found: many, rejected: [] });
    expect(page.selected).toBe(many.length);
    expect(page.selectionPick).toEqual(referencesForServiceRequest(whole));
    expect(page.selectionPick.leftOut).toBe(30);
    expect(names(page.selectionEntries)).toEqual(page.selectionPick.references);
  });

  it('follows a selected entry that changes: an error seen again as a GRN leaves the pick', () => {
    const error = found('Reference #0.4c96df17.1764000000.1 Reference #18.4c96df17.1764000001.2');
    const host = hostWith(['page.html', error]);
    host.answer({ kind: 'select', question: { matching: ALL, on: true } });
    expect(table(host).selectionPick).toMatchObject({ leftOut: 0, grnsLeftOut: 0 });
    expect(table(host).selectionPick.references).toHaveLength(2);
    host.addFound('trace.har', found('Akamai-GRN: 0.4c96df17.1764000000.1'), []);
    const page = table(host);
    expect(page.selected).toBe(2);
    expect(page.selectionPick).toEqual({
      references: ['18.4c96df17.1764000001.2'],
      leftOut: 0,
      grnsLeftOut: 1,
      scale: { errors: 1, firstEpoch: 1764000001, lastEpoch: 1764000001, codes: [18] },
    });
    expect(page.selectionEntries.map((entry) => entry.sources)).toEqual([['page.html']]);
  });

  it('counts a reference selected before it is seen once it comes', () => {
    const host = hostWith(['a.log', CODE_18]);
    const later = foundNames(CODE_30)[0] as string;
    expect(host.answer({ kind: 'select', question: { references: [later], on: true } })).toBe(0);
    expect(table(host).selected).toBe(0);
    host.addFound('b.log', CODE_30, []);
    const page = table(host);
    expect(page.selected).toBe(1);
    expect(page.selectionPick.references).toEqual([later]);
    expect(
      page.rows.filter((row) => row.selected).map((row) => row.entry.reference.reference),
    ).toEqual([later]);
  });

  it('clears on {none: true} and when the files are cleared', () => {
    const host = batch();
    host.answer({ kind: 'select', question: { matching: ALL, on: true } });
    expect(host.answer({ kind: 'select', question: { none: true } })).toBe(0);
    expect(table(host)).toMatchObject({ selected: 0, allMatchingSelected: false });
    expect(table(host).rows.some((row) => row.selected)).toBe(false);

    host.setPasted(CODE_97);
    host.answer({ kind: 'select', question: { matching: ALL, on: true } });
    expect(table(host).selected).toBe(9);
    host.clearFiles();
    // The pasted references stay, but none of them is selected any more.
    const page = table(host);
    expect(page).toMatchObject({ total: 2, selected: 0, allMatchingSelected: false });
    expect(page.selectionPick.references).toEqual([]);
    expect(page.selectionEntries).toEqual([]);
    // Files dropped again bring none of the old selection back.
    host.addFound('a.log', CODE_18, []);
    expect(table(host).selected).toBe(0);
  });
});

describe('BatchHost: a paste joining files that tied a GRN to an error', () => {
  // The same response's GRN and two errors of its tail: one pasted, one in each of two files.
  const pastedError = found('Reference #30.4c96df17.1764000000.1');
  const fileError = found('Reference #18.4c96df17.1764000000.1');
  const grn = found('Akamai-GRN: 0.4c96df17.1764000000.1');
  const whole = combineSources([
    batchFromExtraction('pasted text', { found: pastedError, rejected: [] }),
    batchFromExtraction('a.log', { found: fileError, rejected: [] }),
    batchFromExtraction('b.har', { found: grn, rejected: [] }),
  ]);
  const cards = (host: BatchHost) => host.answer({ kind: 'cards', question: { count: 10 } });

  it('ties the GRN to the first error when the text was pasted first', () => {
    const host = new BatchHost(akamaiCodeName);
    host.setPasted(pastedError);
    host.addFound('a.log', fileError, []);
    host.addFound('b.har', grn, []);
    expect(cards(host)).toEqual(whole);
  });

  // Found by this test: joining the files' batch took the partner it had chosen as the entry's
  // own, so a paste made after the files left the GRN tied to the file's error.
  it('ties the GRN to the first error when the text was pasted after the files', () => {
    const host = new BatchHost(akamaiCodeName);
    host.addFound('a.log', fileError, []);
    host.addFound('b.har', grn, []);
    host.setPasted(pastedError);
    expect(cards(host)).toEqual(whole);
  });
});

describe('BatchHost.version', () => {
  it('changes on every change of the batch, and only then', () => {
    const host = new BatchHost(akamaiCodeName);
    const seen = [host.version];
    const changed = () => {
      expect(seen).not.toContain(host.version);
      seen.push(host.version);
    };
    host.addFound('a.log', CODE_18, []);
    changed();
    host.addFound('a.log', CODE_30, []);
    changed();
    const pasted = CODE_97;
    host.setPasted(pasted);
    changed();
    host.setPasted(pasted);
    expect(host.version).toBe(seen.at(-1));
    host.addFound('b.har', CODE_18.slice(0, 1), []);
    changed();
    host.clearFiles();
    changed();
    host.setPasted([]);
    changed();
    host.clearFiles();
    changed();
    host.addFound('a.log', CODE_18, []);
    changed();
    // Questions change nothing.
    const before = host.version;
    table(host, { filter: { text: '', reasonCode: 18 } });
    host.answer({ kind: 'select', question: { matching: ALL, on: true } });
    host.answer({
      kind: 'export',
      question: { what: 'references', format: 'csv', nowMs: FIXED_NOW },
    });
    host.digest(FIXED_NOW);
    expect(host.version).toBe(before);
    expect(host.digest(FIXED_NOW).version).toBe(before);
  });
});

describe('BatchHost: exports', () => {
  it('exports the whole batch first seen first, as the export functions do', () => {
    const host = hostWith(['a.log', [...CODE_30, ...CODE_18]], ['b.har', CODE_97]);
    host.setPasted(CODE_18.slice(2));
    const whole = combineSources([
      batchFromExtraction('pasted text', { found: CODE_18.slice(2), rejected: [] }),
      batchFromExtraction('a.log', { found: [...CODE_30, ...CODE_18], rejected: [] }),
      batchFromExtraction('b.har', { found: CODE_97, rejected: [] }),
    ]);
    // The pasted text comes first whenever it was pasted.
    expect(names(whole).slice(0, 2)).toEqual(foundNames(CODE_18.slice(2)));
    expect(whole[0]?.sources).toEqual(['pasted text', 'a.log']);
    const ask = (what: 'references' | 'summary', format: 'csv' | 'json') =>
      host.answer({ kind: 'export', question: { what, format, nowMs: FIXED_NOW } });
    expect(ask('references', 'csv')).toBe(referencesToCsv(whole));
    expect(ask('references', 'json')).toBe(referencesToJson(whole, FIXED_NOW));
    expect(ask('summary', 'csv')).toBe(summaryToCsv(summariseBatch(whole)));
    expect(ask('summary', 'json')).toBe(
      summaryToJson(summariseBatch(whole), buildTimeline(whole), FIXED_NOW),
    );
    // A later file message is in the next export.
    host.addFound('c.txt', found('Reference #7.7f000001.1764000300.1'), []);
    expect(ask('references', 'csv')).toContain('7.7f000001.1764000300.1');
  });

  it('exports only the selected references when asked, in first-seen order', () => {
    const host = hostWith(['a.log', [...CODE_30, ...CODE_18]], ['b.har', CODE_97]);
    host.answer({ kind: 'select', question: { matching: { text: '', reasonCode: 97 }, on: true } });
    host.answer({
      kind: 'select',
      question: { references: [CODE_30[0]?.reference.reference ?? ''], on: true },
    });
    const selected = combineSources([
      batchFromExtraction('a.log', { found: [...CODE_30, ...CODE_18], rejected: [] }),
      batchFromExtraction('b.har', { found: CODE_97, rejected: [] }),
    ]).filter(
      (entry) =>
        entry.reference.reasonCode === 97 ||
        entry.reference.reference === CODE_30[0]?.reference.reference,
    );
    const csv = host.answer({
      kind: 'export',
      question: { what: 'references', format: 'csv', nowMs: FIXED_NOW, selectedOnly: true },
    });
    expect(csv).toBe(referencesToCsv(selected));
    expect(selected.length).toBe(CODE_97.length + 1);
  });
});

describe('BatchHost: cards and the digest stay compact', () => {
  it('gives, empty, the digest the page shows before its batch is made', () => {
    expect(new BatchHost(akamaiCodeName).digest(0)).toEqual(EMPTY_DIGEST);
  });

  const big = found(
    Array.from(
      { length: 5000 },
      (_, index) => `Reference #18.4c96df17.${1_764_000_000 + (index % 600)}.${index.toString(16)}`,
    ).join('\n'),
  );

  it('keeps a digest of a 5,000-reference batch to the first entries and the SR pick', () => {
    const host = new BatchHost(akamaiCodeName);
    for (let start = 0; start < big.length; start += 700) {
      host.addFound('big.log', big.slice(start, start + 700), []);
      expect(host.digest(FIXED_NOW).first.length).toBeLessThanOrEqual(FIRST_ENTRIES_KEPT);
    }
    const digest = host.digest(FIXED_NOW);
    expect(digest.size).toBe(5000);
    expect(digest.first).toHaveLength(FIRST_ENTRIES_KEPT);
    expect(names(digest.first)).toEqual(foundNames(big.slice(0, FIRST_ENTRIES_KEPT)));
    expect(digest.serviceRequestEntries).toHaveLength(SR_REFERENCE_LIMIT);
    expect(digest.first.length + digest.serviceRequestEntries.length).toBeLessThanOrEqual(
      FIRST_ENTRIES_KEPT + SR_REFERENCE_LIMIT,
    );
    expect(digest.serviceRequest.leftOut).toBe(5000 - SR_REFERENCE_LIMIT);
  });

  it('holds at least as many first entries as a link carries', () => {
    expect(FIRST_ENTRIES_KEPT).toBeGreaterThanOrEqual(LINK_REFERENCE_LIMIT);
  });

  it('answers cards with the first entries, first seen first', () => {
    const host = hostWith(['a.log', CODE_30], ['b.har', CODE_18]);
    expect(names(host.answer({ kind: 'cards', question: { count: 5 } }))).toEqual(
      foundNames([...CODE_30, ...CODE_18]).slice(0, 5),
    );
    expect(host.answer({ kind: 'cards', question: { count: 0 } })).toEqual([]);
    expect(host.answer({ kind: 'cards', question: { count: 50 } })).toHaveLength(7);
  });
});
