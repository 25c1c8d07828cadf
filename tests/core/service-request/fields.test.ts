import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONTEXT_FIELD_LABELS,
  CONTEXT_FIELD_LIST,
  EMPTY_DRAFT_STORE,
  EVIDENCE_FIELDS,
  STABLE_FIELDS,
  parseStoredContext,
  saveDraft,
  validateContext,
} from '../../../src/core/service-request/index.ts';
import {
  decodeReference,
  draftServiceRequest,
  type ServiceRequestContext,
} from '../../../src/core/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const SEED = '18.4c96df17.1644609140.2a155db';

function reference() {
  const decoded = decodeReference(SEED, { now: FIXED_NOW });
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.reference;
}

/** A value each row accepts: a row added to the table without one here fails the first test. */
const VALID: Readonly<Record<string, string | boolean>> = {
  service: 'customer-cloud-service',
  otherService: 'Field Service',
  environment: 'PROD',
  tenantId: 'tenant-01',
  affectedUrl: 'https://ccs.example.com/rest/apis/x',
  keepQueryString: true,
  httpMethod: 'POST',
  httpStatus: '403',
  connectivity: 'public-internet',
  egressIp: '203.0.113.0/24',
  includeEgressIp: true,
  firstSeen: '2022-02-11 19:00 UTC',
  lastSeen: '2022-02-11 19:52 UTC',
  frequency: 'every call',
  impact: 'minor-workaround',
  businessImpact: 'Meter reads are delayed.',
  stepsToReproduce: 'Post a meter read.',
  issueId: 'ISSUE-1',
  contactTimeZone: 'Europe/London',
};

/** A credential that breaks no field's rule once removed from free text. */
const CREDENTIAL = 'password="FAKE pw 42"';
const URL_CREDENTIAL = 'https://admin:FAKEPW42@ccs.example.com/x';

describe('the SR context table', () => {
  it('has a valid sample for every row, and every valid context round-trips through storage', () => {
    expect(Object.keys(VALID).sort()).toEqual(CONTEXT_FIELD_LIST.map((row) => row.field).sort());
    const context = VALID as ServiceRequestContext;
    expect(validateContext(context)).toEqual([]);
    expect(parseStoredContext(JSON.parse(JSON.stringify(context)))).toEqual(context);
  });

  it('labels every row from the table, in form order', () => {
    for (const row of CONTEXT_FIELD_LIST) expect(CONTEXT_FIELD_LABELS[row.field]).toBe(row.label);
    expect(Object.keys(CONTEXT_FIELD_LABELS)).toEqual(CONTEXT_FIELD_LIST.map((row) => row.field));
  });

  it('validates every row that holds text: an absurd value is named with its field', () => {
    for (const row of CONTEXT_FIELD_LIST) {
      if (row.kind === 'checkbox' || (row.kind === 'select' && !('check' in row))) continue;
      const problems = validateContext({ [row.field]: 'x'.repeat(20_000) });
      expect(
        problems.map((problem) => problem.field),
        row.field,
      ).toEqual([row.field]);
    }
  });

  it('stores only what a choice or a checkbox row allows', () => {
    for (const row of CONTEXT_FIELD_LIST) {
      if (row.kind === 'checkbox') {
        expect(parseStoredContext({ [row.field]: 'yes' }), row.field).toEqual({});
      } else if (row.kind === 'select' && !('check' in row)) {
        expect(parseStoredContext({ [row.field]: 'not-a-choice' }), row.field).toEqual({});
      }
    }
  });

  it('cleans credentials from every text row, in the draft and in storage, and names the row', () => {
    const textRows = CONTEXT_FIELD_LIST.filter(
      (row) => row.kind === 'text' || row.kind === 'textarea',
    );
    expect(textRows.length).toBeGreaterThan(10);
    for (const row of textRows) {
      const typed = row.field === 'affectedUrl' ? URL_CREDENTIAL : CREDENTIAL;
      const context = { [row.field]: typed } as ServiceRequestContext;
      const draft = draftServiceRequest({ references: [reference()], context, now: FIXED_NOW });
      const everything = JSON.stringify(draft);
      expect(everything, row.field).not.toMatch(/FAKE/);
      // Removed and said so, or left out as invalid and said so: never silently.
      const said = draft.warnings
        .filter((warning) => ['secrets-removed', 'invalid-context'].includes(warning.kind))
        .map((warning) => warning.message)
        .join(' ');
      expect(said, row.field).toContain(row.label);
      const store = saveDraft(EMPTY_DRAFT_STORE, {
        references: [SEED],
        savedAt: FIXED_NOW,
        context,
        severityOverride: null,
      });
      expect(JSON.stringify(store), row.field).not.toMatch(/FAKE/);
    }
  });

  it('a URL row keeps a URL: its marker has no spaces, so the cleaned URL is still valid', () => {
    const draft = draftServiceRequest({
      references: [reference()],
      context: { affectedUrl: 'curl -u u:FAKEPW https://ccs.example.com/x' },
      now: FIXED_NOW,
    });
    expect(JSON.stringify(draft)).not.toMatch(/FAKE/);
    const { description } = draftServiceRequest({
      references: [reference()],
      context: { affectedUrl: URL_CREDENTIAL },
      now: FIXED_NOW,
    });
    expect(description).toContain('Failing calls to https://ccs.example.com:\n- /x');
  });

  it('derives the stable and evidence fields from the rows flags', () => {
    expect(STABLE_FIELDS).toEqual(
      CONTEXT_FIELD_LIST.filter((row) => row.stable === true).map((row) => row.field),
    );
    expect(EVIDENCE_FIELDS).toEqual(
      CONTEXT_FIELD_LIST.filter((row) => 'evidence' in row).map((row) => row.field),
    );
  });
});

