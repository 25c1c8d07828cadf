import { cleanUrl } from '../privacy/index.ts';
import type { ServiceRequestContext } from './context.ts';
import { shareableUrl } from './draft-inputs.ts';
import type { IncidentEvidence, RequestGroup } from './evidence.ts';

/** The description's "Failing calls" lines: the user's call first, then what the evidence shows. */

interface CallLine {
  readonly method: string | null;
  readonly url: string | null;
  /** Status and how many references answered with it, most first. */
  readonly statuses: { status: string | null; count: number | null }[];
}

/** `scheme://host` (or `//host` when the scheme was not seen), as written at the URL's start. */
const ORIGIN = /^(?:https?:)?\/\/[^/?#]+/i;

/** The scheme and host a call went to, as seen: never a scheme that was not there. */
function originOf(url: string | null): string | null {
  if (url === null) return null;
  const host = cleanUrl(url)?.host;
  if (host == null) return null;
  const scheme = /^(https?):\/\//i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined ? `//${host}` : `${scheme}://${host}`;
}

function renderCall(line: CallLine, shared: boolean, total: number): string {
  const url = line.url !== null && shared ? line.url.replace(ORIGIN, '') || '/' : line.url;
  const call = [line.method?.toUpperCase(), url ?? '(URL not known)'].filter(Boolean).join(' ');
  const answers = line.statuses
    .map(({ status, count }) => {
      const times = count === null || total <= 1 ? '' : ` x${count}`;
      return `${status ? `HTTP ${status}` : 'status not known'}${times}`;
    })
    .join(', ');
  return `- ${call} -> ${answers}`;
}

function sameGroup(group: RequestGroup, context: ServiceRequestContext, url: string | null) {
  return (
    group.url === url &&
    (group.method ?? undefined) === context.httpMethod?.toUpperCase() &&
    (group.status === null ? undefined : String(group.status)) === context.httpStatus
  );
}

/** The user's (or accepted) request first, then the other calls the evidence shows. */
export function requestLines(
  context: ServiceRequestContext,
  evidence: IncidentEvidence,
  total: number,
): { heading: string; lines: string[] } {
  const url = shareableUrl(context);
  const typed =
    url !== null || context.httpMethod !== undefined || context.httpStatus !== undefined;
  const primary = evidence.requests.find((group) => sameGroup(group, context, url));
  const calls: CallLine[] = [];
  const add = (
    method: string | null,
    callUrl: string | null,
    status: string | null,
    count: number | null,
  ) => {
    const same = calls.find((call) => call.method === method && call.url === callUrl);
    if (same) same.statuses.push({ status, count });
    else calls.push({ method, url: callUrl, statuses: [{ status, count }] });
  };
  if (typed) {
    add(
      context.httpMethod?.toUpperCase() ?? null,
      url,
      context.httpStatus ?? null,
      primary?.count ?? null,
    );
  }
  for (const group of evidence.requests) {
    if (group === primary) continue;
    const groupUrl = context.keepQueryString ? group.url : group.url.replace(/[?#].*$/, '');
    add(group.method, groupUrl, group.status === null ? null : String(group.status), group.count);
  }
  // One scheme and host for every call goes in the heading; otherwise each line keeps its own.
  const origins = new Set(calls.map((call) => originOf(call.url)));
  const [onlyOrigin] = origins;
  const origin = origins.size === 1 && onlyOrigin != null ? onlyOrigin : null;
  return {
    heading:
      origin === null ? 'Failing calls:' : `Failing calls to ${origin.replace(/^\/\//, '')}:`,
    lines: calls.map((call) => renderCall(call, origin !== null, total)),
  };
}
