/**
 * Realistic, deterministic logs for benchmarks: gateway log lines, most of them successful calls,
 * some refused with a reference (plain, in HTML source, in headers), like an incident export.
 */

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = [
  '/rest/apis/customer/v1/accounts',
  '/rest/busSvc/F1-HealthCheck',
  '/sql/meter/read',
  '/web/cis.jsp',
];
const CODES = [18, 18, 18, 30, 1, 102, 97, 9, 7];

export function syntheticLog(bytes: number, seed = 42): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hex = (max: number) => Math.floor(random() * max).toString(16);
  const lines: string[] = [];
  let size = 0;
  let epoch = 1_764_000_000;
  while (size < bytes) {
    epoch += Math.floor(random() * 3);
    const when = new Date(epoch * 1000).toISOString();
    const path = pick(PATHS);
    const roll = random();
    let line: string;
    if (roll < 0.9) {
      line = `${when} INFO  gw-${hex(16)} POST ${path} 200 ${Math.floor(random() * 900)}ms req=${hex(0xffffffff)} client=10.${hex(255)}.4.${Math.floor(random() * 255)}`;
    } else {
      const reference = `${pick(CODES)}.${hex(0xffffffff)}.${epoch}.${hex(0xfffffff)}`;
      const form = Math.floor(random() * 3);
      line =
        form === 0
          ? `${when} WARN  gw POST ${path} 403 body="Access Denied ... Reference #${reference}"`
          : form === 1
            ? `${when} WARN  gw body=Reference&#32;&#35;${reference.replaceAll('.', '&#46;')}`
            : `${when} WARN  gw header x-reference-error: ${reference}`;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
