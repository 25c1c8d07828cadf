import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LIMIT,
  MIN_REFERENCES_LISTED,
  SUMMARY_LIMIT,
  TRIMMED_MARK,
  deriveEvidence,
} from '../../../src/core/service-request/index.ts';
import {
  draftServiceRequest,
  type ServiceRequestContext,
  type ServiceRequestDraft,
} from '../../../src/core/index.ts';
import {
  INCIDENT_CONTEXT,
  INCIDENT_NOW,
  entriesFrom,
  freshestFirst,
  incidentText,
  referenceWithTime,
  syntheticLog,
} from './service-request-fixtures.ts';

/**
 * Golden descriptions for 1, 6, 30 and 200 references, with and without context. The text is
 * pinned in files beside this test; the rules every description keeps are checked here too.
 */

const INCIDENTS: readonly (readonly [name: string, text: () => string])[] = [
  ['1', () => syntheticLog(1)],
  ['6', incidentText],
  ['30', () => syntheticLog(30)],
  ['200', () => syntheticLog(200)],
];
const CONTEXTS: readonly (readonly [name: string, context: ServiceRequestContext])[] = [
  ['no-context', {}],
  ['context', INCIDENT_CONTEXT],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectTheRules(draft: ServiceRequestDraft, context: ServiceRequestContext, text: string) {
  const entries = entriesFrom(text);
  const references = freshestFirst(entries.map((entry) => entry.reference));
  expect(draft.description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  expect(draft.summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(draft.summary).toContain(references[0]?.reference);

  // Every reference up to the limit, verbatim with its UTC time, freshest first.
  const listed = draft.figures.referencesInDescription;
  expect(listed).toBeGreaterThanOrEqual(Math.min(references.length, MIN_REFERENCES_LISTED));
  const positions = references
    .slice(0, listed)
    .map((reference) => referenceWithTime(draft.description, reference));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  for (const reference of references.slice(listed)) {
    expect(draft.description).not.toContain(reference.reference);
    expect(draft.attachment).toContain(reference.reference);
  }
  if (listed < references.length) {
    expect(draft.description).toContain(
      `- and ${references.length - listed} older: all in the attached file`,
    );
    expect(draft.movedToAttachment[0]).toMatch(/oldest references/);
  }

  // What Oracle routes on stays: the failing calls, and the impact and steps as lines of their own.
  expect(draft.description).toMatch(/^Failing calls( to https?:\/\/[^\s:]+)?:\n- (POST|GET) /m);
  if (context.businessImpact !== undefined) {
    expect(draft.description).toMatch(/^Business impact: /m);
  }
  if (context.stepsToReproduce !== undefined) {
    expect(draft.description).toMatch(/^Steps to reproduce: /m);
  }

  // Nothing typed is dropped without a notice.
  for (const typed of [context.businessImpact, context.stepsToReproduce]) {
    if (typed === undefined) continue;
    expect(draft.attachment).toContain(typed);
    if (!draft.description.includes(typed)) {
      expect(draft.description).toMatch(
        new RegExp(
          `${escapeRegExp(TRIMMED_MARK)}|^Business impact and steps to reproduce: in the attached file\\.$`,
          'm',
        ),
      );
      expect(draft.warnings.some((warning) => warning.kind === 'trimmed')).toBe(true);
    }
  }
}

describe('the description, golden', () => {
  for (const [count, text] of INCIDENTS) {
    for (const [contextName, context] of CONTEXTS) {
      it(`${count} references, ${contextName}`, async () => {
        const entries = entriesFrom(text());
        const draft = draftServiceRequest({
          references: entries.map((entry) => entry.reference),
          evidence: deriveEvidence(entries),
          context,
          now: INCIDENT_NOW,
        });
        expectTheRules(draft, context, text());
        await expect(`${draft.summary}\n\n${draft.description}\n`).toMatchFileSnapshot(
          `./golden/service-request-${count}-${contextName}.txt`,
        );
      });
    }
  }

  it('six references of five codes: the request, the codes and the evidence are named', () => {
    const entries = entriesFrom(incidentText());
    const draft = draftServiceRequest({
      references: entries.map((entry) => entry.reference),
      evidence: deriveEvidence(entries),
      context: INCIDENT_CONTEXT,
      now: INCIDENT_NOW,
    });
    expect(draft.figures).toMatchObject({ referencesTotal: 6, referencesInDescription: 6 });
    expect(draft.description).toContain('- POST /rest/apis/customer/v1/accounts -> HTTP 403 x3');
    expect(draft.description).toContain('Failing calls to https://ccs-prod.example-utility.com:');
    expect(draft.description).not.toContain('From our');
    expect(draft.description).toContain(
      'Urgency: Akamai keeps logs 6 to 24 hours; the freshest reference is from 05:35:02 UTC (drafted 2026-11-29 05:47 UTC).',
    );
    // One ask per kind of failure, never one paragraph per reference.
    expect(draft.description.match(/look (each|these) reference/g)).toHaveLength(1);
    for (const code of [18, 203, 30, 6, 1]) {
      expect(draft.description).toMatch(
        new RegExp(`^- ${code}(,|:)|^- codes? [\\d, ]*\\b${code}\\b`, 'm'),
      );
    }
    expect(draft.fromEvidence).toEqual([
      'affectedUrl',
      'httpMethod',
      'httpStatus',
      'firstSeen',
      'lastSeen',
      'frequency',
    ]);
    expect(draft.description).not.toContain('FAKE-CURL-BEARER');
    expect(draft.attachment).not.toContain('FAKE-CURL-BEARER');
  });
});
