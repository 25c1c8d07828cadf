import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The system Chrome or Chromium that browser tests and Lighthouse drive. Never downloads one:
 * this project runs where only package registries are reachable.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found !== undefined) return found;
  throw new Error(
    'No Chrome or Chromium found for the browser tests. Install one, e.g. on Debian or Ubuntu: ' +
      '`sudo apt-get install -y chromium`, or point CHROME_PATH at an existing Chrome binary.',
  );
}

/** Flags for a headless Chromium on a machine with no network beyond loopback. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
