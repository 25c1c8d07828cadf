import { useState } from 'react';
import { useLocation } from 'react-router';
import { embedTargetOrigin } from '../../core/share/index.ts';

export interface EmbedMode {
  readonly embedded: boolean;
  /** Where the height reports go: the origin the embedding page named, or any parent. */
  readonly targetOrigin: string;
}

const NOT_EMBEDDED: EmbedMode = { embedded: false, targetOrigin: '*' };

function embedModeAt(pathname: string, search: string): EmbedMode | null {
  const params = new URLSearchParams(search);
  if (pathname !== '/embed' && params.get('embed') !== '1') return null;
  return { embedded: true, targetOrigin: embedTargetOrigin(params.get('origin')) };
}

/**
 * `#/embed`, or any screen with `?embed=1`: the compact layout for iframes. Once embedded, the
 * page stays compact as the user follows links inside the frame (links do not carry the flag).
 */
export function useEmbedMode(): EmbedMode {
  const { pathname, search } = useLocation();
  const [sticky, setSticky] = useState<EmbedMode>(
    () => embedModeAt(pathname, search) ?? NOT_EMBEDDED,
  );
  const current = embedModeAt(pathname, search);
  if (current !== null && !sticky.embedded) setSticky(current);
  return current ?? sticky;
}
