import { Link, useSearchParams } from 'react-router';
import { decodeReferenceList, draftServiceRequest } from '../../core/index.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useNow } from '../hooks/useNow.ts';
import { paths } from '../paths.ts';
import { ContextForm } from '../service-request/ContextForm.tsx';
import { DraftView } from '../service-request/DraftView.tsx';
import { MEMORY_MESSAGES, useSavedForm } from '../service-request/useSavedForm.ts';

export function ServiceRequestPage() {
  useDocumentTitle('Draft a service request');
  const [searchParams] = useSearchParams();
  const now = useNow();
  const form = useSavedForm();
  const requested = searchParams.get('refs') ?? '';
  const { references, invalid } = decodeReferenceList(requested, { now });
  const draft = draftServiceRequest({
    references,
    context: form.context,
    now,
    severityOverride: form.severityOverride,
  });

  return (
    <>
      <h1>Draft a My Oracle Support service request</h1>
      <p>
        Only Oracle can look a reference up in Akamai&apos;s logs, and those logs are kept 6 to 24
        hours. Fill in what you know; the draft below updates as you type. The summary and the
        description are two separate fields in My Oracle Support.
      </p>
      {requested.trim() === '' && (
        <p role="alert" className="error">
          No reference chosen. <Link to={paths.home}>Decode an error page first</Link>, then choose
          &quot;Draft SR&quot;.
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
      <p className="memory" role="status">
        {MEMORY_MESSAGES[form.memory]}
      </p>
      <div className="service-request">
        <ContextForm
          context={form.context}
          problems={draft.contextProblems}
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
          Clear the form
        </button>{' '}
        <Link to={paths.home}>Decode other references</Link>
      </p>
    </>
  );
}
