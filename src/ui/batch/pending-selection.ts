import type { SelectionChange } from '../../core/triage/index.ts';

/**
 * What a person just clicked in the table's boxes, shown at once while the batch (in the worker)
 * takes the change and the next page of rows comes back: a box that springs back until then
 * would look like a missed click. Numbered: it holds until an answer asked after the change.
 */
export interface PendingSelection {
  /** The number of the last change: answers asked at an earlier revision do not know of it. */
  readonly change: number;
  /** Every row shown takes this (select all, clear), unless named in `rows`. */
  readonly everyRow: boolean | null;
  /** The "select all matching" box. */
  readonly allMatching: boolean | null;
  readonly rows: ReadonlyMap<string, boolean>;
}

export const NO_PENDING_SELECTION: PendingSelection = {
  change: 0,
  everyRow: null,
  allMatching: null,
  rows: new Map(),
};

/** The pending picture after one more change. */
export function withChange(pending: PendingSelection, change: SelectionChange): PendingSelection {
  const next = pending.change + 1;
  if ('none' in change)
    return { change: next, everyRow: false, allMatching: false, rows: new Map() };
  if ('matching' in change) {
    return { change: next, everyRow: change.on, allMatching: change.on, rows: new Map() };
  }
  const rows = new Map(pending.rows);
  for (const reference of change.references) rows.set(reference, change.on);
  return {
    change: next,
    everyRow: pending.everyRow,
    allMatching: change.on ? pending.allMatching : false,
    rows,
  };
}

/** Whether a row's box shows ticked: the pending click if the answer predates it. */
export function rowTicked(
  pending: PendingSelection | null,
  reference: string,
  answered: boolean,
): boolean {
  if (pending === null) return answered;
  return pending.rows.get(reference) ?? pending.everyRow ?? answered;
}
