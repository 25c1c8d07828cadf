import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Issue 10: credentials typed into the SR form reach nothing. Each form is typed into every text
 * field of the form (the URL field with "keep the query string" ticked), then the draft on
 * screen, the clipboard after each Copy, the downloaded attachment and every localStorage key
 * are searched for the fake value, and the screen's removal notice is checked against what was
 * actually typed.
 */

const REFERENCE = '18.4c96df17.1644609140.2a155db';

interface CredentialForm {
  readonly name: string;
  readonly text: string;
  /** Parts of the fake value that must appear nowhere. */
  readonly needles: readonly string[];
  /** What the removal notice must name (the core's words for the kind). */
  readonly kind: RegExp;
}

const FORMS: readonly CredentialForm[] = [
  {
    name: 'curl -u',
    text: 'curl -u INT_USER:Welcome123! https://ccs.example.com/rest/x',
    needles: ['Welcome123'],
    kind: /a user name and password/,
  },
  {
    name: 'curl --user',
    text: 'curl --user svc:pwFAKE1 https://ccs.example.com/rest/x',
    needles: ['pwFAKE1'],
    kind: /a user name and password/,
  },
  {
    name: 'AWS_SECRET_ACCESS_KEY=',
    text: 'AWS_SECRET_ACCESS_KEY=wJalrFAKE2UtnFEMIK7MDENGbPxRfiCY',
    needles: ['FAKE2'],
    kind: /an API key/,
  },
  {
    name: 'X-Amz-Signature=',
    text: 'https://b.s3.example.com/o?X-Amz-Date=20260101&X-Amz-Signature=fa4e00deadbeefFAKE3',
    needles: ['FAKE3'],
    kind: /a URL signature/,
  },
  {
    name: 'bare JSESSIONID=',
    text: 'JSESSIONID=FAKE4SESSIONA1B2C3',
    needles: ['FAKE4'],
    kind: /a session ID/,
  },
  {
    name: 'quoted password with a space',
    text: 'password="my FAKE5 pass"',
    needles: ['FAKE5', 'my FAKE5'],
    kind: /a password/,
  },
  {
    name: 'https://u:p@ss@host',
    text: 'https://u:p@ssFAKE6@host.example/x',
    needles: ['p@ss', 'ssFAKE6', 'FAKE6'],
    kind: /a user name or password in a URL/,
  },
  {
    name: 'https://admin:PW@host/x?access_token=T',
    text: 'https://admin:PWFAKE7@host.example/x?access_token=TFAKE8&page=2',
    needles: ['PWFAKE7', 'TFAKE8'],
    kind: /a user name or password in a URL/,
  },
  {
    name: 'Authorization header',
    text: 'Authorization: Basic ZmFrZXVzZXI6RkFLRTk=',
    needles: ['ZmFrZXVzZXI6RkFLRTk'],
    kind: /an Authorization header/,
  },
  {
    name: 'Cookie header',
    text: 'Cookie: ORA_SESSION=FAKE10COOKIE; theme=dark',
    needles: ['FAKE10'],
    kind: /cookies/,
  },
  {
    name: 'JWT',
    text: 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFMTEifQ.RkFLRTExc2lnbmF0dXJl',
    needles: ['eyJzdWIiOiJGQUtFMTEifQ', 'RkFLRTExc2lnbmF0dXJl'],
    kind: /a JSON Web Token/,
  },
  {
    name: 'private-key block',
    text: '-----BEGIN PRIVATE KEY-----\nMIIEvFAKE12QIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
    needles: ['MIIEvFAKE12'],
    kind: /a private key/,
  },
  {
    name: 'hdnts=',
    text: 'https://media.example.com/v.m3u8?hdnts=exp%3D1700000000~acl%3D%2F*~hmac%3DFAKE13&q=1',
    needles: ['FAKE13'],
    kind: /a URL signature/,
  },
  {
    name: 'sig=',
    text: 'https://store.example.com/f?sv=2020&sig=FAKE14sig%2Babc',
    needles: ['FAKE14'],
    kind: /a URL signature/,
  },
  {
    name: ';jsessionid=',
    text: 'https://ccs.example.com/app;jsessionid=FAKE15JSESS?x=1',
    needles: ['FAKE15'],
    kind: /a session ID/,
  },
];

