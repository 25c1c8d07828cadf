import { BatchCollection, collectFound, type ServiceRequestPick } from './batch-collection.ts';
import { BatchOrder, filterPositions } from './batch-order.ts';
import type { BatchEntry } from './batch.ts';
import {
  referencesForServiceRequest,
  type BatchFilter,
  type BatchSortKey,
  type SortDirection,
} from './batch-table.ts';
import type { CodeName } from './batch-tally.ts';
import { FIRST_ENTRIES_KEPT, type BatchDigest } from './batch-digest.ts';
import { referencesToCsv, referencesToJson, summaryToCsv, summaryToJson } from './export.ts';
import type { FoundReference } from './found-reference.ts';
import type { RejectedCandidate } from '../reference/index.ts';

/*
 * Where a batch lives: in the file worker while files are read (the page then holds only this
 * digest and the rows on screen), or on the page for a paste alone and where no worker may
 * start. Either way the page reads it through the same digest and questions, so a million
 * references never cross to the page, and sorting, filtering and exporting them never run there.
 */

/** One page of the references table: the rows to show and what the counts line says. */
export interface TableQuery {
  readonly sortKey: BatchSortKey;
  readonly direction: SortDirection;
  readonly filter: BatchFilter;
  /** Rows wanted from the top of the order. */
  readonly limit: number;
}

export interface TableRowAnswer {
  readonly entry: BatchEntry;
  readonly selected: boolean;
}

export interface TablePage {
  readonly rows: readonly TableRowAnswer[];
  /** Rows that pass the filter, and rows in the batch. */
  readonly matching: number;
  readonly total: number;
  /** References selected (in this batch), and whether every matching row is among them. */
  readonly selected: number;
  readonly allMatchingSelected: boolean;
  /** The selection's error references for one SR, freshest first, with their entries. */
  readonly selectionPick: ServiceRequestPick;
  readonly selectionEntries: readonly BatchEntry[];
}

/** A change of the table's selection: some references, every row matching a filter, or none. */
export type SelectionChange =
  | { readonly references: readonly string[]; readonly on: boolean }
  | { readonly matching: BatchFilter; readonly on: boolean }
  | { readonly none: true };

export interface ExportRequest {
  readonly what: 'references' | 'summary';
  readonly format: 'csv' | 'json';
  readonly nowMs: number;
  /** References only: those selected in the table, not the whole batch. */
  readonly selectedOnly?: boolean;
}

/** What the page may ask of a batch, and what each question is answered with. */
export interface BatchQuestions {
  readonly table: { readonly question: TableQuery; readonly answer: TablePage };
  /** The first `count` entries, first seen first (the cards). */
  readonly cards: { readonly question: { readonly count: number }; readonly answer: BatchEntry[] };
  readonly export: { readonly question: ExportRequest; readonly answer: string };
  /** Answered with how many references are selected after the change. */
  readonly select: { readonly question: SelectionChange; readonly answer: number };
}

export type BatchQuestionKind = keyof BatchQuestions;

export type BatchQuestion<K extends BatchQuestionKind = BatchQuestionKind> = {
  [Kind in K]: { readonly kind: Kind; readonly question: BatchQuestions[Kind]['question'] };
}[K];

export type BatchAnswer<K extends BatchQuestionKind> = BatchQuestions[K]['answer'];

const PASTED_SOURCE = 'pasted text';

const filterKey = (filter: BatchFilter): string =>
  `${filter.reasonCode ?? ''}\n${filter.httpStatus ?? ''}\n${filter.text}`;

/**
 * Pasted text and dropped files as one batch, with the table's order, filter and selection kept
 * beside it. Each file message costs its own size; a digest costs the number of codes, edge
 * servers, paths and seconds; a table page costs the rows shown once the order is kept (a
 * filter walks the matching rows once per filter and version).
 */
