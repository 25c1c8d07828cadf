import { describe, expect, it } from 'vitest';
import {
  analyseHar,
  batchFromExtraction,
  referencesToCsv,
  referencesToJson,
  type BatchEntry,
} from '../../../src/core/triage/index.ts';
import {
  analysePastedText,
  decodeReference,
  draftServiceRequest,
  type ServiceRequestContext,
} from '../../../src/core/index.ts';
import {
  cleanUrl,
  describeSecrets,
  findSecrets,
  redactSecrets,
  scrubSecrets,
  withoutSecrets,
  type SecretKind,
} from '../../../src/core/privacy/index.ts';
import { FIXED_NOW } from '../corpus.ts';

const REFERENCE = '18.4c96df17.1644609140.2a155db';

interface Form {
  readonly name: string;
  /** The credential as people write it; `{value}` marks where the fake value goes. */
  readonly written: string;
  readonly secret: string;
  readonly kind: SecretKind;
  /** A URL: also typed in "Affected URL or path" and recorded as a HAR request URL. */
  readonly url?: boolean;
}

/** Every form from issue 10 and the usual ones, each with a fake value found only here. */
const FORMS: readonly Form[] = [
  {
    name: 'curl -u',
    written: 'curl -u INT_USER:{value} https://h.example/x',
    secret: 'Welc0me123-FAKE!',
    kind: 'basic-credentials',
  },
  {
    name: 'curl --user',
    written: 'curl --user svc:{value} https://h.example/x',
    secret: 'pwFAKE77',
    kind: 'basic-credentials',
  },
  {
    name: "curl --user '...' with a space",
    written: "curl --user 'svc:{value}' https://h.example",
    secret: 'pass FAKE word',
    kind: 'basic-credentials',
  },
  {
    name: 'curl --proxy-user',
    written: 'curl --proxy-user px:{value} -x proxy.example:3128 https://h.example',
    secret: 'FAKEproxyPW',
    kind: 'basic-credentials',
  },
  {
    name: 'AWS_SECRET_ACCESS_KEY=',
    written: 'export AWS_SECRET_ACCESS_KEY={value}',
    secret: 'wJalrFAKEUtnFEMI/K7MDENG/bPxRfiCY',
    kind: 'api-key',
  },
  {
    name: 'X-Amz-Signature=',
    written: 'https://b.s3.example.com/o?X-Amz-Date=20260101&X-Amz-Signature={value}',
    secret: 'fa4e0000deadbeefFAKE',
    kind: 'signature',
    url: true,
  },
  {
    name: 'bare JSESSIONID=',
    written: 'JSESSIONID={value}',
    secret: 'FAKESESSIONA1B2C3',
    kind: 'session-id',
  },
  {
    name: 'quoted password with a space',
    written: 'password="{value}"',
    secret: 'my FAKE pass',
    kind: 'password',
  },
  {
    name: 'JSON password',
    written: '{"user": "x", "password": "{value}"}',
    secret: 'FAKE json pw',
    kind: 'password',
  },
  {
    name: 'https://u:p@ss@host',
    written: 'https://u:{value}@host.example/x',
    secret: 'p@ssFAKE',
    kind: 'credentials-in-url',
    url: true,
  },
  {
    name: 'userinfo with query token',
    written: 'https://admin:{value}@host.example/x?access_token=T0KENFAKE',
    secret: 'PWFAKE9',
    kind: 'credentials-in-url',
    url: true,
  },
  {
    name: 'access_token in the query',
    written: 'https://host.example/x?access_token={value}&page=2',
    secret: 'ATFAKE12345',
    kind: 'api-key',
    url: true,
  },
  {
    name: ';jsessionid= path parameter',
    written: 'https://host.example/app;jsessionid={value}?x=1',
    secret: 'FAKEJSESS42',
    kind: 'session-id',
    url: true,
  },
  {
    name: '//user:pass@host in a log line',
    written: 'proxy to //svc:{value}@host.example/x',
    secret: 'FAKEpass88',
    kind: 'credentials-in-url',
  },
  {
    name: 'hdnts= (Akamai token auth)',
    written: 'https://host.example/v?hdnts={value}&q=1',
    secret: 'exp=1700000000~acl=/*~hmac=FAKE0f0f',
    kind: 'signature',
    url: true,
  },
  {
    name: 'ticket=',
    written: 'https://host.example/cas?ticket={value}',
    secret: 'ST-FAKE-1234',
    kind: 'signature',
    url: true,
  },
  {
    name: 'sig=',
    written: 'https://host.example/f?sv=2020&sig={value}',
    secret: 'FAKEsig%2Babc',
    kind: 'signature',
    url: true,
  },
  {
    name: 'Authorization header',
    written: 'Authorization: Basic {value}',
    secret: 'ZmFrZXVzZXI6ZmFrZXBhc3M=',
    kind: 'authorization-header',
  },
  {
    name: 'Proxy-Authorization header',
    written: 'Proxy-Authorization: Negotiate {value}',
    secret: 'YIIFAKEnegotiate',
    kind: 'authorization-header',
  },
  {
    name: 'Cookie header',
    written: 'Cookie: ORA_FAKE={value}',
    secret: 'FAKECOOKIE77',
    kind: 'cookie',
  },
  {
    name: 'Set-Cookie header',
    written: 'Set-Cookie: s={value}; Path=/',
    secret: 'FAKESETCOOKIE1',
    kind: 'cookie',
  },
  {
    name: 'bearer token',
    written: 'use bearer {value} now',
    secret: 'FAKEBEARERTOKEN1234567890',
    kind: 'bearer-token',
  },
  {
    name: 'basic token',
    written: 'sent Basic {value}',
    secret: 'ZmFrZTpGQUtF',
    kind: 'basic-credentials',
  },
  {
    name: 'JWT',
    written: 'id {value}',
    secret: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.RkFLRXNpZ25hdHVyZQ',
    kind: 'jwt',
  },
  { name: 'api_key', written: 'api_key={value}', secret: 'FAKEAPIKEY0099', kind: 'api-key' },
  {
    name: 'apiKey in JSON',
    written: '{"apiKey": "{value}"}',
    secret: 'FAKEAPIKEYJSON',
    kind: 'api-key',
  },
  {
    name: 'client_secret',
    written: 'client_secret={value}',
    secret: 'FAKECLIENTSECRET42',
    kind: 'api-key',
  },
  {
    name: 'TOKEN in any case',
    written: 'TOKEN: {value}',
    secret: 'FAKEUPPERTOKEN',
    kind: 'api-key',
  },
  { name: 'passwd', written: 'passwd={value}', secret: 'FAKEpasswd1', kind: 'password' },
  { name: 'pwd', written: 'PWD: {value}', secret: 'FAKEpwd2', kind: 'password' },
  { name: 'secret', written: 'secret={value}', secret: 'FAKEsecret3', kind: 'api-key' },
  { name: 'signature', written: 'Signature={value}', secret: 'FAKEsignature4', kind: 'signature' },
  { name: 'session', written: 'session={value}', secret: 'FAKEsession5', kind: 'session-id' },
  {
    name: 'private key block',
    written: '-----BEGIN RSA PRIVATE KEY-----\n{value}\n-----END RSA PRIVATE KEY-----',
    secret: 'MIIFAKEprivateKEYbody',
    kind: 'private-key',
  },
];

