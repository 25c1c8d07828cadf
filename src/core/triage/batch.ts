import {
  type DecodedReference,
  linkGrnsToErrors,
  type RejectedCandidate,
} from '../reference/index.ts';
import type { FoundExtraction } from './found-reference.ts';
import type { RequestContext } from './request-context.ts';

/** A reference across everything dropped and pasted: where it was seen, which requests. */
export interface BatchEntry {
  /** `occurrences` is the total over every source. */
  readonly reference: DecodedReference;
  /** File names, or "pasted text", in the order they were added. */
  readonly sources: readonly string[];
  /** The requests it answered, without repeats (usually one: a reference names one request). */
  readonly requests: readonly RequestContext[];
}

export interface BatchRejected extends RejectedCandidate {
  readonly source: string;
}

/** Keeps one entry per reference for a single source while its chunks stream in. */
export class SourceEntries {
  private readonly entries = new Map<string, BatchEntry>();
  private readonly rejectedByText = new Map<string, BatchRejected>();
  /** A finished source is listed on every render: build its list once. */
  private listed: BatchEntry[] | null = null;

  readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  add(findings: FoundExtraction): void {
    this.listed = null;
    for (const { reference, request } of findings.found) {
      const existing = this.entries.get(reference.reference);
      this.entries.set(
        reference.reference,
        existing === undefined
          ? { reference, sources: [this.source], requests: request === null ? [] : [request] }
          : mergeEntries(existing, {
              reference,
              sources: [this.source],
              requests: request === null ? [] : [request],
            }),
      );
    }
    for (const candidate of findings.rejected) {
      if (!this.rejectedByText.has(candidate.text)) {
        this.rejectedByText.set(candidate.text, { ...candidate, source: this.source });
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  list(): BatchEntry[] {
    this.listed ??= linkRelated([...this.entries.values()]);
    return this.listed;
  }

  rejected(): BatchRejected[] {
    return [...this.rejectedByText.values()];
  }
}

function sameRequest(a: RequestContext, b: RequestContext): boolean {
  return (
    a.method === b.method &&
    a.url === b.url &&
    a.status === b.status &&
    a.startedUtc === b.startedUtc &&
    a.serverIp === b.serverIp
  );
}

function unionLabels(a: DecodedReference, b: DecodedReference): DecodedReference['labels'] {
  return [...a.labels, ...b.labels.filter((label) => !a.labels.includes(label))];
}

/** One reference seen in two places: occurrences add up, sources and requests join. */
export function mergeEntries(a: BatchEntry, b: BatchEntry): BatchEntry {
  const labels = unionLabels(a.reference, b.reference);
  return {
    reference: {
      ...a.reference,
      labels,
      label: a.reference.label ?? b.reference.label,
      // A GRN and its error are kinds of one response; either sighting can reveal the GRN label.
      kind: a.reference.kind === 'grn' || b.reference.kind === 'grn' ? 'grn' : 'error',
      occurrences: a.reference.occurrences + b.reference.occurrences,
      relatedReference: a.reference.relatedReference ?? b.reference.relatedReference,
    },
    sources: [...a.sources, ...b.sources.filter((source) => !a.sources.includes(source))],
    requests: [
      ...a.requests,
      ...b.requests.filter((request) => !a.requests.some((seen) => sameRequest(seen, request))),
    ],
  };
}

/** Every source's references as one list: first-seen order, each reference once. */
export function combineSources(sources: readonly (readonly BatchEntry[])[]): BatchEntry[] {
  const nonEmpty = sources.filter((entries) => entries.length > 0);
  // One source is already combined: skip rebuilding a map of every reference on each update.
  if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])];
  const combined = new Map<string, BatchEntry>();
  for (const entries of sources) {
    for (const entry of entries) {
      const existing = combined.get(entry.reference.reference);
      combined.set(entry.reference.reference, existing ? mergeEntries(existing, entry) : entry);
    }
  }
  return linkRelated([...combined.values()]);
}

/** The last three fields: shared by an error reference and the GRN of the same response. */
const tailOf = (entry: BatchEntry): string => {
  const canonical = entry.reference.reference;
  return canonical.slice(canonical.indexOf('.') + 1);
};

/**
 * Ties each GRN to the error of the same response even when they were seen apart: in two
 * chunks of a log, or a GRN header in a HAR and the error page in a saved file.
 */
function linkRelated(entries: BatchEntry[]): BatchEntry[] {
  const related = linkGrnsToErrors(entries, {
    kind: (entry) => entry.reference.kind,
    tail: tailOf,
    reference: (entry) => entry.reference.reference,
  });
  // GRNs are few; most batches have none, and then nothing needs to be rebuilt.
  if (related.size === 0) return entries;
  return entries.map((entry) => {
    const partner = related.get(entry);
    if (partner === undefined || entry.reference.relatedReference !== null) return entry;
    return { ...entry, reference: { ...entry.reference, relatedReference: partner } };
  });
}

/** Error references only: a GRN names a response, not a refusal. */
export function refusals(entries: readonly BatchEntry[]): BatchEntry[] {
  return entries.filter((entry) => entry.reference.kind === 'error');
}

/** One source's findings as batch entries (a paste, a file read in one go). */
export function batchFromExtraction(source: string, findings: FoundExtraction): BatchEntry[] {
  const accumulator = new SourceEntries(source);
  accumulator.add(findings);
  return accumulator.list();
}
