/** The viewer's time zone and locale as the browser reports them. */
export function viewerZone(): { timeZone: string; locale: string } {
  const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
  return { timeZone, locale };
}
