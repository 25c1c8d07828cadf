import { describe, expect, it } from 'vitest';
import {
  LINK_REFERENCE_LIMIT,
  bookmarkletSource,
  bookmarkletUrl,
  embedHeightMessage,
  embedTargetOrigin,
  referencesFromLink,
} from '../../../src/core/share/index.ts';

const APP = 'https://tools.example.com/akamai/reference-decoder/index.html';

interface StubWindow {
  opened: string[];
  alerts: string[];
  location: { href: string };
  run: () => void;
}

/** Runs the bookmarklet against a stub window holding `pageText` and `selection`. */
function stubWindow(pageText: string, selection = '', popupsBlocked = false): StubWindow {
  const stub: StubWindow = {
    opened: [],
    alerts: [],
    location: { href: 'https://host/page' },
    run: () => undefined,
  };
  const window = {
    getSelection: () => ({ toString: () => selection }),
    document: { body: { innerText: pageText } },
    open: (url: string) => {
      stub.opened.push(url);
      return popupsBlocked ? null : { opener: {} };
    },
    alert: (message: string) => stub.alerts.push(message),
    location: stub.location,
  };
  // The bookmarklet is `(function(w){…})(window)`: give it our window.
  stub.run = () => new Function('window', bookmarkletSource(APP))(window);
  return stub;
}

describe('the bookmarklet', () => {
  const page = `Access Denied. You don't have permission. Reference #18.4c96df17.1644609140.2a155db
    Secret customer data 4111 1111 1111 1111; also 30.74C47B68.1626182696.201415a4 and again 18.4c96df17.1644609140.2a155db`;

  it('opens the app with the page’s references only, each once', () => {
    const stub = stubWindow(page);
    stub.run();
    expect(stub.opened).toEqual([
      `${APP}#/?refs=18.4c96df17.1644609140.2a155db,30.74c47b68.1626182696.201415a4`,
    ]);
    expect(stub.opened[0]).not.toMatch(/Secret|4111|Access/);
  });

  it('prefers the selection to the whole page', () => {
    const stub = stubWindow(page, 'see 97.0f5e6b68.1764324100.3d0001 here');
    stub.run();
    expect(stub.opened).toEqual([`${APP}#/?refs=97.0f5e6b68.1764324100.3d0001`]);
  });

  it('says so and opens nothing when there is no reference', () => {
    const stub = stubWindow('Nothing here but 1.2.3.4 and 10.0.0.1');
    stub.run();
    expect(stub.opened).toEqual([]);
    expect(stub.alerts).toEqual([
      'Akamai Reference Decoder: no reference found in the selection or on this page.',
    ]);
  });

  it('navigates the page itself when pop-ups are blocked', () => {
    const stub = stubWindow(page, '', true);
    stub.run();
    expect(stub.location.href).toMatch(/#\/\?refs=18\.4c96df17/);
  });

  it(`carries at most ${LINK_REFERENCE_LIMIT} references`, () => {
    const many = Array.from(
      { length: 150 },
      (_, i) => `18.4c96df17.1644609140.${i.toString(16)}`,
    ).join(' ');
    const stub = stubWindow(many);
    stub.run();
    expect(stub.opened[0]?.split('refs=')[1]?.split(',')).toHaveLength(LINK_REFERENCE_LIMIT);
  });

  it('is a javascript: address that decodes back to the source, without the app’s hash', () => {
    const url = bookmarkletUrl(`${APP}#/bookmarklet`);
    expect(url.startsWith('javascript:')).toBe(true);
    expect(decodeURIComponent(url.slice('javascript:'.length))).toBe(bookmarkletSource(APP));
    expect(url).not.toContain('bookmarklet');
  });

  it('reads a refs link back as one reference per line', () => {
    expect(
      referencesFromLink('18.4c96df17.1644609140.2a155db,,30.74c47b68.1626182696.201415a4'),
    ).toBe('18.4c96df17.1644609140.2a155db\n30.74c47b68.1626182696.201415a4');
    expect(referencesFromLink(null)).toBe('');
  });
});

describe('the embed height message', () => {
  it('carries only a whole, non-negative height', () => {
    expect(embedHeightMessage(412.2)).toEqual({
      type: 'akamai-reference-decoder:height',
      version: 1,
      height: 413,
    });
    expect(embedHeightMessage(-5).height).toBe(0);
  });

  it('posts to a named origin only when it is a plain http(s) origin', () => {
    expect(embedTargetOrigin('https://wiki.example.com')).toBe('https://wiki.example.com');
    expect(embedTargetOrigin('https://wiki.example.com/')).toBe('https://wiki.example.com');
    expect(embedTargetOrigin('https://wiki.example.com/spaces/x')).toBe('*');
    expect(embedTargetOrigin('javascript:alert(1)')).toBe('*');
    expect(embedTargetOrigin(null)).toBe('*');
  });
});
