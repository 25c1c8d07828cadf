import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/tools/chromium-path.ts';
import { serveDist } from './tests/tools/serve-dist.ts';
const server = await serveDist(4178);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4178/#/' + (process.argv[2] ?? ''));
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((id: number, i: number) => {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n: any = byId.get(cur);
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    if (seen.has(k)) continue; seen.add(k);
    total.set(k, (total.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
  }
});
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(0).padStart(6), k);
await browser.close(); server.kill();
