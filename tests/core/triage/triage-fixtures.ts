import { readFileSync } from 'node:fs';
import { SourceEntries, combineSources, type BatchEntry } from '../../../src/core/triage/index.ts';
import { analyseFile, type FileOutcome } from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

export function triageFixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/triage/${name}`, import.meta.url)));
}

export function fileFrom(
  name: string,
  data: string | Uint8Array<ArrayBuffer> = triageFixture(name),
): File {
  return new File([data], name);
}

export interface AnalysedFile {
  readonly outcome: FileOutcome;
  readonly entries: BatchEntry[];
  readonly accumulator: SourceEntries;
  readonly progress: number[];
}

/** Reads a file the way the app does, collecting the streamed findings. */
export async function analyse(
  file: File,
  options: { keepQuery?: boolean; chunkBytes?: number } = {},
): Promise<AnalysedFile> {
  const accumulator = new SourceEntries(file.name);
  const progress: number[] = [];
  const outcome = await analyseFile(file, {
    now: FIXED_NOW,
    ...options,
    onProgress: ({ bytesRead, findings }) => {
      progress.push(bytesRead);
      accumulator.add(findings);
    },
  });
  return { outcome, entries: accumulator.list(), accumulator, progress };
}

export async function analyseAll(files: readonly File[]): Promise<BatchEntry[]> {
  const analysed = await Promise.all(files.map((file) => analyse(file)));
  return combineSources(analysed.map((result) => result.entries));
}
