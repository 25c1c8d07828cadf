import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Unit tests run the core in Node and the UI in jsdom. Both assert UTC renderings, so the time
 * zone is pinned for every worker. Timeouts are ceilings for a shared 2-core machine where
 * other work may run, never assertions about speed.
 */
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      env: { TZ: 'UTC' },
      testTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            include: ['tests/ui/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/ui/setup.ts'],
          },
        },
      ],
    },
  }),
);
