/**
 * The description's layout and how it fits Oracle's 1,500 characters: references come first,
 * prose is what gets cut, and nothing the user typed disappears without a notice.
 */

/** Oracle's support API caps the description at 1,500 characters (from 27 Jan 2026). */
export const DESCRIPTION_LIMIT = 1500;
/** Whatever else must give way, this many references stay listed (or all, if fewer). */
export const MIN_REFERENCES_LISTED = 15;
/** Typed text is trimmed no shorter than this while references are being fitted. */
const FREE_TEXT_FLOOR = 160;
export const TRIMMED_MARK = ' [trimmed; full text in the attached file]';

export interface FreeText {
  readonly label: string;
  readonly text: string;
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
  /** Tail lines that may go before references do (they are repeated in the attachment). */
  readonly tailOptional: readonly string[];
  readonly freeText: readonly FreeText[];
}

export interface FittedDescription {
  readonly text: string;
  readonly referencesListed: number;
  readonly requestsListed: number;
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

function trimText(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const cut = text.slice(0, Math.max(0, budget));
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > budget / 2 ? cut.slice(0, atWord) : cut).trimEnd()}${TRIMMED_MARK}`;
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
            : `- and ${hiddenRequests} more calls in the attached file`,
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
    ...(layout.compact ? [] : parts.tailOptional),
    ...(layout.freeTextBudget === 0 && parts.freeText.length > 0
      ? [
          `${parts.freeText.map(({ label }, index) => (index === 0 ? label : label.toLowerCase())).join(' and ')}: in the attached file.`,
        ]
      : parts.freeText.map(
          ({ label, text }) => `${label}: ${trimText(text, layout.freeTextBudget)}`,
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
    trimmed: parts.freeText
      .filter(({ text: typed }) => typed.length > layout.freeTextBudget)
      .map(({ label, text: typed }) => ({
        label,
        length: typed.length,
        kept: Math.max(0, layout.freeTextBudget),
      })),
  };
}

/**
 * Everything if it fits. Otherwise: typed text trimmed to a floor while as many references as
 * possible are listed (freshest first), then the typed text gets back whatever room is left.
 * Only if even that fails do extra request lines go, then the typed text shrinks further.
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
  const oneRequest = Math.min(1, allRequests);
  // Each step gives up a little more prose; the first that lists enough references wins.
  const steps: readonly Omit<Layout, 'listed' | 'freeTextBudget'>[] = [
    { compact: false, requests: allRequests },
    { compact: true, requests: allRequests },
    { compact: true, requests: oneRequest },
    { compact: true, requests: 0 },
    { compact: true, minimal: true, requests: 0 },
  ];
  for (const floor of [FREE_TEXT_FLOOR, 60, 0]) {
    for (const step of steps) {
      const freeTextFloor = Math.min(floor, longest);
      const listed = largest(minimumListed, total, (count) =>
        fits({ ...step, listed: count, freeTextBudget: freeTextFloor }),
      );
      if (listed === null) continue;
      const budget =
        largest(freeTextFloor, longest, (chars) =>
          fits({ ...step, listed, freeTextBudget: chars }),
        ) ?? freeTextFloor;
      return fitted(parts, {
        ...step,
        listed,
        freeTextBudget: budget >= longest ? Number.POSITIVE_INFINITY : budget,
      });
    }
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
