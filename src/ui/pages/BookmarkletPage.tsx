import { useEffect, useRef, useState } from 'react';
import { appBaseUrl, bookmarkletUrl, LINK_REFERENCE_LIMIT } from '../../core/share/index.ts';
import { CopyButton } from '../components/CopyButton.tsx';

const INSTRUCTIONS: readonly { readonly browser: string; readonly steps: string }[] = [
  {
    browser: 'Chrome and Edge',
    steps:
      'Show the bookmarks bar (Ctrl+Shift+B, or Cmd+Shift+B on a Mac) and drag the link onto it. ' +
      'Or copy the bookmarklet, add any page as a bookmark, edit it and paste into its URL.',
  },
  {
    browser: 'Firefox',
    steps:
      'Show the bookmarks toolbar (Ctrl+Shift+B) and drag the link onto it, or right-click the link ' +
      'and choose "Bookmark Link…". Or copy the bookmarklet and paste it as the URL of a new bookmark.',
  },
  {
    browser: 'Safari',
    steps:
      'Show the Favorites bar (Cmd+Shift+B) and drag the link onto it. Or add any page as a bookmark, ' +
      'choose Edit Address, and paste the copied bookmarklet.',
  },
];

export function BookmarkletPage() {
  const link = useRef<HTMLAnchorElement>(null);
  const [clickedHere, setClickedHere] = useState(false);
  const appUrl = appBaseUrl(window.location.href);
  const address = bookmarkletUrl(appUrl);

  // React refuses javascript: addresses in JSX (rightly, for links it renders from data). This
  // one is generated here, from this app's own address, so it is set on the element directly.
  useEffect(() => {
    link.current?.setAttribute('href', address);
  }, [address]);

  return (
    <>
      <h1>Bookmarklet: decode the references on any page</h1>
      <p>
        On an Akamai error page, a log viewer or a ticket, the bookmarklet takes the text you
        selected (or the whole page when nothing is selected), keeps only what looks like a
        reference, and opens this app with those references, at most {LINK_REFERENCE_LIMIT}. No
        other text of the page leaves it: the references travel in the link, and decoding happens
        here, in your browser.
      </p>
      <p className="bookmarklet-row">
        <a
          ref={link}
          className="bookmarklet-link"
          onClick={(event) => {
            event.preventDefault();
            setClickedHere(true);
          }}
        >
          Decode Akamai references
        </a>
        <CopyButton text={address} label="Copy the bookmarklet">
          Copy the bookmarklet
        </CopyButton>
      </p>
      {clickedHere && (
        <p role="status" className="note">
          Clicking it here does nothing: drag the link to your bookmarks bar, then use it on the
          page that shows the reference.
        </p>
      )}
      <p className="hint">
        It opens <code>{appUrl}</code>. Made for this address: if the app moves, make it again here.
      </p>
      {window.location.protocol === 'file:' && (
        <p className="warnings" role="note">
          This copy is opened from a file. Browsers do not let web pages open files, so the
          bookmarklet works only with the app on a web address (see the README on hosting it).
        </p>
      )}
      <h2>Install it</h2>
      <dl className="instructions">
        {INSTRUCTIONS.map(({ browser, steps }) => (
          <div key={browser}>
            <dt>{browser}</dt>
            <dd>{steps}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        A few sites forbid bookmarklets; there, select the text, copy it and paste it into the
        decode screen instead.
      </p>
    </>
  );
}
