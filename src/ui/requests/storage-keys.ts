import type { AllowlistRequestKind } from '../../core/network/index.ts';

/** Where each request kind's draft is kept on this device. */
export const storageKey = (kind: AllowlistRequestKind): string =>
  `akamai-reference-decoder/requests/${kind}/v1`;
