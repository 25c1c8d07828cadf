import type { FileOutcome } from '../../core/index.ts';
import type { FoundExtraction } from '../../core/triage/index.ts';

/** What the page asks the file worker to read. A File is cloned cheaply: its bytes are not. */
export interface FileJobRequest {
  readonly id: number;
  readonly file: File;
  readonly now: number;
  readonly keepQuery: boolean;
}

/** What the worker (or the main-thread fallback) reports while and after reading a file. */
export type FileJobEvent =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly bytesRead: number;
      readonly size: number;
      /** Distinct references in the file so far. */
      readonly found: number;
      readonly findings: FoundExtraction;
    }
  | { readonly type: 'done'; readonly id: number; readonly outcome: FileOutcome };
