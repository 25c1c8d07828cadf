import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { batchFromExtraction } from '../../../src/core/triage/index.ts';
import { decodeReference } from '../../../src/core/index.ts';
import { publishOnScreen, readOnScreen } from '../../../src/ui/service-request/on-screen.ts';
import { renderApp } from '../render-app.tsx';

describe('what the decode screen hands to the SR screen', () => {
  it('holds reference ids and cleaned requests, never a request that looks like a credential', () => {
    const decoded = decodeReference('18.4c96df17.1795930502.2a155db', {
      now: Date.UTC(2026, 10, 29, 6),
    });
    if (!decoded.ok) throw new Error(decoded.reason);
    const request = {
      method: 'POST',
      host: 'x.example.com',
      path: '/rest',
      status: 403,
      startedUtc: null,
      serverIp: null,
      from: 'log-line' as const,
    };
    const entries = batchFromExtraction('pasted text', {
      found: [
        {
          reference: decoded.reference,
          request: { ...request, url: 'https://x.example.com/rest' },
        },
        {
          reference: decoded.reference,
          request: { ...request, url: 'https://x.example.com/rest?token=FAKE-ONSCREEN-TOKEN-7' },
        },
      ],
      rejected: [],
    });
    publishOnScreen(entries);
    window.dispatchEvent(new Event('pagehide'));
    // As after a reload: memory is gone, the session store remains.
    delete (globalThis as { __akamaiReferenceDecoderOnScreen?: unknown })
      .__akamaiReferenceDecoderOnScreen;
    const onScreen = readOnScreen();
    expect(onScreen.references).toEqual(['18.4c96df17.1795930502.2a155db']);
    expect(onScreen.requests['18.4c96df17.1795930502.2a155db']?.map((r) => r.url)).toEqual([
      'https://x.example.com/rest',
    ]);
    expect(JSON.stringify(window.sessionStorage)).not.toContain('FAKE-ONSCREEN-TOKEN-7');
    expect(JSON.stringify(window.sessionStorage)).toContain('18.4c96df17.1795930502.2a155db');
  });

  // 150 references through the decode screen and the SR screen take seconds in jsdom, more on a
  // busy machine: generous waits for what a person would see, no fixed sleep.
  it(
    'holds the references an SR link carries (the freshest 100), not a whole batch',
    { timeout: 90_000 },
    async () => {
      const now = Math.floor(Date.now() / 1000);
      const log = Array.from(
        { length: 150 },
        (_, index) =>
          `WARN POST https://api.example/rest/${index} 403 Reference #18.4c96df17.${now - 600 + index}.${(index + 1).toString(16)}`,
      ).join('\n');
      const { user } = renderApp('/');
      await user.click(screen.getByLabelText('Paste reference IDs or any text containing them'));
      await user.paste(log);
      const offer = await screen.findByRole(
        'link',
        { name: 'Draft one SR for the freshest 100 references' },
        { timeout: 30_000 },
      );
      const offered = new URL(offer.getAttribute('href') ?? '', 'http://x').searchParams
        .get('refs')
        ?.split(',');
      const onScreen = readOnScreen();
      expect(onScreen.references).toEqual(offered);
      expect(Object.keys(onScreen.requests)).toHaveLength(100);

      // The SR counts the whole incident, not the hundred it lists.
      await user.click(offer);
      const summary = await screen.findByLabelText('Problem summary', {}, { timeout: 30_000 });
      expect(summary.textContent).toMatch(/^150x /);
      expect(screen.getByLabelText('Problem description').textContent).toContain(
        '150 failed calls in 2 minutes',
      );
      expect(screen.getByRole('list', { name: 'Before you file' }).textContent).toContain(
        'This SR lists the freshest 100 of 150 errors',
      );
    },
  );
});
