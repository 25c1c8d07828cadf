import { readFileSync } from 'node:fs';

export interface ExpectedDecode {
  reference: string;
  reasonCode: number;
  edgeIp: string;
  utc: string;
  epochSeconds: number;
  requestIdHex: string;
  requestId: number;
}

export interface CorpusEntry {
  raw: string;
  source: string;
  context: string;
  authenticity: string;
  expected: string[];
  expected_decoded: ExpectedDecode[];
}

const corpusUrl = new URL('../fixtures/reference-corpus.jsonl', import.meta.url);

export const corpus: CorpusEntry[] = readFileSync(corpusUrl, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusEntry);

/** A fixed "now" after every fixture: 2026-11-28 00:00 UTC. */
export const FIXED_NOW = Date.UTC(2026, 10, 28);

export const readFixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