export class BatchHost {
  private readonly codeName: CodeName;
  private files = new BatchCollection();
  private pasted: readonly FoundReference[] = [];
  /** Files and pasted text together; null when nothing is pasted (then `files` is the batch). */
  private combined: BatchCollection | null = null;
  private order: BatchOrder | null = null;
  private filtered: {
    readonly batch: BatchCollection;
    readonly version: number;
    readonly order: BatchOrder;
    readonly key: string;
    readonly positions: readonly number[];
  } | null = null;
  private readonly selection = new Set<string>();
  private selectionRevision = 0;
  private picked: {
    readonly batch: BatchCollection;
    readonly version: number;
    readonly revision: number;
    readonly entries: readonly BatchEntry[];
    readonly pick: ServiceRequestPick;
  } | null = null;
  private allSelected: {
    readonly batch: BatchCollection;
    readonly version: number;
    readonly positions: readonly number[];
    readonly revision: number;
    readonly all: boolean;
  } | null = null;
  /** Bumped by a paste or a clear: the batch is another object then. */
  private generation = 0;

  constructor(codeName: CodeName) {
    this.codeName = codeName;
  }

  /** The batch as it stands (it grows in place). */
  get batch(): BatchCollection {
    return this.combined ?? this.files;
  }

  /** Changes whenever the batch does, including when it is replaced. */
  get version(): number {
    return this.generation * 2 ** 32 + this.batch.version;
  }

  /** A file's chunk of findings. */
  addFound(
    source: string,
    found: readonly FoundReference[],
    rejected: readonly RejectedCandidate[],
  ): void {
    this.files.addFound(source, found, rejected);
    this.combined?.addFound(source, found, rejected);
  }

  /** The pasted text's references, joined to the files' (the same list again changes nothing). */
  setPasted(found: readonly FoundReference[]): void {
    if (found === this.pasted) return;
    // Typing in an empty box clears nothing: no new batch (the table would start over).
    const unchanged = found.length === 0 && this.pasted.length === 0;
    this.pasted = found;
    if (!unchanged) this.combine();
  }

  /** Forgets the files (and the selection); the pasted text stays. */
  clearFiles(): void {
    this.files = new BatchCollection();
    this.selection.clear();
    this.selectionRevision += 1;
    this.combine();
  }

  digest(nowMs: number): BatchDigest {
    const batch = this.batch;
    const serviceRequest = batch.forServiceRequest();
    return {
      version: this.version,
      size: batch.size,
      summary: batch.summary(this.codeName),
      timeline: batch.timeline(this.codeName),
      codes: batch.codes(this.codeName),
      statuses: batch.statuses(),
      logWindow: batch.logWindow(nowMs),
      nowMs,
      serviceRequest,
      serviceRequestEntries: serviceRequest.references.flatMap(
        (reference) => batch.get(reference) ?? [],
      ),
      first: batch.entries().slice(0, FIRST_ENTRIES_KEPT),
      rejected: this.files.rejected(),
    };
  }

  answer<K extends BatchQuestionKind>(question: BatchQuestion<K>): BatchAnswer<K>;
  answer(question: BatchQuestion): BatchAnswer<BatchQuestionKind> {
    switch (question.kind) {
      case 'table':
        return this.table(question.question);
      case 'cards':
        return this.batch.entries().slice(0, question.question.count);
      case 'export':
        return this.exportText(question.question);
      case 'select':
        return this.select(question.question);
    }
  }

  private combine(): void {
    this.generation += 1;
    if (this.pasted.length === 0) {
      this.combined = null;
      return;
    }
    this.combined = collectFound(PASTED_SOURCE, this.pasted);
    this.combined.addBatch(this.files);
  }

  private orderFor(query: TableQuery): BatchOrder {
    const kept = this.order;
    if (kept?.key === query.sortKey && kept.direction === query.direction) return kept;
    this.order = new BatchOrder(query.sortKey, query.direction);
    return this.order;
  }

