import { useEffect } from 'react';
import { usePageActive } from '../navigation/page-active.ts';

const APP_NAME = 'Akamai Reference Decoder';

export function useDocumentTitle(title: string): void {
  const active = usePageActive();
  useEffect(() => {
    if (active) document.title = `${title} · ${APP_NAME}`;
  }, [title, active]);
}
