import { readFileSync } from 'node:fs';
import {
  analysePastedText,
  type DecodedReference,
  type ServiceRequestContext,
  type ServiceRequestDraft,
} from '../../../src/core/index.ts';
import { batchFromExtraction, type BatchEntry } from '../../../src/core/triage/index.ts';
import { deriveEvidence } from '../../../src/core/service-request/index.ts';
import { formatUtc } from '../../../src/core/time/index.ts';

/** Twelve minutes after the freshest reference of the curl + gateway-log incident. */
export const INCIDENT_NOW = Date.UTC(2026, 10, 29, 5, 47, 0);

export function srFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/service-request/${name}`, import.meta.url), 'utf8');
}

/** A `curl -v` session and five gateway log lines: six references of five codes. */
export function incidentText(): string {
  return `${srFixture('curl-session.txt')}\n${srFixture('gateway.log')}`;
}

export function entriesFrom(text: string, now = INCIDENT_NOW): BatchEntry[] {
  const analysis = analysePastedText(text, { now });
  return batchFromExtraction('pasted text', { found: analysis.found, rejected: [] });
}

export const INCIDENT_CONTEXT: ServiceRequestContext = {
  service: 'customer-cloud-service',
  environment: 'PROD',
  tenantId: 'UTIL-PROD-01',
  connectivity: 'public-internet',
  impact: 'major-no-workaround',
  businessImpact:
    'New accounts from the field CRM cannot be created; about 40 sign-ups an hour queue up.',
  stepsToReproduce: 'POST any new account to /rest/apis/customer/v1/accounts from the CRM gateway.',
  contactTimeZone: 'Europe/London',
};

const CODES = [18, 18, 1, 30, 6];
const PATHS = ['/rest/apis/customer/v1/accounts', '/rest/apis/meter/v1/reads'];
const STATUS: Readonly<Record<number, number>> = { 18: 403, 1: 504, 30: 502, 6: 503 };

/** `count` gateway log lines, one reference each, a minute apart, ending at 05:35:00 UTC. */
export function syntheticLog(count: number): string {
  const last = Date.UTC(2026, 10, 29, 5, 35, 0) / 1000;
  return Array.from({ length: count }, (_, index) => {
    const epoch = last - (count - 1 - index) * 60;
    const code = CODES[index % CODES.length] ?? 18;
    const path = PATHS[index % PATHS.length] ?? '/';
    const method = path.includes('accounts') ? 'POST' : 'GET';
    const reference = `${code}.4c96df17.${epoch}.${(0x100000 + index).toString(16)}`;
    return `${new Date(epoch * 1000).toISOString()} WARN gw-${index % 3} ${method} https://ccs-prod.example-utility.com${path} ${STATUS[code]} 12ms Reference #${reference}`;
  }).join('\n');
}

export function freshestFirst(references: readonly DecodedReference[]): DecodedReference[] {
  return references
    .filter((reference) => reference.kind === 'error')
    .sort((a, b) => b.epochSeconds - a.epochSeconds);
}

/** Where a reference and its UTC time (with the date, or under a line that gives it) appear. */
export function referenceWithTime(description: string, reference: DecodedReference): number {
  const [date = '', time = ''] = formatUtc(reference.epochSeconds).split(' ');
  const line = description
    .split('\n')
    .findIndex(
      (text) =>
        text.startsWith(`${reference.reference} ${date} ${time}`) ||
        text.startsWith(`${reference.reference} ${time}`),
    );
  if (line === -1) return -1;
  // A time without its date reads under the nearest line above that has it.
  const above = description
    .split('\n')
    .slice(0, line + 1)
    .reverse();
  const dated = above.find((text) => /^\S+ \d{4}-\d\d-\d\d /.test(text));
  return dated?.includes(` ${date} `) ? line : -1;
}

export { deriveEvidence };
export type { ServiceRequestDraft };
