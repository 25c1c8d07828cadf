/** Links into the route table; deep links carry references only, never pasted text. */
export const paths = {
  home: '/',
  decode: (reference: string) => `/decode/${encodeURIComponent(reference)}`,
  serviceRequest: (references: readonly string[]) =>
    `/service-request?refs=${references.map(encodeURIComponent).join(',')}`,
  codes: '/codes',
  code: (code: number) => `/codes/${code}`,
} as const;
