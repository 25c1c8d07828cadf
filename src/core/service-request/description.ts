/**
 * The description's layout and how it fits Oracle's 1,500 characters: the failing calls, the
 * impact and the steps stay (Oracle routes on them), older references go to the attachment first,
 * and nothing the user typed disappears without a notice.
 */

/** Oracle's support API caps the description at 1,500 characters (from 27 Jan 2026). */
export const DESCRIPTION_LIMIT = 1500;
/** Whatever else must give way, this many references stay listed (or all, if fewer). */
export const MIN_REFERENCES_LISTED = 8;
/** Failing calls that stay listed until typed text is trimmed to its last floor. */
export const REQUESTS_KEPT = 3;
/** Typed text is trimmed no shorter than this before calls give way. */
const FREE_TEXT_FLOOR = 160;
/** Typed text trimmed this short (notice included) before calls go: the last floor. */
const LAST_FREE_TEXT_FLOOR = 100;
export const TRIMMED_MARK = ' [trimmed; full text in the attached file]';

export interface FreeText {
  readonly label: string;
  readonly text: string;
}

export interface OptionalLine {
  /** What the line holds, as the screen names it when it is left to the attachment. */
  readonly label: string;
  readonly line: string;
  /** The Akamai-GRN line: when it goes, every GRN is only in the attachment. */
  readonly grns?: boolean;
}

export interface DescriptionParts {
  /** The one-line incident statement. */
  readonly statement: string;
  /** Heads the failing requests, and says where they were read from. */
  readonly requestsHeading: string;
  /** The failing requests, most frequent first. */
  readonly requestLines: readonly string[];
  /** "Akamai references (UTC, freshest first)" and what follows it, without the count. */
  readonly referencesHeading: string;
  /** Freshest first. */
  readonly referenceLines: readonly string[];
  /** The same without the code on each line (a reference starts with its code anyway). */
  readonly referenceLinesCompact: readonly string[];
  /** Said in the heading when the compact lines are used. */
  readonly compactReferencesNote: string;
  readonly asks: readonly string[];
  /** The same asks in fewer words, used when the full ones would push references out. */
  readonly asksShort: readonly string[];
  /** One line naming the kinds of failure, the asks left to the attachment: the last resort. */
  readonly asksMinimal: readonly string[];
  readonly tail: readonly string[];
  /** Tail lines that go once the asks shorten (the attachment repeats them), each named. */
  readonly tailOptional: readonly OptionalLine[];
  readonly freeText: readonly FreeText[];
}

export interface FittedDescription {
  readonly text: string;
  readonly referencesListed: number;
  readonly requestsListed: number;
  /** The optional tail lines left to the attachment. */
  readonly optionalLeftOut: readonly OptionalLine[];
  /** Labels of the typed fields that were trimmed, with their full and kept lengths. */
  readonly trimmed: readonly { label: string; length: number; kept: number }[];
}

interface Layout {
  /** Fewer words in the asks, optional tail lines left to the attachment. */
  readonly compact: boolean;
  /** The asks in one line: only when many kinds of failure would push references out. */
  readonly minimal?: boolean;
  readonly listed: number;
  readonly requests: number;
  /** Characters kept of each free text (Infinity: all). */
  readonly freeTextBudget: number;
}

/**
 * The typed text in at most `budget` characters, the notice included (trimming never makes it
 * longer), cut at a word where one is near; `kept` is how much of the typed text remains.
 */
function trimText(text: string, budget: number): { text: string; kept: number } {
  if (text.length <= budget) return { text, kept: text.length };
  const room = Math.max(0, budget - TRIMMED_MARK.length);
  const cut = text.slice(0, room);
  const atWord = cut.lastIndexOf(' ');
  const kept = (atWord > room / 2 ? cut.slice(0, atWord) : cut).trimEnd();
  return { text: `${kept}${TRIMMED_MARK}`, kept: kept.length };
}

function render(parts: DescriptionParts, layout: Layout): string {
  const total = parts.referenceLines.length;
  const hiddenRequests = parts.requestLines.length - layout.requests;
  const hidden = total - layout.listed;
  const lines = [
    parts.statement,
    ...(layout.requests > 0 ? [parts.requestsHeading] : []),
    ...parts.requestLines.slice(0, layout.requests),
    ...(hiddenRequests > 0
      ? [
          layout.requests === 0
            ? `Failing calls: ${hiddenRequests}, listed in the attached file.`
            : `- and ${hiddenRequests} more ${hiddenRequests === 1 ? 'call' : 'calls'} in the attached file`,
        ]
      : []),
    ...(total > 0
      ? [
          `${parts.referencesHeading}${hidden > 0 ? `, ${layout.listed} of ${total}` : ''}${layout.compact ? parts.compactReferencesNote : ''}):`,
        ]
      : []),
    ...(layout.compact ? parts.referenceLinesCompact : parts.referenceLines).slice(
      0,
      layout.listed,
    ),
    ...(hidden > 0 ? [`- and ${hidden} older: all in the attached file`] : []),
    ...(layout.minimal ? parts.asksMinimal : layout.compact ? parts.asksShort : parts.asks),
    ...parts.tail,
    ...(layout.compact ? [] : parts.tailOptional.map(({ line }) => line)),
    ...(layout.freeTextBudget === 0 && parts.freeText.length > 0
      ? [
          `${parts.freeText.map(({ label }, index) => (index === 0 ? label : label.toLowerCase())).join(' and ')}: in the attached file.`,
        ]
      : parts.freeText.map(
          ({ label, text }) => `${label}: ${trimText(text, layout.freeTextBudget).text}`,
        )),
  ];
  return lines.join('\n');
}

