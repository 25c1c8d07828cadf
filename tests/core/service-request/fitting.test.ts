import { describe, expect, it } from 'vitest';
import {
  MIN_REFERENCES_LISTED,
  REQUESTS_KEPT,
  deriveEvidence,
} from '../../../src/core/service-request/index.ts';
import { draftServiceRequest, type ServiceRequestContext } from '../../../src/core/index.ts';
import {
  INCIDENT_CONTEXT,
  INCIDENT_NOW,
  entriesFrom,
  freshestFirst,
  syntheticLog,
} from './service-request-fixtures.ts';

/**
 * What Oracle routes on stays in a description too long for 1,500 characters: the failing calls,
 * the business impact and the steps. Older references are what go to the attachment.
 */

function draftFrom(text: string, context: ServiceRequestContext = INCIDENT_CONTEXT) {
  const entries = entriesFrom(text);
  return {
    draft: draftServiceRequest({
      references: entries.map((entry) => entry.reference),
      evidence: deriveEvidence(entries),
      context,
      now: INCIDENT_NOW,
    }),
    references: freshestFirst(entries.map((entry) => entry.reference)),
  };
}

/** Gateway log lines a minute apart ending at 05:35:00 UTC, one reference each, one URL each. */
function logOf(urls: readonly string[]): string {
  const last = Date.UTC(2026, 10, 29, 5, 35, 0) / 1000;
  return urls
    .map((url, index) => {
      const epoch = last - (urls.length - 1 - index) * 60;
      const reference = `18.4c96df17.${epoch}.${(0x200000 + index).toString(16)}`;
      return `${new Date(epoch * 1000).toISOString()} WARN gw-1 GET ${url} 403 12ms Reference #${reference}`;
    })
    .join('\n');
}

describe('fitting a long description', () => {
  for (const count of [30, 200]) {
    it(`${count} references with context: the calls, the impact and the steps stay, fewer references are listed`, () => {
      const { draft, references } = draftFrom(syntheticLog(count));
      const { description } = draft;
      expect(description).toContain(
        'Failing calls to https://ccs-prod.example-utility.com:\n- POST /rest/apis/customer/v1/accounts -> HTTP 403',
      );
      expect(description).toMatch(/^- GET \/rest\/apis\/meter\/v1\/reads -> HTTP 403/m);
      expect(description).not.toMatch(/^Failing calls: \d+, listed in the attached file\.$/m);
      expect(description).toContain(
        `Business impact: Important function unavailable; no acceptable workaround. ${INCIDENT_CONTEXT.businessImpact}`,
      );
      expect(description).toContain(`Steps to reproduce: ${INCIDENT_CONTEXT.stepsToReproduce}`);
      expect(description).not.toMatch(
        /^Business impact and steps to reproduce: in the attached file\.$/m,
      );
      expect(draft.warnings.map((warning) => warning.kind)).not.toContain('trimmed');

      // References gave way: fewer than the fifteen the old fitting kept, never below the minimum.
      const listed = draft.figures.referencesInDescription;
      expect(listed).toBeGreaterThanOrEqual(MIN_REFERENCES_LISTED);
      expect(listed).toBeLessThan(15);
      expect(description).toContain(references[listed - 1]?.reference);
      expect(description).not.toContain(references[listed]?.reference);
      expect(description).toContain(`- and ${count - listed} older: all in the attached file`);

      // What left the description is named, exactly.
      expect(draft.movedToAttachment).toEqual(
        expect.arrayContaining([
          `the ${count - listed} oldest references (${listed} of ${count} are in the description)`,
          'the connectivity',
          'the contact time zone',
        ]),
      );
      expect(description).not.toContain('Contact time zone');
      expect(
        draft.warnings.find((warning) => warning.kind === 'moved-to-attachment')?.message,
      ).toBe(
        `The description lists the ${listed} freshest of ${count} references. Only in the attached file: the ${count - listed} older references, the connectivity and the contact time zone. Download it and attach it to the SR.`,
      );
    });
  }

  it(`lists the ${REQUESTS_KEPT} most frequent calls and says how many more are attached`, () => {
    const paths = ['/a', '/b', '/c', '/d', '/e'];
    const urls = Array.from(
      { length: 40 },
      (_, index) =>
        `https://ccs-prod.example-utility.com/rest${paths[index % paths.length] ?? '/'}`,
    );
    const { draft } = draftFrom(logOf(urls));
    const callLines = draft.description.split('\n').filter((line) => line.startsWith('- GET '));
    expect(callLines).toHaveLength(REQUESTS_KEPT);
    expect(draft.description).toContain('- and 2 more calls in the attached file');
    expect(draft.movedToAttachment).toContain('2 other failing calls');
    expect(draft.description).toContain(INCIDENT_CONTEXT.businessImpact);
    expect(draft.description).toContain(INCIDENT_CONTEXT.stepsToReproduce);
    expect(
      draft.warnings.find((warning) => warning.kind === 'moved-to-attachment')?.message,
    ).toMatch(
      /lists the \d+ freshest of 40 references and 3 of 5 failing calls\. Only in the attached file: the \d+ older references(, | and )2 other failing calls/,
    );
  });
});

describe('the failing calls heading names the scheme seen, never an invented https', () => {
  it('http calls on one host: the heading says http', () => {
    const { draft } = draftFrom(
      logOf([
        'http://ccs-prod.example-utility.com/rest/a',
        'http://ccs-prod.example-utility.com/rest/b',
      ]),
      {},
    );
    expect(draft.description).toContain(
      'Failing calls to http://ccs-prod.example-utility.com:\n- GET /rest/a -> HTTP 403 x1\n- GET /rest/b -> HTTP 403 x1',
    );
    expect(draft.description).not.toContain('https://');
  });

  it('http and https calls to one host: each line keeps its own full URL', () => {
    const { draft } = draftFrom(
      logOf([
        'http://ccs-prod.example-utility.com/rest/a',
        'https://ccs-prod.example-utility.com/rest/b',
      ]),
      {},
    );
    expect(draft.description).toContain(
      'Failing calls:\n- GET http://ccs-prod.example-utility.com/rest/a -> HTTP 403 x1\n- GET https://ccs-prod.example-utility.com/rest/b -> HTTP 403 x1',
    );
    expect(draft.description).not.toMatch(/^Failing calls to https:/m);
  });

  it('a URL without its scheme is headed by its host alone', () => {
    const { draft } = draftFrom(logOf(['https://ccs.example.com/x']), {
      affectedUrl: '//ccs.example.com/x',
    });
    // Seen once with https and once without a scheme: not one origin, so each line keeps its own.
    expect(draft.description).toMatch(/^Failing calls:\n- .*\/\/ccs\.example\.com\/x/m);
    expect(draft.description).toContain('- GET https://ccs.example.com/x -> HTTP 403');
    const typedOnly = draftServiceRequest({
      references: entriesFrom(logOf(['/x'])).map((entry) => entry.reference),
      context: { affectedUrl: '//ccs.example.com/x' },
      now: INCIDENT_NOW,
    });
    expect(typedOnly.description).toMatch(/^Failing calls to ccs\.example\.com:\n- \/x/m);
  });

  it('a typed http URL is headed http', () => {
    const { draft } = draftFrom(logOf(['http://ccs.example.com/x']), {
      affectedUrl: 'http://ccs.example.com/x',
      httpMethod: 'GET',
      httpStatus: '403',
    });
    expect(draft.description).toContain(
      'Failing calls to http://ccs.example.com:\n- GET /x -> HTTP 403',
    );
    expect(draft.description).not.toContain('https://');
  });
});
