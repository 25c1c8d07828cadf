/**
 * A realistic incident for layout tests and screenshots: 45 errors in the last hour on long
 * API URLs (several codes, edge servers and statuses) plus one reference 30 hours old, the case
 * that used to stretch the timeline. Times are relative to `nowSeconds`, so the log-window
 * figures mean something whenever it runs.
 */
const EDGES = ['4c96df17', 'a2f01c17', '0f5e6b68', '17d4e2a8'];
const CALLS: readonly (readonly [method: string, path: string, code: number, status: number])[] = [
  [
    'POST',
    '/rest/apis/customer/v1/accounts/8837410023/service-agreements/4410098123/contacts/primary',
    18,
    403,
  ],
  ['GET', '/rest/apis/meter/v1/reads?from=2025-11-27T00:00:00Z&to=2025-11-28T00:00:00Z', 18, 403],
  ['PUT', '/rest/apis/customer/v1/contacts/5519930021/preferences/notifications/email', 30, 502],
  ['POST', '/rest/apis/billing/v2/invoices/batch-calculation/run-now', 1, 504],
  ['GET', '/rest/busSvc/F1-HealthCheck', 97, 503],
  ['POST', '/rest/apis/meter/v1/uploads/interval-data/2025/11/28/feed-0042.xml', 102, 503],
];

export function incidentLog(nowSeconds: number): string {
  const lines: string[] = [];
  const start = nowSeconds - 3600;
  const reference = (index: number, code: number, epoch: number) =>
    `${code}.${EDGES[index % EDGES.length]}.${epoch}.${(0x1a2b3c + index * 7919).toString(16)}`;
  const old = nowSeconds - 30 * 3600;
  lines.push(
    `${new Date(old * 1000).toISOString()} WARN  gw-1 GET https://api.example-utility.com/rest/apis/meter/v1/reads 403 8ms Reference #${reference(99, 18, old)}`,
  );
  for (let index = 0; index < 45; index += 1) {
    const epoch = start + index * 75;
    const call = CALLS[index % 7 === 6 ? 1 : index % CALLS.length];
    if (call === undefined) throw new Error('no call');
    const [method, path, code, status] = call;
    const when = new Date(epoch * 1000).toISOString();
    lines.push(
      `${when} INFO  gw-${index % 9} GET https://api.example-utility.com/rest/apis/customer/v1/accounts 200 31ms`,
    );
    lines.push(
      `${when} WARN  gw-${index % 9} ${method} https://api.example-utility.com${path} ${status} ${9 + index}ms Reference #${reference(index, code, epoch)}`,
    );
  }
  return lines.join('\n');
}