const fill = (form: Form) => form.written.replace('{value}', form.secret);

function reference() {
  const result = decodeReference(REFERENCE, { now: FIXED_NOW });
  if (!result.ok) throw new Error(result.reason);
  return result.reference;
}

/** Every text a draft puts on screen, on the clipboard and in the .txt download. */
function draftOutputs(context: ServiceRequestContext): { text: string; warnings: string[] } {
  const draft = draftServiceRequest({ references: [reference()], context, now: FIXED_NOW });
  const warnings = draft.warnings.map((warning) => warning.message);
  return {
    text: [draft.summary, draft.description, draft.attachment, ...warnings, ...draft.guidance].join(
      '\n',
    ),
    warnings,
  };
}

function exports(entries: readonly BatchEntry[]): string {
  return `${referencesToCsv(entries)}\n${referencesToJson(entries, FIXED_NOW)}`;
}

function harWith(form: Form): string {
  const value = fill(form);
  return JSON.stringify({
    log: {
      entries: [
        {
          startedDateTime: '2022-02-11T19:52:20.000Z',
          request: {
            method: 'GET',
            url: form.url ? value : 'https://ccs.example.com/rest/x',
            headers: [{ name: 'X-Debug', value }],
          },
          response: {
            status: 403,
            headers: [{ name: 'X-Note', value }],
            content: { mimeType: 'text/html', text: `${value}\nReference #${REFERENCE}` },
          },
        },
      ],
    },
  });
}

