import { checkOutboundTarget, type TargetCheck } from './outbound.ts';
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

export type PathCheck =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * A path or path prefix of the Oracle application (/rest/apis/..., /sql, /web); a full URL is
 * reduced to its path, since the allow rule is per environment already.
 */
export function checkAllowlistPath(text: string): PathCheck {
  let path = text.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return { ok: false, reason: `"${text.trim()}" is not a valid URL.` };
    }
  }
  if (!path.startsWith('/'))
    return {
      ok: false,
      reason: `"${path}" does not start with "/": write a path such as /rest/apis/.`,
    };
  if (/[\s?#]/.test(path)) {
    return {
      ok: false,
      reason: `"${path}" holds a space, "?" or "#": give the path alone, without a query string.`,
    };
  }
  return { ok: true, path };
}

export function checkPathLines(text: string): LineVerdict<PathCheck>[] {
  return items(text).map((item) => ({ ...item, result: checkAllowlistPath(item.text) }));
}
