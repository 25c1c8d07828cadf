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
