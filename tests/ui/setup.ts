import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  // What the decode screen last showed, kept for the SR screen within a tab.
  delete (globalThis as { __akamaiReferenceDecoderOnScreen?: unknown })
    .__akamaiReferenceDecoderOnScreen;
});
