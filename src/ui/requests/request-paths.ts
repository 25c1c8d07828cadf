import type { AllowlistRequestKind } from '../../core/network/index.ts';
import type { Connectivity } from '../../core/service-request/index.ts';

export const REQUESTS_PATH = '/requests';

export interface RequestLink {
  readonly kind: AllowlistRequestKind;
  /** Lines added to the inbound form: the path the reference answered, the caller's CIDR. */
  readonly path?: string | null;
  readonly source?: string | null;
  readonly connectivity?: Connectivity;
  /** Put the keyboard in the DNS check box on arrival. */
  readonly focusDns?: boolean;
}

/** A link into the requests screen; it carries only what the user already typed or decoded. */
export function requestsPath({ kind, path, source, connectivity, focusDns }: RequestLink): string {
  const params = new URLSearchParams({ kind });
  if (path) params.set('path', path);
  if (source) params.set('source', source);
  if (connectivity) params.set('connectivity', connectivity);
  if (focusDns) params.set('focus', 'dns');
  return `${REQUESTS_PATH}?${params.toString()}`;
}
