import { describe, expect, it } from 'vitest';
import { analysePastedText } from '../../../src/core/index.ts';
import {
  batchFilterOf,
  batchFromExtraction,
  batchRow,
  codeChoices,
  type RequestContext,
  statusChoices,
  tableStatusText,
} from '../../../src/core/triage/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const request = (overrides: Partial<RequestContext>): RequestContext => ({
  method: 'POST',
  url: 'https://ccs.example.com/rest/apis/customer/v1/accounts',
  host: 'ccs.example.com',
  path: '/rest/apis/customer/v1/accounts',
  status: 403,
  startedUtc: null,
  serverIp: null,
  from: 'har',
  ...overrides,
});

function fail(text: string): never {
  throw new Error(`no reference in ${text}`);
}

function entry(text: string, requests: readonly RequestContext[], source = 'calls.har') {
  const { found } = analysePastedText(text, { now: FIXED_NOW });
  const sightings =
    requests.length === 0
      ? found
      : requests.map((seen) => ({ reference: found[0]?.reference ?? fail(text), request: seen }));
  const [first] = batchFromExtraction(source, { found: sightings, rejected: [] });
  if (first === undefined) throw new Error(`no reference in ${text}`);
  return first;
}

describe('batchRow', () => {
  it('reads an error with its requests as the table shows it', () => {
    const row = batchRow(
      entry('Reference #18.4c96df17.1644609140.2a155db', [
        request({}),
        request({ method: 'GET', status: 503 }),
      ]),
    );
    expect(row).toEqual({
      reference: '18.4c96df17.1644609140.2a155db',
      isGrn: false,
      time: '2022-02-11 19:52:20',
      reasonCode: 18,
      edgeIp: '23.223.150.76',
      request: {
        method: 'POST',
        url: 'https://ccs.example.com/rest/apis/customer/v1/accounts',
        more: 1,
      },
      status: '403',
      occurrences: 2,
      sources: 'calls.har',
    });
  });

  it('says no request is known when there is none, or one with neither method nor URL', () => {
    expect(batchRow(entry('Reference #18.4c96df17.1644609140.2a155db', []))).toMatchObject({
      request: null,
      status: '',
    });
    expect(
      batchRow(
        entry('Reference #18.4c96df17.1644609140.2a155db', [
          request({ method: null, url: null, status: null }),
        ]),
      ),
    ).toMatchObject({ request: null, status: '' });
  });

  it('marks a GRN', () => {
    expect(batchRow(entry('Akamai-GRN: 0.4c96df17.1644609140.2a155db', [])).isGrn).toBe(true);
  });
});

describe('the table menu and status line', () => {
  it('offers each code with its name and count, and each status', () => {
    expect(
      codeChoices([
        { reasonCode: 18, name: 'ERR_ACCESS_DENIED', count: 3 },
        { reasonCode: 250, name: null, count: 1 },
      ]),
    ).toEqual([
      { value: 'code:18', label: '18: ERR_ACCESS_DENIED (3)' },
      { value: 'code:250', label: '250 (1)' },
    ]);
    expect(statusChoices([{ status: 403, count: 2 }])).toEqual([
      { value: 'status:403', label: 'HTTP 403 (2)' },
    ]);
  });

  it('turns the menu value back into a filter, and an unknown value into no filter', () => {
    expect(batchFilterOf('ccs', 'code:18')).toEqual({
      text: 'ccs',
      reasonCode: 18,
      httpStatus: null,
    });
    expect(batchFilterOf('', 'status:503')).toEqual({
      text: '',
      reasonCode: null,
      httpStatus: 503,
    });
    expect(batchFilterOf('', '')).toEqual({ text: '', reasonCode: null, httpStatus: null });
    expect(batchFilterOf('', 'status:x')).toEqual({ text: '', reasonCode: null, httpStatus: null });
  });

  it('says how many match and how many are selected', () => {
    expect(tableStatusText(10, 10, 0)).toBe('10 references.');
    expect(tableStatusText(3, 10, 2)).toBe('3 of 10 references match. 2 selected.');
    // Large counts read with separators, the same in every browser locale.
    expect(tableStatusText(4167, 1_000_000, 4167)).toBe(
      '4,167 of 1,000,000 references match. 4,167 selected.',
    );
  });
});
