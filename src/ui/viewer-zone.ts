/** The viewer's time zone and locale as the browser reports them. */
export interface ViewerZone {
  readonly timeZone: string;
  readonly locale: string;
}

// Asked once: building an Intl formatter per card showed up in profiles of large batches.
let cached: ViewerZone | null = null;

export function viewerZone(): ViewerZone {
  if (cached === null) {
    const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
    cached = { timeZone, locale };
  }
  return cached;
}