  /** Matching rows in order, once per version, order and filter (a page of them is then cheap). */
  private positions(filter: BatchFilter, order: BatchOrder): readonly number[] {
    const batch = this.batch;
    const key = filterKey(filter);
    const kept = this.filtered;
    if (
      kept?.batch === batch &&
      kept.version === batch.version &&
      kept.order === order &&
      kept.key === key
    )
      return kept.positions;
    const positions = filterPositions(batch, order.positions(batch), filter);
    this.filtered = { batch, version: batch.version, order, key, positions };
    return positions;
  }

  private table(query: TableQuery): TablePage {
    const batch = this.batch;
    const entries = batch.entries();
    const positions = this.positions(query.filter, this.orderFor(query));
    const rows = positions.slice(0, query.limit).map((at) => {
      const entry = entries[at] as BatchEntry;
      return { entry, selected: this.selection.has(entry.reference.reference) };
    });
    const { pick, entries: selectionEntries } = this.selectionPick();
    return {
      rows,
      matching: positions.length,
      total: batch.size,
      selected: selectionEntries.length,
      allMatchingSelected: this.allMatchingSelected(positions),
      selectionPick: pick,
      selectionEntries: pick.references.flatMap((reference) => batch.get(reference) ?? []),
    };
  }

  private selectionPick() {
    const batch = this.batch;
    const kept = this.picked;
    if (
      kept?.batch === batch &&
      kept.version === batch.version &&
      kept.revision === this.selectionRevision
    )
      return kept;
    const entries = [...this.selection].flatMap((reference) => batch.get(reference) ?? []);
    const picked = {
      batch,
      version: batch.version,
      revision: this.selectionRevision,
      entries,
      pick: referencesForServiceRequest(entries),
    };
    this.picked = picked;
    return picked;
  }

  private allMatchingSelected(positions: readonly number[]): boolean {
    const batch = this.batch;
    const kept = this.allSelected;
    // Unfiltered positions are the kept order itself, grown in place: the same array, other rows.
    if (
      kept?.batch === batch &&
      kept.version === batch.version &&
      kept.positions === positions &&
      kept.revision === this.selectionRevision
    )
      return kept.all;
    const entries = batch.entries();
    const all =
      positions.length > 0 &&
      this.selection.size >= positions.length &&
      positions.every((at) => this.selection.has((entries[at] as BatchEntry).reference.reference));
    this.allSelected = {
      batch,
      version: batch.version,
      positions,
      revision: this.selectionRevision,
      all,
    };
    return all;
  }

  private select(change: SelectionChange): number {
    this.selectionRevision += 1;
    if ('none' in change) {
      this.selection.clear();
    } else {
      const references =
        'references' in change ? change.references : this.matchingReferences(change.matching);
      for (const reference of references) {
        if (change.on) this.selection.add(reference);
        else this.selection.delete(reference);
      }
    }
    return this.selectionPick().entries.length;
  }

  private matchingReferences(filter: BatchFilter): string[] {
    const entries = this.batch.entries();
    // Any order will do: the kept one, so a filter typed for the table is not walked again.
    const order =
      this.order ?? this.orderFor({ sortKey: 'time', direction: 'ascending', filter, limit: 0 });
    return this.positions(filter, order).map(
      (at) => (entries[at] as BatchEntry).reference.reference,
    );
  }

  private exportText({ what, format, nowMs, selectedOnly = false }: ExportRequest): string {
    const batch = this.batch;
    if (what === 'references') {
      const entries = selectedOnly
        ? batch.entries().filter((entry) => this.selection.has(entry.reference.reference))
        : batch.entries();
      return format === 'csv' ? referencesToCsv(entries) : referencesToJson(entries, nowMs);
    }
    const summary = batch.summary(this.codeName);
    return format === 'csv'
      ? summaryToCsv(summary)
      : summaryToJson(summary, batch.timeline(this.codeName), nowMs);
  }
}