/** Typed into "Steps to reproduce" beside the credential: shows the autosave has happened. */
const SAVED_MARK = 'Saved-mark-7731';

async function textFields(page: Page) {
  const form = page.getByRole('group', { name: /About the failing calls/ });
  // Every text box of the form, whatever rows the core's field table holds.
  return form.locator('input[type="text"], textarea').all();
}

async function labelOf(field: Awaited<ReturnType<typeof textFields>>[number]): Promise<string> {
  return field.evaluate(
    (element) => (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
  );
}

/**
 * Everything the page shows but the form's own boxes (which show what was typed): the draft,
 * the warnings, and each field's hint and error message.
 */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const box of copy.querySelectorAll('input, textarea, select')) box.remove();
    return copy.textContent ?? '';
  });
}

async function storage(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      Object.fromEntries(
        Array.from({ length: localStorage.length }, (_, index) => {
          const key = localStorage.key(index) ?? '';
          return [key, localStorage.getItem(key)];
        }),
      ),
    ),
  );
}

async function copied(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function downloaded(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the attachment (.txt)' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

function expectClean(where: string, text: string, needles: readonly string[]) {
  for (const needle of needles) expect(text, `${where} holds ${needle}`).not.toContain(needle);
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/#/service-request?refs=${REFERENCE}`);
  await page.getByLabel('Keep the query string in the draft').check();
});

for (const form of FORMS) {
  test(`${form.name} typed into every text field reaches no output`, async ({ page }) => {
    const fields = await textFields(page);
    expect(fields.length).toBeGreaterThanOrEqual(10);
    for (const field of fields) {
      const label = await labelOf(field);
      // The two boxes people paste commands into are typed key by key; the rest filled.
      if (label === 'Affected URL or path' || label === 'Steps to reproduce') {
        await field.pressSequentially(form.text.replace(/\n/g, ' '));
      } else {
        await field.fill(form.text);
      }
    }
    const steps = page.getByLabel('Steps to reproduce');
    await steps.fill(`${SAVED_MARK}\n${form.text}`);
    await expect(page.getByLabel('Affected URL or path')).toHaveValue(
      form.text.replace(/\n/g, ' '),
    );

    const draft = page.getByRole('region', { name: 'Your service request' });
    const notice = page
      .getByRole('list', { name: 'Before you file' })
      .getByText(/looked like a credential/);
    await expect(notice).toContainText(form.kind);
    // Named where it was removed; every field it names was typed into and is in the draft.
    await expect(notice).toContainText('Steps to reproduce');
    const claimed = (await notice.textContent()) ?? '';
    const labels = await Promise.all(fields.map(labelOf));
    const named = labels.filter((label) => claimed.includes(label));
    expect(named.length).toBeGreaterThan(0);
    // A URL form stays a valid URL once cleaned, so its field is in the draft and named.
    if (form.text.startsWith('https://')) expect(named).toContain('Affected URL or path');
    await expect(draft.getByText(/\[removed/).first()).toBeVisible();

    expectClean('the screen', await screenText(page), form.needles);
    for (const button of ['Copy summary', 'Copy description', 'Copy all']) {
      expectClean(`the clipboard after ${button}`, await copied(page, button), form.needles);
    }
    expectClean('the downloaded attachment', await downloaded(page), form.needles);
    await expect.poll(() => storage(page)).toContain(SAVED_MARK);
    expectClean('localStorage', await storage(page), form.needles);
  });
}

test('ordinary text claims no removal', async ({ page }) => {
  await page.getByLabel('Affected URL or path').pressSequentially('https://ccs.example.com/rest/x');
  await page
    .getByLabel('Steps to reproduce')
    .pressSequentially('Call the accounts API with the password policy page open');
  await expect(page.getByRole('region', { name: 'Your service request' })).toContainText(
    'Steps to reproduce: Call the accounts API',
  );
  await expect(page.getByText(/looked like a credential/)).toHaveCount(0);
  await expect(page.getByText(/\[removed/)).toHaveCount(0);
});
