import { describe, expect, it } from 'vitest';
import {
  NO_PENDING_SELECTION,
  rowTicked,
  withChange,
} from '../../../src/ui/batch/pending-selection.ts';

const filter = { text: 'x', reasonCode: null };

describe('a selection clicked before the worker answered', () => {
  it('shows a ticked row ticked, and numbers each change', () => {
    const pending = withChange(NO_PENDING_SELECTION, { references: ['18.a.1.1'], on: true });
    expect(pending.change).toBe(1);
    expect(rowTicked(pending, '18.a.1.1', false)).toBe(true);
    // Rows not clicked show what the batch said.
    expect(rowTicked(pending, '18.a.1.2', false)).toBe(false);
    expect(rowTicked(pending, '18.a.1.2', true)).toBe(true);
  });

  it('ticks every row and the box on "select all", and clears both on "none"', () => {
    const all = withChange(NO_PENDING_SELECTION, { matching: filter, on: true });
    expect(all.allMatching).toBe(true);
    expect(rowTicked(all, 'any', false)).toBe(true);
    const unticked = withChange(all, { references: ['one'], on: false });
    expect(unticked.change).toBe(2);
    expect(unticked.allMatching).toBe(false);
    expect(rowTicked(unticked, 'one', true)).toBe(false);
    expect(rowTicked(unticked, 'other', false)).toBe(true);
    const none = withChange(unticked, { none: true });
    expect(none.allMatching).toBe(false);
    expect(rowTicked(none, 'one', true)).toBe(false);
    expect(rowTicked(none, 'other', true)).toBe(false);
  });

  it('shows the answer once the batch has answered (nothing pending)', () => {
    expect(rowTicked(null, 'one', true)).toBe(true);
    expect(rowTicked(null, 'one', false)).toBe(false);
  });
});
