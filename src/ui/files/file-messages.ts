import type { FileOutcome } from '../../core/index.ts';
import type {
  BatchAnswer,
  BatchDigest,
  BatchQuestion,
  BatchQuestionKind,
  FoundExtraction,
  FoundReference,
} from '../../core/triage/index.ts';

/** What the page asks the file reader to read. A File is cloned cheaply: its bytes are not. */
export interface FileJobRequest {
  readonly id: number;
  readonly file: File;
  readonly now: number;
  readonly keepQuery: boolean;
}

/** How far a file is read; what the page hears of a file the worker reads. */
export interface FileProgress {
  readonly type: 'progress';
  readonly id: number;
  readonly bytesRead: number;
  readonly size: number;
  /** Distinct references in the file so far. */
  readonly found: number;
}

/** A file's outcome, once it is read (or could not be). */
export interface FileDone {
  readonly type: 'done';
  readonly id: number;
  readonly outcome: FileOutcome;
}

/** What a file job reports while and after reading a file: with its findings, where it runs. */
export type FileJobEvent = (FileProgress & { readonly findings: FoundExtraction }) | FileDone;

/** What the page sends the file worker: files to read, and everything about the batch it keeps. */
export type BatchWorkerRequest =
  | { readonly type: 'read'; readonly request: FileJobRequest }
  | { readonly type: 'cancel'; readonly ids: readonly number[] }
  | { readonly type: 'pasted'; readonly found: readonly FoundReference[] }
  | { readonly type: 'clear' }
  /** A digest counted now (the log window moves with the clock). */
  | { readonly type: 'digest' }
  | { readonly type: 'ask'; readonly askId: number; readonly question: BatchQuestion };

/**
 * What the file worker sends the page: per file, progress without the findings (they stay in the
 * worker's batch), then the outcome; the batch's digest when it changed; answers to questions.
 */
export type BatchWorkerEvent =
  | FileProgress
  | FileDone
  | { readonly type: 'digest'; readonly digest: BatchDigest }
  | {
      readonly type: 'answer';
      readonly askId: number;
      readonly answer: BatchAnswer<BatchQuestionKind>;
    };
