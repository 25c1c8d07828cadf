import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseHar } from '../../../src/core/triage/index.ts';
import { FIXED_NOW } from '../corpus.ts';
import { analyse, fileFrom, triageFixture } from './triage-fixtures.ts';

const NESTED_REFERENCES = ['aa01', 'aa02', 'aa03', 'aa04', 'aa05', 'aa06'].map(
  (requestId) => `18.1a2b3c4d.1764329700.${requestId}`,
);

describe('e-mails as mail clients save them', () => {
  it('reads every part: nested multiparts, forwarded messages, base64, quoted-printable, charsets', async () => {
    const { outcome, entries } = await analyse(fileFrom('nested.eml'));
    expect(outcome).toMatchObject({ ok: true, format: 'email', references: 6 });
    expect(entries.map((entry) => entry.reference.reference).sort()).toEqual(NESTED_REFERENCES);
  });

  it('reads an HTML part like pasted HTML (entities, labels) and ties a log attachment to its request', async () => {
    const { entries } = await analyse(fileFrom('nested.eml'));
    const byId = new Map(entries.map((entry) => [entry.reference.reference, entry]));
    // Entity-encoded in a windows-1252 quoted-printable HTML part, wrapped mid-reference.
    expect(byId.get(NESTED_REFERENCES[1] ?? '')?.reference.labels).toEqual(['Reference #']);
    // In a base64 UTF-8 HTML part of a forwarded message, behind `&#x23;`.
    expect(byId.get(NESTED_REFERENCES[3] ?? '')?.reference.labels).toEqual(['Reference #']);
    expect(byId.get(NESTED_REFERENCES[5] ?? '')?.requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://ccs.example.com/rest/apis/meter/v1/upload',
      status: 403,
    });
  });

  it('says which attachment it did not read, and why', async () => {
    const { outcome } = await analyse(fileFrom('nested.eml'));
    expect(outcome).toMatchObject({
      notes: ['an attachment was not read (screenshot.png, image/png): not text'],
    });
  });

  it('still joins quoted-printable soft breaks in a single-part e-mail', async () => {
    const { outcome } = await analyse(fileFrom('forwarded.eml'));
    expect(outcome).toMatchObject({ ok: true, references: 1, notes: [] });
  });
});

describe('gzip-compressed files', () => {
  it.each([
    ['hand-counted.log', 'text'],
    ['incident.har', 'har'],
    ['nested.eml', 'email'],
  ])('%s.gz reads exactly like %s', async (name, format) => {
    const plain = await analyse(fileFrom(name));
    const compressed = await analyse(fileFrom(`${name}.gz`));
    expect(compressed.outcome).toMatchObject({ ok: true, format });
    if (!compressed.outcome.ok || !plain.outcome.ok) return;
    expect(compressed.outcome.notes).toEqual([
      'gzip-compressed: decompressed as it was read',
      ...plain.outcome.notes,
    ]);
    expect({ ...compressed.outcome, notes: [] }).toEqual({ ...plain.outcome, notes: [] });
    expect(compressed.entries.map((entry) => entry.reference.reference)).toEqual(
      plain.entries.map((entry) => entry.reference.reference),
    );
  });

  it('reads gzip under any name, in small chunks, reporting compressed bytes as progress', async () => {
    const bytes = triageFixture('hand-counted.log.gz');
    const { outcome, progress } = await analyse(fileFrom('rotated-1', bytes), { chunkBytes: 64 });
    expect(outcome).toMatchObject({ ok: true, references: 9 });
    expect(progress.at(-1)).toBe(bytes.length);
    expect(
      progress.every((value, index) => index === 0 || value >= (progress[index - 1] ?? 0)),
    ).toBe(true);
  });

  it('names a damaged gzip file instead of reading garbage', async () => {
    const bytes = triageFixture('hand-counted.log.gz');
    const { outcome } = await analyse(fileFrom('cut.log.gz', bytes.slice(0, bytes.length - 20)));
    expect(outcome).toMatchObject({ ok: false, cancelled: false });
    if (!outcome.ok) {
      expect(outcome.reason).toMatch(
        /^is not a complete gzip file \(.+\): it may be cut short or damaged$/,
      );
    }
  });
});

describe('a large HAR read in slices', () => {
  it('pauses after every 500 entries (where the main thread paints) and finds every reference', async () => {
    const entries = Array.from({ length: 1200 }, (_, index) => ({
      startedDateTime: '2025-11-28T11:30:00.000Z',
      request: { method: 'GET', url: `https://ccs.example.com/rest/${index}`, headers: [] },
      response: {
        status: 403,
        headers: [
          { name: 'X-Reference-Error', value: `18.4c96df17.1764329400.${index.toString(16)}` },
        ],
        content: { mimeType: 'text/plain', text: '' },
      },
    }));
    const text = JSON.stringify({ log: { entries } });
    const { outcome, progress } = await analyse(fileFrom('big.har', text));
    expect(outcome).toMatchObject({ ok: true, format: 'har', references: 1200 });
    // One step for the bytes; pauses after entries 500 and 1000 while parsing them and again
    // while reading them; one step for the results.
    expect(progress).toEqual(Array.from({ length: 6 }, () => text.length));
  });

  it('parses entries one by one exactly as JSON.parse would, whatever their strings hold', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('"', '\\', ']', '[', '{', '}', ',', 'a', ' ', 'é', '"entries": ['),
    });
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 30 }), fc.boolean(), (notes, pretty) => {
        const entries = notes.map((note, index) => ({
          comment: note,
          nested: [[note], { note }],
          request: { method: 'GET', url: `https://h.example/${index}`, headers: [] },
          response: {
            status: 403,
            headers: [
              { name: 'X-Reference-Error', value: `18.4c96df17.1764329400.${index.toString(16)}` },
            ],
            content: { mimeType: 'text/plain', text: note },
          },
        }));
        const text = JSON.stringify(
          { log: { version: '1.2', entries, after: notes } },
          null,
          pretty ? 2 : 0,
        );
        const result = analyseHar(text, { now: FIXED_NOW });
        if (!result.ok) throw new Error(result.reason);
        expect(result.analysis.entries).toBe(entries.length);
        expect(result.analysis.found.map((found) => found.request?.url)).toEqual(
          entries.map((entry) => entry.request.url),
        );
      }),
      { numRuns: 200 },
    );
  });
});
