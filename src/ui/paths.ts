/** Links into the route table; deep links carry references only, never pasted text. */
export const paths = {
  home: '/',
  decode: (reference: string) => `/decode/${encodeURIComponent(reference)}`,
  /** The decode screen with these references in the box (links from the bookmarklet, "copy link"). */
  decodeAll: (references: readonly string[]) =>
    `/?refs=${references.map(encodeURIComponent).join(',')}`,
  serviceRequest: (references: readonly string[]) =>
    `/service-request?refs=${references.map(encodeURIComponent).join(',')}`,
  codes: '/codes',
  bookmarklet: '/bookmarklet',
  code: (code: number) => `/codes/${code}`,
} as const;