describe('adding or removing a row of the table', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/core/service-request/context-table.ts');
    vi.resetModules();
  });

  async function coreWithTable(
    edit: (fields: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<typeof import('../../../src/core/service-request/index.ts')> {
    vi.resetModules();
    vi.doMock('../../../src/core/service-request/context-table.ts', async (importOriginal) => {
      const original =
        await importOriginal<typeof import('../../../src/core/service-request/context-table.ts')>();
      return { ...original, CONTEXT_FIELDS: edit({ ...original.CONTEXT_FIELDS }) };
    });
    return import('../../../src/core/service-request/index.ts');
  }

  it('a new text row is labelled, validated, cleaned, stored and offered again when stable', async () => {
    const core = await coreWithTable((fields) => ({
      ...fields,
      changeTicket: {
        kind: 'text',
        label: 'Change ticket',
        check: (value: string) => (value.length <= 40 ? null : 'at most 40 characters'),
        cleaning: 'text',
        stable: true,
      },
    }));
    expect(core.CONTEXT_FIELD_LIST.map((row) => row.field)).toContain('changeTicket');
    expect(core.STABLE_FIELDS).toContain('changeTicket');
    const context = { changeTicket: 'x'.repeat(41) } as ServiceRequestContext;
    expect(core.validateContext(context)).toEqual([
      { field: 'changeTicket', message: 'at most 40 characters' },
    ]);
    const decoded = decodeReference(SEED, { now: FIXED_NOW });
    if (!decoded.ok) throw new Error(decoded.reason);
    const draft = core.draftServiceRequest({
      references: [decoded.reference],
      context: { changeTicket: 'token=FAKE77' } as ServiceRequestContext,
      now: FIXED_NOW,
    });
    expect(draft.warnings.find((w) => w.kind === 'secrets-removed')?.message).toContain(
      'typed in Change ticket',
    );
    expect(core.parseStoredContext({ changeTicket: 'CHG-1' })).toEqual({ changeTicket: 'CHG-1' });
  });

  it('a removed row is neither validated nor stored', async () => {
    const core = await coreWithTable((fields) =>
      Object.fromEntries(Object.entries(fields).filter(([field]) => field !== 'issueId')),
    );
    expect(core.CONTEXT_FIELD_LIST.map((row) => row.field)).not.toContain('issueId');
    expect(core.parseStoredContext({ issueId: 'ISSUE-1', environment: 'PROD' })).toEqual({
      environment: 'PROD',
    });
    expect(core.validateContext({ issueId: 'x'.repeat(500) } as ServiceRequestContext)).toEqual([]);
  });
});
