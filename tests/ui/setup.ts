import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy*` and `waitFor` wait for what a user would see. Their default of one second is a
// guess about speed that a busy machine breaks; this is a ceiling, not an expectation.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  // What the decode screen last showed, kept for the SR screen within a tab.
  delete (globalThis as { __akamaiReferenceDecoderOnScreen?: unknown })
    .__akamaiReferenceDecoderOnScreen;
});
