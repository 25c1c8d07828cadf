/**
 * Lighthouse (mobile preset) on the decode screen and the code table of the built app.
 * Prints the four category scores and writes HTML reports to lighthouse-report/.
 * With --gate, exits non-zero below 100 for accessibility, best practices and SEO, or below 90
 * for performance (the machine is shared and noisy; performance gets a margin).
 *
 * The robots-txt audit is skipped: Lighthouse downloads robots.txt from inside the page, which
 * the app's required `connect-src 'none'` forbids (GoogleChrome/lighthouse#4386). Crawlers fetch
 * robots.txt directly; public/robots.txt is served and valid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.ts';
import { serveDist } from './serve-dist.ts';

const PORT = 4176;
const PAGES = [
  { name: 'decode', path: '/#/' },
  { name: 'codes', path: '/#/codes' },
] as const;
const GATES = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof GATES;

const gate = process.argv.includes('--gate');
const server = await serveDist(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROMIUM_FLAGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
});
const failures: string[] = [];
try {
  mkdirSync('lighthouse-report', { recursive: true });
  console.log(`Lighthouse (mobile preset), ${new Date().toISOString().slice(0, 10)}`);
  for (const { name, path } of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      skipAudits: ['robots-txt'],
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${path}`);
    const report = Array.isArray(result.report) ? result.report.join('') : result.report;
    writeFileSync(`lighthouse-report/${name}.html`, report);
    const scores = (Object.keys(GATES) as Category[]).map((category) => {
      const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      if (score < GATES[category])
        failures.push(`${path} ${category} ${score} < ${GATES[category]}`);
      return `${category} ${score}`;
    });
    console.log(`${path.padEnd(9)} ${scores.join(' | ')}  (lighthouse-report/${name}.html)`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failures.length > 0) {
  console.error(`Below the gate:\n  ${failures.join('\n  ')}`);
  if (gate) process.exit(1);
}
