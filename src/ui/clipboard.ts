/**
 * Writes text to the clipboard. Inside an iframe without clipboard permission the async API is
 * refused, so fall back to a selected, off-screen textarea and the legacy copy command.
 */
export async function copyText(text: string): Promise<boolean> {
  // Calling the API where a frame's permissions policy forbids it logs an error in Chromium.
  if (!clipboardWriteAllowed()) return copyWithSelection(text);
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

interface PolicyDocument {
  readonly featurePolicy?: { allowsFeature(feature: string): boolean };
}

/** False where the frame's permissions policy says no; true where it cannot tell. */
function clipboardWriteAllowed(): boolean {
  if (navigator.clipboard === undefined) return false;
  const policy = (document as Document & PolicyDocument).featurePolicy;
  return policy === undefined || policy.allowsFeature('clipboard-write');
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
