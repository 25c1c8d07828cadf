import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT_STORE,
  RECENT_DRAFT_LIMIT,
  deleteDraft,
  findDraft,
  incidentKey,
  parseDraftStore,
  saveDraft,
} from '../../../src/core/service-request/index.ts';

const A = ['18.4c96df17.1795930502.2a155db', '1.0f5e6b68.1795929483.3d0001'];
const B = ['6.a2f01c17.1795929771.2c0ffe'];

describe('saved drafts: one incident, one form', () => {
  it('keys an incident by its set of references, whatever the order', () => {
    expect(incidentKey(A)).toBe(incidentKey([...A].reverse()));
    expect(incidentKey(A)).not.toBe(incidentKey(B));
  });

  it('keeps a draft per incident, newest first, and offers only the stable fields', () => {
    let store = saveDraft(EMPTY_DRAFT_STORE, {
      references: A,
      savedAt: 1,
      context: { environment: 'PROD', service: 'customer-cloud-service', httpStatus: '403' },
      severityOverride: null,
    });
    store = saveDraft(store, {
      references: B,
      savedAt: 2,
      context: { businessImpact: 'origin down' },
      severityOverride: 2,
    });
    expect(store.drafts.map((draft) => draft.references)).toEqual([B, A]);
    expect(findDraft(store, incidentKey(A))?.context.httpStatus).toBe('403');
    expect(findDraft(store, incidentKey(B))?.context.httpStatus).toBeUndefined();
    expect(store.lastStable).toEqual({ environment: 'PROD', service: 'customer-cloud-service' });
    expect(deleteDraft(store, incidentKey(B)).drafts).toHaveLength(1);
  });

  it('does not list an untouched form, and keeps only the newest few', () => {
    expect(
      saveDraft(EMPTY_DRAFT_STORE, {
        references: A,
        savedAt: 1,
        context: {},
        severityOverride: null,
      }).drafts,
    ).toEqual([]);
    let store = EMPTY_DRAFT_STORE;
    for (let index = 0; index < RECENT_DRAFT_LIMIT + 3; index += 1) {
      store = saveDraft(store, {
        references: [`18.4c96df17.${1795930000 + index}.1`],
        savedAt: index,
        context: { environment: 'PROD' },
        severityOverride: null,
      });
    }
    expect(store.drafts).toHaveLength(RECENT_DRAFT_LIMIT);
    expect(store.drafts[0]?.savedAt).toBe(RECENT_DRAFT_LIMIT + 2);
  });

  it('never stores credentials typed into any field', () => {
    const store = saveDraft(EMPTY_DRAFT_STORE, {
      references: A,
      savedAt: 1,
      context: {
        businessImpact: 'curl -H "Authorization: Bearer FAKE-STORED-TOKEN-1" failed',
        affectedUrl: 'https://x.example.com/rest?access_token=FAKE-STORED-TOKEN-2',
        environment: 'PROD',
      },
      severityOverride: null,
    });
    const text = JSON.stringify(store);
    expect(text).not.toContain('FAKE-STORED-TOKEN-1');
    expect(text).not.toContain('FAKE-STORED-TOKEN-2');
    expect(text).toContain('PROD');
  });

  it('reads back what it wrote, and refuses what is not a store', () => {
    const store = saveDraft(EMPTY_DRAFT_STORE, {
      references: A,
      savedAt: 5,
      context: { environment: 'TEST01' },
      severityOverride: 3,
    });
    expect(parseDraftStore(JSON.parse(JSON.stringify(store)))).toEqual(store);
    expect(parseDraftStore('nonsense')).toBeNull();
    expect(parseDraftStore({ drafts: 'x' })).toBeNull();
    expect(parseDraftStore({ drafts: [{ references: [], savedAt: 1, context: {} }] })).toEqual({
      drafts: [],
      lastStable: null,
    });
  });
});
