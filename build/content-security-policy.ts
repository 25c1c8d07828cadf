import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** What every build forbids: connections of any kind, plugins, base and form targets. */
const ALWAYS = ["connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"];

/**
 * The production page may load only its own files and may not connect anywhere. The dev
 * server needs inline scripts for hot reload, so the policy is added to the build only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  ...ALWAYS,
].join('; ');

/** A CSP source that allows exactly one inline block. */
export const sha256Source = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The single file's policy: exactly its inline scripts and style, nothing from anywhere. */
export function inlinePolicy(scripts: readonly string[], style: string): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256Source).join(' ')}`,
    `style-src ${sha256Source(style)}`,
    'img-src data:',
    ...ALWAYS,
  ].join('; ');
}

/** Adds the policy (and no-referrer) as the first elements of the page's head. */
export function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
      {
        tag: 'meta',
        attrs: { name: 'referrer', content: 'no-referrer' },
        injectTo: 'head-prepend',
      },
    ],
  };
}
