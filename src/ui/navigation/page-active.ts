import { createContext, useContext } from 'react';

/**
 * False while a page is kept alive but hidden (the decode screen while another page is shown):
 * it must not set the title or take dropped files then.
 */
export const PageActiveContext = createContext(true);

export function usePageActive(): boolean {
  return useContext(PageActiveContext);
}
