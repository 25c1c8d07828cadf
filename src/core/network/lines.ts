import { checkOutboundTarget, type TargetCheck } from './outbound.ts';
import { checkAllowlistPath, type PathCheck } from './paths.ts';
import { checkAllowlistSource, type SourceCheck, type SourceCheckOptions } from './sources.ts';

export interface LineVerdict<Result> {
  /** 1-based line number in the text as typed. */
  readonly line: number;
  readonly text: string;
  readonly result: Result;
}

/** Blank lines and `# comments` are for the writer; everything else is one item. */
function items(text: string): { line: number; text: string }[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const content = raw.replace(/\s+#.*$|^#.*$/, '').trim();
    return content === '' ? [] : [{ line: index + 1, text: content }];
  });
}

export function checkSourceLines(
  text: string,
  options: SourceCheckOptions = {},
): LineVerdict<SourceCheck>[] {
  return items(text).map((item) => ({ ...item, result: checkAllowlistSource(item.text, options) }));
}

export function checkTargetLines(text: string): LineVerdict<TargetCheck>[] {
  return items(text).map((item) => ({ ...item, result: checkOutboundTarget(item.text) }));
}

export function checkPathLines(text: string): LineVerdict<PathCheck>[] {
  return items(text).map((item) => ({ ...item, result: checkAllowlistPath(item.text) }));
}
