import { useMemo, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LOG_WINDOW_TEXT } from '../../core/time/index.ts';
import { SR_REFERENCE_LIMIT } from '../../core/triage/index.ts';
import {
  decodeReferenceList,
  draftServiceRequest,
  type DecodedReference,
} from '../../core/index.ts';
import {
  type ContextField,
  deriveEvidence,
  describeEvidenceSources,
  describeFieldValue,
  prefillFromEvidence,
} from '../../core/service-request/index.ts';
import { useNow } from '../hooks/useNow.ts';
import { paths } from '../paths.ts';
import { ContextForm } from '../service-request/ContextForm.tsx';
import { DraftView } from '../service-request/DraftView.tsx';
import { RecentDrafts } from '../service-request/RecentDrafts.tsx';
import { readOnScreen, type OnScreen } from '../service-request/on-screen.ts';
import { memoryMessage } from '../memory.ts';
import { REMEMBERED, useIncidentForm } from '../service-request/useIncidentForm.ts';

function evidenceFor(references: readonly DecodedReference[], onScreen: OnScreen) {
  // The incident's size counts only for the very references it was published with: a link
  // typed or edited by hand is its own incident.
  const published = new Set(onScreen.references);
  const same =
    published.size === references.length &&
    references.every((reference) => published.has(reference.reference));
  return deriveEvidence(
    references.map((reference) => ({
      reference,
      requests: onScreen.requests[reference.reference] ?? [],
    })),
    same ? onScreen.scale : null,
  );
}

export function ServiceRequestPage() {
  const [searchParams] = useSearchParams();
  const now = useNow();
  const requested = searchParams.get('refs') ?? '';
  // Read once: the decode screen is not on screen while this one is.
  const [onScreen] = useState(readOnScreen);
  // Decoded once per link (and per clock tick, which moves ages), never per keystroke.
  const { references, invalid } = useMemo(
    () => decodeReferenceList(requested, { now }),
    [requested, now],
  );
  const canonical = useMemo(() => references.map((reference) => reference.reference), [references]);
  const evidence = useMemo(() => evidenceFor(references, onScreen), [references, onScreen]);
  const form = useIncidentForm(canonical, now);
  const shown = prefillFromEvidence(form.context, evidence);
  const draft = draftServiceRequest({
    references,
    context: form.context,
    evidence,
    now,
    severityOverride: form.severityOverride,
  });

  // The site's "Service request" entry: draft for what the decode screen shows, if anything.
  if (requested.trim() === '' && onScreen.references.length > 0) {
    return (
      <Navigate
        replace
        to={paths.serviceRequest(onScreen.references.slice(0, SR_REFERENCE_LIMIT))}
      />
    );
  }

  const stable = form.lastStable;
  return (
    <>
      <h1>Draft a My Oracle Support service request</h1>
      <p>
        Only Oracle can look a reference up in Akamai&apos;s logs, and those logs are kept{' '}
        {LOG_WINDOW_TEXT}. Fill in what you know; the draft below updates as you type. The summary
        and the description are two separate fields in My Oracle Support.
      </p>
      {requested.trim() === '' && (
        <p role="alert" className="error">
          There are no references on screen to draft for.{' '}
          <Link to={paths.home}>Decode an error page, a log or a HAR first</Link>, then choose
          &quot;Draft SR&quot;, or open one of your recent drafts below.
        </p>
      )}
      {invalid.length > 0 && (
        <ul className="error" aria-label="References that could not be used">
          {invalid.map(({ input, reason }) => (
            <li key={input}>
              <code>{input}</code>: {reason}
            </li>
          ))}
        </ul>
      )}
      {canonical.length > 0 && (
        <>
          <p className="memory" role="status">
            {memoryMessage(form.memory, REMEMBERED)}
          </p>
          {stable !== null && (
            <p className="offer">
              From your last draft:{' '}
              {Object.entries(stable)
                .map(([field, value]) => describeFieldValue(field as ContextField, value))
                .join(', ')}
              .{' '}
              <button type="button" onClick={form.applyLastStable}>
                Use these details
              </button>
            </p>
          )}
          {evidence.referencesWithRequest > 0 && (
            <p className="evidence-summary">
              Read from {describeEvidenceSources(evidence, 'the')} on the decode screen:{' '}
              {evidence.requests.length === 1
                ? 'the failing call'
                : `${evidence.requests.length} kinds of failing call`}{' '}
              for {evidence.referencesWithRequest} of {evidence.references} references. The fields
              it filled in are marked; the draft says which they are.
            </p>
          )}
          <p className="jump-to-draft">
            <a href="#draft-heading" onClick={jumpToDraft}>
              Go to the draft
            </a>
          </p>
          <div className="service-request">
            <ContextForm
              context={shown.context}
              problems={draft.contextProblems}
              evidence={evidence}
              fromEvidence={shown.fromEvidence}
              evidenceSource={describeEvidenceSources(evidence, 'the')}
              onChange={form.setField}
            />
            <DraftView
              draft={draft}
              severityOverride={form.severityOverride}
              onSeverityChange={form.setSeverityOverride}
            />
          </div>
          <p>
            <button type="button" className="secondary" onClick={form.clear}>
              Clear this draft
            </button>{' '}
            <Link to={paths.home}>Decode other references</Link>
          </p>
        </>
      )}
      <RecentDrafts drafts={form.drafts} currentKey={form.key} onDelete={form.deleteDraft} />
    </>
  );
}

/** With a hash router, `#draft-heading` would be read as a route: move focus instead. */
function jumpToDraft(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const heading = document.getElementById('draft-heading');
  heading?.focus();
  heading?.scrollIntoView?.({ block: 'start' });
}