describe.each(FORMS)('credential form: $name', (form) => {
  const written = fill(form);

  it('is found, removed and reported as exactly what was removed', () => {
    const { text, removed } = scrubSecrets(written);
    expect(text).not.toContain(form.secret);
    expect(removed.map((finding) => finding.kind)).toContain(form.kind);
    expect(findSecrets(written)).toEqual(removed);
    expect(redactSecrets(written)).toBe(text);
    const notice = describeSecrets(removed) ?? '';
    expect(notice).not.toContain(form.secret);
  });

  it('stays out of the draft, the clipboard text, the .txt and storage (every form field)', () => {
    const context: ServiceRequestContext = {
      environment: 'PROD',
      stepsToReproduce: `Run ${written}`,
      businessImpact: written,
      frequency: written,
      issueId: written,
      otherService: written,
      service: 'other',
      ...(form.url ? { affectedUrl: written, keepQueryString: true } : {}),
    };
    const { text, warnings } = draftOutputs(context);
    expect(text).not.toContain(form.secret);
    expect(warnings.join('\n')).toMatch(
      /Left out of the draft because it looked like a credential/,
    );
    const stored = JSON.stringify(withoutSecrets(context).context);
    expect(stored).not.toContain(form.secret);
    expect(withoutSecrets(context).findings.map((finding) => finding.kind)).toContain(form.kind);
  });

  it('stays out of the cleaned request, the CSV and the JSON of a log line and a HAR', () => {
    const line = `2022-02-11T19:52:20Z GET ${written} 403 Reference #${REFERENCE}`;
    const pasted = analysePastedText(line, { now: FIXED_NOW });
    expect(pasted.found).toHaveLength(1);
    const fromLog = batchFromExtraction('pasted text', { found: pasted.found, rejected: [] });
    expect(JSON.stringify(pasted.found)).not.toContain(form.secret);
    expect(exports(fromLog)).not.toContain(form.secret);

    for (const keepQuery of [false, true]) {
      const har = analyseHar(harWith(form), { now: FIXED_NOW, keepQuery });
      if (!har.ok) throw new Error(har.reason);
      expect(har.analysis.found).toHaveLength(1);
      const entries = batchFromExtraction('x.har', har.analysis);
      expect(JSON.stringify(har.analysis)).not.toContain(form.secret);
      expect(exports(entries)).not.toContain(form.secret);
    }
  });
});

describe('the detector leaves ordinary text alone', () => {
  it.each([
    `Reference #${REFERENCE} on POST /rest/x -> 403`,
    'the basic authentication failed, design=ok, secretary=Jane, tokens=5',
    'Akamai-GRN: 0.4c96df17.1644609140.2a155db',
    'https://ccs.example.com/rest/apis/customer/v1/accounts?page=2',
  ])('%s', (text) => {
    expect(scrubSecrets(text)).toEqual({ text, removed: [] });
    expect(describeSecrets(findSecrets(text))).toBeNull();
  });

  it('claims no removal that did not happen', () => {
    const { context, removed, findings, fields } = withoutSecrets({
      stepsToReproduce: 'Call GET /rest/x twice',
      affectedUrl: '/rest/x',
    });
    expect({ removed, findings, fields }).toEqual({ removed: false, findings: [], fields: [] });
    expect(context.affectedUrl).toBe('/rest/x');
    const draft = draftServiceRequest({
      references: [reference()],
      context: { stepsToReproduce: 'Call GET /rest/x twice' },
      now: FIXED_NOW,
    });
    expect(draft.warnings.map((warning) => warning.kind)).not.toContain('secrets-removed');
  });

  it('names the kinds and the fields it removed them from', () => {
    const draft = draftServiceRequest({
      references: [reference()],
      context: { stepsToReproduce: 'curl -u A:B1 x', affectedUrl: 'https://u:p@h.example/x' },
      now: FIXED_NOW,
    });
    const warning = draft.warnings.find((w) => w.kind === 'secrets-removed');
    expect(warning?.message).toBe(
      'Left out of the draft because it looked like a credential: a user name and password (curl -u / --user / --proxy-user or a Basic token), a user name or password in a URL, typed in Steps to reproduce, Affected URL or path. Each was replaced by a removed marker.',
    );
  });
});

describe('"Affected URL or path" with the query string kept', () => {
  it('loses the user, the password and the token, and stays a valid URL', () => {
    const { context } = withoutSecrets({
      affectedUrl: 'https://admin:PWFAKE@host.example/x?access_token=TFAKE',
      keepQueryString: true,
    });
    expect(context.affectedUrl).toBe('https://[removed]@host.example/x?access_token=[removed]');
    expect(() => new URL(context.affectedUrl)).not.toThrow();
  });

  it('cleanUrl drops userinfo, secret path parameters and secret query parameters', () => {
    expect(
      cleanUrl('https://u:p@ss@h.example/a;jsessionid=S1?hdnts=x&ticket=y&sig=z&q=1#f', {
        keepQuery: true,
      }),
    ).toEqual({
      url: 'https://h.example/a;jsessionid=[removed]?hdnts=%5Bremoved%5D&ticket=%5Bremoved%5D&sig=%5Bremoved%5D&q=1',
      host: 'h.example',
      path: '/a;jsessionid=[removed]',
      removedParameters: 4,
      removedUserinfo: true,
    });
    expect(cleanUrl('//svc:pw@h.example/x')).toMatchObject({ url: '//h.example/x' });
  });
});
