import { describe, expect, it } from 'vitest';
import { decodeReference, draftServiceRequest } from '../../../src/core/index.ts';
import { describeSecrets, findSecrets, redactSecrets } from '../../../src/core/privacy/index.ts';

/** Fake credentials, each unique, so any leak is found by its value. */
const PLANTED = {
  authorization: 'Basic ZmFrZXVzZXI6ZmFrZXBhc3M=',
  bearer: 'FAKEBEARERTOKEN1234567890abcdef',
  cookie: 'JSESSIONID=FAKESESSION9876543210',
  setCookie: 'ORA_OCIS_1=FAKEOCISCOOKIE5555',
  password: 'Fake-P4ssw0rd!',
  apiKey: 'FAKEAPIKEY-0123456789',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZXNpZ25hdHVyZQ',
  urlCredentials: 'fakeuser:fakepass9',
  clientSecret: 'FAKECLIENTSECRET42',
};

const PASTE = [
  'POST /rest/apis/customer/v1/accounts HTTP/1.1',
  `Authorization: ${PLANTED.authorization}`,
  `authorization: Bearer ${PLANTED.bearer}`,
  `Cookie: ${PLANTED.cookie}`,
  `Set-Cookie: ${PLANTED.setCookie}; Path=/; Secure`,
  `{"password": "${PLANTED.password}", "api_key": "${PLANTED.apiKey}"}`,
  `token ${PLANTED.jwt}`,
  `curl https://${PLANTED.urlCredentials}@ccs.example.com/rest`,
  `client_secret=${PLANTED.clientSecret}`,
  'Reference #18.4c96df17.1644609140.2a155db',
].join('\n');

describe('credentials in pasted text', () => {
  // The Bearer token sits in an Authorization header: removed once, counted as the header.
  it('finds every kind, never the values', () => {
    const kinds = findSecrets(PASTE).map((finding) => finding.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'authorization-header',
        'cookie',
        'password',
        'api-key',
        'jwt',
        'credentials-in-url',
      ]),
    );
    const message = describeSecrets(findSecrets(PASTE)) ?? '';
    expect(message).toMatch(/Authorization header/);
    for (const value of Object.values(PLANTED)) expect(message).not.toContain(value);
  });

  it('redacts every planted value', () => {
    const redacted = redactSecrets(PASTE);
    for (const value of Object.values(PLANTED)) expect(redacted).not.toContain(value);
    expect(redacted).toContain('Reference #18.4c96df17.1644609140.2a155db');
  });

  it('finds nothing in ordinary text', () => {
    expect(findSecrets('Reference #18.4c96df17.1644609140.2a155db on POST /rest/x -> 403')).toEqual(
      [],
    );
    expect(describeSecrets([])).toBeNull();
  });

  it('keeps planted secrets out of every output of the draft', () => {
    const result = decodeReference('18.4c96df17.1644609140.2a155db');
    if (!result.ok) throw new Error(result.reason);
    const draft = draftServiceRequest({
      references: [result.reference],
      now: (1644609140 + 3600) * 1000,
      secretsFound: findSecrets(PASTE),
      context: {
        environment: 'PROD',
        businessImpact: `Calls fail. Authorization: Bearer ${PLANTED.bearer}`,
        stepsToReproduce: `curl -H "Cookie: ${PLANTED.cookie}" https://${PLANTED.urlCredentials}@x.example/rest password=${PLANTED.password}`,
        frequency: `every call with api_key=${PLANTED.apiKey}`,
        issueId: `token=${PLANTED.clientSecret}`,
      },
    });
    const outputs = [
      draft.summary,
      draft.description,
      draft.attachment,
      ...draft.warnings.map((w) => w.message),
      ...draft.guidance,
    ].join('\n');
    for (const value of Object.values(PLANTED)) expect(outputs).not.toContain(value);
    expect(draft.warnings.map((w) => w.kind)).toEqual(
      expect.arrayContaining(['secrets-in-paste', 'secrets-removed']),
    );
  });
});
