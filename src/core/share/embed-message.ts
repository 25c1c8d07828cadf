/**
 * What the app, embedded in an iframe, tells its parent page: its content height, so a wiki can
 * size the frame. Only the height: nothing the user pasted ever goes into a message.
 */
export const EMBED_HEIGHT_MESSAGE_TYPE = 'akamai-reference-decoder:height';

export interface EmbedHeightMessage {
  readonly type: typeof EMBED_HEIGHT_MESSAGE_TYPE;
  readonly version: 1;
  /** CSS pixels, rounded up: the frame height that shows everything without a scroll bar. */
  readonly height: number;
}

export function embedHeightMessage(height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE_TYPE, version: 1, height: Math.ceil(Math.max(0, height)) };
}

/**
 * The `origin` a wiki page may name in the embed link (`?embed=1&origin=https://wiki.example`):
 * then only that page may read the height. Anything that is not a plain http(s) origin falls back
 * to any parent, which is harmless because the message carries only a number.
 */
export function embedTargetOrigin(requested: string | null): string {
  if (requested === null) return '*';
  try {
    const url = new URL(requested);
    const isOrigin = url.origin === requested.replace(/\/$/, '');
    return (url.protocol === 'https:' || url.protocol === 'http:') && isOrigin ? url.origin : '*';
  } catch {
    return '*';
  }
}