/** The largest value in [low, high] for which `fits` holds, assuming it is monotonic. */
function largest(low: number, high: number, fits: (value: number) => boolean): number | null {
  if (!fits(low)) return null;
  let good = low;
  let bad = high + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (fits(middle)) good = middle;
    else bad = middle;
  }
  return good;
}

function fitted(parts: DescriptionParts, layout: Layout): FittedDescription {
  const text = render(parts, layout);
  return {
    text,
    referencesListed: layout.listed,
    requestsListed: layout.requests,
    optionalLeftOut: layout.compact ? parts.tailOptional : [],
    trimmed: parts.freeText
      .filter(({ text: typed }) => typed.length > layout.freeTextBudget)
      .map(({ label, text: typed }) => ({
        label,
        length: typed.length,
        kept: layout.freeTextBudget === 0 ? 0 : trimText(typed, layout.freeTextBudget).kept,
      })),
  };
}

/** One way of shortening: its prose, how many calls stay, and how short typed text may get. */
interface Step extends Omit<Layout, 'listed' | 'freeTextBudget'> {
  /** Characters each typed text keeps at least (Infinity: all of it). */
  readonly freeTextFloor: number;
}

/**
 * Everything if it fits. Otherwise Oracle's first read decides: the failing calls (the first
 * REQUESTS_KEPT), the business impact and the steps stay, and references go first, down to
 * MIN_REFERENCES_LISTED freshest (the attachment lists them all). Then the asks shorten and the
 * optional lines go, then typed text is trimmed (with a notice), and only then do calls go.
 * The first step that lists the minimum wins; typed text takes its room before extra references.
 */
export function fitDescription(parts: DescriptionParts): FittedDescription {
  const total = parts.referenceLines.length;
  const longest = Math.max(0, ...parts.freeText.map(({ text }) => text.length));
  const fits = (layout: Layout) => render(parts, layout).length <= DESCRIPTION_LIMIT;
  const full: Layout = {
    compact: false,
    listed: total,
    requests: parts.requestLines.length,
    freeTextBudget: Number.POSITIVE_INFINITY,
  };
  if (fits(full)) return fitted(parts, full);

  const minimumListed = Math.min(total, MIN_REFERENCES_LISTED);
  const allRequests = parts.requestLines.length;
  const kept = Math.min(REQUESTS_KEPT, allRequests);
  const oneRequest = Math.min(1, allRequests);
  const whole = Number.POSITIVE_INFINITY;
  const steps: readonly Step[] = [
    { compact: false, requests: allRequests, freeTextFloor: whole },
    { compact: false, requests: kept, freeTextFloor: whole },
    { compact: true, requests: kept, freeTextFloor: whole },
    { compact: true, requests: kept, freeTextFloor: FREE_TEXT_FLOOR },
    { compact: true, minimal: true, requests: kept, freeTextFloor: FREE_TEXT_FLOOR },
    { compact: true, minimal: true, requests: kept, freeTextFloor: LAST_FREE_TEXT_FLOOR },
    { compact: true, minimal: true, requests: oneRequest, freeTextFloor: LAST_FREE_TEXT_FLOOR },
    { compact: true, minimal: true, requests: 0, freeTextFloor: 0 },
  ];
  for (const { freeTextFloor, ...step } of steps) {
    const floor = Math.min(freeTextFloor, longest);
    if (!fits({ ...step, listed: minimumListed, freeTextBudget: floor })) continue;
    const chars =
      largest(floor, longest, (budget) =>
        fits({ ...step, listed: minimumListed, freeTextBudget: budget }),
      ) ?? floor;
    const freeTextBudget = chars >= longest ? Number.POSITIVE_INFINITY : chars;
    const listed =
      largest(minimumListed, total, (count) => fits({ ...step, listed: count, freeTextBudget })) ??
      minimumListed;
    return fitted(parts, { ...step, listed, freeTextBudget });
  }
  // Pathological input (hundreds of request lines cannot be): list what fits, line by line.
  const listed =
    largest(Math.min(total, 1), total, (count) =>
      fits({ compact: true, minimal: true, listed: count, requests: 0, freeTextBudget: 0 }),
    ) ?? 0;
  const layout = { compact: true, minimal: true, listed, requests: 0, freeTextBudget: 0 };
  const result = fitted(parts, layout);
  let text = '';
  for (const line of result.text.split('\n')) {
    const next = text === '' ? line : `${text}\n${line}`;
    if (next.length > DESCRIPTION_LIMIT) break;
    text = next;
  }
  return { ...result, text };
}

/** The description with nothing left out: the attachment's opening. */
export function renderFull(parts: DescriptionParts): string {
  return render(parts, {
    compact: false,
    listed: parts.referenceLines.length,
    requests: parts.requestLines.length,
    freeTextBudget: Number.POSITIVE_INFINITY,
  });
}
