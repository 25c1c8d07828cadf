import { describe, expect, it } from 'vitest';
import {
  AKAMAI_CODE_TABLE,
  CODE_GUIDANCE,
  SOURCES,
  filterReasonCodes,
  listReasonCodes,
  lookupReasonCode,
  parseReasonCode,
} from '../../../src/core/codes/index.ts';

const MET_IN_SUPPORT = [0, 1, 6, 7, 9, 11, 15, 18, 25, 30, 97, 99, 102, 119, 221];

describe('the reason-code table: integrity over every record', () => {
  it('has one record per code, in order, within 0-255', () => {
    const codes = AKAMAI_CODE_TABLE.map((record) => record.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort((a, b) => a - b)).toEqual(codes);
    expect(codes.every((code) => Number.isInteger(code) && code >= 0 && code <= 255)).toBe(true);
    expect(codes.length).toBe(241);
  });

  it.each(AKAMAI_CODE_TABLE.map((record) => [record.code, record] as const))(
    'code %i is sourced, named (or says why not) and rated',
    (_code, record) => {
      expect(record.sources.length).toBeGreaterThan(0);
      for (const source of record.sources) expect(SOURCES[source]).toBeDefined();
      if (record.sources.includes('akamai-techdocs')) {
        expect(record.akamaiName).toMatch(/^[A-Z][A-Z0-9_]+(\|[A-Za-z]+)?$/);
      } else {
        expect(record.akamaiName).toBeNull();
        expect(record.confidenceNote).toMatch(/absent from Akamai/);
      }
      if (record.confidence !== 'high') expect(record.confidenceNote?.length).toBeGreaterThan(0);
      if (record.sources.includes('oracle-guide'))
        expect(record.oracleWording?.length).toBeGreaterThan(0);
    },
  );

  it('has guidance for every code support engineers meet', () => {
    expect(CODE_GUIDANCE.map((g) => g.code)).toEqual(MET_IN_SUPPORT);
    for (const guidance of CODE_GUIDANCE) {
      expect(guidance.meaning.text.length).toBeGreaterThan(20);
      expect(guidance.usualStatus.text.length).toBeGreaterThan(0);
      expect(guidance.likelyCauses.length).toBeGreaterThan(0);
      expect(guidance.nextSteps.length).toBeGreaterThan(0);
      expect(SOURCES[guidance.meaning.source]).toBeDefined();
    }
  });

  it('shows Oracle’s wording beside Akamai’s for 1, 18, 25, 30 and 102', () => {
    const withOracle = AKAMAI_CODE_TABLE.filter((r) => r.oracleWording).map((r) => r.code);
    expect(withOracle).toEqual([1, 18, 25, 30, 102]);
  });

  it('explains where Oracle and Akamai disagree: 18, 25 and 102', () => {
    const disagreements = CODE_GUIDANCE.filter((g) => g.disagreement).map((g) => g.code);
    expect(disagreements).toEqual([18, 25, 102]);
    expect(lookupReasonCode(18).guidance?.disagreement?.text).toMatch(/wider/);
    expect(lookupReasonCode(102).guidance?.disagreement?.text).toMatch(/unhealthy/);
    expect(lookupReasonCode(25).inAkamaiTable).toBe(false);
  });

  it('says who acts for each family', () => {
    expect(lookupReasonCode(7).whoActs).toBe('caller');
    expect(lookupReasonCode(9).whoActs).toBe('customer-config');
    for (const code of [1, 6, 11, 15, 18, 30, 97, 102, 119, 221]) {
      expect(lookupReasonCode(code).whoActs).toBe('oracle');
    }
  });

  it('still describes a code nobody published', () => {
    expect(lookupReasonCode(21)).toMatchObject({
      code: 21,
      akamaiName: null,
      inAkamaiTable: false,
      family: 'unknown',
      guidance: null,
    });
  });
});

describe('filterReasonCodes', () => {
  const all = listReasonCodes();
  const codesOf = (query: string) => filterReasonCodes(all, query).map((info) => info.code);

  it('filters by number, name and words', () => {
    expect(codesOf('')).toHaveLength(all.length);
    expect(codesOf('18')).toEqual([18]);
    expect(codesOf('err_fwd_ssl_handshake')).toEqual([30]);
    expect(codesOf('redirect')).toEqual([25]);
    expect(codesOf('dns')).toEqual(expect.arrayContaining([11, 99, 102, 119]));
  });
});

describe('parseReasonCode', () => {
  it.each([
    ['0', 0],
    ['18', 18],
    ['255', 255],
    ['256', null],
    ['-1', null],
    ['18a', null],
    ['', null],
    ['0018', null],
  ])('%j -> %s', (value, code) => {
    expect(parseReasonCode(value)).toBe(code);
  });
});
