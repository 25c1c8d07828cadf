import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../../src/core/index.ts';
import { CONTEXT_FIELD_LIST } from '../../../src/core/service-request/index.ts';
import { renderLoadedApp } from '../render-app.tsx';

// The real core, with the SR link's decoding counted (it still decodes).
vi.mock('../../../src/core/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/index.ts')>();
  return { ...original, decodeReferenceList: vi.fn(original.decodeReferenceList) };
});

const SEED = '18.4c96df17.1644609140.2a155db';
const OTHER = '97.4c96df17.1644609141.2a155dc';

afterEach(() => {
  vi.mocked(core.decodeReferenceList).mockClear();
  localStorage.clear();
});

describe('the SR form', () => {
  it('offers a way past the form to the draft, which takes the focus', async () => {
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED}`);
    await user.click(screen.getByRole('link', { name: 'Go to the draft' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Your service request' })).toHaveFocus();
  });

  it('keeps the closed severity choice short and spells the level out below it', async () => {
    await renderLoadedApp(`/service-request?refs=${SEED}`);
    const severity = screen.getByLabelText('Severity');
    expect(within(severity).getByRole('option', { selected: true }).textContent).toMatch(
      /^Suggested: severity \d$/,
    );
    expect(screen.getByText(/^Severity \d: .*\. Why \d was suggested: /)).toBeInTheDocument();
  });

  it('renders one labelled control per row of the core context table, of the row kind', async () => {
    await renderLoadedApp(`/service-request?refs=${SEED}`);
    const form = screen.getByRole('group', { name: /About the failing calls/ });
    expect(form.querySelectorAll('input, textarea, select')).toHaveLength(
      CONTEXT_FIELD_LIST.length,
    );
    const tags = { text: 'INPUT', textarea: 'TEXTAREA', select: 'SELECT', checkbox: 'INPUT' };
    for (const row of CONTEXT_FIELD_LIST) {
      const control = within(form).getByLabelText(row.label);
      expect(control.tagName, row.field).toBe(tags[row.kind]);
      if (row.kind === 'checkbox') expect(control).toHaveAttribute('type', 'checkbox');
      if (row.kind === 'select') {
        const options = [...(control as HTMLSelectElement).options].slice(1);
        expect(options.map((option) => option.textContent)).toEqual(Object.values(row.options));
      }
    }
  });

  it('decodes its link once, however much is typed', async () => {
    const { user } = await renderLoadedApp(`/service-request?refs=${SEED},${OTHER}`);
    const decodes = vi.mocked(core.decodeReferenceList);
    const before = decodes.mock.calls.length;
    expect(before).toBeGreaterThan(0);
    expect(decodes.mock.calls.every(([link]) => link === `${SEED},${OTHER}`)).toBe(true);

    const typed = 'Post a meter read, then wait for the export: ';
    const fifty = typed.padEnd(50, 'x');
    await user.type(screen.getByLabelText('Steps to reproduce'), fifty);
    // Fifty renders happened: the draft shows every character typed.
    expect(screen.getByLabelText('Problem description')).toHaveTextContent(fifty);
    expect(decodes.mock.calls.length).toBe(before);
  });
});
