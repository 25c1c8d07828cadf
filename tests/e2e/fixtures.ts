import { readFileSync } from 'node:fs';
import { test as base, expect, type Frame, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface PageWatch {
  /** Every URL the page (and its frames) requested, in order. */
  readonly requests: string[];
}

export const PASTE_LABEL = 'Paste reference IDs or any text containing them';

/** The single-file copy (`npm run build:single`), opened from disk. */
export const SINGLE_FILE_URL = new URL(
  '../../dist-single/akamai-reference-decoder.html',
  import.meta.url,
).href;

/**
 * Every browser test fails on a console error, an uncaught exception, a dialog, a CSP violation
 * or a request to any other origin, whatever else it checks.
 */
export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      await use({ requests });

      const violations = await Promise.all(
        page
          .frames()
          .map((frame) =>
            frame.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]),
          ),
      );
      expect(violations.flat(), 'CSP violations').toEqual([]);
      expect(problems, 'console errors, exceptions and dialogs').toEqual([]);
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign = requests.filter(
        (url) =>
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          !url.startsWith(SINGLE_FILE_URL) &&
          new URL(url).origin !== origin,
      );
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel(PASTE_LABEL).fill(text);
}

/**
 * Dispatches a paste event carrying `text` at the paste box, as the browser does on Ctrl+V.
 * Used for large pastes: Playwright's fill() stalls on megabytes, and the app keeps a large
 * paste out of the box anyway.
 */
export async function pasteEvent(target: Page | Frame, text: string): Promise<void> {
  // The app renders after load (a transition): wait for the box, as a person would.
  await target.getByLabel(PASTE_LABEL).waitFor();
  await target.evaluate(
    ({ pasted, label }) => {
      const box = [...document.querySelectorAll('textarea')].find(
        (area) => area.labels?.[0]?.textContent === label,
      );
      if (box === undefined) throw new Error(`no textarea labelled "${label}"`);
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', pasted);
      box.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    },
    { pasted: text, label: PASTE_LABEL },
  );
}

export interface DroppedFile {
  readonly name: string;
  readonly text: string;
}

/** Drops files on the page as the browser does when files are dragged from the desktop. */
export async function dropFiles(
  target: Page | Frame,
  files: readonly DroppedFile[],
): Promise<void> {
  // The page takes drops once it has rendered (a transition after load), as a person would see.
  await target.getByRole('button', { name: 'Choose files…' }).waitFor();
  await target.evaluate((dropped) => {
    const dataTransfer = new DataTransfer();
    for (const { name, text } of dropped) dataTransfer.items.add(new File([text], name));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}

/** A file from tests/fixtures, as text. */
export function readFixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}
