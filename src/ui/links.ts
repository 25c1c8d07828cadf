import { appBaseUrl } from '../core/share/index.ts';

/** A full link to a screen of this app, wherever it is hosted (any path, file://, a frame). */
export function appLink(path: string): string {
  return `${appBaseUrl(window.location.href)}#${path}`;
}
