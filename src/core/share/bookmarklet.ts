/**
 * The bookmarklet: on any page it reads the selection (or the page's text when nothing is
 * selected), keeps only what looks like an Akamai reference, and opens the app with those
 * references in a deep link. No other text of the page leaves it. Validation is the app's job;
 * the pattern here is deliberately loose and short, since it lives in a bookmark.
 */

/** At most this many references travel in one link: more would make it too long to open. */
export const LINK_REFERENCE_LIMIT = 100;

const CANDIDATE = String.raw`\b\d{1,4}\.[0-9a-f]{1,12}\.\d{9,11}\.[0-9a-f]{1,12}\b`;

/** The app's address without its hash: where the bookmarklet sends the references. */
export function appBaseUrl(href: string): string {
  return href.split('#')[0] ?? href;
}

/** The bookmarklet's code, as readable JavaScript (tests run it against a stub window). */
export function bookmarkletSource(appUrl: string): string {
  const base = JSON.stringify(appBaseUrl(appUrl));
  return [
    '(function(w){',
    "var t=String(w.getSelection?w.getSelection():'');",
    "if(!t.trim())t=w.document.body?w.document.body.innerText:'';",
    `var m=t.match(/${CANDIDATE}/gi)||[],r=[];`,
    `for(var i=0;i<m.length&&r.length<${LINK_REFERENCE_LIMIT};i++){var x=m[i].toLowerCase();if(r.indexOf(x)<0)r.push(x);}`,
    "if(!r.length){w.alert('Akamai Reference Decoder: no reference found in the selection or on this page.');return;}",
    `var u=${base}+'#/?refs='+r.join(',');`,
    "var o=w.open(u,'_blank');if(o){o.opener=null;}else{w.location.href=u;}",
    '})(window)',
  ].join('');
}

/** The `javascript:` address to save as a bookmark. */
export function bookmarkletUrl(appUrl: string): string {
  return `javascript:${encodeURIComponent(bookmarkletSource(appUrl))}`;
}

/** References carried by a deep link's `refs` parameter, one per line for the paste box. */
export function referencesFromLink(refs: string | null): string {
  if (refs === null) return '';
  return refs
    .split(',')
    .map((reference) => reference.trim())
    .filter((reference) => reference !== '')
    .slice(0, LINK_REFERENCE_LIMIT)
    .join('\n');
}
