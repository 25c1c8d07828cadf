import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets, withoutSecrets } from '../../../src/core/privacy/index.ts';

const FORMS = [
  'curl -H "Authorization: Bearer FAKEBEARER0123456789abc" https://ccs.example.com/rest',
  'Cookie: JSESSIONID=FAKESESSIONCOOKIE42; other=1',
  'password=Fake-Passw0rd!',
  'curl -u INT_USER:Welcome123! https://host/x',
  'https://admin:PW@host/x?access_token=T&sig=S',
  'AWS_SECRET_ACCESS_KEY=FAKEAWSSECRETKEY0123',
  '/rest/x;jsessionid=FAKEJSESSION99?hdnts=exp~1~hmac~abc',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZXNpZ25hdHVyZQ',
];

describe('the credential remover is idempotent', () => {
  it.each(FORMS)('text it cleaned holds nothing more to remove: %s', (form) => {
    const cleaned = redactSecrets(form);
    expect(findSecrets(form).length).toBeGreaterThan(0);
    expect(findSecrets(cleaned)).toEqual([]);
    expect(redactSecrets(cleaned)).toBe(cleaned);
  });

  it('for any mixture of forms and text, and for form fields', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...FORMS), fc.string({ maxLength: 20 })), {
          maxLength: 8,
        }),
        (parts) => {
          const text = parts.join(' ');
          const cleaned = redactSecrets(text);
          expect(findSecrets(cleaned)).toEqual([]);
          const { context } = withoutSecrets({ affectedUrl: text, stepsToReproduce: text });
          expect(withoutSecrets(context).removed).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
